import { describe, expect, it } from 'vitest'
import { normaliseUnit, parseQuantity, toCanonical, unitInfo, withoutQuantities } from './units.ts'

describe('unitInfo', () => {
	it.each([
		['m3/h', 'flow', 1],
		['m³/h', 'flow', 1],
		['立方米/小时', 'flow', 1],
		['方/小时', 'flow', 1],
		['m3/min', 'flow', 60],
		['L/s', 'flow', 3.6],
		['l/s', 'flow', 3.6],
		['升/秒', 'flow', 3.6],
		['L/min', 'flow', 0.06],
		['g', 'mass', 0.001],
		['公斤', 'mass', 1],
		['KG', 'mass', 1],
		['吨', 'mass', 1000],
		['毫米', 'length', 0.001],
		['km', 'length', 1000],
		['分钟', 'time', 1 / 60],
		['d', 'time', 24],
		['W', 'power', 0.001],
		['KW', 'power', 1],
		['kW', 'power', 1],
		['千瓦', 'power', 1],
		['MW', 'power', 1000],
		['kPa', 'pressure', 0.001],
		['MPa', 'pressure', 1],
		['Mpa', 'pressure', 1],
		['兆帕', 'pressure', 1],
		['bar', 'pressure', 0.1],
		['mL', 'volume', 0.001],
		['L', 'volume', 1],
		['m3', 'volume', 1000],
		['km/h', 'speed', 1 / 3.6],
		['m/s', 'speed', 1],
		['kV', 'voltage', 1000],
		['VA', 'apparent_power', 0.001],
		['kVA', 'apparent_power', 1],
		['ｋＷ', 'power', 1],
		['m3 / h', 'flow', 1],
		['m3／h', 'flow', 1],
	])('%s is %s ×%d', (unit, dimension, factor) => {
		const info = unitInfo(unit)
		expect(info?.dimension).toBe(dimension)
		expect(info?.factor).toBeCloseTo(factor, 12)
	})

	it.each(['', '台', 'dB', 'lm', '%', 'mW', 'furlongs', '   '])('%j is not a known measure', (unit) => {
		expect(unitInfo(unit)).toBeNull()
	})
	it('null and undefined are not units', () => {
		expect(unitInfo(null)).toBeNull()
		expect(unitInfo(undefined)).toBeNull()
	})
})

describe('toCanonical', () => {
	it('reads tonnes of water per hour as cubic metres per hour', () => {
		expect(toCanonical(5, '吨/小时')).toEqual(toCanonical(5, 'm3/h'))
		expect(toCanonical(10, 't/h')).toEqual(toCanonical(10, 'm3/h'))
		// a tonne alone stays a mass
		expect(toCanonical(5, '吨')!.dimension).toBe('mass')
	})

	it('converts flow spellings to the same canonical value', () => {
		expect(toCanonical(250, 'L/s')).toEqual({ dimension: 'flow', value: 900 })
		expect(toCanonical(50, 'm3/min')).toEqual({ dimension: 'flow', value: 3000 })
		expect(toCanonical(3000, '立方米/小时')).toEqual({ dimension: 'flow', value: 3000 })
	})
	it('removes binary noise', () => {
		expect(toCanonical(0.3, 'kg')!.value).toBe(0.3)
		expect(toCanonical(100, 'g')!.value).toBe(0.1)
	})
	it('is null for unknown units', () => {
		expect(toCanonical(1, '台')).toBeNull()
	})
})

describe('parseQuantity', () => {
	it.each([
		['3000m3/h', 3000, 'm3/h'],
		['3,000 立方米/小时', 3000, '立方米/小时'],
		['６.８Ｌ', 6.8, 'L'],
		['-20℃', -20, '℃'],
		['22', 22, null],
		['.5 kg', 0.5, 'kg'],
		['1e3 W', 1000, 'W'],
	])('%s → %d %s', (text, value, unit) => {
		expect(parseQuantity(text)).toEqual({ value, unit })
	})
	it.each(['', 'Ex ib I Mb', 'IP67', 'abc 3'])('%j is not a quantity', (text) => {
		expect(parseQuantity(text)).toBeNull()
	})
})

describe('normaliseUnit', () => {
	it('folds full-width forms, superscripts and spaces', () => {
		expect(normaliseUnit(' ｍ³ ／ ｈ ')).toBe('m3/h')
	})
})

describe('withoutQuantities', () => {
	it('removes amounts with their units or counting words, not model codes', () => {
		expect(withoutQuantities('60马力舷外机').trim()).toBe('舷外机')
		expect(withoutQuantities('冲锋舟 6人').trim()).toBe('冲锋舟')
		expect(withoutQuantities('4h正压氧气呼吸器').trim()).toBe('正压氧气呼吸器')
		expect(withoutQuantities('2吨吊车').trim()).toBe('吊车')
		expect(withoutQuantities('HYZ4 呼吸器')).toBe('HYZ4 呼吸器')
	})
})
