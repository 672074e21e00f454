// The hard rules of interchange.md §2 besides specs: required certifications held and valid on the need-by date,
// price within the budget, lead time within the days left. Each gives a reason; the listing is eligible when all are ok.
import { certificationText } from '#app/utils/format.ts'
import { formatNumber } from './constraints.ts'

export type Reason = { criterion: string; ok: boolean; detail: string }
export type HeldCertification = { type: string; number?: string | null; validUntil?: string | null }

/** Reasons are written in Chinese: `EX（防爆合格证）`, or the name alone for the platform's own codes (消防产品自愿性认证). */
const certName = (code: string) => certificationText(code, 'zh-CN')

/** Whole days from `from` to `to` (ISO dates; negative when `to` is earlier), by the calendar, not the clock. */
export function daysBetween(from: string, to: string): number {
	const key = `${from}|${to}`
	let days = spans.get(key)
	if (days === undefined) {
		const a = Date.UTC(+from.slice(0, 4), +from.slice(5, 7) - 1, +from.slice(8, 10))
		const b = Date.UTC(+to.slice(0, 4), +to.slice(5, 7) - 1, +to.slice(8, 10))
		days = Math.round((b - a) / 86_400_000)
		if (spans.size >= 10_000) spans.clear()
		spans.set(key, days)
	}
	return days
}
/** The matcher asks for the same few spans (today to each need-by date) for every candidate. */
const spans = new Map<string, number>()

/**
 * A required certification: held, and valid on `onDate` (the item's need-by date, or today). `validUntil` is the
 * last day of validity (inclusive): a certificate valid until the need-by date itself still counts.
 */
export function checkCertification(code: string, held: readonly HeldCertification[], onDate: string, explain = true): Reason {
	const criterion = `certification:${code}`
	if (!explain) {
		for (const h of held) if (h.type === code && (!h.validUntil || h.validUntil.slice(0, 10) >= onDate)) return { criterion, ok: true, detail: '' }
		return { criterion, ok: false, detail: '' }
	}
	const same = held.filter((h) => h.type === code)
	const valid = same.find((h) => !h.validUntil || h.validUntil.slice(0, 10) >= onDate)
	if (!same.length) return { criterion, ok: false, detail: `未持有 ${certName(code)}` }
	if (valid) {
		return { criterion, ok: true, detail: `持有 ${certName(code)}，${valid.validUntil ? `有效期至 ${valid.validUntil.slice(0, 10)}` : '长期有效'}` }
	}
	const latest = same.map((h) => h.validUntil!.slice(0, 10)).sort().at(-1)!
	return { criterion, ok: false, detail: `${certName(code)} 有效期至 ${latest}，早于 ${onDate}（需用日期）` }
}

const money = (v: number) => `${formatNumber(v)} 元`

/** `price.min ≤ budgetPerUnit` when both are given; a listing without a price is not judged on budget. */
export function checkBudget(priceMin: number | null | undefined, budgetPerUnit: number, explain = true): Reason {
	if (!explain) return { criterion: 'budget', ok: priceMin === null || priceMin === undefined || priceMin <= budgetPerUnit, detail: '' }
	if (priceMin === null || priceMin === undefined) return { criterion: 'budget', ok: true, detail: `未标价（面议），不按预算 ${money(budgetPerUnit)} 判断` }
	const ok = priceMin <= budgetPerUnit
	return { criterion: 'budget', ok, detail: `最低单价 ${money(priceMin)} ${ok ? '≤ ' : '超出'}预算 ${money(budgetPerUnit)}` }
}

/** `leadTimeDays ≤ days until neededBy` when both are given. */
export function checkLeadTime(leadTimeDays: number | null | undefined, neededBy: string, today: string, explain = true): Reason {
	const left = daysBetween(today, neededBy)
	if (!explain) return { criterion: 'lead_time', ok: leadTimeDays === null || leadTimeDays === undefined || leadTimeDays <= left, detail: '' }
	if (leadTimeDays === null || leadTimeDays === undefined) return { criterion: 'lead_time', ok: true, detail: `未注明交货期，不按需用日期 ${neededBy} 判断` }
	const ok = leadTimeDays <= left
	const when = left >= 0 ? `距需用日期 ${neededBy} 还有 ${left} 天` : `需用日期 ${neededBy} 已过`
	return { criterion: 'lead_time', ok, detail: `交货期 ${leadTimeDays} 天，${when}${ok ? '' : '，来不及交付'}` }
}
