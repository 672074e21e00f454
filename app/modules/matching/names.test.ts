import { describe, expect, it } from 'vitest'
import { coreName, fieldHolds, nameForms, namesTheItem } from './names.ts'

describe('coreName', () => {
	it.each([
		['消防腰斧', '腰斧'],
		['消防员腰斧', '腰斧'],
		['应急救援照明车', '照明车'],
		['正压式空气呼吸器（6.8L）', '正压式空气呼吸器'],
		['排水抢险车 3000m3/h', '排水抢险车'],
		['移动供气源', '移动供气源'],
		['消防车', '消防车'],
		['drone', 'drone'],
	])('%s → %s', (name, core) => {
		expect(coreName(name)).toBe(core)
	})
})

describe('a listing names the item', () => {
	const none = new Map<string, string[]>()
	const names = (item: string, ...fields: string[]) => namesTheItem(nameForms(item, none), fields)

	it('the three gap items of the issue: the thing itself, not its category neighbours', () => {
		expect(names('消防腰斧', '消防员腰斧', 'FY-1', '破拆')).toBe(true)
		expect(names('消防腰斧', '液压破拆工具组', '剪扩', '破拆')).toBe(false)
		expect(names('消防腰斧', '双级液压顶杆', '破拆', '顶杆')).toBe(false)
		expect(names('移动供气源', '移动供气源', '长时间作业')).toBe(true)
		expect(names('移动供气源', '推车式长管空气呼吸器', '长管', '供气')).toBe(false)
		expect(names('避火防护服', '消防员避火防护服')).toBe(true)
		expect(names('避火防护服', '消防灭火防护服(四层结构)', '灭火服', '防护服', '战斗服')).toBe(false)
	})

	it('tolerates a service word inside the title, never a missing head noun', () => {
		expect(names('正压式空气呼吸器', '正压式消防空气呼吸器')).toBe(true)
		expect(names('正压式空气呼吸器', '正压式空气面罩')).toBe(false)
	})

	it('reads each field on its own: words spread over several keywords are no name', () => {
		expect(fieldHolds('灭火服\u0000防护服', '避火防护服')).toBe(false)
		expect(names('避火防护服', '防护装备', '避火', '防护服')).toBe(false)
	})

	it('goes through the synonym dictionary', () => {
		const synonyms = new Map([['空呼', ['正压式空气呼吸器', '空气呼吸器']], ['龙吸水', ['排水抢险车']]])
		expect(namesTheItem(nameForms('空呼', synonyms), ['正压式消防空气呼吸器'])).toBe(true)
		expect(namesTheItem(nameForms('龙吸水', synonyms), ['大流量排水抢险车'])).toBe(true)
		expect(namesTheItem(nameForms('龙吸水', none), ['大流量排水抢险车'])).toBe(false)
	})
})
