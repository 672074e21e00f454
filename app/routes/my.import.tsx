// Spreadsheet (or JSON / NDJSON) upload for the active organization: the whole file is imported or nothing is, and
// every problem is listed. The importer refuses records of other organizations because it acts for this one.
import {
	data,
	type ActionFunctionArgs,
	type LoaderFunctionArgs,
	type MetaFunction,
} from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { textLinkClass } from '#app/components/fact-grid.tsx'
import { CsrfInput, ErrorList, inputClass, SubmitButton } from '#app/components/forms.tsx'
import { Card, PageHeader } from '#app/components/ui.tsx'
import { getLocale } from '#app/i18n/locale.server.ts'
import { translate } from '#app/i18n/translate.ts'
import { requireOrgPermission } from '#app/modules/accounts/auth.server.ts'
import { validateCsrf } from '#app/http/csrf.server.ts'
import { BODY_LIMITS, readForm } from '#app/http/request-body.server.ts'
import { LIMITS } from '#app/modules/catalog/fields.ts'
import { importFile } from '#app/modules/imports/import-file.server.ts'
import type { Counts } from '#app/modules/imports/importer.server.ts'
import { RECORD_TYPES, type Problem, type RecordType } from '#app/utils/problems.ts'
import { getDb } from '#app/utils/db.server.ts'
import { pageMeta } from '#app/utils/meta.ts'
import { useCan } from '#app/utils/root-data.ts'
import { RouteErrorBoundary } from '#app/components/route-error.tsx'

export async function loader({ request }: LoaderFunctionArgs) {
	const caller = await requireOrgPermission(request, 'import:records:own')
	return { org: { ref: caller.membership.orgRef, name: caller.membership.orgName } }
}

type Outcome =
	| { kind: 'error'; message: string }
	| { kind: 'ok'; file: string; counts: [RecordType, Counts][] }
	| { kind: 'rejected'; file: string; problems: Problem[] }

export async function action({ request }: ActionFunctionArgs) {
	// Who acts is known from the cookie alone, so nothing is read from an unauthorized request's body.
	const caller = await requireOrgPermission(request, 'import:records:own')
	const locale = await getLocale(request)
	const fail = (key: string, status: number) => data<Outcome>({ kind: 'error', message: translate(locale, key) }, { status })
	let form: FormData
	try {
		form = await readForm(request, { multipart: true, maxBytes: LIMITS.fileBytes + BODY_LIMITS.envelope })
	} catch (e) {
		if (!(e instanceof Response)) throw e
		if (e.status === 413) return fail('demandEditor.upload.tooLarge', 413)
		if (e.status === 400) return fail('demandEditor.upload.badUpload', 400)
		throw e
	}
	await validateCsrf(request, form)
	const file = form.get('file')
	if (!file || typeof file === 'string' || file.size === 0) return fail('demandEditor.upload.noFile', 400)
	if (file.size > LIMITS.fileBytes) return fail('demandEditor.upload.tooLarge', 413)
	const { orgId, orgRef } = caller.membership
	const bytes = new Uint8Array(await file.arrayBuffer())
	const report = await importFile(getDb(), bytes, file.name, { locale, actor: { kind: 'organization', orgId, orgRef, userId: caller.user.id } })
	const name = file.name || '-'
	if (!report.ok) return data<Outcome>({ kind: 'rejected', file: name, problems: report.problems }, { status: 422 })
	const counts = RECORD_TYPES.map((type) => [type, report.counts[type]] as [RecordType, Counts]).filter(([, c]) => c.created + c.updated + c.unchanged > 0)
	return data<Outcome>({ kind: 'ok', file: name, counts })
}

export default function ImportPage() {
	const { org } = useLoaderData<typeof loader>()
	const outcome = useActionData<typeof action>()
	const { t } = useTranslation()
	const canDemands = useCan('create:demand:own')
	const canListings = useCan('create:listing:own')
	// Checked in the browser too, so a file over the limit is not sent at all.
	const [tooBig, setTooBig] = useState(false)
	const fileErrors = tooBig ? [t('demandEditor.upload.tooLarge')] : outcome?.kind === 'error' ? [outcome.message] : []
	return (
		<div className="space-y-6">
			<PageHeader title={t('demandEditor.upload.title')} subtitle={org.name} />
			<Card>
				<div className="space-y-2 text-slate-700">
					<p>{t('demandEditor.upload.intro')}</p>
					<p>{t('demandEditor.upload.atomic')}</p>
					<p>
						<a href="/downloads/import-template.xlsx" download className={`font-medium ${textLinkClass}`}>
							{t('demandEditor.upload.template')}
						</a>
						<span className="ml-2 text-sm text-slate-500">{t('demandEditor.upload.templateHelp')}</span>
					</p>
				</div>
				<Form
					method="post"
					encType="multipart/form-data"
					className="mt-5 space-y-4"
					onSubmit={(e) => {
						if (tooBig) e.preventDefault()
					}}
				>
					<CsrfInput />
					<div>
						<label htmlFor="import-file" className="mb-1 block text-sm font-medium text-slate-700">
							{t('demandEditor.upload.file')}
						</label>
						<input
							id="import-file"
							name="file"
							type="file"
							required
							accept=".xlsx,.json,.ndjson,.jsonl,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
							aria-describedby={`import-file-help${fileErrors.length ? ' import-file-error' : ''}`}
							aria-invalid={fileErrors.length ? true : undefined}
							className={`${inputClass} file:mr-3 file:rounded file:border-0 file:bg-brand-50 file:px-3 file:py-1 file:text-sm file:font-medium file:text-brand-700`}
							onChange={(e) => setTooBig((e.currentTarget.files?.[0]?.size ?? 0) > LIMITS.fileBytes)}
						/>
						<p id="import-file-help" className="mt-1 text-xs text-slate-500">
							{t('demandEditor.upload.fileHelp', { org: `${org.name} · ${org.ref}` })}
						</p>
						<ErrorList id="import-file-error" errors={fileErrors} />
					</div>
					<SubmitButton pendingText={t('demandEditor.upload.uploading')}>{t('demandEditor.upload.submit')}</SubmitButton>
				</Form>
			</Card>

			{outcome?.kind === 'ok' ? (
				<section role="status" aria-labelledby="import-ok" className="rounded-lg border border-emerald-200 bg-emerald-50 p-5">
					<h2 id="import-ok" className="text-lg font-semibold text-emerald-900">
						{t('demandEditor.upload.okTitle')}
					</h2>
					<p className="mt-1 text-sm text-emerald-900">{t('demandEditor.upload.okText', { file: outcome.file })}</p>
					{outcome.counts.length ? (
						<table className="mt-3 w-full max-w-xl bg-white text-sm">
							<caption className="sr-only">{t('demandEditor.upload.countsCaption')}</caption>
							<thead>
								<tr className="border-b border-emerald-200 text-left text-slate-600">
									<th scope="col" className="px-3 py-2 font-medium">
										{t('demandEditor.upload.type')}
									</th>
									<th scope="col" className="px-3 py-2 text-right font-medium">
										{t('demandEditor.upload.created')}
									</th>
									<th scope="col" className="px-3 py-2 text-right font-medium">
										{t('demandEditor.upload.updated')}
									</th>
									<th scope="col" className="px-3 py-2 text-right font-medium">
										{t('demandEditor.upload.unchanged')}
									</th>
								</tr>
							</thead>
							<tbody>
								{outcome.counts.map(([type, c]) => (
									<tr key={type} className="border-b border-slate-100 last:border-0">
										<th scope="row" className="px-3 py-2 text-left font-medium text-slate-900">
											{t(`import.types.${type}`)}
										</th>
										<td className="px-3 py-2 text-right tabular-nums">{c.created}</td>
										<td className="px-3 py-2 text-right tabular-nums">{c.updated}</td>
										<td className="px-3 py-2 text-right tabular-nums">{c.unchanged}</td>
									</tr>
								))}
							</tbody>
						</table>
					) : (
						<p className="mt-2 text-sm text-emerald-900">{t('demandEditor.upload.nothing')}</p>
					)}
					{canDemands || canListings ? (
						<p className="mt-3 text-sm text-slate-700">
							{t('demandEditor.upload.next')}{' '}
							{canDemands ? (
								<Link to="/my/demands" className={textLinkClass}>
									{t('demandEditor.title')}
								</Link>
							) : null}
							{canDemands && canListings ? '　' : null}
							{canListings ? (
								<Link to="/my/listings" className={textLinkClass}>
									{t('accounts.tasks.myListings')}
								</Link>
							) : null}
						</p>
					) : null}
				</section>
			) : null}

			{outcome?.kind === 'rejected' ? (
				<section aria-labelledby="import-rejected" className="rounded-lg border border-red-200 bg-white p-5 shadow-sm">
					<div role="alert">
						<h2 id="import-rejected" className="text-lg font-semibold text-red-800">
							{t('demandEditor.upload.rejectedTitle')}
						</h2>
						<p className="mt-1 text-sm text-slate-700">{t('demandEditor.upload.rejectedText', { file: outcome.file, count: outcome.problems.length })}</p>
					</div>
					<div className="mt-3 overflow-x-auto">
						<table className="w-full min-w-[40rem] text-sm">
							<caption className="sr-only">{t('demandEditor.upload.problemsCaption')}</caption>
							<thead className="bg-slate-50">
								<tr className="border-b border-slate-200 text-left text-slate-600">
									<th scope="col" className="px-3 py-2 font-medium">
										{t('demandEditor.upload.type')}
									</th>
									<th scope="col" className="px-3 py-2 font-medium">
										{t('demandEditor.upload.where')}
									</th>
									<th scope="col" className="px-3 py-2 font-medium">
										{t('demandEditor.upload.field')}
									</th>
									<th scope="col" className="px-3 py-2 font-medium">
										{t('demandEditor.upload.message')}
									</th>
								</tr>
							</thead>
							<tbody>
								{outcome.problems.map((p, i) => (
									<tr key={i} className="border-b border-slate-100 align-top last:border-0">
										<td className="whitespace-nowrap px-3 py-2 text-slate-700">{t(`import.types.${p.type}`)}</td>
										<td className="px-3 py-2 font-mono text-xs text-slate-800">
											{[p.ref, p.row !== undefined ? t('import.row', { row: p.row }) : p.ref === undefined && p.index !== undefined ? t('import.record', { index: p.index }) : undefined]
												.filter(Boolean)
												.join(' · ') || '—'}
										</td>
										<td className="px-3 py-2 font-mono text-xs text-slate-800">{p.field || '—'}</td>
										<td className="px-3 py-2 text-red-800">{p.message}</td>
									</tr>
								))}
							</tbody>
						</table>
					</div>
				</section>
			) : null}
		</div>
	)
}

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (l) => translate(l, 'demandEditor.upload.title'))

export function ErrorBoundary() {
	return <RouteErrorBoundary />
}
