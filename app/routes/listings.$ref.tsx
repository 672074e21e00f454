import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { CategoryIcon } from '#app/components/category-icon.tsx'
import { Badge, Card, Facts, SectionTitle } from '#app/components/ui.tsx'
import { OpportunityList } from '#app/components/match-results.tsx'
import { opportunitiesForListing } from '#app/modules/matching/load.server.ts'
import type { Locale } from '#app/i18n/translate.ts'
import { categoryParent } from '#app/modules/catalog/reference-data.ts'
import { CANONICAL_UNIT, unitInfo } from '#app/modules/catalog/units.ts'
import { getPublicListing } from '#app/modules/listings/queries.server.ts'
import { getDb } from '#app/utils/db.server.ts'
import { certificationText, formatDate, formatNumber, formatPriceRange, label, todayIso } from '#app/utils/format.ts'
import { RouteErrorBoundary } from '#app/components/route-error.tsx'
import { errorMeta } from '#app/utils/meta.ts'

export async function loader({ params }: LoaderFunctionArgs) {
	const listing = getPublicListing(getDb(), params.ref ?? '')
	if (!listing) throw new Response('Not Found', { status: 404 })
	const today = todayIso()
	// 商机: open demand items this listing is eligible for.
	const opportunities = (await opportunitiesForListing(getDb(), listing.listing.ref, { limit: 10, today }))?.opportunities ?? []
	return { listing, today, opportunities }
}

export default function ListingPage() {
	const { listing: data, today, opportunities } = useLoaderData<typeof loader>()
	const { t, i18n } = useTranslation()
	const locale = i18n.language as Locale
	const { listing, org, specs, certifications, scenarios, qualifications, images } = data
	const price = formatPriceRange(listing.priceMin, listing.priceMax, locale)
	const crumbs = []
	for (let c: string | null = listing.categoryCode; c; c = categoryParent(c)) crumbs.unshift(c)

	return (
		<article className="space-y-6">
			<nav aria-label={t('ui.listing.category')} className="text-sm text-slate-500">
				<Link to="/categories">{t('ui.nav.categories')}</Link>
				{crumbs.map((c) => (
					<span key={c}>
						{' / '}
						<Link to={`/listings?category=${c}`}>{label.category(c, locale)}</Link>
					</span>
				))}
			</nav>
			<header className="flex flex-wrap items-start gap-4">
				<CategoryIcon code={listing.categoryCode} size={64} />
				<div className="min-w-0 flex-1">
					<h1 className="text-2xl font-bold text-ink-900">{listing.title}</h1>
					<p className="mt-1 text-slate-600">
						{listing.model ? (
							<>
								{t('ui.listing.model')} <span className="font-mono">{listing.model}</span> ·{' '}
							</>
						) : null}
						<Link to={`/orgs/${encodeURIComponent(org.ref)}`}>{org.name}</Link>
					</p>
					<div className="mt-2 flex flex-wrap gap-1.5">
						<Badge tone="brand">{label.listingKind(listing.kind, locale)}</Badge>
						{scenarios.map((s) => (
							<Badge key={s}>{label.scenario(s, locale)}</Badge>
						))}
					</div>
				</div>
			</header>

			<div className="grid gap-6 lg:grid-cols-3">
				<div className="space-y-6 lg:col-span-2">
					{images.length ? (
						<section aria-label={t('media.gallery')} className="grid grid-cols-2 gap-3 sm:grid-cols-3">
							{images.map((img, i) => (
								<a key={img.hash} href={`/media/${img.hash}.webp`} className={`relative ${i === 0 ? 'col-span-2 row-span-2' : ''}`}>
									<img
										src={`/media/${img.hash}${i === 0 ? '' : '.thumb'}.webp`}
										alt={img.alt ?? `${listing.title} ${i + 1}`}
										width={i === 0 ? img.width : 480}
										height={i === 0 ? img.height : 360}
										className="h-full w-full rounded-lg border border-slate-200 bg-white object-cover"
									/>
									{img.illustration ? (
										<span className="absolute left-2 top-2 rounded bg-slate-900/70 px-2 py-0.5 text-xs font-medium text-white">{t('media.illustration')}</span>
									) : null}
								</a>
							))}
						</section>
					) : null}
					{images.some((img) => img.illustration) ? <p className="-mt-4 text-xs text-slate-500">{t('media.illustrationNote')}</p> : null}
					{listing.description ? (
						<Card>
							<SectionTitle>{t('ui.listing.description')}</SectionTitle>
							<p className="whitespace-pre-line leading-relaxed text-slate-800">{listing.description}</p>
							{listing.keywords?.length ? (
								<p className="mt-3 flex flex-wrap gap-1.5 text-sm">
									<span className="text-slate-500">{t('ui.listing.keywords')}:</span>
									{listing.keywords.map((k) => (
										<Badge key={k}>{k}</Badge>
									))}
								</p>
							) : null}
						</Card>
					) : null}

					<Card>
						<SectionTitle id="specs">{t('ui.listing.specs')}</SectionTitle>
						{specs.length ? (
							<table className="w-full text-sm" aria-labelledby="specs">
								<thead>
									<tr className="border-b border-slate-200 text-left text-slate-500">
										<th scope="col" className="py-2 pr-4 font-medium">
											{t('ui.listing.specName')}
										</th>
										<th scope="col" className="py-2 pr-4 font-medium">
											{t('ui.listing.specValue')}
										</th>
										<th scope="col" className="py-2 font-medium">
											{t('ui.listing.specCanonical')}
										</th>
									</tr>
								</thead>
								<tbody>
									{specs.map((s) => {
										const info = unitInfo(s.unit)
										const converted =
											s.canonicalValue !== null && s.dimension && info && info.factor !== 1
												? `${formatNumber(s.canonicalValue, locale)} ${CANONICAL_UNIT[info.dimension]}`
												: ''
										return (
											<tr key={s.position} className="border-b border-slate-100 last:border-0">
												<th scope="row" className="py-2 pr-4 text-left font-normal text-slate-600">
													{s.name}
												</th>
												<td className="py-2 pr-4 font-medium text-slate-900">
													{s.valueNum !== null ? formatNumber(s.valueNum, locale) : s.valueText}
													{s.unit ? ` ${s.unit}` : ''}
												</td>
												<td className="py-2 text-slate-500">{converted}</td>
											</tr>
										)
									})}
								</tbody>
							</table>
						) : (
							<p className="text-slate-500">{t('ui.listing.noSpecs')}</p>
						)}
					</Card>

					<Card>
						<SectionTitle id="certs">{t('ui.listing.certifications')}</SectionTitle>
						{certifications.length ? (
							<ul className="divide-y divide-slate-100">
								{certifications.map(({ cert, type }) => {
									const expired = cert.validUntil !== null && cert.validUntil < today
									return (
										<li key={cert.position} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
											<span>
												<span className="font-semibold">{certificationText(type.code, locale)}</span>
												{cert.number ? (
													<span className="ml-2 font-mono text-xs text-slate-500">
														{t('ui.listing.number')} {cert.number}
													</span>
												) : null}
											</span>
											<span className="flex items-center gap-2">
												<span className="text-slate-500">
													{t('ui.listing.validUntil')} {cert.validUntil ? formatDate(cert.validUntil) : t('ui.listing.noExpiry')}
												</span>
												<Badge tone={expired ? 'red' : 'green'}>{expired ? t('ui.listing.expired') : t('ui.listing.valid')}</Badge>
											</span>
										</li>
									)
								})}
							</ul>
						) : (
							<p className="text-slate-500">{t('ui.listing.noCerts')}</p>
						)}
					</Card>

					<Card>
						<SectionTitle id="opportunities">{t('matching.opportunities')}</SectionTitle>
						<p className="mb-2 text-sm text-slate-600">{t('matching.opportunitiesIntro')}</p>
						<OpportunityList opportunities={opportunities} formatQuantity={(n) => formatNumber(n, locale)} />
					</Card>
				</div>

				<aside className="space-y-6">
					<Card>
						<p className="text-sm text-slate-500">{t('ui.listing.price')}</p>
						<p className="text-2xl font-bold text-brand-700">{price ?? t('ui.listing.priceOnRequest')}</p>
						<div className="mt-4">
							<Facts
								items={[
									[t('ui.listing.category'), listing.categoryCode ? `${label.category(listing.categoryCode, locale)} (${listing.categoryCode})` : null],
									[t('ui.listing.leadTime'), listing.leadTimeDays !== null ? t('ui.listing.days', { count: listing.leadTimeDays }) : null],
									[t('ui.listing.capacity'), listing.monthlyCapacity !== null ? formatNumber(listing.monthlyCapacity, locale) : null],
									[t('ui.listing.stock'), listing.stock !== null ? formatNumber(listing.stock, locale) : null],
								]}
							/>
						</div>
						<p className="mt-4 text-xs text-slate-500">{t('ui.listing.updated', { date: formatDate(listing.updatedAt) })}</p>
					</Card>
					<Card>
						<SectionTitle>{t('ui.listing.supplier')}</SectionTitle>
						<p className="font-semibold">
							<Link to={`/orgs/${encodeURIComponent(org.ref)}`}>{org.name}</Link>
						</p>
						<div className="mt-2 flex flex-wrap gap-1.5">
							<Badge tone="green">{t('ui.org.verified')}</Badge>
							{qualifications.map((q) => (
								<Badge key={q} tone="amber">
									{label.qualification(q, locale)}
								</Badge>
							))}
						</div>
						<div className="mt-3">
							<Facts
								items={[
									[t('ui.org.region'), label.region(org.regionCode, locale)],
									[t('ui.org.contact'), org.contact],
									[t('ui.org.phone'), org.phone],
									[t('ui.org.email'), org.email],
								]}
							/>
						</div>
					</Card>
				</aside>
			</div>
		</article>
	)
}

export const meta: MetaFunction<typeof loader> = ({ data, error, matches }) =>
	data ? [{ title: `${data.listing.listing.title} · ${data.listing.org.name}` }, { name: 'description', content: data.listing.listing.description ?? data.listing.listing.title }] : errorMeta(matches, error)

export function ErrorBoundary() {
	return <RouteErrorBoundary />
}
