// /my/inventory: the acting rescue team's equipment on hand (在用装备台账) — the standard it follows, its headcount and
// as-of date, and its lots (keyed to a standard item or named freely): add, edit, delete. Every change is saved as
// the whole team record through the importer's checks and saveTeam.
import { getFormProps, getInputProps, getSelectProps, useForm, type SubmissionResult } from '@conform-to/react'
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { Dash, textLinkClass } from '#app/components/fact-grid.tsx'
import { CsrfInput, Field, FormErrors, SubmitButton } from '#app/components/forms.tsx'
import { Badge, Card, EmptyState, PageHeader, SectionTitle } from '#app/components/ui.tsx'
import { getLocale } from '#app/i18n/locale.server.ts'
import { translate, type Locale } from '#app/i18n/translate.ts'
import { requireOrgPermission } from '#app/modules/accounts/auth.server.ts'
import { validateCsrf } from '#app/http/csrf.server.ts'
import { deleteLotForm, lotForm, teamSettingsForm } from '#app/modules/standards/inventory-form.ts'
import { saveOwnedTeam } from '#app/modules/imports/team.server.ts'
import { ownedInventory, withStandard } from '#app/modules/standards/inventory.server.ts'
import type { TeamRecord } from '#app/modules/standards/schema.ts'
import { getDb } from '#app/utils/db.server.ts'
import { parseForm } from '#app/utils/forms.ts'
import { formatNumber, label } from '#app/utils/format.ts'
import { pageMeta } from '#app/utils/meta.ts'
import { useLocale } from '#app/utils/root-data.ts'
import { readForm } from '#app/http/request-body.server.ts'
import { RouteErrorBoundary } from '#app/components/route-error.tsx'

const NOTICES = ['settings', 'addLot', 'editLot', 'deleteLot'] as const

export async function loader({ request }: LoaderFunctionArgs) {
	const caller = await requireOrgPermission(request, 'manage:inventory:own')
	const { orgId, orgName } = caller.membership
	const inv = ownedInventory(getDb(), orgId)
	const url = new URL(request.url)
	const edit = Number(url.searchParams.get('edit'))
	const saved = url.searchParams.get('saved')
	return {
		orgName,
		...inv,
		editing: inv.record && Number.isInteger(edit) && url.searchParams.has('edit') && edit >= 0 && edit < inv.record.inventory.length ? edit : null,
		notice: NOTICES.find((n) => n === saved) ?? null,
	}
}

type Intent = 'settings' | 'addLot' | 'editLot' | 'deleteLot'
const reply = (intent: Intent, result: SubmissionResult<string[]>, status = 400) => data({ intent, result }, { status })

export async function action({ request }: ActionFunctionArgs) {
	const form = await readForm(request)
	await validateCsrf(request, form)
	const caller = await requireOrgPermission(request, 'manage:inventory:own')
	const { orgId, orgRef } = caller.membership
	const actor = { kind: 'organization' as const, orgId, orgRef, userId: caller.user.id }
	const locale = await getLocale(request)
	const db = getDb()
	const intent = form.get('intent')
	const current = ownedInventory(db, orgId)
	const stale = (v: string | undefined) => (v ?? '') !== (current.version ?? '')

	if (intent === 'settings') {
		const submission = parseForm(form, teamSettingsForm, locale)
		if (submission.status !== 'success') return reply('settings', submission.reply())
		const v = submission.value
		if (stale(v.version)) return reply('settings', submission.reply({ formErrors: [translate(locale, 'gap.inventory.stale')] }), 409)
		const base: TeamRecord = current.record ?? { org: orgRef, standard: v.standard, headcount: v.headcount, inventory: [] }
		const { asOf: _asOf, ...rest } = withStandard(db, base, v.standard)
		const record: TeamRecord = { ...rest, headcount: v.headcount, ...(v.asOf ? { asOf: v.asOf } : {}) }
		const saved = saveOwnedTeam(db, actor, record, locale)
		if (!saved.ok) return reply('settings', submission.reply({ formErrors: saved.problems.map((p) => p.message) }))
		return redirect('/my/inventory?saved=settings')
	}

	if (intent === 'addLot' || intent === 'editLot') {
		const submission = parseForm(form, lotForm, locale)
		if (submission.status !== 'success') return reply(intent, submission.reply())
		const v = submission.value
		if (!current.record) return reply(intent, submission.reply({ formErrors: [translate(locale, 'gap.inventory.noTeam')] }), 409)
		if (stale(v.version)) return reply(intent, submission.reply({ formErrors: [translate(locale, 'gap.inventory.stale')] }), 409)
		const lot = { ...(v.item ? { item: v.item } : {}), ...(v.name ? { name: v.name } : {}), quantity: v.quantity, ...(v.acquiredYear ? { acquiredYear: v.acquiredYear } : {}) }
		const inventory = [...current.record.inventory]
		if (intent === 'addLot') inventory.push(lot)
		else if (v.position !== undefined && v.position < inventory.length) inventory[v.position] = lot
		else return reply(intent, submission.reply({ formErrors: [translate(locale, 'gap.inventory.stale')] }), 409)
		const saved = saveOwnedTeam(db, actor, { ...current.record, inventory }, locale)
		if (!saved.ok) {
			// Problems of the lot itself (`inventory.<n>.item`) go beside its field; anything else above the form.
			const fieldErrors: Record<string, string[]> = {}
			const formErrors: string[] = []
			for (const p of saved.problems) {
				const field = /^inventory\.\d+\.(\w+)$/.exec(p.field)?.[1]
				if (field) (fieldErrors[field] ??= []).push(p.message)
				else formErrors.push(p.message)
			}
			return reply(intent, submission.reply({ fieldErrors, formErrors }))
		}
		return redirect(`/my/inventory?saved=${intent}`)
	}

	if (intent === 'deleteLot') {
		const submission = parseForm(form, deleteLotForm, locale)
		if (submission.status !== 'success' || !current.record) return reply('deleteLot', submission.reply({ formErrors: [translate(locale, 'gap.inventory.stale')] }))
		const v = submission.value
		if (stale(v.version) || v.position >= current.record.inventory.length) return reply('deleteLot', submission.reply({ formErrors: [translate(locale, 'gap.inventory.stale')] }), 409)
		const inventory = current.record.inventory.filter((_, i) => i !== v.position)
		const saved = saveOwnedTeam(db, actor, { ...current.record, inventory }, locale)
		if (!saved.ok) return reply('deleteLot', submission.reply({ formErrors: saved.problems.map((p) => p.message) }))
		return redirect('/my/inventory?saved=deleteLot')
	}
	return data({ intent: 'settings' as Intent, result: undefined }, { status: 400 })
}

export default function Inventory() {
	const d = useLoaderData<typeof loader>()
	const { t } = useTranslation()
	const locale = useLocale()
	const n = (v: number) => formatNumber(v, locale)
	const itemName = new Map(d.items.map((i) => [i.ref, i.name]))
	const actionData = useActionData<typeof action>() as ActionData
	const deleteErrors = actionData?.intent === 'deleteLot' ? actionData.result?.error?.[''] : null
	return (
		<div className="space-y-6">
			<div>
				<nav aria-label={t('gap.back')} className="mb-2 text-sm text-slate-500">
					<Link to="/my" className={textLinkClass}>
						{t('gap.back')}
					</Link>
					{' / '}
					<span aria-current="page">{t('gap.inventory.title')}</span>
				</nav>
				<PageHeader title={t('gap.inventory.title')} subtitle={d.orgName}>
					{d.record ? (
						<Link to="/my/gap" className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-800 no-underline shadow-sm hover:bg-slate-50">
							{t('gap.inventory.toGap')}
						</Link>
					) : null}
				</PageHeader>
				<p className="-mt-2 max-w-3xl text-sm text-slate-600">{t('gap.inventory.intro')}</p>
			</div>
			{d.notice ? (
				<p className="rounded-md border border-emerald-200 bg-emerald-50 p-3 text-sm text-emerald-900" role="status">
					{t(`gap.inventory.saved.${d.notice}`)}
				</p>
			) : null}

			<SettingsCard key={`settings@${d.version}`} />

			{deleteErrors ? <FormErrors errors={deleteErrors} /> : null}

			{d.record ? (
				<section aria-labelledby="inv-lots">
					<SectionTitle id="inv-lots">
						{t('gap.inventory.lots')} <span className="text-sm font-normal text-slate-500">({d.record.inventory.length})</span>
					</SectionTitle>
					{d.record.inventory.length ? (
						<div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
							<table className="w-full min-w-[40rem] text-sm" aria-labelledby="inv-lots">
								<thead className="bg-slate-50">
									<tr className="border-b border-slate-200 text-left text-slate-600">
										<th scope="col" className="px-3 py-2 font-medium">
											{t('gap.table.index')}
										</th>
										<th scope="col" className="px-3 py-2 font-medium">
											{t('gap.inventory.equipment')}
										</th>
										<th scope="col" className="px-3 py-2 text-right font-medium">
											{t('gap.inventory.quantity')}
										</th>
										<th scope="col" className="px-3 py-2 text-right font-medium">
											{t('gap.inventory.acquiredYear')}
										</th>
										<th scope="col" className="px-3 py-2 font-medium">
											<span className="sr-only">{t('gap.inventory.actions')}</span>
										</th>
									</tr>
								</thead>
								<tbody>
									{d.record.inventory.map((lot, i) => (
										<tr key={i} className={`border-b border-slate-100 last:border-0 ${d.editing === i ? 'bg-brand-50' : ''}`}>
											<td className="px-3 py-2.5 tabular-nums text-slate-500">{i + 1}</td>
											<th scope="row" className="px-3 py-2.5 text-left font-medium text-slate-900">
												{lot.item ? (
													<>
														{itemName.get(lot.item) ?? lot.item} <span className="ml-1 font-mono text-xs font-normal text-slate-500">{lot.item}</span>
													</>
												) : (
													<>
														{lot.name} <Badge>{t('gap.inventory.outside')}</Badge>
													</>
												)}
											</th>
											<td className="px-3 py-2.5 text-right tabular-nums">{n(lot.quantity)}</td>
											<td className="px-3 py-2.5 text-right tabular-nums">{lot.acquiredYear ?? <Dash />}</td>
											<td className="px-3 py-2.5">
												<div className="flex items-center justify-end gap-3">
													<Link to={`/my/inventory?edit=${i}#lot-form`} className={textLinkClass} aria-label={t('gap.inventory.editLabel', { index: i + 1 })}>
														{t('gap.inventory.edit')}
													</Link>
													<Form method="post">
														<CsrfInput />
														<input type="hidden" name="intent" value="deleteLot" />
														<input type="hidden" name="position" value={i} />
														<input type="hidden" name="version" value={d.version ?? ''} />
														<button type="submit" className="text-sm text-red-700 underline underline-offset-2 hover:text-red-800" aria-label={t('gap.inventory.deleteLabel', { index: i + 1 })}>
															{t('gap.inventory.delete')}
														</button>
													</Form>
												</div>
											</td>
										</tr>
									))}
								</tbody>
							</table>
						</div>
					) : (
						<EmptyState>{t('gap.inventory.empty')}</EmptyState>
					)}
				</section>
			) : null}

			{d.record ? <LotCard key={`lot@${d.version}@${d.editing ?? 'new'}`} locale={locale} /> : null}
		</div>
	)
}

type ActionData = { intent: Intent; result: SubmissionResult<string[]> | undefined } | undefined

function SettingsCard() {
	const d = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>() as ActionData
	const { t } = useTranslation()
	const locale = useLocale()
	const [form, fields] = useForm({
		id: 'team-settings',
		lastResult: actionData?.intent === 'settings' ? actionData.result : undefined,
		shouldValidate: 'onBlur',
		shouldRevalidate: 'onInput',
		onValidate: ({ formData }) => parseForm(formData, teamSettingsForm, locale),
		defaultValue: { standard: d.record?.standard ?? '', headcount: d.record?.headcount ?? '', asOf: d.record?.asOf ?? '' },
	})
	return (
		<Card>
			<SectionTitle>{t('gap.inventory.settings')}</SectionTitle>
			{!d.record ? <p className="mb-4 text-sm text-slate-600">{t('gap.inventory.start')}</p> : null}
			<Form method="post" {...getFormProps(form)} className="space-y-4">
				<CsrfInput />
				<input type="hidden" name="intent" value="settings" />
				<input type="hidden" name="version" value={d.version ?? ''} />
				<FormErrors errors={form.errors} />
				<div className="grid gap-4 sm:grid-cols-3">
					<div className="sm:col-span-3">
						<Field label={t('gap.facts.standard')} as="select" inputProps={getSelectProps(fields.standard)} errors={fields.standard.errors} help={d.record ? t('gap.inventory.standardHelp') : undefined}>
							<option value="">{t('gap.inventory.chooseStandard')}</option>
							{d.standards.map((s) => (
								<option key={s.code} value={s.code}>
									{`${s.title}（${s.code}，${label.teamType(s.teamType, locale)}）`}
								</option>
							))}
						</Field>
					</div>
					<Field label={t('gap.facts.headcount')} inputProps={{ ...getInputProps(fields.headcount, { type: 'number' }), min: 0, step: 1, inputMode: 'numeric' }} errors={fields.headcount.errors} />
					<Field label={t('gap.facts.asOf')} inputProps={getInputProps(fields.asOf, { type: 'date' })} errors={fields.asOf.errors} help={t('gap.inventory.asOfHelp')} />
				</div>
				<SubmitButton pendingText={t('gap.inventory.saving')}>{t('gap.inventory.saveSettings')}</SubmitButton>
			</Form>
		</Card>
	)
}

function LotCard({ locale }: { locale: Locale }) {
	const d = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>() as ActionData
	const { t } = useTranslation()
	const editing = d.editing
	const intent: Intent = editing === null ? 'addLot' : 'editLot'
	const lot = editing !== null ? d.record!.inventory[editing] : undefined
	const [form, fields] = useForm({
		id: `lot-${editing ?? 'new'}`,
		lastResult: actionData?.intent === intent ? actionData.result : undefined,
		shouldValidate: 'onBlur',
		shouldRevalidate: 'onInput',
		onValidate: ({ formData }) => parseForm(formData, lotForm, locale),
		defaultValue: lot ? { item: lot.item ?? '', name: lot.name ?? '', quantity: lot.quantity, acquiredYear: lot.acquiredYear ?? '' } : {},
	})
	return (
		<Card>
			<SectionTitle id="lot-form">{editing === null ? t('gap.inventory.addTitle') : t('gap.inventory.editTitle', { index: editing + 1 })}</SectionTitle>
			<Form method="post" {...getFormProps(form)} className="space-y-4">
				<CsrfInput />
				<input type="hidden" name="intent" value={intent} />
				<input type="hidden" name="version" value={d.version ?? ''} />
				{editing !== null ? <input type="hidden" name="position" value={editing} /> : null}
				<FormErrors errors={form.errors} />
				<div className="grid gap-4 sm:grid-cols-2">
					<Field label={t('gap.inventory.item')} as="select" inputProps={getSelectProps(fields.item)} errors={fields.item.errors}>
						<option value="">{t('gap.inventory.noItem')}</option>
						{d.items.map((i) => (
							<option key={i.ref} value={i.ref}>
								{`${i.name}（${i.ref}）`}
							</option>
						))}
					</Field>
					<Field label={t('gap.inventory.name')} inputProps={getInputProps(fields.name, { type: 'text' })} errors={fields.name.errors} help={t('gap.inventory.nameHelp')} />
					<Field label={t('gap.inventory.quantity')} inputProps={{ ...getInputProps(fields.quantity, { type: 'number' }), min: 0, step: 'any', inputMode: 'decimal' }} errors={fields.quantity.errors} />
					<Field label={t('gap.inventory.acquiredYear')} inputProps={{ ...getInputProps(fields.acquiredYear, { type: 'number' }), min: 1900, max: 2100, step: 1, inputMode: 'numeric' }} errors={fields.acquiredYear.errors} help={t('gap.inventory.acquiredYearHelp')} />
				</div>
				<div className="flex flex-wrap items-center gap-3">
					<SubmitButton pendingText={t('gap.inventory.saving')}>{editing === null ? t('gap.inventory.add') : t('gap.inventory.saveLot')}</SubmitButton>
					{editing !== null ? (
						<Link to="/my/inventory" className={textLinkClass}>
							{t('gap.inventory.cancel')}
						</Link>
					) : null}
				</div>
			</Form>
		</Card>
	)
}

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (l) => translate(l, 'gap.inventory.title'))

export function ErrorBoundary() {
	return <RouteErrorBoundary />
}
