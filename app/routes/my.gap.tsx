// /my/gap: the acting rescue team's equipment gap against its configuration standard — a printable report with a
// readiness chart per category — and "生成需求清单草稿", which turns the gap into a draft demand list in one POST.
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { Dash, FactGrid, textLinkClass } from '#app/components/fact-grid.tsx'
import { CsrfInput } from '#app/components/forms.tsx'
import { PrintButton } from '#app/components/print-button.tsx'
import { percent, ReadinessChart, readinessColour } from '#app/components/readiness-chart.tsx'
import { Badge, Card, PageHeader, SectionTitle } from '#app/components/ui.tsx'
import { getLocale } from '#app/i18n/locale.server.ts'
import { translate } from '#app/i18n/translate.ts'
import { requireOrgPermission } from '#app/modules/accounts/auth.server.ts'
import { validateCsrf } from '#app/http/csrf.server.ts'
import { clientAddress } from '#app/http/rate-limit.server.ts'
import { myDemandHref } from '#app/modules/demands/form.ts'
import { createGapDraft, teamGapFor } from '#app/modules/standards/gap.server.ts'
import { getDb } from '#app/utils/db.server.ts'
import { formatNumber, label, todayIso } from '#app/utils/format.ts'
import { standardHref } from '#app/utils/links.ts'
import { pageMeta } from '#app/utils/meta.ts'
import { useLocale } from '#app/utils/root-data.ts'
import { readForm } from '#app/http/request-body.server.ts'
import { RouteErrorBoundary } from '#app/components/route-error.tsx'

export async function loader({ request }: LoaderFunctionArgs) {
	const caller = await requireOrgPermission(request, 'manage:inventory:own')
	const { orgId, orgName } = caller.membership
	const today = todayIso()
	const team = teamGapFor(getDb(), orgId, today)
	if (!team) return { orgName, today, team: null }
	const { gap } = team
	return {
		orgName,
		today,
		team: {
			standard: team.standard,
			headcount: team.headcount,
			asOf: team.asOf,
			year: gap.year,
			rows: gap.rows,
			categories: gap.categories,
			expiring: gap.expiring,
			readiness: gap.readiness,
			unkeyed: gap.unkeyed,
			shortItems: gap.shortfalls.length,
			mandatoryShort: gap.shortfalls.filter((s) => s.mandatory).length,
			shortUnits: gap.shortfalls.reduce((a, s) => a + s.shortfall, 0),
		},
	}
}

export async function action({ request }: ActionFunctionArgs) {
	const form = await readForm(request)
	await validateCsrf(request, form)
	const caller = await requireOrgPermission(request, 'manage:inventory:own')
	if (form.get('intent') !== 'draft') return data({ error: 'noShortfall' as const }, { status: 400 })
	const { orgId, orgRef } = caller.membership
	const actor = { kind: 'organization' as const, orgId, orgRef, userId: caller.user.id }
	const showGap = form.get('showGap') === 'on'
	const result = createGapDraft(getDb(), actor, await getLocale(request), new Date(), clientAddress(request), { showGap })
	if (!result.ok) return data({ error: result.reason }, { status: 409 })
	return redirect(`${myDemandHref(result.ref)}?saved=${result.existing ? 'existing' : 'draft'}`)
}

/** Disabled from the moment the form is sent until the next page arrives: one click, one draft. */
function DraftButton() {
	const { t } = useTranslation()
	const navigation = useNavigation()
	const pending = navigation.state !== 'idle' && navigation.formData?.get('intent') === 'draft'
	return (
		<button
			type="submit"
			name="intent"
			value="draft"
			disabled={pending}
			className="inline-flex items-center gap-2 rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-brand-800 disabled:cursor-wait disabled:opacity-70"
		>
			{pending ? <span className="inline-block h-4 w-4 animate-spin rounded-full border-2 border-current border-t-transparent" aria-hidden="true" /> : null}
			{pending ? t('gap.draft.pending') : t('gap.draft.button')}
		</button>
	)
}

const cell = 'px-3 py-2.5'
const num = `${cell} text-right tabular-nums`

export default function GapPage() {
	const { orgName, today, team } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const { t } = useTranslation()
	const locale = useLocale()
	const n = (v: number) => formatNumber(v, locale)
	const categoryName = (code: string | null) => (code ? label.category(code, locale) : t('gap.chart.uncategorized'))

	const breadcrumb = (
		<nav aria-label={t('gap.back')} className="no-print mb-2 text-sm text-slate-500">
			<Link to="/my" className={textLinkClass}>
				{t('gap.back')}
			</Link>
			{' / '}
			<span aria-current="page">{t('gap.title')}</span>
		</nav>
	)

	if (!team)
		return (
			<div>
				{breadcrumb}
				<PageHeader title={t('gap.title')} subtitle={orgName} />
				<Card>
					<SectionTitle>{t('gap.noTeam.title')}</SectionTitle>
					<p className="text-slate-700">{t('gap.noTeam.text')}</p>
					<div className="mt-4 flex flex-wrap items-center gap-4">
						<Link to="/my/inventory" className="inline-block rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white no-underline hover:bg-brand-800">
							{t('gap.noTeam.inventory')}
						</Link>
						<Link to="/my/import" className={textLinkClass}>
							{t('gap.noTeam.import')}
						</Link>
					</div>
				</Card>
			</div>
		)

	const { standard } = team
	const bars = team.categories.map((c) => ({
		key: c.category ?? '-',
		label: categoryName(c.category),
		ready: c.ready,
		summary: t('gap.chart.summary', { category: categoryName(c.category), percent: percent(c.ready), items: c.items, short: c.short }),
	}))
	const expiresOn = team.expiring[0]?.expiresOn ?? `${team.year + 1}-01-01`

	return (
		<div className="space-y-6">
			<div>
				{breadcrumb}
				<PageHeader title={t('gap.title')} subtitle={orgName}>
					<div className="no-print flex flex-wrap items-center gap-2">
						<Link to="/my/inventory" className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-700 no-underline shadow-sm hover:bg-slate-50">
							{t('gap.editInventory')}
						</Link>
						<PrintButton>{t('gap.print')}</PrintButton>
					</div>
				</PageHeader>
				<p className="-mt-2 max-w-3xl text-sm text-slate-600 print:hidden">{t('gap.intro')}</p>
			</div>

			{actionData?.error ? (
				<p className="rounded-md border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900" role="alert">
					{t(`gap.draft.${actionData.error}`)}
				</p>
			) : null}

			<Card>
				<FactGrid
					items={[
						[
							t('gap.facts.standard'),
							<Link key="s" to={standardHref(standard.code)} className={textLinkClass}>
								{standard.title}
								<span className="ml-1 font-mono text-xs text-slate-500">{standard.code}</span>
							</Link>,
						],
						[t('gap.facts.version'), standard.version],
						[t('gap.facts.issuer'), standard.issuer],
						[t('gap.facts.headcount'), t('gap.facts.headcountValue', { count: team.headcount })],
						[t('gap.facts.asOf'), team.asOf ?? t('gap.facts.asOfMissing', { date: today })],
						[t('gap.facts.year'), t('gap.facts.yearValue', { year: team.year })],
					]}
				/>
			</Card>

			<section aria-label={t('gap.summary.label')}>
				<dl className="grid grid-cols-2 gap-3 lg:grid-cols-4 print:grid-cols-4">
					<Stat label={t('gap.summary.readiness')} value={percent(team.readiness.all)} colour={readinessColour(team.readiness.all)} note={`${t('gap.summary.mandatoryReadiness')} ${percent(team.readiness.mandatory)}`} />
					<Stat
						label={t('gap.summary.shortItems')}
						value={t('gap.summary.shortItemsValue', { count: team.shortItems })}
						note={team.shortItems ? t('gap.summary.mandatoryShort', { count: team.mandatoryShort }) : undefined}
					/>
					<Stat label={t('gap.summary.shortUnits')} value={n(team.shortUnits)} />
					<Stat label={t('gap.summary.expiring')} value={team.expiring.length ? t('gap.summary.expiringValue', { count: team.expiring.length }) : t('gap.summary.expiringNone')} note={team.expiring.length ? expiresOn : undefined} />
				</dl>
			</section>

			{team.shortItems ? (
				<Form method="post" className="no-print rounded-lg border border-brand-100 bg-brand-50 p-4">
					<CsrfInput />
					<div className="flex flex-wrap items-center justify-between gap-4">
						<div className="max-w-3xl space-y-3 text-sm text-slate-700">
							<p>{t('gap.draft.help')}</p>
							<div className="flex items-start gap-2">
								<input id="gap-show" type="checkbox" name="showGap" aria-describedby="gap-show-help" className="mt-0.5 h-4 w-4 shrink-0 rounded border-slate-300" />
								<div>
									<label htmlFor="gap-show" className="font-medium text-slate-800">
										{t('gap.draft.showGap')}
									</label>
									<p id="gap-show-help" className="text-xs text-slate-600">
										{t('gap.draft.showGapHelp')}
									</p>
								</div>
							</div>
						</div>
						<DraftButton />
					</div>
				</Form>
			) : (
				<p className="rounded-md border border-emerald-200 bg-emerald-50 p-3 text-sm text-emerald-900" role="status">
					{t('gap.noShortfall')}
				</p>
			)}

			<Card>
				<SectionTitle id="gap-chart">{t('gap.chart.title')}</SectionTitle>
				<ReadinessChart title={t('gap.chart.title')} description={t('gap.chart.description')} bars={bars} axisLabel={t('gap.chart.axis')} />
			</Card>

			<section aria-labelledby="gap-table">
				<SectionTitle id="gap-table">{t('gap.table.title')}</SectionTitle>
				<div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm print:overflow-visible print:shadow-none">
					<table className="w-full min-w-[52rem] text-sm print:min-w-0" aria-labelledby="gap-table">
						<thead className="bg-slate-50">
							<tr className="border-b border-slate-200 text-left text-slate-600">
								<th scope="col" className={`${cell} font-medium`}>
									{t('gap.table.index')}
								</th>
								<th scope="col" className={`${cell} font-medium`}>
									{t('gap.table.name')}
								</th>
								<th scope="col" className={`${cell} font-medium`}>
									{t('gap.table.category')}
								</th>
								<th scope="col" className={`${num} font-medium`}>
									{t('gap.table.required')}
								</th>
								<th scope="col" className={`${num} font-medium`}>
									{t('gap.table.have')}
								</th>
								<th scope="col" className={`${num} font-medium`}>
									{t('gap.table.shortfall')}
								</th>
								<th scope="col" className={`${num} font-medium`}>
									{t('gap.table.ready')}
								</th>
								<th scope="col" className={`${cell} font-medium`}>
									{t('gap.table.notes')}
								</th>
							</tr>
						</thead>
						<tbody>
							{team.rows.map((r, i) => (
								<tr key={r.item} className={`border-b border-slate-100 align-top last:border-0 ${r.shortfall > 0 ? 'bg-red-50/40' : ''}`}>
									<td className={`${cell} tabular-nums text-slate-500`}>{i + 1}</td>
									<th scope="row" className={`${cell} text-left font-semibold text-slate-900`}>
										<span className="mr-2">{r.name}</span>
										<Badge tone={r.mandatory ? 'brand' : 'slate'}>{r.mandatory ? t('gap.table.mandatory') : t('gap.table.optional')}</Badge>
										<span className="mt-0.5 block font-mono text-xs font-normal text-slate-500">{r.item}</span>
									</th>
									<td className={`${cell} text-slate-700`}>{r.category ? label.category(r.category, locale) : <Dash />}</td>
									<td className={num}>{n(r.required)}</td>
									<td className={num}>{n(r.have)}</td>
									<td className={`${num} font-semibold ${r.shortfall > 0 ? 'text-red-700' : 'text-slate-500'}`}>{r.shortfall > 0 ? n(r.shortfall) : '0'}</td>
									<td className={num}>{percent(r.ready)}</td>
									<td className={`${cell} text-slate-700`}>
										<ul className="space-y-1">
											{r.shortfall === 0 ? <li className="text-emerald-800">{t('gap.table.complete')}</li> : null}
											{r.expiring > 0 ? (
												<li>
													<Badge tone="amber">{t('gap.table.expiring', { count: n(r.expiring), date: expiresOn })}</Badge>
												</li>
											) : null}
											{r.expired > 0 ? <li className="text-slate-600">{t('gap.table.expired', { count: n(r.expired) })}</li> : null}
											{r.serviceLifeYears !== null ? <li className="text-xs text-slate-500">{t('gap.table.life', { years: r.serviceLifeYears })}</li> : null}
										</ul>
									</td>
								</tr>
							))}
						</tbody>
					</table>
				</div>
			</section>

			{team.expiring.length ? (
				<section aria-labelledby="gap-expiring" className="rounded-lg border border-amber-200 bg-amber-50 p-5">
					<SectionTitle id="gap-expiring">{t('gap.expiring.title')}</SectionTitle>
					<p className="text-sm text-amber-900">{t('gap.expiring.intro', { year: team.year, date: expiresOn })}</p>
					<ul className="mt-2 list-disc space-y-0.5 pl-5 text-sm text-slate-800">
						{team.expiring.map((e) => (
							<li key={e.item}>{t('gap.expiring.line', { name: e.name, count: n(e.quantity) })}</li>
						))}
					</ul>
				</section>
			) : null}

			{team.unkeyed.length ? (
				<section aria-labelledby="gap-unkeyed">
					<SectionTitle id="gap-unkeyed">{t('gap.unkeyed.title')}</SectionTitle>
					<p className="text-sm text-slate-600">{t('gap.unkeyed.intro')}</p>
					<ul className="mt-2 list-disc space-y-0.5 pl-5 text-sm text-slate-800">
						{team.unkeyed.map((u, i) => (
							<li key={i}>
								{t('gap.unkeyed.line', { name: u.name, count: n(u.quantity) })}
								{u.acquiredYear !== null ? t('gap.unkeyed.year', { year: u.acquiredYear }) : null}
							</li>
						))}
					</ul>
				</section>
			) : null}

			<p className="hidden text-xs text-slate-500 print:block">{t('gap.printedAt', { date: today })}</p>
		</div>
	)
}

function Stat({ label: name, value, note, colour }: { label: string; value: string; note?: string; colour?: string }) {
	return (
		<div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm print:shadow-none">
			<dt className="text-xs text-slate-500">{name}</dt>
			<dd className="mt-1 text-2xl font-bold tabular-nums text-ink-900" style={colour ? { color: colour } : undefined}>
				{value}
			</dd>
			{note ? <dd className="mt-0.5 text-xs text-slate-600">{note}</dd> : null}
		</div>
	)
}

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (l) => translate(l, 'gap.title'))

export function ErrorBoundary() {
	return <RouteErrorBoundary />
}
