import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { CategoryIcon } from '#app/components/category-icon.tsx'
import { PageHeader } from '#app/components/ui.tsx'
import { translate, type Locale } from '#app/i18n/translate.ts'
import { CATEGORIES } from '#app/modules/catalog/reference-data.ts'
import { categoryCounts } from '#app/modules/listings/queries.server.ts'
import { getDb } from '#app/utils/db.server.ts'
import { label } from '#app/utils/format.ts'
import { categoryListingsHref } from '#app/utils/links.ts'
import { pageMeta } from '#app/utils/meta.ts'
import { RouteErrorBoundary } from '#app/components/route-error.tsx'

export async function loader(_: LoaderFunctionArgs) {
	return { counts: Object.fromEntries(categoryCounts(getDb())) as Record<string, number> }
}

const childrenOf = (code: string) => CATEGORIES.filter((c) => c.code.length === code.length + 2 && c.code.startsWith(code))
const TOP = CATEGORIES.filter((c) => c.code.length === 2)

export default function CategoriesPage() {
	const { counts } = useLoaderData<typeof loader>()
	const { t, i18n } = useTranslation()
	const locale = i18n.language as Locale
	const count = (code: string) => counts[code] ?? 0
	const countText = (code: string) => (
		<span className={`shrink-0 text-xs tabular-nums ${count(code) ? 'text-slate-600' : 'text-slate-500'}`}>{t('ui.categories.count', { count: count(code) })}</span>
	)

	return (
		<div>
			<PageHeader title={t('ui.categories.title')} subtitle={t('ui.categories.intro')} />
			<div className="grid gap-6 lg:grid-cols-2">
				{TOP.map((top) => {
					const groups = childrenOf(top.code)
					return (
						<section key={top.code} aria-labelledby={`cat-${top.code}`} className="rounded-lg border border-slate-200 bg-white shadow-sm">
							<div className="flex items-center gap-3 border-b border-slate-200 p-5">
								<CategoryIcon code={top.code} size={48} />
								<div className="min-w-0 flex-1">
									<h2 id={`cat-${top.code}`} className="text-lg font-semibold text-ink-900">
										<Link to={categoryListingsHref(top.code)} className="text-ink-900 no-underline hover:underline">
											{label.category(top.code, locale)}
										</Link>
									</h2>
									<p className="text-sm text-slate-500">
										<span className="font-mono">{top.code}</span> · {t('ui.categories.count', { count: count(top.code) })}
									</p>
								</div>
							</div>
							<div className="space-y-4 p-5">
								{groups.map((group) => {
									const leaves = childrenOf(group.code)
									return (
										<div key={group.code}>
											<h3 className="flex items-baseline justify-between gap-3 text-sm font-semibold">
												<Link to={categoryListingsHref(group.code)} className="text-ink-700">
													{label.category(group.code, locale)}
												</Link>
												{countText(group.code)}
											</h3>
											{leaves.length ? (
												<ul className="mt-2 grid gap-x-4 border-l-2 border-slate-100 pl-3 sm:grid-cols-2">
													{leaves.map((leaf) => (
														<li key={leaf.code} className="flex items-baseline justify-between gap-3 py-1 text-sm">
															<Link to={categoryListingsHref(leaf.code)} className="text-slate-700 no-underline hover:text-brand-700 hover:underline">
																{label.category(leaf.code, locale)}
															</Link>
															{countText(leaf.code)}
														</li>
													))}
												</ul>
											) : null}
										</div>
									)
								})}
							</div>
						</section>
					)
				})}
			</div>
		</div>
	)
}

export const meta: MetaFunction<typeof loader> = ({ matches }) =>
	pageMeta(
		matches,
		(l) => translate(l, 'ui.categories.title'),
		(l) => translate(l, 'ui.categories.intro')
	)

export function ErrorBoundary() {
	return <RouteErrorBoundary />
}
