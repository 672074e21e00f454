import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { CategoryIcon } from '#app/components/category-icon.tsx'
import { ListingCard } from '#app/components/listing-card.tsx'
import { Badge, SectionTitle } from '#app/components/ui.tsx'
import type { Locale } from '#app/i18n/translate.ts'
import { CATEGORIES } from '#app/modules/catalog/reference-data.ts'
import { listPublicDemands } from '#app/modules/demands/queries.server.ts'
import { categoryCounts, listPublicListings } from '#app/modules/listings/queries.server.ts'
import { organizationStats } from '#app/modules/organizations/queries.server.ts'
import { getDb } from '#app/utils/db.server.ts'
import { formatDate, label, todayIso } from '#app/utils/format.ts'
import { RouteErrorBoundary } from '#app/components/route-error.tsx'
import { errorMeta } from '#app/utils/meta.ts'

export async function loader(_: LoaderFunctionArgs) {
	const db = getDb()
	const counts = categoryCounts(db)
	return {
		stats: organizationStats(db),
		topCategories: CATEGORIES.filter((c) => c.code.length === 4).map((c) => ({ code: c.code, count: counts.get(c.code) ?? 0 })),
		listings: listPublicListings(db, { perPage: 6 }).rows,
		demands: listPublicDemands(db, { perPage: 5, state: 'open', today: todayIso() }).rows,
	}
}

export default function Home() {
	const data = useLoaderData<typeof loader>()
	const { t, i18n } = useTranslation()
	const locale = i18n.language as Locale
	const orgCount = data.stats.byKind.reduce((a, b) => a + b.n, 0)
	return (
		<div className="space-y-10">
			<section className="overflow-hidden rounded-2xl bg-gradient-to-br from-ink-900 to-ink-700 px-6 py-10 text-white shadow-lg sm:px-10">
				<h1 className="text-3xl font-bold sm:text-4xl">{t('ui.home.heroTitle')}</h1>
				<p className="mt-3 max-w-3xl text-slate-200">{t('ui.home.heroText')}</p>
				<Form method="get" action="/search" className="mt-6 flex max-w-2xl gap-2" role="search">
					<label htmlFor="home-q" className="sr-only">
						{t('ui.search.submit')}
					</label>
					<input
						id="home-q"
						name="q"
						type="search"
						placeholder={t('ui.search.placeholder')}
						className="min-w-0 flex-1 rounded-lg border-0 bg-white px-4 py-3 text-slate-900 shadow-inner placeholder:text-slate-400"
					/>
					<button type="submit" className="rounded-lg bg-brand-700 px-6 py-3 font-semibold text-white hover:bg-brand-800">
						{t('ui.search.submit')}
					</button>
				</Form>
				<dl className="mt-8 grid max-w-3xl grid-cols-2 gap-4 sm:grid-cols-4">
					{[
						[t('ui.home.stats.listings'), data.stats.listings],
						[t('ui.home.stats.demands'), data.stats.demands],
						[t('ui.home.stats.organizations'), orgCount],
						[t('ui.home.stats.cities'), data.stats.cities],
					].map(([k, v]) => (
						<div key={String(k)} className="rounded-lg bg-white/10 px-4 py-3">
							<dt className="text-xs text-slate-300">{k}</dt>
							<dd className="text-2xl font-bold">{v}</dd>
						</div>
					))}
				</dl>
			</section>

			<section aria-labelledby="cats">
				<div className="flex items-baseline justify-between">
					<SectionTitle id="cats">{t('ui.home.browseCategories')}</SectionTitle>
					<Link to="/categories" className="text-sm">
						{t('ui.home.viewAll')}
					</Link>
				</div>
				<ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
					{data.topCategories.map((c) => (
						<li key={c.code}>
							<Link
								to={`/listings?category=${c.code}`}
								className="flex h-full items-center gap-3 rounded-lg border border-slate-200 bg-white p-3 no-underline shadow-sm hover:border-brand-500"
							>
								<CategoryIcon code={c.code} size={36} />
								<span className="min-w-0">
									<span className="block text-sm font-medium text-slate-900">{label.category(c.code, locale)}</span>
									<span className="text-xs text-slate-500">{t('ui.categories.count', { count: c.count })}</span>
								</span>
							</Link>
						</li>
					))}
				</ul>
			</section>

			<div className="grid grid-cols-1 gap-8 lg:grid-cols-3">
				<section aria-labelledby="latest-listings" className="lg:col-span-2">
					<div className="flex items-baseline justify-between">
						<SectionTitle id="latest-listings">{t('ui.home.latestListings')}</SectionTitle>
						<Link to="/listings" className="text-sm">
							{t('ui.home.viewAll')}
						</Link>
					</div>
					<div className="grid gap-3 sm:grid-cols-2">
						{data.listings.map((l) => (
							<ListingCard key={l.ref} listing={l} />
						))}
					</div>
				</section>
				<section aria-labelledby="latest-demands">
					<div className="flex items-baseline justify-between">
						<SectionTitle id="latest-demands">{t('ui.home.latestDemands')}</SectionTitle>
						<Link to="/demands" className="text-sm">
							{t('ui.home.viewAll')}
						</Link>
					</div>
					<ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white shadow-sm">
						{data.demands.map((d) => (
							<li key={d.ref} className="p-4">
								<Link to={`/demands/${encodeURIComponent(d.ref)}`} className="font-medium text-ink-900 no-underline hover:underline">
									{d.title}
								</Link>
								<p className="mt-1 text-xs text-slate-500">
									{d.orgName} · {t('ui.demand.itemCount', { count: d.itemCount })}
								</p>
								<div className="mt-1 flex gap-1.5">
									<Badge tone="brand">{label.demandKind(d.kind, locale)}</Badge>
									{d.deadline ? (
										<Badge>
											{t('ui.demand.deadline')} {formatDate(d.deadline)}
										</Badge>
									) : null}
								</div>
							</li>
						))}
					</ul>
				</section>
			</div>
		</div>
	)
}

export const meta: MetaFunction = ({ error, matches }) =>
	error ? errorMeta(matches, error) : [{ title: '应急装备供需对接平台' }, { name: 'description', content: '安全应急装备供需对接：装备供给、需求清单、配备标准与匹配' }]

export function ErrorBoundary() {
	return <RouteErrorBoundary />
}
