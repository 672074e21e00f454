// 响应比选: the demand owner compares the responses to each item of one of its lists side by side and decides —
// shortlist, award (within the requested quantity), decline, record deliveries. Owner organization only.
import { getFormProps, getInputProps, useForm } from '@conform-to/react'
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { textLinkClass } from '#app/components/fact-grid.tsx'
import { CsrfInput, ErrorList, inputClass, SubmitButton } from '#app/components/forms.tsx'
import { Checklist, QuantityBar, ResponseStatusBadge } from '#app/components/responses.tsx'
import { Badge, Card, EmptyState, PageHeader } from '#app/components/ui.tsx'
import { getLocale } from '#app/i18n/locale.server.ts'
import { translate, type Locale } from '#app/i18n/translate.ts'
import { requireOrgPermission } from '#app/modules/accounts/auth.server.ts'
import { validateCsrf } from '#app/http/csrf.server.ts'
import { clientAddress } from '#app/http/rate-limit.server.ts'
import { myDemandHref } from '#app/modules/demands/form.ts'
import { adjustAward, award, compareResponses, decline, recordDelivery, shortlist } from '#app/modules/responses/award.server.ts'
import type { Decision } from '#app/modules/responses/quantities.ts'
import { decisionForm } from '#app/modules/responses/schema.ts'
import { getDb } from '#app/utils/db.server.ts'
import { formatNumber, formatPrice, todayIso } from '#app/utils/format.ts'
import { parseForm } from '#app/utils/forms.ts'
import { demandHref, listingHref, orgHref } from '#app/utils/links.ts'
import { notFoundMeta, pageMeta } from '#app/utils/meta.ts'
import { useLocale } from '#app/utils/root-data.ts'
import { readForm } from '#app/http/request-body.server.ts'
import { RouteErrorBoundary } from '#app/components/route-error.tsx'

export async function loader({ request, params }: LoaderFunctionArgs) {
	const caller = await requireOrgPermission(request, 'update:demand:own')
	const compared = compareResponses(getDb(), caller.membership.orgId, params.ref ?? '', todayIso())
	if (!compared) throw new Response('Not Found', { status: 404 })
	return compared
}

const FIELD_OF: Partial<Record<Decision, 'quantity' | 'delivered'>> = { award: 'quantity', adjust: 'quantity', deliver: 'delivered' }

export async function action({ request, params }: ActionFunctionArgs) {
	const form = await readForm(request)
	await validateCsrf(request, form)
	const caller = await requireOrgPermission(request, 'update:demand:own')
	const locale = await getLocale(request)
	const formId = String(form.get('formId') ?? '').slice(0, 100)
	const submission = parseForm(form, decisionForm, locale)
	if (submission.status !== 'success') return data({ formId, result: submission.reply(), done: null }, { status: 400 })
	const d = submission.value
	const { orgId, orgRef } = caller.membership
	const db = getDb()
	const actor = { kind: 'organization', orgId, orgRef, userId: caller.user.id } as const
	const listRef = params.ref ?? ''
	const opts = { ip: clientAddress(request) }
	const r =
		d.intent === 'award'
			? award(db, actor, listRef, d.response, d.quantity, opts)
			: d.intent === 'adjust'
				? adjustAward(db, actor, listRef, d.response, d.quantity, opts)
				: d.intent === 'deliver'
				? recordDelivery(db, actor, listRef, d.response, d.delivered, opts)
				: d.intent === 'decline'
					? decline(db, actor, listRef, d.response, d.note, opts)
					: shortlist(db, actor, listRef, d.response, d.intent === 'shortlist', opts)
	if (!r.ok) {
		const message = translate(locale, `responses.compare.errors.${r.reason}`, { max: r.max !== undefined ? formatNumber(r.max, locale) : '' })
		const field = FIELD_OF[d.intent]
		const status = r.reason === 'responseNotFound' ? 404 : r.reason === 'notAllowed' ? 409 : 400
		return data({ formId, result: submission.reply(field && r.reason !== 'notAllowed' ? { fieldErrors: { [field]: [message] } } : { formErrors: [message] }), done: null }, { status })
	}
	return data({ formId, result: submission.reply({ resetForm: true }), done: d.intent })
}

type ActionData = ReturnType<typeof useActionData<typeof action>>

// Cells of the compare table; below lg they are the labelled rows of a card (the column headers are hidden there).
const numCell = 'whitespace-nowrap px-3 py-3 text-right tabular-nums max-lg:flex max-lg:items-baseline max-lg:justify-between max-lg:gap-3 max-lg:px-0 max-lg:py-1'
const textCell = 'px-3 py-3 max-lg:flex max-lg:items-baseline max-lg:justify-between max-lg:gap-3 max-lg:px-0 max-lg:py-1'

/** The column's name beside a value, on small screens only. */
function CellLabel({ children, block = false }: { children: string; block?: boolean }) {
	return (
		<span className={`${block ? 'mb-1 block' : ''} text-xs text-slate-500 lg:hidden`}>
			{children}
		</span>
	)
}

/** One decision on one response: a small form of its own, validated by the same schema in the browser. */
function DecisionForm({
	responseId,
	intent,
	label,
	field,
	supplier,
	tone = 'secondary',
	actionData,
}: {
	responseId: number
	intent: Decision
	label: string
	/** A field starts empty: a quantity is only ever what the user typed (the current figures go in `hint`). */
	field?: { name: 'quantity' | 'delivered' | 'note'; label: string; numeric: boolean; hint?: string }
	supplier: string
	tone?: 'primary' | 'secondary' | 'danger'
	actionData: ActionData
}) {
	const { t } = useTranslation()
	const locale: Locale = useLocale()
	const id = `decision-${responseId}-${intent}`
	const [form, fields] = useForm({
		id,
		lastResult: actionData?.formId === id ? actionData.result : undefined,
		shouldValidate: 'onSubmit',
		defaultValue: { intent, response: String(responseId) },
		onValidate: ({ formData }) => parseForm(formData, decisionForm, locale),
	})
	const f = field ? (fields as unknown as Record<string, (typeof fields)['intent']>)[field.name] : undefined
	const errors = [...(form.errors ?? []), ...(f?.errors ?? [])]
	const errorId = errors.length ? `${id}-error` : undefined
	const hintId = field?.hint ? `${id}-hint` : undefined
	const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined
	return (
		<Form method="post" {...getFormProps(form)} className="flex flex-wrap items-center gap-2" aria-label={t('responses.compare.actionLabel', { action: label, supplier })}>
			<CsrfInput />
			<input type="hidden" name="formId" value={id} />
			<input type="hidden" name="response" value={responseId} />
			{field && f ? (
				<>
					<label htmlFor={f.id} className="basis-full text-xs text-slate-600">
						{field.label}
						{field.hint ? (
							<span id={hintId} className="ml-1 text-slate-500">
								（{field.hint}）
							</span>
						) : null}
					</label>
					<input
						{...getInputProps(f, { type: 'text' })}
						inputMode={field.numeric ? 'decimal' : undefined}
						autoComplete="off"
						aria-describedby={describedBy}
						className={`${inputClass.replace('w-full', '')} ${field.numeric ? 'w-24' : 'w-40'} py-1`}
					/>
				</>
			) : null}
			<SubmitButton tone={tone} name="intent" value={intent}>
				{label}
			</SubmitButton>
			<div className="basis-full">
				<ErrorList id={errorId} errors={errors} />
			</div>
		</Form>
	)
}

export default function CompareResponses() {
	const { list, items } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const { t } = useTranslation()
	const locale: Locale = useLocale()
	const num = (n: number) => formatNumber(n, locale)
	return (
		<div className="space-y-6">
			<nav aria-label={t('responses.compare.back')} className="text-sm text-slate-500">
				<Link to="/my/demands" className={textLinkClass}>
					{t('demandEditor.back')}
				</Link>
				{' / '}
				<Link to={myDemandHref(list.ref)} className={textLinkClass}>
					{list.ref}
				</Link>
				{' / '}
				<span aria-current="page">{t('responses.compare.title')}</span>
			</nav>
			<PageHeader title={`${t('responses.compare.title')}：${list.title}`} subtitle={t('responses.compare.intro')}>
				<span className="flex gap-3 text-sm">
					<Link to={myDemandHref(list.ref)}>{t('responses.compare.back')}</Link>
					{list.status !== 'draft' ? <Link to={demandHref(list.ref)}>{t('demandEditor.viewPublic')}</Link> : null}
				</span>
			</PageHeader>
			{actionData?.done ? (
				<p role="status" className="rounded-md border border-emerald-200 bg-emerald-50 p-3 text-sm text-emerald-900">
					{t(`responses.compare.done.${actionData.done}`)}
				</p>
			) : null}
			{items.length === 0 ? <EmptyState>{t('responses.compare.noItems')}</EmptyState> : null}
			{items.map((item) => {
				const unit = item.unit ? ` ${item.unit}` : ''
				const headingId = `item-${item.ref}`
				return (
					<Card key={item.ref}>
						<div className="flex flex-wrap items-start justify-between gap-4">
							<h2 id={headingId} className="text-lg font-semibold text-ink-900">
								{item.name}
								<span className="ml-2 font-mono text-xs font-normal text-slate-500">{item.ref}</span>
							</h2>
							<div className="w-full max-w-md space-y-1">
								<dl className="grid grid-cols-4 gap-2 text-center text-sm">
									{(['requested', 'responded', 'awarded', 'delivered'] as const).map((k) => (
										<div key={k}>
											<dt className="text-xs text-slate-500">{t(`responses.compare.${k}`)}</dt>
											<dd className="font-semibold tabular-nums text-slate-900">
												{num(item.totals[k])}
												{unit}
											</dd>
										</div>
									))}
								</dl>
								<QuantityBar requested={item.totals.requested} awarded={item.totals.awarded} delivered={item.totals.delivered} label={t('responses.compare.progressLabel')} />
								<p className="text-right text-xs text-slate-600">{t('responses.compare.remaining', { value: `${num(item.totals.remaining)}${unit}` })}</p>
							</div>
						</div>
						{item.responses.length === 0 ? (
							<p className="mt-3 text-sm text-slate-500">{t('responses.compare.noResponses')}</p>
						) : (
							// Wide screens: a table to compare across. Below lg each response is a card of labelled rows.
							<div className="mt-4 lg:overflow-x-auto">
								<table className="w-full text-sm max-lg:block lg:min-w-[72rem]" aria-labelledby={headingId}>
									<thead className="bg-slate-50 max-lg:hidden">
										<tr className="border-b border-slate-200 text-left text-slate-600">
											<th scope="col" className="whitespace-nowrap px-3 py-2 font-medium">
												{t('responses.compare.supplier')}
											</th>
											<th scope="col" className="whitespace-nowrap px-3 py-2 text-right font-medium">
												{t('responses.compare.price')}
											</th>
											<th scope="col" className="whitespace-nowrap px-3 py-2 text-right font-medium">
												{t('responses.compare.quantity')}
											</th>
											<th scope="col" className="whitespace-nowrap px-3 py-2 text-right font-medium">
												{t('responses.compare.total')}
											</th>
											<th scope="col" className="whitespace-nowrap px-3 py-2 text-right font-medium">
												{t('responses.compare.delivery')}
											</th>
											<th scope="col" className="whitespace-nowrap px-3 py-2 font-medium">
												{t('responses.compare.checklist')}
											</th>
											<th scope="col" className="whitespace-nowrap px-3 py-2 font-medium">
												{t('responses.compare.files')}
											</th>
											<th scope="col" className="whitespace-nowrap px-3 py-2 font-medium">
												{t('responses.compare.status')}
											</th>
											<th scope="col" className="whitespace-nowrap px-3 py-2 font-medium">
												{t('responses.compare.actions')}
											</th>
										</tr>
									</thead>
									<tbody className="max-lg:block max-lg:space-y-3">
										{item.responses.map((r) => (
											<tr key={r.id} className="border-b border-slate-100 align-top last:border-0 max-lg:block max-lg:rounded-md max-lg:border max-lg:border-slate-200 max-lg:p-3 max-lg:last:border">
												<th scope="row" className="px-3 py-3 text-left font-normal max-lg:block max-lg:p-0 max-lg:pb-2 lg:min-w-60">
													<Link to={orgHref(r.supplierRef)} className="font-semibold">
														{r.supplierName}
													</Link>{' '}
													{r.supplierVerified ? <Badge tone="green">{t('responses.compare.verified')}</Badge> : null}
													<Link to={listingHref(r.listingRef)} className={`mt-1 block text-sm ${textLinkClass}`}>
														{r.listingTitle}
													</Link>
													{r.note ? (
														<details className="mt-1 max-w-64 text-xs text-slate-600">
															<summary className="cursor-pointer">{t('responses.compare.note')}</summary>
															<p className="mt-1 whitespace-pre-line">{r.note}</p>
														</details>
													) : null}
												</th>
												<td className={numCell}>
													<CellLabel>{t('responses.compare.price')}</CellLabel>
													{r.unitPrice !== null ? formatPrice(r.unitPrice, locale) : t('responses.compare.priceOnRequest')}
												</td>
												<td className={numCell}>
													<CellLabel>{t('responses.compare.quantity')}</CellLabel>
													{num(r.quantity)}
													{unit}
												</td>
												<td className={numCell}>
													<CellLabel>{t('responses.compare.total')}</CellLabel>
													{r.total !== null ? formatPrice(r.total, locale) : '—'}
												</td>
												<td className={numCell}>
													<CellLabel>{t('responses.compare.delivery')}</CellLabel>
													{r.deliveryDays !== null ? t('responses.compare.days', { count: r.deliveryDays }) : '—'}
												</td>
												<td className="px-3 py-3 max-lg:block max-lg:px-0 max-lg:py-1">
													<CellLabel block>{t('responses.compare.checklist')}</CellLabel>
													<Checklist checklist={r.checklist} missing={t('responses.compare.noChecklist')} />
												</td>
												<td className={textCell}>
													<CellLabel>{t('responses.compare.files')}</CellLabel>
													{r.attachments.length ? (
														<ul className="space-y-1">
															{r.attachments.map((a) => (
																<li key={a.id}>
																	<a href={`/attachments/${a.id}`} download aria-label={t('responses.download', { name: a.fileName })} className="break-all">
																		{a.fileName}
																	</a>
																</li>
															))}
														</ul>
													) : (
														'—'
													)}
												</td>
												<td className={`${textCell} whitespace-nowrap`}>
													<CellLabel>{t('responses.compare.status')}</CellLabel>
													<ResponseStatusBadge status={r.status} />
													{r.status === 'awarded' ? (
														<span className="mt-1 block whitespace-nowrap text-xs tabular-nums text-slate-600">
															{t('responses.compare.awarded')} {num(r.awardedQuantity)} · {t('responses.compare.delivered')} {num(r.deliveredQuantity)}
														</span>
													) : null}
													{r.status === 'declined' && r.decisionNote ? (
														<span className="mt-1 block max-w-48 whitespace-normal text-xs text-slate-600">{t('responses.compare.decisionNote', { note: r.decisionNote })}</span>
													) : null}
												</td>
												<td className="space-y-2 px-3 py-3 max-lg:mt-2 max-lg:block max-lg:border-t max-lg:border-slate-100 max-lg:px-0 max-lg:pb-0 lg:min-w-72">
													{r.decisions.includes('shortlist') ? (
														<DecisionForm responseId={r.id} intent="shortlist" label={t('responses.compare.shortlist')} supplier={r.supplierName} actionData={actionData} />
													) : null}
													{r.decisions.includes('unshortlist') ? (
														<DecisionForm responseId={r.id} intent="unshortlist" label={t('responses.compare.unshortlist')} supplier={r.supplierName} actionData={actionData} />
													) : null}
													{r.decisions.includes('award') ? (
														<DecisionForm
															responseId={r.id}
															intent="award"
															tone="primary"
															label={t('responses.compare.award')}
															field={{ name: 'quantity', label: t('responses.compare.awardQuantity'), numeric: true, hint: t('responses.compare.awardHint', { max: num(r.maxAward) }) }}
															supplier={r.supplierName}
															actionData={actionData}
														/>
													) : null}
													{r.decisions.includes('deliver') ? (
														<DecisionForm
															responseId={r.id}
															intent="deliver"
															tone="primary"
															label={t('responses.compare.deliver')}
															field={{
																name: 'delivered',
																label: t('responses.compare.deliveredQuantity'),
																numeric: true,
																hint: t('responses.compare.deliveredHint', { delivered: num(r.deliveredQuantity), awarded: num(r.awardedQuantity) }),
															}}
															supplier={r.supplierName}
															actionData={actionData}
														/>
													) : null}
													{r.decisions.includes('adjust') ? (
														<details className="text-sm" open={actionData?.formId === `decision-${r.id}-adjust` && actionData.done === null}>
															<summary className="cursor-pointer text-slate-700">{t('responses.compare.adjust')}</summary>
															<div className="mt-2">
																<DecisionForm
																	responseId={r.id}
																	intent="adjust"
																	label={t('responses.compare.adjustSubmit')}
																	field={{
																		name: 'quantity',
																		label: t('responses.compare.adjustQuantity'),
																		numeric: true,
																		hint: t('responses.compare.adjustHint', { awarded: num(r.awardedQuantity), delivered: num(r.deliveredQuantity) }),
																	}}
																	supplier={r.supplierName}
																	actionData={actionData}
																/>
															</div>
														</details>
													) : null}
													{r.decisions.includes('decline') ? (
														<DecisionForm
															responseId={r.id}
															intent="decline"
															tone="danger"
															label={t('responses.compare.decline')}
															field={{ name: 'note', label: t('responses.compare.declineNote'), numeric: false }}
															supplier={r.supplierName}
															actionData={actionData}
														/>
													) : null}
												</td>
											</tr>
										))}
									</tbody>
								</table>
							</div>
						)}
					</Card>
				)
			})}
		</div>
	)
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
	data ? pageMeta(matches, (l) => `${translate(l, 'responses.compare.title')}：${data.list.title}`) : notFoundMeta(matches)

export function ErrorBoundary() {
	return <RouteErrorBoundary />
}
