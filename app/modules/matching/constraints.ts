// One spec constraint of a demand item checked against a listing's stated specs, after unit conversion: ok, fail or
// unknown (the values cannot be compared), with a Chinese detail a buyer can read and the relative margin for scoring.
import { normaliseUnit as normaliseUnitUncached, parseQuantity, unitInfo as unitInfoUncached, type UnitInfo } from '../catalog/units.ts'
import { findSpec } from './spec-names.ts'

export type ConstraintOp = '>=' | '<=' | '=' | 'between' | 'in' | 'has'

/** A buyer's requirement, as in the interchange format. */
export type SpecConstraint = { name: string; op: ConstraintOp; value?: number | string | string[]; value2?: number; unit?: string | null }
/** A supplier's stated spec, as written. */
export type StatedSpec = { name: string; value: number | string; unit?: string | null }

export type Outcome = 'ok' | 'fail' | 'unknown'
export type ConstraintResult = {
	outcome: Outcome
	/** Chinese, e.g. "排水流量 3000 m3/h ≥ 要求 3000 m3/h"; for unknown it starts with 无法比较. */
	detail: string
	/** How far inside (> 0) or outside (< 0) the requirement the value is, relative to the threshold; null when not numeric. */
	margin: number | null
	/** The listing's spec that was compared (its name may be a synonym of the constraint's). */
	spec: StatedSpec | null
}

// The matcher compares the same few spellings many thousand times: memoise the normalisation (NFKC is not cheap).
const unitCache = new Map<string, UnitInfo | null>()
const normCache = new Map<string, string>()
function unitInfo(unit: string | null | undefined): UnitInfo | null {
	if (!unit) return null
	let info = unitCache.get(unit)
	if (info === undefined) {
		info = unitInfoUncached(unit)
		if (unitCache.size < 10_000) unitCache.set(unit, info)
	}
	return info
}
function normaliseUnit(unit: string): string {
	let n = normCache.get(unit)
	if (n === undefined) {
		n = normaliseUnitUncached(unit)
		if (normCache.size < 10_000) normCache.set(unit, n)
	}
	return n
}
/** Canonical value, without binary noise (as catalog/units.ts toCanonical). */
const canonical = (value: number, info: UnitInfo) => Number((value * info.factor).toPrecision(12))
/** Plain digits, up to 6 significant for fractions ("3000", "11.5"); toLocaleString is too slow here. */
export function formatNumber(value: number): string {
	return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(6)))
}

const SYMBOL: Record<string, string> = { '>=': '≥', '<=': '≤', '=': '=' }
const EPS = 1e-9

const withUnit = (v: number, unit: string | null | undefined) => `${formatNumber(v)}${unit ? ` ${unit}` : ''}`
const quote = (s: string) => `“${s}”`
/** Text values compare after NFKC, without spaces, case-insensitively ("IP 67" = "ip67"). */
export const normaliseText = (s: string) => s.normalize('NFKC').replace(/\s+/g, '').toLowerCase()

function requirementText(c: SpecConstraint): string {
	if (c.op === 'between') return `${formatNumber(c.value as number)}–${withUnit(c.value2 as number, c.unit)}`
	if (c.op === 'in') return `（${(c.value as string[]).join('、')}）`
	if (typeof c.value === 'number') return withUnit(c.value, c.unit)
	return quote(String(c.value ?? ''))
}

/** "≥ 3000 m3/h", "15–30 m", "为 IP65、IP67 之一" (after 要求). */
function requirementPhrase(c: SpecConstraint): string {
	if (c.op === 'between') return ` ${requirementText(c)}`
	if (c.op === 'in') return `为 ${(c.value as string[]).join('、')} 之一`
	if (c.op === '=' && typeof c.value !== 'number') return `为 ${quote(String(c.value ?? ''))}`
	return ` ${SYMBOL[c.op]} ${requirementText(c)}`
}

/** The spec's value as written, with the converted value in the constraint's unit when they differ ("250 L/s（= 900 m3/h）"). */
function statedText(spec: StatedSpec, value: number, unit: string | null, converted: number | null, cUnit: string | null | undefined): string {
	const base = withUnit(value, unit)
	if (converted === null || !cUnit || !unit || normaliseUnit(unit) === normaliseUnit(cUnit)) return base
	return `${base}（= ${withUnit(converted, cUnit)}）`
}

type Numeric = { a: number; b: number; b2?: number; shown: string } | { unknown: string }

/** Both sides as numbers in one unit, or why they cannot be compared. */
function numbers(c: SpecConstraint, spec: StatedSpec, explain: boolean): Numeric {
	let value: number
	let unit: string | null = spec.unit ?? null
	if (typeof spec.value === 'number') value = spec.value
	else {
		const parsed = parseQuantity(spec.value)
		if (!parsed) return { unknown: `无法比较：${spec.name} 的取值 ${quote(spec.value)} 不是数值` }
		value = parsed.value
		unit = unit ?? parsed.unit
	}
	const b = c.value as number
	const b2 = c.value2
	const cu = c.unit ?? null
	const ci = unitInfo(cu)
	const si = unitInfo(unit)
	if (ci && si) {
		if (ci.dimension !== si.dimension) return { unknown: `无法比较：单位 ${unit} 与 ${cu} 不是同一量纲` }
		const a = canonical(value, si)
		const conv = (x: number) => canonical(x, ci)
		return { a, b: conv(b), ...(b2 !== undefined ? { b2: conv(b2) } : {}), shown: explain ? statedText(spec, value, unit, Number((a / ci.factor).toPrecision(12)), cu) : '' }
	}
	// Units the table does not know (℃, 人, dB, %) still compare when both sides write the same one, or neither writes any.
	if (!ci && !si && normaliseUnit(cu ?? '').toLowerCase() === normaliseUnit(unit ?? '').toLowerCase()) {
		return { a: value, b, ...(b2 !== undefined ? { b2 } : {}), shown: explain ? withUnit(value, unit) : '' }
	}
	if (ci && !unit) return { unknown: `无法比较：${spec.name} 未注明单位（要求单位 ${cu}）` }
	if (si && !cu) return { unknown: `无法比较：要求未注明单位，${spec.name} 的单位是 ${unit}` }
	if (ci && unit) return { unknown: `无法比较：无法识别单位 ${quote(unit)}` }
	if (si && cu) return { unknown: `无法比较：无法识别单位 ${quote(cu)}` }
	return { unknown: `无法比较：单位 ${quote(unit ?? '')} 与 ${quote(cu ?? '')} 无法换算` }
}

/** Equal up to binary noise. */
function close(x: number, y: number): boolean {
	return Math.abs(x - y) <= EPS * Math.max(1, Math.abs(x), Math.abs(y))
}

/** Relative distance to a threshold: positive inside the requirement. */
function rel(diff: number, threshold: number): number {
	return diff / Math.max(Math.abs(threshold), EPS)
}

/**
 * Evaluates one constraint against the spec it is about (null: the listing does not state it). Without `explain` the
 * numeric comparisons leave their detail empty (pre-ranking many listings needs only the outcome and the margin).
 */
export function evaluateConstraint(c: SpecConstraint, spec: StatedSpec | null, explain = true): ConstraintResult {
	const numericOp = c.op === '>=' || c.op === '<=' || c.op === 'between' || (c.op === '=' && typeof c.value === 'number')
	if (!spec) {
		const detail = !explain ? '' : c.op === 'has' ? `未标明${c.name}` : `未标明${c.name}（要求${requirementPhrase(c)}）`
		return { outcome: 'fail', detail, margin: null, spec: null }
	}
	const label = spec.name === c.name ? c.name : `${c.name}（${spec.name}）`
	if (c.op === 'has') {
		return { outcome: 'ok', detail: `已标明${label}：${typeof spec.value === 'number' ? withUnit(spec.value, spec.unit) : spec.value}`, margin: null, spec }
	}
	if (c.op === 'in' || (c.op === '=' && !numericOp)) {
		const stated = typeof spec.value === 'number' ? `${formatNumber(spec.value)}${spec.unit ?? ''}` : spec.value
		const allowed = c.op === 'in' ? (c.value as string[]) : [String(c.value)]
		const ok = allowed.some((v) => normaliseText(v) === normaliseText(stated))
		const detail =
			c.op === 'in'
				? `${label} ${quote(stated)} ${ok ? '在' : '不在'}可选范围${requirementText(c)}内`
				: `${label} ${quote(stated)} ${ok ? '符合要求' : '与要求不符，要求'} ${requirementText(c)}`
		return { outcome: ok ? 'ok' : 'fail', detail, margin: null, spec }
	}
	const n = numbers(c, spec, explain)
	if ('unknown' in n) return { outcome: 'unknown', detail: n.unknown, margin: null, spec }
	const { a, b, shown } = n
	let ok: boolean
	let margin: number
	switch (c.op) {
		case '>=':
			ok = a >= b || close(a, b)
			margin = close(a, b) ? 0 : rel(a - b, b)
			break
		case '<=':
			ok = a <= b || close(a, b)
			margin = close(a, b) ? 0 : rel(b - a, b)
			break
		case 'between': {
			const hi = n.b2!
			ok = (a >= b || close(a, b)) && (a <= hi || close(a, hi))
			const half = (hi - b) / 2
			// Inside: distance to the nearer end over half the width (1 = the middle); outside: distance over the nearer end.
			margin = ok ? (half > EPS ? Math.min(a - b, hi - a) / half : 0) : a < b ? rel(a - b, b) : rel(hi - a, hi)
			if (ok) margin = Math.max(0, margin)
			break
		}
		default:
			ok = close(a, b)
			margin = ok ? 0 : -Math.abs(rel(a - b, b))
	}
	if (!explain) return { outcome: ok ? 'ok' : 'fail', detail: '', margin, spec }
	const detail =
		c.op === '>='
			? `${label} ${shown} ${ok ? '≥ 要求' : '低于要求'} ${requirementText(c)}`
			: c.op === '<='
				? `${label} ${shown} ${ok ? '≤ 要求' : '超过要求上限'} ${requirementText(c)}`
				: c.op === 'between'
					? `${label} ${shown} ${ok ? '在要求范围' : '不在要求范围'} ${requirementText(c)} 内`
					: `${label} ${shown} ${ok ? '=' : '≠'} 要求 ${requirementText(c)}`
	return { outcome: ok ? 'ok' : 'fail', detail, margin, spec }
}

/** Finds the constrained spec among the listing's (exact name, then synonyms for the categories) and evaluates it. */
export function checkConstraint(c: SpecConstraint, specs: readonly StatedSpec[], categories: (string | null | undefined)[], explain = true): ConstraintResult {
	const wanted = unitInfo(c.unit)?.dimension
	const found = findSpec(c.name, specs, categories, wanted ? (s) => unitInfo(s.unit)?.dimension === wanted : undefined)
	return evaluateConstraint(c, found?.spec ?? null, explain)
}
