import { describe, expect, it } from 'vitest'
import { checkConstraint, evaluateConstraint, type SpecConstraint, type StatedSpec } from './constraints.ts'
import { equivalentNames, findSpec } from './spec-names.ts'

const spec = (value: number | string, unit?: string, name = 'x'): StatedSpec => ({ name, value, ...(unit ? { unit } : {}) })
const c = (op: SpecConstraint['op'], value?: SpecConstraint['value'], unit?: string, value2?: number, name = 'x'): SpecConstraint => ({
	name,
	op,
	...(value !== undefined ? { value } : {}),
	...(value2 !== undefined ? { value2 } : {}),
	...(unit ? { unit } : {}),
})
const outcome = (con: SpecConstraint, s: StatedSpec | null) => evaluateConstraint(con, s).outcome

describe('unit conversion in comparisons: every dimension of interchange.md §2', () => {
	// [dimension, requirement value+unit, spec exactly equal in another unit, slightly less, slightly more]
	it.each([
		['flow m3/h ↔ L/s', 900, 'm3/h', 250, 'L/s'],
		['flow m3/h ↔ m3/min', 3000, 'm3/h', 50, 'm3/min'],
		['flow L/min ↔ m3/h', 600, 'L/min', 36, 'm3/h'],
		['mass kg ↔ t', 1500, 'kg', 1.5, 't'],
		['mass g ↔ kg', 11500, 'g', 11.5, 'kg'],
		['length mm ↔ m', 1500, 'mm', 1.5, 'm'],
		['length cm ↔ km', 250000, 'cm', 2.5, 'km'],
		['time min ↔ h', 240, 'min', 4, 'h'],
		['time s ↔ min', 90, 's', 1.5, 'min'],
		['time d ↔ h', 2, 'd', 48, 'h'],
		['power W ↔ kW', 1500, 'W', 1.5, 'kW'],
		['power MW ↔ kW', 2, 'MW', 2000, 'kW'],
		['pressure MPa ↔ bar', 30, 'MPa', 300, 'bar'],
		['pressure kPa ↔ MPa', 700, 'kPa', 0.7, 'MPa'],
		['volume L ↔ mL', 6.8, 'L', 6800, 'mL'],
		['volume m3 ↔ L', 2, 'm3', 2000, 'L'],
		['speed km/h ↔ m/s', 36, 'km/h', 10, 'm/s'],
		['voltage kV ↔ V', 10, 'kV', 10000, 'V'],
		['apparent power kVA ↔ VA', 3, 'kVA', 3000, 'VA'],
	])('%s: equal after conversion is at the threshold', (_label, reqValue, reqUnit, specValue, specUnit) => {
		expect(outcome(c('>=', reqValue, reqUnit), spec(specValue, specUnit))).toBe('ok')
		expect(outcome(c('<=', reqValue, reqUnit), spec(specValue, specUnit))).toBe('ok')
		expect(outcome(c('=', reqValue, reqUnit), spec(specValue, specUnit))).toBe('ok')
		expect(outcome(c('>=', reqValue, reqUnit), spec(specValue * 0.999, specUnit))).toBe('fail')
		expect(outcome(c('<=', reqValue, reqUnit), spec(specValue * 1.001, specUnit))).toBe('fail')
	})

	it('shows the converted value in the constraint unit', () => {
		const r = evaluateConstraint(c('>=', 3000, 'm3/h', undefined, '排水流量'), spec(250, 'L/s', '排水流量'))
		expect(r.outcome).toBe('fail')
		expect(r.detail).toBe('排水流量 250 L/s（= 900 m3/h） 低于要求 3000 m3/h')
	})
})

describe('operators at, just below and just above their thresholds', () => {
	it('>= : at is ok, just below fails, just above is ok', () => {
		const r = evaluateConstraint(c('>=', 3000, 'm3/h', undefined, '排水流量'), spec(3000, 'm3/h', '排水流量'))
		expect(r).toMatchObject({ outcome: 'ok', margin: 0, detail: '排水流量 3000 m3/h ≥ 要求 3000 m3/h' })
		expect(outcome(c('>=', 3000, 'm3/h'), spec(2999.99, 'm3/h'))).toBe('fail')
		expect(outcome(c('>=', 3000, 'm3/h'), spec(3000.01, 'm3/h'))).toBe('ok')
	})
	it('<= : at is ok, just above fails, just below is ok', () => {
		expect(outcome(c('<=', 12, 'kg'), spec(12, 'kg'))).toBe('ok')
		expect(outcome(c('<=', 12, 'kg'), spec(12.01, 'kg'))).toBe('fail')
		expect(outcome(c('<=', 12, 'kg'), spec(11.99, 'kg'))).toBe('ok')
		expect(evaluateConstraint(c('<=', 12, 'kg', undefined, '整机重量'), spec(13, 'kg', '整机重量')).detail).toBe('整机重量 13 kg 超过要求上限 12 kg')
	})
	it('= : exactly equal (after conversion) only', () => {
		expect(outcome(c('=', 30, 'MPa'), spec(30, 'MPa'))).toBe('ok')
		expect(outcome(c('=', 30, 'MPa'), spec(29.99, 'MPa'))).toBe('fail')
		expect(outcome(c('=', 30, 'MPa'), spec(30.01, 'MPa'))).toBe('fail')
	})
	it('between is inclusive at both ends', () => {
		const between = c('between', 15, 'm', 30, '扬程')
		expect(outcome(between, spec(15, 'm'))).toBe('ok')
		expect(outcome(between, spec(30, 'm'))).toBe('ok')
		expect(outcome(between, spec(14.99, 'm'))).toBe('fail')
		expect(outcome(between, spec(30.01, 'm'))).toBe('fail')
		expect(outcome(between, spec(1500, 'cm'))).toBe('ok')
		const mid = evaluateConstraint(between, spec(22, 'm', '扬程'))
		expect(mid.detail).toBe('扬程 22 m 在要求范围 15–30 m 内')
		expect(mid.margin).toBeCloseTo(7 / 7.5, 10)
		expect(evaluateConstraint(between, spec(31, 'm', '扬程')).detail).toBe('扬程 31 m 不在要求范围 15–30 m 内')
	})
	it('margins are relative to the threshold: positive inside, negative outside', () => {
		expect(evaluateConstraint(c('>=', 100, 'kW'), spec(150, 'kW')).margin).toBeCloseTo(0.5)
		expect(evaluateConstraint(c('>=', 100, 'kW'), spec(80, 'kW')).margin).toBeCloseTo(-0.2)
		expect(evaluateConstraint(c('<=', 10, 'kg'), spec(8, 'kg')).margin).toBeCloseTo(0.2)
	})
	it('in: the stated text must be one of the allowed values (spacing and case do not matter)', () => {
		const inc = c('in', ['IP65', 'IP67'], undefined, undefined, '防护等级')
		expect(evaluateConstraint(inc, spec('ip 67', undefined, '防护等级'))).toMatchObject({ outcome: 'ok', detail: '防护等级 “ip 67” 在可选范围（IP65、IP67）内' })
		expect(outcome(inc, spec('IP54'))).toBe('fail')
		expect(evaluateConstraint(inc, null)).toMatchObject({ outcome: 'fail', detail: '未标明防护等级（要求为 IP65、IP67 之一）' })
	})
	it('= on text compares normalised text', () => {
		expect(outcome(c('=', 'Ex ib I Mb'), spec('EX IB I MB'))).toBe('ok')
		expect(outcome(c('=', 'Ex ib I Mb'), spec('Ex d IIB T4'))).toBe('fail')
	})
	it('has: the listing must state the spec, whatever its value', () => {
		expect(evaluateConstraint(c('has', undefined, undefined, undefined, '检测气体'), spec('CH4/O2/CO/H2S', undefined, '检测气体'))).toMatchObject({
			outcome: 'ok',
			detail: '已标明检测气体：CH4/O2/CO/H2S',
		})
		expect(evaluateConstraint(c('has', undefined, undefined, undefined, '检测气体'), null)).toMatchObject({ outcome: 'fail', detail: '未标明检测气体' })
	})
	it('a missing spec fails numeric constraints', () => {
		expect(evaluateConstraint(c('>=', 20, 'm', undefined, '扬程'), null)).toMatchObject({ outcome: 'fail', detail: '未标明扬程（要求 ≥ 20 m）', margin: null })
		expect(outcome(c('between', 15, 'm', 30), null)).toBe('fail')
	})
})

describe('values that cannot be compared are unknown, never a crash', () => {
	it('incompatible dimensions: a flow constraint against a mass spec', () => {
		const r = evaluateConstraint(c('>=', 3000, 'm3/h', undefined, '流量'), spec(50, 'kg', '流量'))
		expect(r).toMatchObject({ outcome: 'unknown', margin: null })
		expect(r.detail).toBe('无法比较：单位 kg 与 m3/h 不是同一量纲')
	})
	it('unknown units', () => {
		expect(evaluateConstraint(c('>=', 10, 'kg'), spec(10, '台'))).toMatchObject({ outcome: 'unknown', detail: '无法比较：无法识别单位 “台”' })
		expect(evaluateConstraint(c('>=', 10, 'furlongs'), spec(10, 'kg'))).toMatchObject({ outcome: 'unknown', detail: '无法比较：无法识别单位 “furlongs”' })
		expect(evaluateConstraint(c('>=', 10, 'kg'), spec(10))).toMatchObject({ outcome: 'unknown' })
		expect(evaluateConstraint(c('>=', 10), spec(10, 'kg')).detail).toMatch(/^无法比较/)
		expect(evaluateConstraint(c('>=', 10, 'dB'), spec(10, 'lm')).detail).toBe('无法比较：单位 “lm” 与 “dB” 无法换算')
	})
	it('the same unknown unit on both sides (℃, 人) or none at all still compares', () => {
		expect(outcome(c('>=', 260, '℃'), spec(280, '℃'))).toBe('ok')
		expect(outcome(c('>=', 10, '人'), spec(8, '人'))).toBe('fail')
		expect(outcome(c('>=', 35), spec(40))).toBe('ok')
	})
	it('non-numeric values for numeric operators', () => {
		const r = evaluateConstraint(c('>=', 3000, 'm3/h', undefined, '排水流量'), spec('大流量', undefined, '排水流量'))
		expect(r).toMatchObject({ outcome: 'unknown', detail: '无法比较：排水流量 的取值 “大流量” 不是数值' })
	})
	it('a number written as text with its unit is parsed ("3,000 立方米/小时")', () => {
		expect(outcome(c('>=', 3000, 'm3/h'), spec('3,000 立方米/小时'))).toBe('ok')
	})
})

describe('spec-name synonyms', () => {
	it('exact names always match; 流量 stands for 排水流量 only for pumps', () => {
		const pumpSpecs = [spec(3200, 'm3/h', '流量')]
		expect(checkConstraint(c('>=', 3000, 'm3/h', undefined, '排水流量'), pumpSpecs, ['030301']).outcome).toBe('ok')
		expect(checkConstraint(c('>=', 3000, 'm3/h', undefined, '排水流量'), pumpSpecs, ['010201']).outcome).toBe('fail')
		expect(checkConstraint(c('>=', 3000, 'm3/h', undefined, '排水流量'), pumpSpecs, ['030301']).detail).toBe('排水流量（流量） 3200 m3/h ≥ 要求 3000 m3/h')
	})
	it('weights and powers under several names, anywhere', () => {
		expect(checkConstraint(c('<=', 12, 'kg', undefined, '重量'), [spec(11.5, 'kg', '整机重量')], ['020101']).outcome).toBe('ok')
		expect(checkConstraint(c('>=', 5, 'kW', undefined, '功率'), [spec(6, 'kW', '额定功率')], [null]).outcome).toBe('ok')
		expect(equivalentNames('续航', ['030306'])).toContain('续航时间')
	})
	it('the exact name wins over a synonym; among synonyms the one with the right dimension', () => {
		const specs = [spec(2, 't', '质量'), spec(40, 'kg', '整机重量')]
		expect(findSpec('整机重量', specs, [null])!.spec.value).toBe(40)
		const specs2 = [spec('铝合金', undefined, '重量'), spec(40, 'kg', '质量')]
		expect(checkConstraint(c('<=', 50, 'kg', undefined, '整机重量'), specs2, [null]).outcome).toBe('ok')
	})
})
