// Display formatting shared by pages: prices in CNY, dates, labels of reference codes in the current locale.
import {
	CATEGORY_BY_CODE,
	CERTIFICATION_BY_CODE,
	DEMAND_KIND_LABELS,
	LISTING_KIND_LABELS,
	ORG_KINDS,
	QUALIFICATION_BY_CODE,
	regionLabel,
	SCENARIO_BY_CODE,
	TEAM_TYPE_BY_CODE,
	type Labelled,
} from '#db/reference/codes.ts'
import type { Locale } from '#app/i18n/translate.ts'

const pick = (l: Labelled | undefined, locale: Locale, fallback: string) => (l ? (locale === 'en' ? l.en : l.zh) : fallback)
const byCode = (xs: Labelled[]) => new Map(xs.map((x) => [x.code, x]))
const ORG_KIND_BY_CODE = byCode(ORG_KINDS)
const LISTING_KIND_BY_CODE = byCode(LISTING_KIND_LABELS)
const DEMAND_KIND_BY_CODE = byCode(DEMAND_KIND_LABELS)

export const label = {
	category: (code: string | null | undefined, locale: Locale) => (code ? pick(CATEGORY_BY_CODE.get(code), locale, code) : ''),
	scenario: (code: string, locale: Locale) => pick(SCENARIO_BY_CODE.get(code), locale, code),
	certification: (code: string, locale: Locale) => pick(CERTIFICATION_BY_CODE.get(code), locale, code),
	qualification: (code: string, locale: Locale) => pick(QUALIFICATION_BY_CODE.get(code), locale, code),
	teamType: (code: string | null | undefined, locale: Locale) => (code ? pick(TEAM_TYPE_BY_CODE.get(code), locale, code) : ''),
	orgKind: (code: string, locale: Locale) => pick(ORG_KIND_BY_CODE.get(code), locale, code),
	listingKind: (code: string, locale: Locale) => pick(LISTING_KIND_BY_CODE.get(code), locale, code),
	demandKind: (code: string, locale: Locale) => pick(DEMAND_KIND_BY_CODE.get(code), locale, code),
	region: (code: string | null | undefined, locale: Locale) => (code ? regionLabel(code, locale) : ''),
}

/**
 * Codes of this platform's own making, which no certificate carries (FIRE_VOL, VEH): a reader sees only the name.
 * The others are marks printed on certificates (CCC, EX, MA …) and are shown with their name.
 */
const INTERNAL_CERTIFICATION_CODES = new Set(['FIRE_VOL', 'VEH'])

/**
 * A required or held certification as a person reads it: `EX（防爆合格证）` / `EX (Explosion-proof certificate)`, or the
 * name alone when the code means nothing to a reader or the name already carries it (CE认证). Codes stay in
 * machine interchange (JSON, import files); this is for pages, printouts and reasons.
 */
export function certificationText(code: string, locale: Locale): string {
	const c = CERTIFICATION_BY_CODE.get(code)
	if (!c) return code
	const name = locale === 'en' ? c.en : c.zh
	if (INTERNAL_CERTIFICATION_CODES.has(code) || name.includes(code)) return name
	return locale === 'en' ? `${code} (${name})` : `${code}（${name}）`
}

/** The short form for tight places (cards, chips): the mark where certificates carry one, else the name. */
export function certificationShort(code: string, locale: Locale): string {
	const c = CERTIFICATION_BY_CODE.get(code)
	if (!c) return code
	return INTERNAL_CERTIFICATION_CODES.has(code) ? (locale === 'en' ? c.en : c.zh) : code
}

/** ¥1,200,000 in English; 120万元 style for large amounts in Chinese, as procurement officers write them. */
export function formatPrice(value: number, locale: Locale): string {
	if (locale === 'zh-CN' && value >= 10_000) {
		const wan = value / 10_000
		return `${Number(wan.toFixed(wan >= 100 ? 0 : 2)).toLocaleString('zh-CN')}万元`
	}
	return locale === 'zh-CN' ? `${value.toLocaleString('zh-CN')}元` : `¥${value.toLocaleString('en-US')}`
}

export function formatPriceRange(min: number | null, max: number | null, locale: Locale): string | null {
	if (min === null && max === null) return null
	if (min !== null && max !== null && min !== max) return `${formatPrice(min, locale)} – ${formatPrice(max, locale)}`
	return formatPrice((min ?? max)!, locale)
}

export function formatNumber(value: number, locale: Locale): string {
	return value.toLocaleString(locale === 'en' ? 'en-US' : 'zh-CN', { maximumFractionDigits: 4 })
}

/** Today as YYYY-MM-DD in China time (the platform's users' calendar). */
export function todayIso(now: Date = new Date()): string {
	return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10)
}

export function formatDate(iso: string | null | undefined): string {
	return iso ? iso.slice(0, 10) : ''
}
