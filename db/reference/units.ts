// Units of measure: the spellings suppliers write (m3/h, 立方米/小时, 公斤, KW …) mapped to a dimension and a
// factor to that dimension's canonical unit, so specs and constraints compare as numbers.

export type Dimension =
	| 'flow'
	| 'mass'
	| 'length'
	| 'time'
	| 'power'
	| 'pressure'
	| 'volume'
	| 'speed'
	| 'voltage'
	| 'apparent_power'
	| 'current'
	| 'energy'
	| 'area'
	/** A count of people a thing carries or serves (载员 15 人): boats, tents, capsules. */
	| 'persons'

export type UnitInfo = { dimension: Dimension; factor: number; canonical: string }

/** Canonical unit of each dimension. */
export const CANONICAL_UNIT: Record<Dimension, string> = {
	flow: 'm3/h',
	mass: 'kg',
	length: 'm',
	time: 'h',
	power: 'kW',
	pressure: 'MPa',
	volume: 'L',
	speed: 'm/s',
	voltage: 'V',
	apparent_power: 'kVA',
	current: 'A',
	energy: 'kWh',
	area: 'm2',
	persons: '人',
}

// Spellings are matched after normalisation (see normaliseUnit): NFKC (full-width → ASCII, ³ → 3), no spaces,
// and ASCII letters lower-cased, except that case decides between milli (m) and mega (M) for W and Pa.
const TABLE: [Dimension, number, string[]][] = [
	['flow', 1, ['m3/h', '立方米/小时', '立方米/时', '方/小时', '方/h', '方/时', 'cmh', 'm3/hr']],
	// Pumps and water purifiers are rated in tonnes of water per hour as often as in m³/h (one tonne of water, one m³).
	['flow', 1, ['t/h', '吨/小时', '吨/时', '吨每小时']],
	['flow', 60, ['m3/min', '立方米/分钟', '方/分钟', '方/min']],
	['flow', 3.6, ['l/s', '升/秒', 'lps']],
	['flow', 0.06, ['l/min', '升/分钟', '升/分', 'lpm']],
	['flow', 3600, ['m3/s', '立方米/秒', '方/秒']],
	['mass', 0.001, ['g', '克']],
	['mass', 1, ['kg', '公斤', '千克']],
	['mass', 1000, ['t', '吨']],
	['length', 0.001, ['mm', '毫米']],
	['length', 0.01, ['cm', '厘米']],
	['length', 1, ['m', '米']],
	['length', 1000, ['km', '公里', '千米']],
	['time', 1 / 3600, ['s', '秒', 'sec']],
	['time', 1 / 60, ['min', '分钟', '分', 'mins']],
	['time', 1, ['h', '小时', 'hr', 'hrs', '时']],
	['time', 24, ['d', '天', '日', 'day', 'days']],
	['power', 0.001, ['w', '瓦', '瓦特']],
	['power', 1, ['kw', '千瓦']],
	['power', 1000, ['MW', '兆瓦']],
	['pressure', 0.000001, ['pa', '帕']],
	['pressure', 0.001, ['kpa', '千帕']],
	['pressure', 1, ['MPa', '兆帕']],
	['pressure', 0.1, ['bar', '巴']],
	['volume', 0.001, ['ml', '毫升']],
	['volume', 1, ['l', '升']],
	['volume', 1000, ['m3', '立方米', '方']],
	['speed', 1, ['m/s', '米/秒']],
	['speed', 1 / 3.6, ['km/h', '公里/小时', '千米/小时', 'kph']],
	['speed', 0.514444, ['kn', '节', 'kt', 'knot', 'knots']],
	['voltage', 1, ['v', '伏', '伏特']],
	['voltage', 1000, ['kv', '千伏']],
	['apparent_power', 0.001, ['va', '伏安']],
	['apparent_power', 1, ['kva', '千伏安']],
	['current', 1, ['a', '安', '安培']],
	['current', 0.001, ['ma', '毫安']],
	['energy', 1, ['kwh', '千瓦时', '度']],
	['energy', 0.001, ['wh', '瓦时']],
	['area', 1, ['m2', '平方米', '平米']],
	['persons', 1, ['人', '名']],
]

// Case matters for the SI prefixes m (milli) and M (mega) only: MW and MPa keep their case; everything else is
// looked up lower-cased. So "KW", "kw" and "kW" are all kilowatts, "MW" is megawatts, "mW" would be unknown.
const CASE_SENSITIVE = new Set(['MW', 'MPa'])
const LOOKUP = new Map<string, UnitInfo>()
for (const [dimension, factor, spellings] of TABLE) {
	for (const s of spellings) {
		LOOKUP.set(CASE_SENSITIVE.has(s) ? s : s.toLowerCase(), { dimension, factor, canonical: CANONICAL_UNIT[dimension] })
	}
}
for (const s of CASE_SENSITIVE) LOOKUP.set(s.toLowerCase() + '#', LOOKUP.get(s)!)

/** NFKC, superscripts to digits, Chinese slash and "每" to "/", no spaces. */
export function normaliseUnit(raw: string): string {
	return raw
		.normalize('NFKC')
		.replace(/[²]/g, '2')
		.replace(/[³]/g, '3')
		.replace(/[／]/g, '/')
		.replace(/每/g, '/')
		.replace(/\s+/g, '')
		.replace(/\^/g, '')
}

/** The dimension and factor to canonical for a unit spelling, or null when the unit is not a known measure. */
export function unitInfo(raw: string | null | undefined): UnitInfo | null {
	if (!raw) return null
	const n = normaliseUnit(raw)
	if (!n) return null
	if (CASE_SENSITIVE.has(n)) return LOOKUP.get(n)!
	const lower = n.toLowerCase()
	// "Mpa" and "mpa" are how suppliers write megapascal; "mw" is ambiguous and treated as megawatt only when written MW.
	if (lower === 'mpa') return LOOKUP.get('MPa')!
	if (lower === 'mw') return n === 'mW' ? null : LOOKUP.get('MW')!
	return LOOKUP.get(lower) ?? null
}

export type Canonical = { dimension: Dimension; value: number }

/** Converts a value in a unit to the canonical unit of its dimension; null for unknown units. */
export function toCanonical(value: number, unit: string | null | undefined): Canonical | null {
	const info = unitInfo(unit)
	if (!info) return null
	// Round away binary noise (0.1 × 3 = 0.30000000000000004) so equality comparisons behave.
	return { dimension: info.dimension, value: Number((value * info.factor).toPrecision(12)) }
}

export type ParsedQuantity = { value: number; unit: string | null }

/**
 * Splits a written quantity such as "3000m3/h", "3,000 立方米/小时", "６.８Ｌ", "-20℃" into number and unit.
 * Returns null when the text does not start with a number.
 */
export function parseQuantity(text: string): ParsedQuantity | null {
	const t = foldFullWidth(text).trim()
	const m = /^((?:[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[+-]?\.\d+)(?:[eE][+-]?\d+)?)\s*(.*)$/.exec(t)
	if (!m) return null
	const value = Number(m[1]!.replace(/,/g, ''))
	if (!Number.isFinite(value)) return null
	const unit = m[2]!.trim()
	return { value, unit: unit === '' ? null : unit }
}

/** Full-width ASCII forms (ＡＢＣ１２３．) to ASCII, leaving other characters (℃, ³) as written. */
export function foldFullWidth(text: string): string {
	return text.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ')
}

/** Formats a canonical value back in a readable unit (used in reasons and spec tables). */
export function formatNumber(value: number): string {
	if (Number.isInteger(value)) return value.toLocaleString('en-US').replace(/,/g, '')
	return String(Number(value.toPrecision(6)))
}

const LONGEST_SPELLING = Math.max(...TABLE.flatMap(([, , spellings]) => spellings.map((s) => s.length)))
/**
 * Words that count or size things after a number (救生艇 8人, 20套, 3台, 60马力, A级 4型): part of a size, not of what the
 * thing is. Query parsing treats them as modifiers; names drop them with their number.
 */
export const COUNTING_WORDS: readonly string[] = ['马力', '人', '个', '台', '套', '件', '辆', '把', '只', '艘', '顶', '副', '组', '级', '型', '座', '位', '节', '寸']

type QuantitySpan = { start: number; end: number; canonical: Canonical | null }

/** Numbers in a text with the unit or counting word that follows them (the longest known spelling), in NFKC/ASCII form. */
function quantitySpans(t: string): QuantitySpan[] {
	const out: QuantitySpan[] = []
	for (const m of t.matchAll(/(?<![\p{Script=Latin}\d.])(\d+(?:\.\d+)?)\s*/gu)) {
		const from = m.index! + m[0].length
		const after = t.slice(from, from + LONGEST_SPELLING)
		let span: QuantitySpan = { start: m.index!, end: m.index! + m[1]!.length, canonical: null }
		for (let n = after.length; n >= 1; n--) {
			const spelling = after.slice(0, n)
			// A Latin unit must end where the word does (6mm, not the 6m of 6mmx).
			if (/[a-z]$/i.test(spelling) && /^[a-z]/i.test(after.slice(n))) continue
			const c = toCanonical(Number(m[1]), spelling)
			if (c || COUNTING_WORDS.includes(spelling)) {
				span = { start: m.index!, end: from + n, canonical: c }
				break
			}
		}
		out.push(span)
	}
	return out
}

/**
 * The quantities a name or title states in known units (4h正压氧气呼吸器 → 4 h; 冲锋舟 15人 → 15 persons), in canonical
 * values. A number glued to Latin letters or digits before it (HYZ4, RHZKF6.8/30) is part of a model code, not a quantity;
 * the unit is the longest known spelling that follows the number (2小时 is hours, not 2 of something called 小).
 */
export function quantitiesIn(text: string): Canonical[] {
	return quantitySpans(foldFullWidth(text.normalize('NFKC')))
		.map((q) => q.canonical)
		.filter((c): c is Canonical => c !== null)
}

/** The text with its amounts (number and unit or counting word: 60马力, 4h, 6人, 20套) replaced by spaces. */
export function withoutQuantities(text: string): string {
	const t = foldFullWidth(text.normalize('NFKC'))
	let out = ''
	let at = 0
	for (const q of quantitySpans(t)) {
		out += t.slice(at, q.start) + ' '
		at = q.end
	}
	return out + t.slice(at)
}
