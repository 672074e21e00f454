// /standards/<code>: a splat route, because standard codes contain slashes (`建标152-2017/一级站`).
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { CertificationBadges } from '#app/components/certification-badges.tsx'
import { ConstraintList } from '#app/components/constraint-text.tsx'
import { PrintButton } from '#app/components/print-button.tsx'
import { Dash, FactGrid, textLinkClass } from '#app/components/fact-grid.tsx'
import { Badge, Card, EmptyState, SectionTitle } from '#app/components/ui.tsx'
import type { Locale } from '#app/i18n/translate.ts'
import { myStandardHref, standardExportHref } from '#app/modules/standards/form.ts'
import { callerFor } from '#app/modules/accounts/auth.server.ts'
import { getUser } from '#app/modules/accounts/session.server.ts'
import { getPublicStandard } from '#app/modules/standards/queries.server.ts'
import { getDb } from '#app/utils/db.server.ts'
import { formatNumber, label } from '#app/utils/format.ts'
import { notFoundMeta, pageMeta } from '#app/utils/meta.ts'
import { RouteErrorBoundary } from '#app/components/route-error.tsx'

export async function loader({ request, params }: LoaderFunctionArgs) {
	// The router has already percent-decoded the splat (including %2F); decoding again would corrupt codes with '%'.
	const code = (params['*'] ?? '').replace(/\/+$/, '')
	const found = code ? getPublicStandard(getDb(), code) : null
	if (!found) throw new Response('Not Found', { status: 404 })
	const { standard, teamCount, items } = found
	// 编辑 for those who may edit it: its bureau's members and platform admins (the editor checks again).
	const user = await getUser(request)
	const caller = user ? callerFor(getDb(), user) : null
	const mayEdit = !!caller && (caller.permissions.has('manage:standard:any') || (caller.permissions.has('manage:standard:own') && standard.ownerOrgId !== null && caller.membership?.orgId === standard.ownerOrgId))
	return {
		editHref: mayEdit ? myStandardHref(standard.id) : null,
		standard: {
			code: standard.code,
			title: standard.title,
			issuer: standard.issuer,
			teamType: standard.teamType,
			level: standard.level,
			version: standard.version,
			status: standard.status,
		},
		teamCount,
		items: items.map((i) => ({
			ref: i.ref,
			name: i.name,
			categoryCode: i.categoryCode,
			qtyFixed: i.qtyFixed,
			qtyPerPerson: i.qtyPerPerson,
			qtyMin: i.qtyMin,
			mandatory: i.mandatory,
			serviceLifeYears: i.serviceLifeYears,
			constraints: i.constraints,
			certifications: i.certifications,
		})),
	}
}

export default function StandardPage() {
	const { standard, teamCount, items, editHref } = useLoaderData<typeof loader>()
	const { t, i18n } = useTranslation()
	const locale = i18n.language as Locale
	const n = (v: number) => formatNumber(v, locale)
	const rule = (i: (typeof items)[number]) =>
		[
			i.qtyFixed !== null ? t('ui.standard.fixed', { n: n(i.qtyFixed) }) : null,
			i.qtyPerPerson !== null ? t('ui.standard.perPerson', { n: n(i.qtyPerPerson) }) : null,
			i.qtyMin !== null ? t('ui.standard.min', { n: n(i.qtyMin) }) : null,
		]
			.filter(Boolean)
			.join(t('ui.standard.ruleSeparator'))
	const mandatory = items.filter((i) => i.mandatory).length

	return (
		<article className="space-y-6">
			<nav aria-label={t('ui.standard.back')} className="no-print text-sm text-slate-500">
				<Link to="/standards" className={textLinkClass}>
					{t('ui.standard.back')}
				</Link>
				{' / '}
				<span>{label.teamType(standard.teamType, locale)}</span>
			</nav>

			<header className="flex flex-wrap items-start justify-between gap-4">
				<div>
				<p className="font-mono text-sm text-slate-500">{standard.code}</p>
				<h1 className="mt-1 text-2xl font-bold text-ink-900 print:text-xl">{standard.title}</h1>
				<div className="mt-2 flex flex-wrap gap-1.5">
					<Badge tone="brand">{label.teamType(standard.teamType, locale)}</Badge>
					{standard.level ? (
						<Badge>
							{t('ui.standard.level')} {standard.level}
						</Badge>
					) : null}
					{standard.status === 'archived' ? <Badge tone="amber">{t('ui.standard.archived')}</Badge> : null}
					{teamCount ? <Badge tone="green">{t('ui.standard.teams', { count: teamCount })}</Badge> : null}
				</div>
				</div>
				<div className="no-print flex flex-wrap gap-2">
					{editHref ? (
						<Link to={editHref} className="inline-flex items-center gap-2 rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white no-underline shadow-sm hover:bg-brand-800">
							{t('standardEditor.public.edit')}
						</Link>
					) : null}
					<a
						href={standardExportHref(standard.code)}
						download
						className="inline-flex items-center gap-2 rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-700 no-underline shadow-sm hover:bg-slate-50"
					>
						{t('standardEditor.public.export')}
					</a>
					<PrintButton>{t('standardEditor.public.print')}</PrintButton>
				</div>
			</header>

			<Card>
				<FactGrid
					items={[
						[t('ui.standard.issuer'), standard.issuer],
						[t('ui.standard.teamType'), label.teamType(standard.teamType, locale)],
						[t('ui.standard.level'), standard.level],
						[t('ui.standard.version'), standard.version],
						[t('ui.standard.teamCount'), t('ui.standard.teamCountValue', { count: teamCount })],
						[t('ui.standard.items'), t('ui.standard.itemsSummary', { count: items.length, mandatory, optional: items.length - mandatory })],
					]}
				/>
			</Card>

			{/* A long item table may break across printed pages (the site-wide print rule keeps sections whole). */}
			<section aria-labelledby="std-items" style={{ breakInside: 'auto' }}>
				<SectionTitle id="std-items">
					{t('ui.standard.items')} <span className="text-sm font-normal text-slate-500">({items.length})</span>
				</SectionTitle>
				{items.length ? (
					<div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm print:overflow-visible print:shadow-none">
						<table className="w-full min-w-[56rem] text-sm print:min-w-0 print:text-xs" aria-labelledby="std-items" style={{ breakInside: 'auto' }}>
							<thead className="bg-slate-50">
								<tr className="border-b border-slate-200 text-left text-slate-600">
									<th scope="col" className="whitespace-nowrap px-3 py-2 font-medium">
										{t('ui.standard.index')}
									</th>
									<th scope="col" className="px-3 py-2 font-medium">
										{t('ui.standard.name')}
									</th>
									<th scope="col" className="px-3 py-2 font-medium">
										{t('ui.standard.category')}
									</th>
									<th scope="col" className="px-3 py-2 font-medium">
										{t('ui.standard.rule')}
									</th>
									<th scope="col" className="px-3 py-2 font-medium">
										{`${t('ui.standard.mandatory')} / ${t('ui.standard.optional')}`}
									</th>
									<th scope="col" className="px-3 py-2 font-medium">
										{t('ui.standard.requirements')}
									</th>
									<th scope="col" className="px-3 py-2 font-medium">
										{t('ui.standard.certifications')}
									</th>
									<th scope="col" className="px-3 py-2 font-medium">
										{t('ui.standard.serviceLife')}
									</th>
								</tr>
							</thead>
							<tbody>
								{items.map((item, i) => (
									<tr key={item.ref} className="break-inside-avoid border-b border-slate-100 align-top last:border-0">
										<td className="px-3 py-3 tabular-nums text-slate-500">{i + 1}</td>
										<th scope="row" className="px-3 py-3 text-left font-semibold text-slate-900">
											{item.name}
										</th>
										<td className="max-w-56 px-3 py-3 text-slate-700">{item.categoryCode ? label.category(item.categoryCode, locale) : <Dash />}</td>
										<td className="px-3 py-3 font-medium text-slate-900">{rule(item) || <Dash />}</td>
										<td className="px-3 py-3">
											<Badge tone={item.mandatory ? 'brand' : 'slate'}>{item.mandatory ? t('ui.standard.mandatory') : t('ui.standard.optional')}</Badge>
										</td>
										<td className="min-w-56 px-3 py-3">
											<ConstraintList constraints={item.constraints} empty={<Dash />} />
										</td>
										<td className="px-3 py-3">
											{item.certifications.length ? (
												<CertificationBadges codes={item.certifications} />
											) : (
												<Dash />
											)}
										</td>
										<td className="whitespace-nowrap px-3 py-3 text-slate-700">{item.serviceLifeYears !== null ? t('ui.standard.years', { n: item.serviceLifeYears }) : <Dash />}</td>
									</tr>
								))}
							</tbody>
						</table>
					</div>
				) : (
					<EmptyState>{t('ui.standard.empty')}</EmptyState>
				)}
			</section>
		</article>
	)
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => (data ? pageMeta(matches, `${data.standard.title} (${data.standard.code})`) : notFoundMeta(matches))

export function ErrorBoundary() {
	return <RouteErrorBoundary />
}
