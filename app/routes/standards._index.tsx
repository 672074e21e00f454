import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { Badge, EmptyState, PageHeader, SectionTitle } from '#app/components/ui.tsx'
import { translate, type Locale } from '#app/i18n/translate.ts'
import { TEAM_TYPES } from '#app/modules/catalog/reference-data.ts'
import { listPublicStandards } from '#app/modules/standards/queries.server.ts'
import { getDb } from '#app/utils/db.server.ts'
import { label } from '#app/utils/format.ts'
import { standardHref } from '#app/utils/links.ts'
import { pageMeta } from '#app/utils/meta.ts'
import { RouteErrorBoundary } from '#app/components/route-error.tsx'

export async function loader(_: LoaderFunctionArgs) {
	const rows = listPublicStandards(getDb()).map((s) => ({
		code: s.code,
		title: s.title,
		issuer: s.issuer,
		teamType: s.teamType,
		level: s.level,
		version: s.version,
		status: s.status,
		itemCount: s.itemCount,
		teamCount: s.teamCount,
	}))
	// Groups in the order of the team-type list; unknown types (if any) last, by code.
	const order = new Map(TEAM_TYPES.map((t, i) => [t.code, i]))
	const types = [...new Set(rows.map((r) => r.teamType))].sort((a, b) => (order.get(a) ?? 999) - (order.get(b) ?? 999) || a.localeCompare(b))
	return { groups: types.map((teamType) => ({ teamType, standards: rows.filter((r) => r.teamType === teamType) })), total: rows.length }
}

export default function StandardsPage() {
	const { groups } = useLoaderData<typeof loader>()
	const { t, i18n } = useTranslation()
	const locale = i18n.language as Locale
	return (
		<div>
			<PageHeader title={t('ui.standards.title')} subtitle={t('ui.standards.intro')} />
			{groups.length ? (
				<div className="space-y-8">
					{groups.map((g) => (
						<section key={g.teamType} aria-labelledby={`tt-${g.teamType}`}>
							<SectionTitle id={`tt-${g.teamType}`}>
								{label.teamType(g.teamType, locale)} <span className="text-sm font-normal text-slate-500">({g.standards.length})</span>
							</SectionTitle>
							<ul className="grid gap-3 md:grid-cols-2">
								{g.standards.map((s) => (
									<li key={s.code}>
										<article className="flex h-full flex-col rounded-lg border border-slate-200 bg-white p-4 shadow-sm transition hover:border-brand-500 hover:shadow">
											<p className="font-mono text-xs text-slate-500">{s.code}</p>
											<h3 className="mt-1 font-semibold leading-snug">
												<Link to={standardHref(s.code)} className="text-ink-900 no-underline hover:underline">
													{s.title}
												</Link>
											</h3>
											{s.issuer ? (
												<p className="mt-1 text-sm text-slate-600">
													<span className="text-slate-500">{t('ui.standard.issuer')}</span> {s.issuer}
												</p>
											) : null}
											<div className="mt-auto flex flex-wrap gap-1.5 pt-3">
												<Badge tone="brand">{t('ui.standards.count', { count: s.itemCount })}</Badge>
												{s.level ? (
													<Badge>
														{t('ui.standard.level')} {s.level}
													</Badge>
												) : null}
												{s.version ? (
													<Badge>
														{t('ui.standard.version')} {s.version}
													</Badge>
												) : null}
												{s.status === 'archived' ? <Badge tone="amber">{t('ui.standard.archived')}</Badge> : null}
												{s.teamCount ? <Badge tone="green">{t('ui.standard.teams', { count: s.teamCount })}</Badge> : null}
											</div>
										</article>
									</li>
								))}
							</ul>
						</section>
					))}
				</div>
			) : (
				<EmptyState>{t('ui.standards.empty')}</EmptyState>
			)}
		</div>
	)
}

export const meta: MetaFunction<typeof loader> = ({ matches }) =>
	pageMeta(
		matches,
		(l) => translate(l, 'ui.standards.title'),
		(l) => translate(l, 'ui.standards.intro')
	)

export function ErrorBoundary() {
	return <RouteErrorBoundary />
}
