// Units on specs. A configuration standard's requirement: a unit must be one the matcher can convert (or a plain
// count or reading unit such as 人, ℃, dB), and it must measure what the spec's name says (a flow in m3/h, not kg).
// A supplier's stated spec (listing editor): the same dimension rule, and a unit only after a value with a number.
import { CANONICAL_UNIT, normaliseUnit, unitInfo, type Dimension } from './units.ts'

/** Units that are not converted but are meaningful as written: counts, grades, temperatures, ratios, readings. */
const PLAIN_UNITS = new Set(
	[
		'人', '个', '台', '套', '只', '件', '辆', '艘', '架', '把', '组', '根', '条', '块', '盏', '部', '副', '双', '顶', '具', '支', '瓶', '箱',
		'次', '级', '层', '路', '年', '月', '周', '℃', '°C', '%', '%LEL', 'dB', 'dB(A)', 'lm', 'lx', 'ppm', 'mAh', 'Ah', 'rpm', 'r/min',
		'Hz', 'kHz', 'MHz', 'GHz', 'N', 'kN', 'cal/cm2', 'kJ/m2', 'W/m2', 'IP',
	].map((u) => normaliseUnit(u).toLowerCase()),
)

// Which dimension a spec name asks for, by the words it contains; the first rule that matches wins, so the more
// specific words come first (视在功率 before 功率, 流速 before 流量). Names matching no rule are not checked.
const NAME_RULES: [RegExp, Dimension][] = [
	[/视在功率/, 'apparent_power'],
	[/速度|航速|风速|车速|流速/, 'speed'],
	[/流量|排水量|出水量/, 'flow'],
	[/电压/, 'voltage'],
	[/电流/, 'current'],
	[/功率/, 'power'],
	[/压力|压强/, 'pressure'],
	[/容积|体积/, 'volume'],
	[/面积/, 'area'],
	[/载员|乘员|人数|定员|载客/, 'persons'],
	[/重量|自重|净重|载重|载荷|承重/, 'mass'],
	[/时间|续航|时长/, 'time'],
	[/扬程|吸程|长度|全长|总长|射程|距离|半径|高度|宽度|深度|直径|厚度/, 'length'],
]

/** The dimension a spec's name implies, or null when the name says nothing about it. */
export function expectedDimension(name: string): Dimension | null {
	const n = name.normalize('NFKC')
	for (const [re, dimension] of NAME_RULES) if (re.test(n)) return dimension
	return null
}

/** A few spellings of a dimension's units, canonical first, for error messages. */
export const UNIT_EXAMPLES: Record<Dimension, string[]> = {
	flow: ['m3/h', 'm3/min', 'L/s', 'L/min'],
	mass: ['kg', 'g', 't'],
	length: ['m', 'mm', 'cm', 'km'],
	time: ['h', 'min', 's', 'd'],
	power: ['kW', 'W', 'MW'],
	pressure: ['MPa', 'kPa', 'bar'],
	volume: ['L', 'mL', 'm3'],
	speed: ['m/s', 'km/h', 'kn'],
	voltage: ['V', 'kV'],
	apparent_power: ['kVA', 'VA'],
	current: ['A', 'mA'],
	energy: ['kWh', 'Wh'],
	area: ['m2'],
	persons: ['人', '名'],
}

export type UnitProblem =
	| { code: 'unit.unknown'; value: string }
	| { code: 'unit.wrongDimension'; value: string; name: string; examples: string }

/** The problem with a requirement's unit, or null when it is fine (or the operator takes no unit). */
export function unitProblem(c: { name: string; op: string; unit?: string }): UnitProblem | null {
	if (c.unit === undefined || c.op === 'in' || c.op === 'has') return null
	const info = unitInfo(c.unit)
	if (!info) return PLAIN_UNITS.has(normaliseUnit(c.unit).toLowerCase()) ? null : { code: 'unit.unknown', value: c.unit }
	const expected = expectedDimension(c.name)
	if (expected === null || expected === info.dimension) return null
	return { code: 'unit.wrongDimension', value: c.unit, name: c.name, examples: [CANONICAL_UNIT[expected], ...UNIT_EXAMPLES[expected].filter((u) => u !== CANONICAL_UNIT[expected])].join(' / ') }
}

export type StatedSpecProblem =
	| { code: 'spec.numberWithUnit'; value: string; unit: string }
	| { code: 'spec.wrongDimension'; value: string; name: string; examples: string }

/**
 * The problem with a supplier's stated spec (listing editor): a unit after a value that is no number at all
 * (`abc 斤/秒`), or a unit that does not measure what the name says (`排水流量 500 kg`). Units the matcher does not
 * know are not refused here: the editor says they are compared as written.
 */
export function statedSpecProblem(s: { name?: string; value?: string | number; unit?: string }): StatedSpecProblem | null {
	if (s.unit === undefined || s.value === undefined) return null
	if (typeof s.value === 'string' && !/\d/.test(s.value.normalize('NFKC'))) return { code: 'spec.numberWithUnit', value: s.value, unit: s.unit }
	if (s.name === undefined) return null
	const p = unitProblem({ name: s.name, op: '>=', unit: s.unit })
	return p?.code === 'unit.wrongDimension' ? { ...p, code: 'spec.wrongDimension' } : null
}
