import { describe, expect, it } from 'vitest'
import { quantitiesIn } from '../catalog/units.ts'
import { coreName, fieldHolds, nameForms, namesTheItem, namesTheListing, statesOtherQuantity } from './names.ts'

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

	it('tolerates words inserted between the parts of the name, not parts in another order or left out', () => {
		expect(names('防爆对讲机', '本安型防爆数字对讲机')).toBe(true)
		expect(names('防爆对讲机', '数字对讲机(防水)')).toBe(false)
		expect(names('防爆对讲机', '对讲机防爆外壳')).toBe(false)
		expect(names('避火防护服', '消防灭火防护服')).toBe(false)
	})

	it('tolerates a service word inside the title, never a missing head noun', () => {
		expect(names('正压式空气呼吸器', '正压式消防空气呼吸器')).toBe(true)
		expect(names('正压式空气呼吸器', '正压式空气面罩')).toBe(false)
	})

	it('reads each field on its own: words spread over several keywords are no name', () => {
		expect(fieldHolds('灭火服\u0000防护服', '避火防护服')).toBe(false)
		expect(names('避火防护服', '防护装备', '避火', '防护服')).toBe(false)
	})

	it('a synonym of a part of the name stands for that part: 防爆对讲机 is a 防爆手台, not any 手台', () => {
		const synonyms = new Map([['对讲机', ['手台', 'walkie-talkie']]])
		const forms = nameForms('防爆对讲机', synonyms)
		expect(forms).toContain('防爆手台')
		expect(forms).not.toContain('手台')
		expect(forms).not.toContain('防爆')
		expect(namesTheItem(forms, ['数字对讲机', '手台'])).toBe(false)
		expect(namesTheItem(forms, ['本安型防爆手台'])).toBe(true)
	})

	it('a keyword names the item only when the title does not name another thing', () => {
		const forms = nameForms('移动供气源', new Map())
		expect(namesTheListing(forms, { title: '推车式长管空气呼吸器', keywords: ['移动供气源', '长管呼吸器'] })).toBe(false)
		expect(namesTheListing(forms, { title: '双瓶移动气源', keywords: ['移动供气源'] })).toBe(true)
		expect(namesTheListing(forms, { title: 'YQ-LF2', keywords: ['移动供气源'] })).toBe(true)
		expect(namesTheListing(forms, { title: '移动供气源', keywords: [] })).toBe(true)
	})

	it('the title must name the item as its head: accessories and parts are other things', () => {
		const listing = (title: string, keywords: string[] = []) => ({ title, keywords })
		const is = (item: string, title: string, keywords: string[] = []) => namesTheListing(nameForms(item, new Map()), listing(title, keywords))
		expect(is('防爆对讲机', '防爆对讲机充电器')).toBe(false)
		expect(is('担架', '担架固定带')).toBe(false)
		expect(is('正压式空气呼吸器', '呼吸器检测仪(适用于正压式空气呼吸器)')).toBe(false)
		expect(is('防爆对讲机', '防爆对讲机', [])).toBe(true)
		// Notes in brackets, amounts, model codes and set words after the head do not change what it is.
		expect(is('正压式空气呼吸器', '正压式空气呼吸器(碳纤维气瓶)')).toBe(true)
		expect(is('冲锋舟', '玻璃钢冲锋舟 6人 XD-650')).toBe(true)
		expect(is('舷外机', '60马力舷外机')).toBe(true)
		expect(is('液压破拆工具', '液压破拆工具组')).toBe(true)
		// A keyword that names an accessory does not name the item either.
		expect(is('担架', '救援装备', ['担架固定带'])).toBe(false)
	})

	it('goes through the synonym dictionary', () => {
		const synonyms = new Map([['空呼', ['正压式空气呼吸器', '空气呼吸器']], ['龙吸水', ['排水抢险车']]])
		expect(namesTheItem(nameForms('空呼', synonyms), ['正压式消防空气呼吸器'])).toBe(true)
		expect(namesTheItem(nameForms('龙吸水', synonyms), ['大流量排水抢险车'])).toBe(true)
		expect(namesTheItem(nameForms('龙吸水', none), ['大流量排水抢险车'])).toBe(false)
	})
})

describe('a name that states an amount', () => {
	it('reads amounts in known units, not the digits of model codes', () => {
		expect(quantitiesIn('4h正压氧气呼吸器')).toEqual([{ dimension: 'time', value: 4 }])
		expect(quantitiesIn('2小时正压氧气呼吸器')).toEqual([{ dimension: 'time', value: 2 }])
		expect(quantitiesIn('冲锋舟 15人 6.8m')).toEqual([
			{ dimension: 'persons', value: 15 },
			{ dimension: 'length', value: 6.8 },
		])
		expect(quantitiesIn('HYZ4 RHZKF6.8/30')).toEqual([])
		expect(quantitiesIn('３０ｋｇ无人机')).toEqual([{ dimension: 'mass', value: 30 }])
		expect(quantitiesIn('6mmx 绳')).toEqual([])
	})

	it('a title with another amount of the same measure is another thing; the same amount in other units or none is not', () => {
		expect(statesOtherQuantity('4h正压氧气呼吸器', '2小时正压氧气呼吸器')).toBe(true)
		expect(statesOtherQuantity('4h正压氧气呼吸器', '4小时正压氧气呼吸器')).toBe(false)
		expect(statesOtherQuantity('4h正压氧气呼吸器', '正压氧气呼吸器(轻型)')).toBe(false)
		expect(statesOtherQuantity('4h正压氧气呼吸器', '4h正压氧气呼吸器 重 12kg')).toBe(false)
		expect(statesOtherQuantity('正压氧气呼吸器', '2小时正压氧气呼吸器')).toBe(false)
		expect(statesOtherQuantity('120分钟氧气呼吸器', '2h氧气呼吸器')).toBe(false)
	})
})
