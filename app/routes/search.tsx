// /search: full-text and faceted search of public listings and open demand items. The URL holds the whole state
// (q, index, repeated facet parameters, sort, page); a plain GET form works without JavaScript, and once hydrated
// facet checkboxes and the sort order apply on change and the search box suggests titles.
import { facetValueLabel } from '#app/modules/discovery/labels.ts'
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData, useNavigate, useNavigation } from '@remix-run/react'
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { CategoryIcon } from '#app/components/category-icon.tsx'
import { CoverThumb } from '#app/components/listing-card.tsx'
import { SearchBox } from '#app/components/search-box.tsx'
import { Badge, PageHeader, Pagination } from '#app/components/ui.tsx'
import { translate, type Locale } from '#app/i18n/translate.ts'
import {
	CATEGORIES,
	CERTIFICATION_TYPES,
	DEMAND_KIND_LABELS,
	LISTING_KIND_LABELS,
	QUALIFICATIONS,
	SCENARIOS,
	type Labelled,
} from '#app/modules/catalog/reference-data.ts'
import { searchPage } from '#app/modules/discovery/page.server.ts'
import { getDb } from '#app/utils/db.server.ts'
import { formatDate, formatNumber, formatPriceRange, label } from '#app/utils/format.ts'
import { pageMeta } from '#app/utils/meta.ts'
import { FACETS, type Facet, type SearchIndex, type SortOrder } from '#search/engine.ts'
import { activeFilters, onIndex, parseSearchState, searchHref, withoutFilter, type SearchState } from '#search/params.ts'
import { SaveSearch } from '#app/components/save-search.tsx'
import { useMe } from '#app/utils/root-data.ts'
import { searchParamsOf } from '#search/params.ts'
import { RouteErrorBoundary } from '#app/components/route-error.tsx'

const FORM_ID = 'search-form'

export async function loader({ request }: LoaderFunctionArgs) {
	const url = new URL(request.url)
	const state = parseSearchState(url.searchParams)
	const found = await searchPage(getDb(), state)
	return { state, lng: url.searchParams.get('lng'), ...found }
}

type Data = ReturnType<typeof useLoaderData<typeof loader>>

const facetLabel = facetValueLabel

function useHydrated(): boolean {
	const [hydrated, setHydrated] = useState(false)
	useEffect(() => setHydrated(true), [])
	return hydrated
}

/** Highlighted text: matched parts in <mark>, everything rendered as React text. */
function Highlighted({ parts }: { parts: { text: string; match: boolean }[] }) {
	return (
		<>
			{parts.map((p, i) =>
				p.match ? (
					<mark key={i} className="rounded-sm bg-amber-100 px-0.5 text-inherit">
						{p.text}
					</mark>
				) : (
					<span key={i}>{p.text}</span>
				),
			)}
		</>
	)
}

export default function SearchPage() {
	const data = useLoaderData<typeof loader>()
	const { state, lng, result } = data
	const { t, i18n } = useTranslation()
	const locale = i18n.language as Locale
	const navigation = useNavigation()
	const navigate = useNavigate()
	const hydrated = useHydrated()
	const loading = navigation.state === 'loading' && navigation.location.pathname === '/search'
	const href = (s: SearchState) => searchHref(s, lng)
	const active = activeFilters(state)
	const ignored = new Set((result.ignored ?? []).map((i) => `${i.facet}\u0000${i.value}`))
	const applied = active.filter((f) => !ignored.has(`${f.facet}\u0000${f.value}`))
	const searching = state.q.trim() !== ''
	const me = useMe()

	/** With JavaScript the form navigates to the clean URL of its state (no empty parameters, page 1). */
	function onSubmit(e: FormEvent<HTMLFormElement>) {
		e.preventDefault()
		const form = new FormData(e.currentTarget)
		const params = new URLSearchParams()
		for (const [k, v] of form) if (typeof v === 'string') params.append(k, v)
		navigate(href({ ...parseSearchState(params), page: 1 }))
	}
	const submitOnChange = (e: { currentTarget: { form: HTMLFormElement | null } }) => e.currentTarget.form?.requestSubmit()

	return (
		<div>
			<PageHeader title={t('search.title')} subtitle={t('search.intro')} />

			<form id={FORM_ID} method="get" action="/search" role="search" aria-label={t('search.formLabel')} onSubmit={onSubmit} className="mb-4 flex gap-2">
				<SearchBox
					key={`${state.index}:${state.q}`}
					id="search-q"
					index={state.index}
					defaultValue={state.q}
					placeholder={t('search.placeholder')}
					label={t('search.q')}
					listLabel={t('search.suggestions')}
					maxLength={10_000}
					className="block w-full rounded-lg border border-slate-300 bg-white px-4 py-3 text-slate-900 shadow-sm placeholder:text-slate-500 focus:border-brand-500"
				/>
				{state.index === 'demands' ? <input type="hidden" name="index" value="demands" /> : null}
				{lng ? <input type="hidden" name="lng" value={lng} /> : null}
				<button type="submit" className="shrink-0 rounded-lg bg-brand-700 px-6 py-3 font-semibold text-white shadow-sm hover:bg-brand-800">
					{t('search.submit')}
				</button>
			</form>

			<nav aria-label={t('search.tabs')} className="mb-6 flex gap-1 border-b border-slate-200">
				{(['listings', 'demands'] as const).map((idx) => {
					const current = idx === state.index
					return (
						<Link
							key={idx}
							to={href(onIndex(state, idx))}
							aria-current={current ? 'page' : undefined}
							className={`-mb-px flex items-center gap-2 border-b-2 px-4 py-2 text-sm no-underline ${
								current ? 'border-brand-700 font-semibold text-brand-800' : 'border-transparent text-slate-600 hover:border-slate-300 hover:text-ink-900'
							}`}
						>
							{t(`search.tab.${idx}`)}
							<span className={`rounded-full px-2 py-0.5 text-xs tabular-nums ${current ? 'bg-brand-50 text-brand-800' : 'bg-slate-100 text-slate-600'}`}>{data.totals[idx]}</span>
						</Link>
					)
				})}
			</nav>

			<div className="grid gap-6 lg:grid-cols-[17rem_minmax(0,1fr)]">
				<div className="min-w-0 space-y-4">
					{/* Signed-in users can save the search (the action is /my/alerts). */}
					{me ? <SaveSearch query={searchParamsOf({ ...state, page: 1 }).toString()} locale={locale} /> : null}
					<Facets data={data} hydrated={hydrated} onChange={submitOnChange} />
				</div>

				<section aria-labelledby="search-results" aria-busy={loading} className={`min-w-0 transition-opacity ${loading ? 'opacity-60' : ''}`}>
					{applied.length ? (
						<div className="mb-4 flex flex-wrap items-center gap-2">
							<span className="text-sm text-slate-600">{t('search.active')}</span>
							<ul className="contents">
								{applied.map(({ facet, value }) => {
									const text = t('search.chip', { facet: t(`search.facet.${facet}`), value: facetLabel(facet, value, state.index, locale) })
									return (
										<li key={`${facet}:${value}`}>
											<Link
												to={href(withoutFilter(state, facet, value))}
												aria-label={t('search.remove', { label: text })}
												className="inline-flex items-center gap-1.5 rounded-full border border-brand-100 bg-brand-50 py-1 pl-3 pr-2 text-sm text-brand-800 no-underline hover:border-brand-500"
											>
												{text}
												<span aria-hidden="true" className="text-base leading-none">
													×
												</span>
											</Link>
										</li>
									)
								})}
							</ul>
							{applied.length > 1 ? (
								<Link to={href({ ...state, filters: {}, page: 1 })} className="text-sm">
									{t('search.clearAll')}
								</Link>
							) : null}
						</div>
					) : null}

					{result.ignored?.length ? (
						<p role="status" className="mb-4 rounded-md border border-amber-200 bg-amber-50 px-4 py-2 text-sm text-amber-900">
							{t('search.ignored', { values: result.ignored.map((i) => t('search.ignoredValue', { facet: t(`search.facet.${i.facet}`), value: i.value })).join(t('search.separator')) })}{' '}
							<Link to={href({ ...state, filters: Object.fromEntries(FACETS.map((f) => [f, (state.filters[f] ?? []).filter((v) => !ignored.has(`${f}\u0000${v}`))])), page: 1 })}>
								{t('search.ignoredRemove')}
							</Link>
						</p>
					) : null}
					{result.relaxed ? (
						<p role="status" className="mb-4 rounded-md border border-slate-200 bg-white px-4 py-2 text-sm text-slate-700">
							{result.readAs
								? t('search.readAs', { q: state.q.trim(), ends: result.readAs.ends.join(t('search.separator')), rest: result.readAs.rest.join(' ') })
								: t('search.relaxed')}
						</p>
					) : null}
					{result.scenarios?.length || result.categories?.length ? (
						<Understood scenarios={result.scenarios ?? []} categories={result.categories ?? []} state={state} href={href} />
					) : null}
					{result.fallback ? (
						<p role="status" className="mb-4 rounded-md border border-sky-200 bg-sky-50 px-4 py-2 text-sm text-sky-900">
							{t('search.fallback', { from: result.fallback.from })}
						</p>
					) : null}
					{result.truncated ? (
						<p role="status" className="mb-4 rounded-md border border-amber-200 bg-amber-50 px-4 py-2 text-sm text-amber-900">
							{t('search.truncated')}
						</p>
					) : null}

					<div className="mb-3 flex flex-wrap items-center justify-between gap-3">
						<div className="min-w-0">
							<h2 id="search-results" className="text-base font-semibold text-ink-900">
								{searching || applied.length ? t(`search.count.${state.index}`, { count: result.total }) : t(`search.all.${state.index}`, { count: result.total })}
							</h2>
							{searching && result.terms?.length && result.total > 0 ? <Terms terms={result.terms} /> : null}
						</div>
						{result.total > 1 ? <SortSelect state={state} hydrated={hydrated} onChange={submitOnChange} /> : null}
					</div>

					{result.hits.length ? (
						<Hits hits={result.hits} data={data} />
					) : result.total > 0 ? (
						<p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-slate-600">
							{t('search.beyondLast')} <Link to={href({ ...state, page: 1 })}>{t('search.firstPage')}</Link>
						</p>
					) : (
						<Empty data={data} />
					)}

					{data.related && result.hits.length ? <Related data={data} related={data.related} href={href} /> : null}

					<Pagination
						page={result.page}
						perPage={result.perPage}
						total={result.total}
						href={(p) => href({ ...state, page: p })}
						labels={{ prev: t('ui.pagination.prev'), next: t('ui.pagination.next'), page: t('ui.pagination.page', { page: result.page, pages: Math.max(1, Math.ceil(result.total / result.perPage)) }) }}
					/>
				</section>
			</div>
		</div>
	)
}

/** The query's words removed (a scenario chip's ×): matched as the engine matched them, case and width folded. */
function withoutWord(q: string, word: string): string {
	const folded = q.normalize('NFKC').toLowerCase()
	const at = folded.indexOf(word)
	return (at < 0 ? q : q.slice(0, at) + ' ' + q.slice(at + word.length)).replace(/\s+/g, ' ').trim()
}

type Mention = { word: string; codes: string[] }

/** What the engine understood as a scenario (按场景：冰雪灾害) or a category (类别：应急照明设备), shown so the reader sees
 * why those came first; × searches without the word, 只看 turns it into the scenario or category filter. */
function Understood({ scenarios, categories, state, href }: { scenarios: Mention[]; categories: Mention[]; state: SearchState; href: (s: SearchState) => string }) {
	const { t, i18n } = useTranslation()
	const locale = i18n.language as Locale
	/** The state without the words, with the facet filter added (only) or not (×). */
	const without = (words: string[], facet?: 'scenario' | 'category', codes: string[] = []) => {
		const filters = facet ? { ...state.filters, [facet]: [...new Set([...(state.filters[facet] ?? []), ...codes])] } : state.filters
		return href({ ...state, q: words.reduce((q, w) => withoutWord(q, w), state.q), filters, page: 1 })
	}
	// Words naming the same scenario (煤矿 and 透水 both name mine accidents) share one chip.
	const byCodes = new Map<string, { words: string[]; codes: string[] }>()
	for (const s of scenarios) {
		const key = s.codes.join(' ')
		const seen = byCodes.get(key)
		if (seen) seen.words.push(s.word)
		else byCodes.set(key, { words: [s.word], codes: s.codes })
	}
	const chips = [
		...[...byCodes.values()].map((s) => {
			const word = s.words.join(t('search.separator'))
			return {
				key: `s:${s.words.join('|')}`,
				words: s.words,
				word,
				tone: 'amber' as const,
				label: s.codes.length ? t('search.byScenario', { scenario: facetLabel('scenario', s.codes[0]!, state.index, locale), word }) : t('search.byEvent', { word }),
				only: s.codes.length ? { to: without(s.words, 'scenario', [s.codes[0]!]), text: t('search.onlyScenario') } : null,
			}
		}),
		...categories.map((c) => ({
			key: `c:${c.word}`,
			words: [c.word],
			word: c.word,
			tone: 'sky' as const,
			label: t('search.byCategory', { category: c.codes.map((code) => facetLabel('category', code, state.index, locale)).join(t('search.separator')), word: c.word }),
			only: { to: without([c.word], 'category', c.codes), text: t('search.onlyCategory') },
		})),
	]
	const TONE = { amber: 'border-amber-200 bg-amber-50 text-amber-900', sky: 'border-sky-200 bg-sky-50 text-sky-900' }
	return (
		<div className="mb-4 flex flex-wrap items-center gap-2 text-sm" role="note">
			<span className="text-slate-600">{t('search.understood')}</span>
			<ul className="flex flex-wrap gap-2">
				{chips.map((c) => (
					<li key={c.key} className={`inline-flex items-center gap-1 rounded-full border py-1 pl-3 pr-2 ${TONE[c.tone]}`}>
						<span>{c.label}</span>
						{c.only ? (
							<Link to={c.only.to} className="text-xs">
								{c.only.text}
							</Link>
						) : null}
						<Link to={without(c.words)} aria-label={t('search.removeWord', { word: c.word })} className="px-1 text-base leading-none text-inherit no-underline">
							<span aria-hidden="true">×</span>
						</Link>
					</li>
				))}
			</ul>
		</div>
	)
}

function Terms({ terms }: { terms: string[] }) {
	const { t } = useTranslation()
	return (
		<p className="mt-1 flex flex-wrap items-center gap-1 text-xs text-slate-500">
			<span>{t('search.searchedFor')}</span>
			{terms.slice(0, 12).map((term) => (
				<span key={term} className="rounded bg-slate-100 px-1.5 py-0.5 text-slate-700">
					{term}
				</span>
			))}
		</p>
	)
}

function SortSelect({ state, hydrated, onChange }: { state: SearchState; hydrated: boolean; onChange: (e: { currentTarget: { form: HTMLFormElement | null } }) => void }) {
	const { t } = useTranslation()
	const searching = state.q.trim() !== ''
	const price = state.index === 'listings' ? 'price' : 'budget'
	// '' is the default order: relevance for a query, newest without one.
	const options: [string, string][] = [
		['', t(searching ? 'search.sort.relevance' : 'search.sort.newest')],
		...(searching ? [['newest', t('search.sort.newest')] as [string, string]] : []),
		['price_asc', t(`search.sort.${price}_asc`)],
		['price_desc', t(`search.sort.${price}_desc`)],
	]
	const current: SortOrder | '' = !state.sort || state.sort === 'relevance' || (!searching && state.sort === 'newest') ? '' : state.sort
	return (
		<div className="flex items-center gap-2">
			<label htmlFor="search-sort" className="text-sm text-slate-600">
				{t('search.sort.label')}
			</label>
			<select
				key={current}
				id="search-sort"
				name="sort"
				form={FORM_ID}
				defaultValue={current}
				onChange={onChange}
				className="rounded-md border border-slate-300 bg-white py-1.5 pl-3 pr-8 text-sm text-slate-900 shadow-sm focus:border-brand-500"
			>
				{options.map(([value, text]) => (
					<option key={value} value={value}>
						{text}
					</option>
				))}
			</select>
			{hydrated ? null : (
				<button type="submit" form={FORM_ID} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-700 hover:bg-slate-50">
					{t('search.sortApply')}
				</button>
			)}
		</div>
	)
}

type Option = { value: string; label: string; count: number; checked: boolean; children?: Option[] }

function Facets({ data, hydrated, onChange }: { data: Data; hydrated: boolean; onChange: (e: { currentTarget: { form: HTMLFormElement | null } }) => void }) {
	const { t, i18n } = useTranslation()
	const locale = i18n.language as Locale
	const { state, result } = data
	const detailsRef = useRef<HTMLDetailsElement>(null)
	const selected = (facet: Facet) => new Set(state.filters[facet] ?? [])
	const counts = (facet: Facet) => (result.facets[facet] ?? {}) as Record<string, number>

	// Wide screens show the filters beside the results; where CSS cannot force a closed <details> open, open it.
	useEffect(() => {
		if (detailsRef.current && window.matchMedia('(min-width: 1024px)').matches) detailsRef.current.open = true
	}, [])

	const pick = (facet: Facet, list: Labelled[]): Option[] => {
		const c = counts(facet)
		const sel = selected(facet)
		return list
			.filter((x) => (c[x.code] ?? 0) > 0 || sel.has(x.code))
			.map((x) => ({ value: x.code, label: facetLabel(facet, x.code, state.index, locale), count: c[x.code] ?? 0, checked: sel.has(x.code) }))
	}

	const categoryTree = (): Option[] => {
		const c = counts('category')
		const sel = selected('category')
		const node = (code: string, depth: number): Option | null => {
			const open = [...sel].some((s) => s.startsWith(code) && s !== code) || sel.has(code)
			if ((c[code] ?? 0) === 0 && !sel.has(code) && ![...sel].some((s) => s.startsWith(code))) return null
			// Top classes always show their subclasses; deeper levels unfold once their branch is chosen.
			const kids = depth === 0 || open ? CATEGORIES.filter((x) => x.code.length === code.length + 2 && x.code.startsWith(code)).map((x) => node(x.code, depth + 1)) : []
			return {
				value: code,
				label: label.category(code, locale),
				count: c[code] ?? 0,
				checked: sel.has(code),
				children: kids.filter((k): k is Option => k !== null),
			}
		}
		return CATEGORIES.filter((x) => x.code.length === 2)
			.map((x) => node(x.code, 0))
			.filter((k): k is Option => k !== null)
	}

	const regions = (): Option[] => {
		const c = counts('region')
		const sel = selected('region')
		const codes = new Set([...Object.keys(c).filter((code) => code.endsWith('00') && !code.endsWith('0000')), ...sel])
		return [...codes]
			.sort()
			.map((code) => ({ value: code, label: label.region(code, locale), count: c[code] ?? 0, checked: sel.has(code) }))
	}

	const groups: { facet: Facet; options: Option[] }[] = [
		{ facet: 'category', options: categoryTree() },
		{ facet: 'scenario', options: pick('scenario', SCENARIOS) },
		{ facet: 'region', options: regions() },
		{ facet: 'certification', options: pick('certification', CERTIFICATION_TYPES) },
		{ facet: 'qualification', options: pick('qualification', QUALIFICATIONS) },
		{ facet: 'kind', options: pick('kind', state.index === 'listings' ? LISTING_KIND_LABELS : DEMAND_KIND_LABELS) },
	]
	const chosen = activeFilters(state).length

	return (
		<aside aria-labelledby="search-filters" className="min-w-0">
			<details ref={detailsRef} className="group rounded-lg border border-slate-200 bg-white shadow-sm lg:[&::details-content]:[content-visibility:visible]">
				<summary className="flex cursor-pointer list-none items-center justify-between px-4 py-3 text-sm font-semibold text-ink-900 lg:hidden [&::-webkit-details-marker]:hidden">
					<span>
						{t('search.showFilters')}
						{chosen ? <span className="ml-2 font-normal text-brand-700">{t('search.selectedCount', { count: chosen })}</span> : null}
					</span>
					<span aria-hidden="true" className="text-slate-500 transition group-open:rotate-180">
						▾
					</span>
				</summary>
				<div className="px-4 pb-4 lg:pt-3">
					<h2 id="search-filters" className="sr-only lg:not-sr-only lg:mb-1 lg:text-sm lg:font-semibold lg:text-ink-900">
						{t('search.filters')}
					</h2>
					{groups
						.filter((g) => g.options.length > 0)
						.map((g) => (
							<fieldset key={g.facet} className="border-t border-slate-100 pt-3 first-of-type:border-t-0 [&+&]:mt-3">
								<legend className="float-left mb-1.5 w-full text-xs font-semibold uppercase tracking-wide text-slate-500">{t(`search.facet.${g.facet}`)}</legend>
								<OptionList facet={g.facet} options={g.options} onChange={onChange} />
							</fieldset>
						))}
					{hydrated ? null : (
						<button type="submit" form={FORM_ID} className="mt-4 w-full rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800">
							{t('search.apply')}
						</button>
					)}
				</div>
			</details>
		</aside>
	)
}

function OptionList({ facet, options, onChange, nested = false }: { facet: Facet; options: Option[]; onChange: (e: { currentTarget: { form: HTMLFormElement | null } }) => void; nested?: boolean }) {
	return (
		<ul className={`clear-left ${nested ? 'ml-5 border-l border-slate-100 pl-2' : ''}`}>
			{options.map((o) => {
				const id = `f-${facet}-${o.value}`
				return (
					<li key={o.value}>
						<div className="flex items-start gap-2 py-1">
							{/* Keyed by its state so a new page of results re-renders the box as the server says. */}
							<input
								key={`${o.value}:${o.checked}`}
								id={id}
								type="checkbox"
								form={FORM_ID}
								name={facet}
								value={o.value}
								defaultChecked={o.checked}
								onChange={onChange}
								className="mt-0.5 size-4 shrink-0 accent-brand-700"
							/>
							<label htmlFor={id} className={`min-w-0 flex-1 cursor-pointer text-sm leading-snug ${o.checked ? 'font-semibold text-ink-900' : 'text-slate-700'} hover:text-brand-700`}>
								{o.label}
							</label>
							<span className="shrink-0 text-xs tabular-nums text-slate-500">{o.count}</span>
						</div>
						{o.children?.length ? <OptionList facet={facet} options={o.children} onChange={onChange} nested /> : null}
					</li>
				)
			})}
		</ul>
	)
}

function Hit({ hit, data, related = false }: { hit: Data['result']['hits'][number]; data: Data; related?: boolean }) {
	const { t, i18n } = useTranslation()
	const locale = i18n.language as Locale
	const field = (name: string) => hit.highlight.find((h) => h.field === name)?.parts
	const title = field('title') ?? [{ text: hit.title, match: false }]
	const excerpt = field('description') ?? field('notes')
	const model = field('model')
	const listing = data.state.index === 'listings' ? data.listings[hit.id] : undefined
	const demand = data.state.index === 'demands' ? data.demands[hit.id] : undefined
	const to = hit.list ? `/demands/${encodeURIComponent(hit.list.ref)}` : `/listings/${encodeURIComponent(hit.ref)}`
	const price = listing ? formatPriceRange(listing.priceMin, listing.priceMax, locale) : null
	const meta: ReactNode[] = []
	if (model) meta.push(<Highlighted key="model" parts={model} />)
	else if (listing?.model) meta.push(listing.model)
	if (hit.category) meta.push(label.category(hit.category, locale))
	else if (listing) meta.push(label.listingKind(listing.kind, locale))

	return (
		<article className="flex gap-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm transition hover:border-brand-500">
			{listing?.cover ? (
				<CoverThumb hash={listing.cover} illustration={listing.coverIllustration} width={80} height={60} className="block h-15 w-20" />
			) : (
				<CategoryIcon code={hit.category} size={44} />
			)}
			<div className="min-w-0 flex-1">
				<h3 className="font-semibold leading-snug">
					<Link to={to} className="text-ink-900 no-underline hover:underline">
						<Highlighted parts={title} />
					</Link>
					{related ? (
						<>
							{' '}
							<Badge>{t('search.related.badge')}</Badge>
						</>
					) : null}
				</h3>
				{meta.length ? (
					<p className="mt-0.5 text-xs text-slate-500">
						{meta.map((m, i) => (
							<span key={i}>
								{i ? ' · ' : ''}
								{m}
							</span>
						))}
					</p>
				) : null}
				{hit.matchedSpec ? (
					<p className="mt-1 text-sm">
						<span className={hit.matchedSpec.meets ? 'font-medium text-green-800' : 'text-amber-800'}>
							{t('search.matchedSpec', {
								name: hit.matchedSpec.name,
								value: [hit.matchedSpec.value === null ? '' : formatNumber(hit.matchedSpec.value, locale), hit.matchedSpec.unit ?? ''].join(' ').trim(),
							})}{' '}
							<span aria-hidden="true">{hit.matchedSpec.meets ? '✓' : '≈'}</span>
							<span className="sr-only">{hit.matchedSpec.meets ? t('search.specMeets') : t('search.specBelow')}</span>
						</span>
					</p>
				) : null}
				{excerpt ? (
					<p className="mt-1.5 line-clamp-2 text-sm text-slate-600">
						<Highlighted parts={excerpt} />
					</p>
				) : null}
				<p className="mt-1.5 truncate text-sm text-slate-700">
					{hit.org}
					{listing?.regionCode || demand?.regionCode ? <span className="text-slate-500"> · {label.region(listing?.regionCode ?? demand?.regionCode, locale)}</span> : null}
				</p>
				{listing ? (
					<div className="mt-2 flex flex-wrap items-center gap-1.5">
						<span className="text-sm font-semibold text-brand-700">{price ?? t('ui.listing.priceOnRequest')}</span>
						{listing.stock ? (
							<Badge tone="green">
								{t('ui.listing.stock')} {listing.stock}
							</Badge>
						) : null}
					</div>
				) : null}
				{hit.list ? (
					<div className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
						<span className="text-slate-600">
							{t('search.inList')}
							<Link to={to} className="text-ink-700">
								{hit.list.title}
							</Link>
						</span>
						{demand ? (
							<>
								<Badge tone="brand">
									{t('search.quantity')} {formatNumber(demand.quantity, locale)}
									{demand.unit ? ` ${demand.unit}` : ''}
								</Badge>
								{demand.deadline ? <Badge>{t('search.deadline', { date: formatDate(demand.deadline) })}</Badge> : null}
							</>
						) : null}
					</div>
				) : null}
			</div>
		</article>
	)
}

function Hits({ hits, data, related = false }: { hits: Data['result']['hits']; data: Data; related?: boolean }) {
	return (
		<ol className="space-y-3">
			{hits.map((hit) => (
				<li key={hit.id}>
					<Hit hit={hit} data={data} related={related} />
				</li>
			))}
		</ol>
	)
}

/** Listings of the category the query names (else the top hit's) that lack some of the words, apart from the results (never counted among them). */
function Related({ data, related, href }: { data: Data; related: NonNullable<Data['related']>; href: (s: SearchState) => string }) {
	const { t, i18n } = useTranslation()
	const category = label.category(related.category, i18n.language as Locale)
	return (
		<section aria-labelledby="related-heading" className="mt-8 border-t border-slate-200 pt-5">
			<h3 id="related-heading" className="text-base font-semibold text-ink-900">
				{t('search.related.title', { category })}
			</h3>
			<p className="mb-3 mt-1 text-sm text-slate-600">{t('search.related.note')}</p>
			<Hits hits={related.hits} data={data} related />
			<p className="mt-3 text-sm">
				<Link to={href({ ...data.state, q: '', filters: { ...data.state.filters, category: [related.category] }, page: 1 })}>
					{t('search.related.all', { category, count: related.total })}
				</Link>
			</p>
		</section>
	)
}

function Empty({ data }: { data: Data }) {
	const { t, i18n } = useTranslation()
	const locale = i18n.language as Locale
	const { state, result, lng } = data
	const href = (s: SearchState) => searchHref(s, lng)
	const other: SearchIndex = state.index === 'listings' ? 'demands' : 'listings'
	const what = t(`search.empty.what.${state.index}`)
	const q = state.q.trim()
	const count = (n: number) => <span className="text-slate-500">{t('search.empty.results', { count: n })}</span>
	const filtersActive = activeFilters(state).length > 0
	return (
		<div className="rounded-lg border border-dashed border-slate-300 bg-white p-6">
			<h3 className="text-lg font-semibold text-ink-900">{q ? t('search.empty.titleFor', { q: q.length > 40 ? `${q.slice(0, 40)}…` : q, what }) : t('search.empty.title', { what })}</h3>
			{q && result.terms?.length ? (
				<div className="mt-2 text-sm text-slate-600">
					<Terms terms={result.terms} />
				</div>
			) : null}
			{data.didYouMean.length ? (
				<div className="mt-4 text-sm">
					<p className="font-medium text-slate-700">{t('search.empty.didYouMean')}</p>
					<ul className="mt-1 flex flex-wrap gap-2">
						{data.didYouMean.map((title) => (
							<li key={title}>
								<Link to={href({ ...state, q: title, page: 1 })} className="inline-block rounded-full border border-slate-200 bg-slate-50 px-3 py-1 text-ink-700 no-underline hover:border-brand-500">
									{title}
								</Link>
							</li>
						))}
					</ul>
				</div>
			) : null}
			<p className="mt-4 text-sm font-medium text-slate-700">{t('search.empty.tryThese')}</p>
			<ul className="mt-1 list-disc space-y-1 pl-5 text-sm text-slate-700">
				{data.relaxations.map((r) => (
					<li key={`${r.kind}:${r.facet}:${r.value}`}>
						<Link to={href(r.state)}>
							{r.kind === 'parent'
								? t('search.empty.broaden', { from: label.category(r.value, locale), to: label.category(r.to, locale) })
								: t('search.empty.remove', { label: t('search.chip', { facet: t(`search.facet.${r.facet}`), value: facetLabel(r.facet, r.value, state.index, locale) }) })}
						</Link>
						{count(r.total)}
					</li>
				))}
				<li>
					<Link to={href(onIndex(state, other))}>{t(`search.empty.otherTab.${other}`)}</Link>
					{count(data.totals[other])}
				</li>
				{filtersActive ? (
					<li>
						<Link to={href({ ...state, filters: {}, page: 1 })}>{t('search.empty.clearAll')}</Link>
					</li>
				) : null}
				{q ? <li>{t('search.empty.fewerWords')}</li> : null}
			</ul>
		</div>
	)
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
	pageMeta(matches, (l) => {
		const q = data?.state.q.trim() ?? ''
		const base = translate(l, 'search.title')
		return q ? `“${q.length > 30 ? `${q.slice(0, 30)}…` : q}” · ${base}` : base
	})

export function ErrorBoundary() {
	return <RouteErrorBoundary />
}
