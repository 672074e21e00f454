// A new configuration standard of the caller's bureau (or, for a platform admin, of the platform): drafted, then published.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { textLinkClass } from '#app/components/fact-grid.tsx'
import { StandardEditor } from '#app/components/standard-editor.tsx'
import { PageHeader } from '#app/components/ui.tsx'
import { translate } from '#app/i18n/translate.ts'
import { standardEditorAction, standardEditorLoader } from '#app/http/standard-editor.server.ts'
import { pageMeta } from '#app/utils/meta.ts'
import { RouteErrorBoundary } from '#app/components/route-error.tsx'

export const loader = ({ request }: LoaderFunctionArgs) => standardEditorLoader(request, null)
export const action = ({ request }: ActionFunctionArgs) => standardEditorAction(request, null)

export default function NewStandard() {
	const d = useLoaderData<typeof loader>()
	const lastResult = useActionData<typeof action>()
	const { t } = useTranslation()
	return (
		<div>
			<nav aria-label={t('standardEditor.back')} className="mb-2 text-sm text-slate-500">
				<Link to="/my/standards" className={textLinkClass}>
					{t('standardEditor.back')}
				</Link>
			</nav>
			<PageHeader title={t('standardEditor.newTitle')} subtitle={d.org?.name ?? t('standardEditor.platform')} />
			<StandardEditor mode="create" code={null} status={null} readOnly={false} defaultValue={d.defaultValue} lastResult={lastResult} />
		</div>
	)
}

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (l) => translate(l, 'standardEditor.newTitle'))

export function ErrorBoundary() {
	return <RouteErrorBoundary />
}
