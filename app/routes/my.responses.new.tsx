// Responding to a demand item (响应/报价) with one of the organization's published listings: the item, the listings
// ranked for it with their computed conformance checklists, price, quantity, delivery time, a note and attachments.
import { getFormProps, getInputProps, getTextareaProps, useForm } from '@conform-to/react'
import {
	data,
	redirect,
	type ActionFunctionArgs,
	type LoaderFunctionArgs,
	type MetaFunction,
} from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { CertificationBadges } from '#app/components/certification-badges.tsx'
import { ConstraintList } from '#app/components/constraint-text.tsx'
import { Dash, FactGrid, textLinkClass } from '#app/components/fact-grid.tsx'
import { CsrfInput, ErrorList, Field, FormErrors, SubmitButton } from '#app/components/forms.tsx'
import { criterionLabel, ReasonList, ScoreBar, verdictOf } from '#app/components/match-results.tsx'
import { Badge, Card, PageHeader, SectionTitle } from '#app/components/ui.tsx'
import { getLocale } from '#app/i18n/locale.server.ts'
import { translate, type Locale } from '#app/i18n/translate.ts'
import { requireOrgPermission } from '#app/modules/accounts/auth.server.ts'
import { validateCsrf } from '#app/http/csrf.server.ts'
import { clientAddress } from '#app/http/rate-limit.server.ts'
import { constraintsOf, requiredCertificationsOf } from '#app/modules/catalog/constraints.server.ts'
import { checkFiles } from '#app/modules/responses/attachments.server.ts'
import { BODY_LIMITS, readForm } from '#app/http/request-body.server.ts'
import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS, MAX_NOTE, responseForm } from '#app/modules/responses/schema.ts'
import {
	checklistOf,
	matchItemOf,
	ownPublishedListings,
	ownResponseTo,
	rankedOwnListings,
	REFUSAL_FIELD,
	REFUSAL_STATUS,
	respondableItem,
	submitResponse,
	type Refusal,
} from '#app/modules/responses/submit.server.ts'
import { choiceGroup, responseWarnings, warningsKey, type ResponseWarning } from '#app/modules/responses/warnings.ts'
import { getDb } from '#app/utils/db.server.ts'
import { formatDate, formatNumber, formatPrice, todayIso } from '#app/utils/format.ts'
import { parseForm } from '#app/utils/forms.ts'
import { demandHref, listingHref, orgHref } from '#app/utils/links.ts'
import { notFoundMeta, pageMeta } from '#app/utils/meta.ts'
import { useLocale } from '#app/utils/root-data.ts'
import { RouteErrorBoundary } from '#app/components/route-error.tsx'

const notFound = () => new Response('Not Found', { status: 404 })

export async function loader({ request }: LoaderFunctionArgs) {
	const caller = await requireOrgPermission(request, 'respond:demand:own')
	const { orgId, verified } = caller.membership
	const url = new URL(request.url)
	const listRef = url.searchParams.get('list')
	const itemRef = url.searchParams.get('item')
	if (!listRef || !itemRef) throw notFound()
	const db = getDb()
	const today = todayIso()
	const found = respondableItem(db, listRef, itemRef, orgId, today)
	const item = found.item
	if (!item) throw notFound()
	const refusal: Refusal | null = !verified ? 'orgUnverified' : found.ok ? null : found.reason
	const listings = (refusal ? [] : rankedOwnListings(db, orgId, matchItemOf(db, listRef, itemRef), today)).map((l) => ({ ...l, group: choiceGroup(l) }))
	// Never a 不符合 listing chosen for the supplier: the one the link names when it fits (or was already offered),
	// else the best eligible one, else none (the form then asks for a choice).
	const wanted = listings.find((l) => l.ref === url.searchParams.get('listing'))
	const selected = (wanted && (wanted.eligible || ownResponseTo(db, orgId, item.id, wanted.ref)) ? wanted.ref : null) ?? listings.find((l) => l.eligible)?.ref ?? null
	const existing = selected ? ownResponseTo(db, orgId, item.id, selected) : null
	return {
		item: {
			ref: item.ref,
			name: item.name,
			quantity: item.quantity,
			unit: item.unit,
			budgetPerUnit: item.budgetPerUnit,
			neededBy: item.neededBy,
			notes: item.notes,
			constraints: constraintsOf(db, 'demand_item', item.id),
			certifications: requiredCertificationsOf(db, 'demand_item', item.id),
		},
		list: { ref: item.listRef, title: item.listTitle, deadline: item.deadline, owner: { ref: item.ownerRef, name: item.ownerName } },
		refusal,
		listings,
		existing: existing ? { status: existing.status, listing: selected } : null,
		defaultValue: {
			list: item.listRef,
			item: item.ref,
			listing: selected ?? '',
			quantity: String(existing?.quantity ?? item.quantity),
			unitPrice: existing?.unitPrice != null ? String(existing.unitPrice) : '',
			deliveryDays: existing?.deliveryDays != null ? String(existing.deliveryDays) : '',
			note: existing?.note ?? '',
		},
	}
}

export async function action({ request }: ActionFunctionArgs) {
	const caller = await requireOrgPermission(request, 'respond:demand:own')
	const locale = await getLocale(request)
	let form: FormData
	try {
		// Room for every allowed file plus one oversized one, so sizes are reported per file beside the field.
		form = await readForm(request, { multipart: true, maxBytes: (MAX_ATTACHMENTS + 1) * MAX_ATTACHMENT_BYTES + BODY_LIMITS.envelope })
	} catch (e) {
		if (e instanceof Response && e.status === 413)
			return data({ status: 'error' as const, error: { '': [translate(locale, 'responses.refused.requestTooLarge')] } }, { status: 413 })
		throw e
	}
	await validateCsrf(request, form)
	const submission = parseForm(form, responseForm, locale)
	if (submission.status !== 'success') return data(submission.reply({ hideFields: ['attachments'] }), { status: 400 })
	const v = submission.value
	const { ok: files, refused } = await checkFiles(v.attachments ?? [])
	if (refused.length)
		return data(
			submission.reply({ hideFields: ['attachments'], fieldErrors: { attachments: refused.map((r) => translate(locale, `responses.file.${r.reason}`, { name: r.name })) } }),
			{ status: 400 },
		)
	const { orgId, orgRef } = caller.membership
	const db = getDb()
	const today = todayIso()
	// The first submit of an offer that does not fit the item comes back with warnings (the reply keeps what was
	// typed); the supplier corrects it or confirms these very warnings (their key), and only then is it sent. A
	// submission that will be refused (someone else's listing, a closed list) is refused without warnings.
	const target = respondableItem(db, v.list, v.item, orgId, today)
	const own = target.ok ? ownPublishedListings(db, orgId).find((l) => l.ref === v.listing) : undefined
	if (target.ok && own) {
		const choice = checklistOf(db, matchItemOf(db, v.list, v.item), own.id, today)
		const warnings = responseWarnings(target.item, { quantity: v.quantity, unitPrice: v.unitPrice, deliveryDays: v.deliveryDays }, choice, today)
		const key = warningsKey(warnings)
		if (warnings.length && form.get('confirm') !== key)
			return data({ ...submission.reply({ hideFields: ['attachments'] }), warnings, confirmKey: key, hadFiles: files.length > 0 })
	}
	const result = submitResponse(
		db,
		{ kind: 'organization', orgId, orgRef, userId: caller.user.id },
		{ listRef: v.list, itemRef: v.item },
		{ listing: v.listing, unitPrice: v.unitPrice, quantity: v.quantity, deliveryDays: v.deliveryDays, note: v.note },
		files,
		{ today, ip: clientAddress(request) },
	)
	if (!result.ok) {
		const message = translate(locale, `responses.refused.${result.reason}`)
		const field = REFUSAL_FIELD[result.reason]
		return data(submission.reply({ hideFields: ['attachments'], ...(field ? { fieldErrors: { [field]: [message] } } : { formErrors: [message] }) }), {
			status: REFUSAL_STATUS[result.reason],
		})
	}
	return redirect(`/my/responses?saved=${result.id}`)
}

export default function NewResponse() {
	const d = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const warned = actionData && 'warnings' in actionData ? (actionData as unknown as Warned) : null
	const { t } = useTranslation()
	const locale: Locale = useLocale()
	const [form, fields] = useForm<z.input<typeof responseForm>>({
		id: 'response',
		lastResult: actionData,
		shouldValidate: 'onBlur',
		shouldRevalidate: 'onInput',
		defaultValue: d.defaultValue,
		onValidate: ({ formData }) => parseForm(formData, responseForm, locale),
	})
	const { item, list } = d
	const qty = (n: number) => `${formatNumber(n, locale)}${item.unit ? ` ${item.unit}` : ''}`
	const attachmentErrors: string[] = Object.values(fields.attachments.allErrors).flat()
	const listingErrorId = fields.listing.errors?.length ? `${fields.listing.id}-error` : undefined
	const attachmentsErrorId = attachmentErrors.length ? `${fields.attachments.id}-error` : undefined
	// Listings that fit the item first; the same kind of equipment that fails a rule behind a toggle (open when nothing
	// fits); everything else behind another, closed toggle. A listing is chosen for the supplier only when it fits.
	const eligible = d.listings.filter((l) => l.group === 'eligible')
	const near = d.listings.filter((l) => l.group === 'near')
	const others = d.listings.filter((l) => l.group === 'other')
	const holds = (ls: typeof d.listings) => ls.some((l) => l.ref === fields.listing.initialValue)
	return (
		<div className="mx-auto max-w-4xl space-y-6">
			<nav aria-label={t('responses.new.back')} className="text-sm text-slate-500">
				<Link to="/my/responses" className={textLinkClass}>
					{t('responses.new.back')}
				</Link>
				{' / '}
				<span aria-current="page">{t('responses.new.title')}</span>
			</nav>
			<PageHeader title={t('responses.new.title')} subtitle={item.name} />

			<Card>
				<SectionTitle>{t('responses.new.item')}</SectionTitle>
				<FactGrid
					items={[
						[
							t('responses.new.list'),
							<Link to={demandHref(list.ref)} className={textLinkClass}>
								{list.title}
							</Link>,
						],
						[
							t('responses.new.owner'),
							<Link to={orgHref(list.owner.ref)} className={textLinkClass}>
								{list.owner.name}
							</Link>,
						],
						[t('responses.new.requested'), qty(item.quantity)],
						[t('responses.new.neededBy'), item.neededBy ? formatDate(item.neededBy) : <Dash />],
						[t('responses.new.budget'), item.budgetPerUnit !== null ? formatPrice(item.budgetPerUnit, locale) : <Dash />],
						[t('responses.new.deadline'), list.deadline ? formatDate(list.deadline) : t('ui.demand.noDeadline')],
						[t('responses.new.requirements'), <ConstraintList constraints={item.constraints} empty={t('responses.new.none')} />],
						[
							t('responses.new.certifications'),
							item.certifications.length ? (
								<CertificationBadges codes={item.certifications} />
							) : (
								t('responses.new.none')
							),
						],
						[t('responses.new.notes'), item.notes],
					]}
				/>
			</Card>

			{d.refusal ? (
				<div role="alert" className="rounded-md border border-amber-200 bg-amber-50 p-4 text-amber-900">
					<p className="font-semibold">{t('responses.new.cannotRespond')}</p>
					<p className="mt-1 text-sm">{t(`responses.refused.${d.refusal}`)}</p>
					<Link to={demandHref(list.ref)} className="mt-2 inline-block text-sm">
						{t('responses.new.viewDemand')}
					</Link>
				</div>
			) : d.listings.length === 0 ? (
				<Card>
					<p className="text-slate-700">{t('responses.new.noListings')}</p>
					<Link to="/my/listings/new" className="mt-3 inline-block rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white no-underline hover:bg-brand-800">
						{t('responses.new.publishListing')}
					</Link>
				</Card>
			) : (
				<Form method="post" encType="multipart/form-data" {...getFormProps(form)} className="space-y-6">
					<CsrfInput />
					<input {...getInputProps(fields.list, { type: 'hidden' })} />
					<input {...getInputProps(fields.item, { type: 'hidden' })} />
					<FormErrors errors={form.errors} />
					{warned ? <Warnings warnings={warned.warnings} hadFiles={warned.hadFiles} unit={item.unit} confirmKey={warned.confirmKey} /> : null}
					{d.existing ? (
						<p role="note" className="rounded-md border border-sky-200 bg-sky-50 p-3 text-sm text-sky-900">
							{t('responses.new.existing', {
								listing: d.listings.find((l) => l.ref === d.existing!.listing)?.title ?? d.existing.listing,
								status: t(`responses.status.${d.existing.status}`),
							})}
						</p>
					) : null}
					<Card>
						<fieldset aria-describedby={[`${fields.listing.id}-help`, listingErrorId].filter(Boolean).join(' ')}>
							<legend className="text-lg font-semibold text-ink-900">{t('responses.new.chooseListing')}</legend>
							<p id={`${fields.listing.id}-help`} className="mt-1 text-sm text-slate-600">
								{t('responses.new.chooseListingHelp')}
							</p>
							{eligible.length ? (
								<ul className="mt-3 divide-y divide-slate-100">
									{eligible.map((l) => (
										<ListingOption key={l.ref} listing={l} name={fields.listing.name} idPrefix={fields.listing.id} checked={fields.listing.initialValue === l.ref} invalid={!!listingErrorId} />
									))}
								</ul>
							) : (
								<p role="note" className="mt-3 rounded-md border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900">
									{t('responses.new.noEligible')}
								</p>
							)}
							{near.length ? (
								<details className="mt-3 rounded-md border border-slate-200" open={!eligible.length || holds(near)}>
									<summary className="cursor-pointer px-3 py-2 text-sm font-medium text-slate-700">{t('responses.new.nearListings', { count: near.length })}</summary>
									<ul className="divide-y divide-slate-100 px-3">
										{near.map((l) => (
											<ListingOption key={l.ref} listing={l} name={fields.listing.name} idPrefix={fields.listing.id} checked={fields.listing.initialValue === l.ref} invalid={!!listingErrorId} />
										))}
									</ul>
								</details>
							) : null}
							{others.length ? (
								<details className="mt-3 rounded-md border border-slate-200" open={holds(others) || (!eligible.length && !near.length)}>
									<summary className="cursor-pointer px-3 py-2 text-sm font-medium text-slate-700">{t('responses.new.otherListings', { count: others.length })}</summary>
									<ul className="divide-y divide-slate-100 px-3">
										{others.map((l) => (
											<ListingOption key={l.ref} listing={l} name={fields.listing.name} idPrefix={fields.listing.id} checked={fields.listing.initialValue === l.ref} invalid={!!listingErrorId} />
										))}
									</ul>
								</details>
							) : null}
							<ErrorList id={listingErrorId} errors={fields.listing.errors} />
						</fieldset>
					</Card>
					<Card>
						<div className="grid gap-4 sm:grid-cols-3">
							<Field
								label={t('responses.new.unitPrice')}
								help={t('responses.new.unitPriceHelp')}
								inputProps={{ ...getInputProps(fields.unitPrice, { type: 'text' }), inputMode: 'decimal' }}
								errors={fields.unitPrice.errors}
							/>
							<Field
								label={`${t('responses.new.quantity')}${item.unit ? `（${item.unit}）` : ''}`}
								help={t('responses.new.quantityHelp')}
								inputProps={{ ...getInputProps(fields.quantity, { type: 'text' }), inputMode: 'decimal' }}
								errors={fields.quantity.errors}
							/>
							<Field
								label={t('responses.new.deliveryDays')}
								help={t('responses.new.deliveryDaysHelp')}
								inputProps={{ ...getInputProps(fields.deliveryDays, { type: 'text' }), inputMode: 'numeric' }}
								errors={fields.deliveryDays.errors}
							/>
						</div>
						<div className="mt-4">
							<Field
								label={t('responses.new.note')}
								help={t('responses.new.noteHelp')}
								as="textarea"
								inputProps={{ ...getTextareaProps(fields.note), maxLength: MAX_NOTE }}
								errors={fields.note.errors}
							/>
						</div>
						<div className="mt-4">
							<label htmlFor={fields.attachments.id} className="mb-1 block text-sm font-medium text-slate-700">
								{t('responses.new.attachments')}
							</label>
							<input
								id={fields.attachments.id}
								name={fields.attachments.name}
								type="file"
								multiple
								accept=".pdf,.jpg,.jpeg,.png,.webp,application/pdf,image/jpeg,image/png,image/webp"
								aria-invalid={attachmentsErrorId ? true : undefined}
								aria-describedby={[`${fields.attachments.id}-help`, attachmentsErrorId].filter(Boolean).join(' ')}
								className="block w-full text-sm"
							/>
							<p id={`${fields.attachments.id}-help`} className="mt-1 text-xs text-slate-500">
								{t('responses.new.attachmentsHelp')}
							</p>
							<ErrorList id={attachmentsErrorId} errors={attachmentErrors} />
						</div>
					</Card>
					<div className="flex flex-wrap items-center gap-3">
						<SubmitButton pendingText={t('responses.new.submitting')}>{t('responses.new.submit')}</SubmitButton>
						{warned ? (
							<SubmitButton name="confirm" value={warned.confirmKey} tone="secondary">
								{t('responses.new.warnings.confirm')}
							</SubmitButton>
						) : null}
					</div>
				</Form>
			)}
		</div>
	)
}

type Warned = { warnings: ResponseWarning[]; confirmKey: string; hadFiles: boolean }
type Choice = ReturnType<typeof useLoaderData<typeof loader>>['listings'][number]

/** One listing to offer: its radio, name, verdict and the matcher's checklist (open without JavaScript). */
function ListingOption({ listing: l, name, idPrefix, checked, invalid }: { listing: Choice; name: string; idPrefix: string; checked: boolean; invalid: boolean }) {
	const { t } = useTranslation()
	const id = `${idPrefix}-${l.ref}`
	const verdict = l.reasons.length ? verdictOf(l.eligible, l.reasons) : 'ineligible'
	return (
		<li className="py-3">
			<div className="flex flex-wrap items-center gap-x-3 gap-y-1">
				<span className="flex min-w-0 flex-1 basis-64 items-center gap-3">
					<input type="radio" id={id} name={name} value={l.ref} defaultChecked={checked} aria-invalid={invalid || undefined} className="h-4 w-4 shrink-0 accent-brand-700" />
					<label htmlFor={id} className="min-w-0 font-medium text-slate-900">
						{l.title}
						{l.model ? <span className="ml-2 text-sm font-normal text-slate-500">{l.model}</span> : null}
					</label>
					<Link to={listingHref(l.ref)} className="shrink-0 text-sm">
						{l.ref}
					</Link>
				</span>
				<span className="ml-auto flex items-center gap-3">
					{l.reasons.length && l.eligible ? <ScoreBar score={l.score} /> : null}
					<Badge tone={verdict === 'eligible' ? 'green' : verdict === 'related' ? 'amber' : 'slate'}>{t(`matching.verdict.${verdict}`)}</Badge>
				</span>
			</div>
			{l.reasons.length ? (
				<details className="mt-1 pl-7">
					<summary className="cursor-pointer text-sm text-slate-600">{t('responses.new.checklist')}</summary>
					<ReasonList reasons={l.reasons} />
				</details>
			) : (
				<p className="mt-1 pl-7 text-sm text-slate-500">{t('responses.new.noChecklist')}</p>
			)}
		</li>
	)
}

/** The first submit's warnings, each in words, with the confirmation that sends the response anyway. */
function Warnings({ warnings, hadFiles, unit, confirmKey }: { warnings: ResponseWarning[]; hadFiles: boolean; unit: string | null; confirmKey: string }) {
	const { t } = useTranslation()
	const locale = useLocale()
	const qty = (n: number) => `${formatNumber(n, locale)}${unit ? ` ${unit}` : ''}`
	const text = (w: ResponseWarning) => {
		switch (w.code) {
			case 'ineligible':
				return t('responses.new.warnings.ineligible', { criteria: w.criteria.map((c) => criterionLabel(t, c, locale)).join('、') })
			case 'quantityOverNeed':
				return t('responses.new.warnings.quantityOverNeed', { quantity: qty(w.quantity), need: qty(w.need) })
			case 'priceOverBudget':
				return t('responses.new.warnings.priceOverBudget', { price: formatPrice(w.price, locale), budget: formatPrice(w.budget, locale), percent: formatNumber(w.percent, locale) })
			case 'deliveryAfterNeed':
				return t('responses.new.warnings.deliveryAfterNeed', { days: w.days, arrives: w.arrives, neededBy: w.neededBy })
		}
	}
	return (
		<div role="alert" aria-labelledby="response-warnings" className="rounded-md border border-amber-300 bg-amber-50 p-4 text-amber-950">
			<h2 id="response-warnings" className="font-semibold">
				{t('responses.new.warnings.title')}
			</h2>
			<p className="mt-1 text-sm">{t('responses.new.warnings.intro')}</p>
			<ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
				{warnings.map((w) => (
					<li key={w.code}>{text(w)}</li>
				))}
			</ul>
			{hadFiles ? <p className="mt-2 text-sm">{t('responses.new.warnings.files')}</p> : null}
			<div className="mt-3 flex flex-wrap items-center gap-3">
				<SubmitButton name="confirm" value={confirmKey} tone="secondary">
					{t('responses.new.warnings.confirm')}
				</SubmitButton>
				<span className="text-sm">{t('responses.new.warnings.confirmHelp')}</span>
			</div>
		</div>
	)
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
	data ? pageMeta(matches, (l) => translate(l, 'responses.respondTo', { name: data.item.name })) : notFoundMeta(matches)

export function ErrorBoundary() {
	return <RouteErrorBoundary />
}
