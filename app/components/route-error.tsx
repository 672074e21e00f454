// The error view of every page (the root's error boundary and each page's own): the status, what went wrong in the
// page's language, a way home, and the request id to quote (the server log has it) — never the error's message or stack.
import { Link, useRouteError } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { errorKey, errorStatus } from '#app/utils/meta.ts'
import { useRequestId } from '#app/utils/request-id.ts'

/** A page's `ErrorBoundary`: inside the root layout, so the site's header and navigation stay. */
export function RouteErrorBoundary() {
	const error = useRouteError()
	const { t } = useTranslation()
	const id = useRequestId(error)
	const status = errorStatus(error)
	// 4xx answers to missing records and malformed or refused requests say what was wrong; anything else is the generic
	// message, whatever the exception said (in production Remix has already replaced it; in development it has not).
	const key = errorKey(status)
	return (
		<div className="mx-auto max-w-xl py-16 text-center">
			<p className="text-6xl font-bold text-slate-300">{status}</p>
			<h1 className="mt-4 text-2xl font-semibold">{t(`${key}.title`)}</h1>
			<p className="mt-2 text-slate-600">{t(`${key}.text`)}</p>
			{id ? (
				<p className="mt-4 text-sm text-slate-600" data-request-id={id}>
					{t('ui.error.requestId', { id })}
				</p>
			) : null}
			<Link to="/" className="mt-6 inline-block rounded bg-brand-700 px-4 py-2 text-white no-underline hover:bg-brand-800">
				{t('ui.notFound.home')}
			</Link>
		</div>
	)
}
