import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData, useLocation, useSearchParams } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { Field, FilterForm, controlClass } from '#app/components/filter-form.tsx'
import { ListingCard } from '#app/components/listing-card.tsx'
import { EmptyState, PageHeader, Pagination } from '#app/components/ui.tsx'
import { translate, type Locale } from '#app/i18n/translate.ts'
import { CATEGORIES, CATEGORY_BY_CODE, LISTING_KIND_LABELS } from '#app/modules/catalog/reference-data.ts'
import { categoryCounts, listPublicListings } from '#app/modules/listings/queries.server.ts'
import { getDb } from '#app/utils/db.server.ts'
import { label } from '#app/utils/format.ts'
import { pageMeta } from '#app/utils/meta.ts'
import { oneOf, pageParam, withPage } from '#app/utils/params.ts'
import { RouteErrorBoundary } from '#app/components/route-error.tsx'

const KINDS = LISTING_KIND_LABELS.map((k) => k.code)
const PER_PAGE = 24

export async function loader({ request }: LoaderFunctionArgs) {
	const url = new URL(request.url)
	const q = (url.searchParams.get('q') ?? '').trim().slice(0, 100)
	const rawCategory = url.searchParams.get('category') ?? ''
	const category = CATEGORY_BY_CODE.has(rawCategory) ? rawCategory : ''
	const kind = oneOf(url.searchParams.get('kind'), KINDS)
	const page = pageParam(url.searchParams.get('page'))
	const db = getDb()
	const result = listPublicListings(db, { q: q || undefined, category: category || undefined, kind: kind || undefined, page, perPage: PER_PAGE })
	const counts = categoryCounts(db)
	return {
		filters: { q, category, kind },
		result,
		categoryCounts: Object.fromEntries(counts) as Record<string, number>,
	}
}

/** Indentation of an option by its taxonomy level (codes grow by two digits a level). */
const indent = (code: string) => '\u3000'.repeat(code.length / 2 - 1)

export default function ListingsPage() {
	const { filters, result, categoryCounts: counts } = useLoaderData<typeof loader>()
	const { t, i18n } = useTranslation()
	const locale = i18n.language as Locale
	const [params] = useSearchParams()
	const { pathname } = useLocation()
	const pages = Math.max(1, Math.ceil(result.total / result.perPage))
	const active = Boolean(filters.q || filters.category || filters.kind)
	const children = CATEGORIES.filter((c) => c.code.length === (filters.category ? filters.category.length + 2 : 2) && c.code.startsWith(filters.category))
	const childHref = (code: string) => {
		const next = new URLSearchParams(params)
		next.set('category', code)
		next.delete('page')
		return `${pathname}?${next.toString()}`
	}

	return (
		<div>
			<PageHeader title={t('ui.listings.title')} subtitle={filters.category ? `${label.category(filters.category, locale)} · ${filters.category}` : t('ui.listings.intro')} />

			<FilterForm action="/listings" label={t('ui.listings.filters')} submit={t('ui.listings.submit')} reset={t('ui.listings.reset')} resetVisible={active}>
				<Field id="f-q" label={t('ui.listings.q')} grow>
					<input id="f-q" name="q" type="search" defaultValue={filters.q} maxLength={100} placeholder={t('ui.listings.qPlaceholder')} className={controlClass} />
				</Field>
				<Field id="f-category" label={t('ui.listings.category')}>
					<select id="f-category" name="category" defaultValue={filters.category} className={`${controlClass} max-w-xs`}>
						<option value="">{t('ui.listings.filterAll')}</option>
						{CATEGORIES.map((c) => (
							<option key={c.code} value={c.code}>
								{`${indent(c.code)}${label.category(c.code, locale)} (${counts[c.code] ?? 0})`}
							</option>
						))}
					</select>
				</Field>
				<Field id="f-kind" label={t('ui.listings.kind')}>
					<select id="f-kind" name="kind" defaultValue={filters.kind} className={controlClass}>
						<option value="">{t('ui.listings.kindAll')}</option>
						{LISTING_KIND_LABELS.map((k) => (
							<option key={k.code} value={k.code}>
								{label.listingKind(k.code, locale)}
							</option>
						))}
					</select>
				</Field>
			</FilterForm>

			{children.length ? (
				<nav aria-label={t('ui.listings.category')} className="no-print mb-4">
					<ul className="flex flex-wrap gap-2">
						{children.map((c) => (
							<li key={c.code}>
								<Link
									to={childHref(c.code)}
									className="inline-flex items-center gap-1.5 rounded-full border border-slate-200 bg-white px-3 py-1 text-sm text-slate-700 no-underline shadow-sm hover:border-brand-500 hover:text-brand-700"
								>
									{label.category(c.code, locale)}
									<span className="text-xs text-slate-500">{counts[c.code] ?? 0}</span>
								</Link>
							</li>
						))}
					</ul>
				</nav>
			) : null}

			<h2 className="mb-3 text-sm font-normal text-slate-600">{t('ui.listings.count', { count: result.total })}</h2>

			{result.rows.length ? (
				<div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
					{result.rows.map((l) => (
						<ListingCard key={l.ref} listing={l} />
					))}
				</div>
			) : (
				<EmptyState>
					{t('ui.listings.empty')}
					{active ? (
						<>
							<br />
							<span className="text-sm">{t('ui.listings.emptyHint')}</span>
						</>
					) : null}
				</EmptyState>
			)}

			<Pagination
				page={result.page}
				perPage={result.perPage}
				total={result.total}
				href={(p) => withPage(params, p, pathname)}
				labels={{ prev: t('ui.pagination.prev'), next: t('ui.pagination.next'), page: t('ui.pagination.page', { page: result.page, pages }) }}
			/>
		</div>
	)
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
	pageMeta(matches, (l) => {
		const base = translate(l, 'ui.listings.title')
		const cat = data?.filters.category ? label.category(data.filters.category, l) : ''
		const q = data?.filters.q ? `“${data.filters.q}”` : ''
		return [q, cat, base].filter(Boolean).join(' · ')
	})

export function ErrorBoundary() {
	return <RouteErrorBoundary />
}
