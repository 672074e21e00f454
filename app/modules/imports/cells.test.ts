import { describe, expect, it } from 'vitest'
import {
	formatCertifications,
	formatConstraints,
	formatList,
	formatSpecs,
	parseCertifications,
	parseConstraints,
	parseList,
	parseSpecs,
} from './cells.ts'

describe('lists', () => {
	it('splits on ASCII and full-width semicolons and newlines', () => {
		expect(parseList('flood; waterlogging；ice_snow\nhousehold')).toEqual(['flood', 'waterlogging', 'ice_snow', 'household'])
	})
	it('round-trips items holding separators', () => {
		const xs = ['a;b', 'say "hi"', ' padded', '龙吸水']
		expect(parseList(formatList(xs))).toEqual(xs.map((x) => (x === ' padded' ? ' padded' : x)))
	})
})

describe('listing specs', () => {
	it('reads numbers with units as written and texts', () => {
		expect(parseSpecs('排水流量=3000m3/h; 扬程=22 m; 防爆等级=Ex ib I Mb; 重量：11.5公斤')).toEqual({
			specs: [
				{ name: '排水流量', value: 3000, unit: 'm3/h' },
				{ name: '扬程', value: 22, unit: 'm' },
				{ name: '防爆等级', value: 'Ex ib I Mb' },
				{ name: '重量', value: 11.5, unit: '公斤' },
			],
			bad: [],
		})
	})
	it('reports pieces without a value', () => {
		expect(parseSpecs('排水流量; 扬程=').bad).toEqual(['排水流量', '扬程='])
	})
	it('round-trips texts that look like numbers, texts with units and odd names', () => {
		const specs = [
			{ name: '型号代码', value: '4G' },
			{ name: '防护等级', value: 'IP67', unit: '级' },
			{ name: 'a=b', value: 1, unit: 'kg' },
			{ name: '备注', value: 'x; y "z"' },
			{ name: '温度', value: -20, unit: '℃' },
		]
		expect(parseSpecs(formatSpecs(specs))).toEqual({ specs, bad: [] })
	})
})

describe('constraints', () => {
	it('reads every operator', () => {
		const { constraints, bad } = parseConstraints(
			'排水流量>=3000m3/h; 扬程 between 15..30 m; 重量≤12kg; 防护等级="IP67"; 检测气体 in CH4|CO|O2; 防爆认证 has; 电压=220V',
		)
		expect(bad).toEqual([])
		expect(constraints).toEqual([
			{ name: '排水流量', op: '>=', value: 3000, unit: 'm3/h' },
			{ name: '扬程', op: 'between', value: 15, value2: 30, unit: 'm' },
			{ name: '重量', op: '<=', value: 12, unit: 'kg' },
			{ name: '防护等级', op: '=', value: 'IP67' },
			{ name: '检测气体', op: 'in', value: ['CH4', 'CO', 'O2'] },
			{ name: '防爆认证', op: 'has' },
			{ name: '电压', op: '=', value: 220, unit: 'V' },
		])
	})
	it('does not cut names that contain operator words', () => {
		expect(parseConstraints('Chain length>=5m').constraints).toEqual([{ name: 'Chain length', op: '>=', value: 5, unit: 'm' }])
	})
	it('reports what it cannot read', () => {
		expect(parseConstraints('扬程 between 15 and 30; >=3; 流量 has 3').bad).toEqual(['扬程 between 15 and 30', '>=3', '流量 has 3'])
	})
	it('round-trips', () => {
		const cs = [
			{ name: '排水流量', op: '>=' as const, value: 3000, unit: 'm3/h' },
			{ name: '扬程', op: 'between' as const, value: 15, value2: 30, unit: 'm' },
			{ name: '检测气体', op: 'in' as const, value: ['CH4', 'a|b'] },
			{ name: 'x has y', op: 'has' as const },
			{ name: '型号', op: '=' as const, value: '100' },
		]
		expect(parseConstraints(formatConstraints(cs))).toEqual({ constraints: cs, bad: [] })
	})
})

describe('certifications', () => {
	it('reads type, number and expiry', () => {
		expect(parseCertifications('MA|EX-MA-0001|2029-06-30; VEH|公告第1批; ISO9001; CCCF||2028-01-01').certifications).toEqual([
			{ type: 'MA', number: 'EX-MA-0001', validUntil: '2029-06-30' },
			{ type: 'VEH', number: '公告第1批' },
			{ type: 'ISO9001' },
			{ type: 'CCCF', validUntil: '2028-01-01' },
		])
	})
	it('round-trips numbers holding separators', () => {
		const cs = [{ type: 'CCCF', number: 'A|B;C', validUntil: '2028-01-01' }, { type: 'CE' }]
		expect(parseCertifications(formatCertifications(cs)).certifications).toEqual(cs)
	})
})
