import { Link } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import type { Locale } from '#app/i18n/translate.ts'
import { certificationShort, certificationText, formatPriceRange, label } from '#app/utils/format.ts'
import { CategoryIcon } from './category-icon.tsx'
import { Badge } from './ui.tsx'

export type ListingCardData = {
	ref: string
	title: string
	model: string | null
	kind: string
	categoryCode: string | null
	priceMin: number | null
	priceMax: number | null
	stock: number | null
	orgName: string
	regionCode: string
	certifications: string[]
	/** Content hash of the first picture, if any. */
	cover?: string | null
	/** The first picture is an illustration drawn for its category (demo data), marked 示意图. */
	coverIllustration?: boolean
}

/** A picture's thumbnail, with the 示意图 mark over an illustration. */
export function CoverThumb({ hash, illustration, className, width, height }: { hash: string; illustration?: boolean; className: string; width: number; height: number }) {
	const { t } = useTranslation()
	return (
		<span className="relative block shrink-0 self-start">
			<img src={`/media/${hash}.thumb.webp`} alt="" width={width} height={height} loading="lazy" className={`${className} rounded-md object-cover`} />
			{illustration ? (
				<span className="absolute inset-x-0 bottom-0 rounded-b-md bg-slate-900/65 text-center text-[10px] leading-4 text-white" title={t('media.illustrationNote')}>
					{t('media.illustration')}
				</span>
			) : null}
		</span>
	)
}

export function ListingCard({ listing }: { listing: ListingCardData }) {
	const { t, i18n } = useTranslation()
	const locale = i18n.language as Locale
	const price = formatPriceRange(listing.priceMin, listing.priceMax, locale)
	return (
		<article className="flex min-w-0 gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm transition hover:border-brand-500 hover:shadow">
			{listing.cover ? (
				<CoverThumb hash={listing.cover} illustration={listing.coverIllustration} width={64} height={48} className="block h-12 w-16" />
			) : (
				<CategoryIcon code={listing.categoryCode} />
			)}
			<div className="min-w-0 flex-1">
				<h3 className="font-semibold leading-snug">
					<Link to={`/listings/${encodeURIComponent(listing.ref)}`} className="text-ink-900 no-underline hover:underline">
						{listing.title}
					</Link>
				</h3>
				<p className="mt-0.5 truncate text-xs text-slate-500">
					{listing.model ? `${listing.model} · ` : ''}
					{listing.categoryCode ? label.category(listing.categoryCode, locale) : label.listingKind(listing.kind, locale)}
				</p>
				<p className="mt-1 truncate text-sm text-slate-700">
					{listing.orgName} <span className="text-slate-500">· {label.region(listing.regionCode, locale)}</span>
				</p>
				<div className="mt-2 flex flex-wrap items-center gap-1.5">
					<span className="text-sm font-semibold text-brand-700">{price ?? t('ui.listing.priceOnRequest')}</span>
					{listing.stock ? <Badge tone="green">{t('ui.listing.stock')} {listing.stock}</Badge> : null}
					{listing.certifications.slice(0, 3).map((c) => (
						<Badge key={c} tone="blue" title={certificationText(c, locale)}>
							{certificationShort(c, locale)}
						</Badge>
					))}
				</div>
			</div>
		</article>
	)
}
