// The responding organization's responses (响应/报价) with the demand owners' decisions; withdraw before a decision.
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { Dash, textLinkClass } from '#app/components/fact-grid.tsx'
import { CsrfInput } from '#app/components/forms.tsx'
import { QuantityBar, ResponseStatusBadge } from '#app/components/responses.tsx'
import { EmptyState, PageHeader } from '#app/components/ui.tsx'
import { getLocale } from '#app/i18n/locale.server.ts'
import { translate, type Locale } from '#app/i18n/translate.ts'
import { requireOrgPermission } from '#app/modules/accounts/auth.server.ts'
import { validateCsrf } from '#app/http/csrf.server.ts'
import { clientAddress } from '#app/http/rate-limit.server.ts'
import { editableByResponder, withdrawableByResponder } from '#app/modules/responses/quantities.ts'
import { newResponseHref } from '#app/modules/responses/links.ts'
import { REFUSAL_STATUS, responsesOfOrg, withdrawResponse } from '#app/modules/responses/submit.server.ts'
import { getDb } from '#app/utils/db.server.ts'
import { formatNumber, formatPrice } from '#app/utils/format.ts'
import { demandHref, listingHref } from '#app/utils/links.ts'
import { pageMeta } from '#app/utils/meta.ts'
import { useLocale } from '#app/utils/root-data.ts'
import { readForm } from '#app/http/request-body.server.ts'
import { RouteErrorBoundary } from '#app/components/route-error.tsx'

export async function loader({ request }: LoaderFunctionArgs) {
	const caller = await requireOrgPermission(request, 'respond:demand:own')
	const saved = new URL(request.url).searchParams.has('saved')
	return { rows: responsesOfOrg(getDb(), caller.membership.orgId), saved }
}

export async function action({ request }: ActionFunctionArgs) {
	const form = await readForm(request)
	await validateCsrf(request, form)
	const caller = await requireOrgPermission(request, 'respond:demand:own')
	const locale = await getLocale(request)
	const id = Number(form.get('response'))
	if (form.get('intent') !== 'withdraw' || !Number.isInteger(id) || id <= 0) return data({ ok: false as const, message: translate(locale, 'validation.invalid') }, { status: 400 })
	const { orgId, orgRef } = caller.membership
	const result = withdrawResponse(getDb(), { kind: 'organization', orgId, orgRef, userId: caller.user.id }, id, { ip: clientAddress(request) })
	if (!result.ok) return data({ ok: false as const, message: translate(locale, `responses.refused.${result.reason}`) }, { status: REFUSAL_STATUS[result.reason] })
	return data({ ok: true as const, message: translate(locale, 'responses.mine.withdrawn') })
}

export default function MyResponses() {
	const { rows, saved } = useLoaderData<typeof loader>()
	const result = useActionData<typeof action>()
	const { t } = useTranslation()
	const locale: Locale = useLocale()
	const num = (n: number) => formatNumber(n, locale)
	return (
		<div className="space-y-6">
			<PageHeader title={t('responses.mine.title')} subtitle={t('responses.mine.intro')}>
				<Link to="/demands" className="text-sm">
					{t('responses.mine.browse')}
				</Link>
			</PageHeader>
			{result ? (
				<p role={result.ok ? 'status' : 'alert'} className={`rounded-md border p-3 text-sm ${result.ok ? 'border-emerald-200 bg-emerald-50 text-emerald-900' : 'border-red-200 bg-red-50 text-red-800'}`}>
					{result.message}
				</p>
			) : saved ? (
				<p role="status" className="rounded-md border border-emerald-200 bg-emerald-50 p-3 text-sm text-emerald-900">
					{t('responses.mine.saved')}
				</p>
			) : null}
			{rows.length === 0 ? (
				<EmptyState>{t('responses.mine.empty')}</EmptyState>
			) : (
				<div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
					<table className="w-full min-w-[60rem] text-sm">
						<thead className="bg-slate-50">
							<tr className="border-b border-slate-200 text-left text-slate-600">
								<th scope="col" className="px-3 py-2 font-medium">
									{t('responses.mine.item')}
								</th>
								<th scope="col" className="px-3 py-2 font-medium">
									{t('responses.mine.listing')}
								</th>
								<th scope="col" className="px-3 py-2 text-right font-medium">
									{t('responses.mine.price')}
								</th>
								<th scope="col" className="px-3 py-2 text-right font-medium">
									{t('responses.mine.quantity')}
								</th>
								<th scope="col" className="px-3 py-2 font-medium">
									{t('responses.mine.status')}
								</th>
								<th scope="col" className="px-3 py-2 font-medium">
									{t('responses.mine.progress')}
								</th>
								<th scope="col" className="px-3 py-2 font-medium">
									{t('responses.mine.actions')}
								</th>
							</tr>
						</thead>
						<tbody>
							{rows.map((r) => (
								<tr key={r.id} className="border-b border-slate-100 align-top last:border-0">
									<th scope="row" className="px-3 py-3 text-left font-normal">
										<span className="block font-semibold text-slate-900">{r.itemName}</span>
										<Link to={demandHref(r.listRef)} className={`text-xs ${textLinkClass}`}>
											{t('responses.mine.from', { owner: r.ownerName, list: r.listTitle })}
										</Link>
										{r.status === 'declined' && r.decisionNote ? (
											<span className="mt-1 block text-xs text-slate-600">{t('responses.mine.decisionNote', { note: r.decisionNote })}</span>
										) : null}
									</th>
									<td className="px-3 py-3">
										<Link to={listingHref(r.listingRef)} className={textLinkClass}>
											{r.listingTitle}
										</Link>
										{r.attachments.length ? (
											<ul className="mt-1 space-y-0.5 text-xs">
												{r.attachments.map((a) => (
													<li key={a.id}>
														<a href={`/attachments/${a.id}`} download aria-label={t('responses.download', { name: a.fileName })} className="break-all">
															{a.fileName}
														</a>
													</li>
												))}
											</ul>
										) : null}
									</td>
									<td className="whitespace-nowrap px-3 py-3 text-right tabular-nums">{r.unitPrice !== null ? formatPrice(r.unitPrice, locale) : t('responses.compare.priceOnRequest')}</td>
									<td className="whitespace-nowrap px-3 py-3 text-right tabular-nums">
										{num(r.quantity)}
										{r.itemUnit ? ` ${r.itemUnit}` : ''}
									</td>
									<td className="px-3 py-3">
										<ResponseStatusBadge status={r.status} />
									</td>
									<td className="px-3 py-3">
										{r.status === 'awarded' ? (
											<>
												<span className="block tabular-nums text-slate-700">
													{num(r.awardedQuantity)} / {num(r.deliveredQuantity)}
												</span>
												<QuantityBar requested={r.awardedQuantity} awarded={r.awardedQuantity} delivered={r.deliveredQuantity} label={t('responses.mine.progress')} />
											</>
										) : (
											<Dash />
										)}
									</td>
									<td className="whitespace-nowrap px-3 py-3">
										<span className="flex items-center gap-3">
											{editableByResponder(r.status) ? (
												<Link
													to={`${newResponseHref(r.listRef, r.itemRef)}&listing=${encodeURIComponent(r.listingRef)}`}
													aria-label={t('responses.mine.editLabel', { name: r.itemName })}
												>
													{t('responses.mine.edit')}
												</Link>
											) : null}
											{withdrawableByResponder(r.status) ? (
												<Form method="post">
													<CsrfInput />
													<input type="hidden" name="intent" value="withdraw" />
													<input type="hidden" name="response" value={r.id} />
													<button type="submit" className="text-red-700 underline" aria-label={t('responses.mine.withdrawLabel', { name: r.itemName })}>
														{t('responses.mine.withdraw')}
													</button>
												</Form>
											) : null}
										</span>
									</td>
								</tr>
							))}
						</tbody>
					</table>
				</div>
			)}
		</div>
	)
}

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (l) => translate(l, 'responses.mine.title'))

export function ErrorBoundary() {
	return <RouteErrorBoundary />
}
