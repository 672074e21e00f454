import { describe, expect, it } from 'vitest'
import { actorLabel, chinaTime, describeAction, describeChanges, fieldChanges, formatValue, splitAction } from './describe.ts'

describe('audit actions in words', () => {
	it('splits the channel from the verb', () => {
		expect(splitAction('web.create')).toEqual({ source: 'web', verb: 'create' })
		expect(splitAction('web.member.add')).toEqual({ source: 'web', verb: 'member_add' })
		expect(splitAction('reindex')).toEqual({ source: '', verb: 'reindex' })
	})

	it('names the action with its object and the channel, in Chinese and English', () => {
		expect(describeAction('zh-CN', 'web.create', 'demand_list')).toEqual({ action: '新建需求清单', source: '网页操作' })
		expect(describeAction('zh-CN', 'gap.create', 'demand_list')).toEqual({ action: '新建需求清单', source: '由缺口分析生成' })
		expect(describeAction('en', 'import.update', 'listing')).toEqual({ action: 'Listing changed', source: 'by data import' })
		expect(describeAction('zh-CN', 'web.award', 'response')).toEqual({ action: '响应中选', source: '网页操作' })
		expect(describeAction('zh-CN', 'web.adjust', 'response').action).toBe('修改中选数量')
		expect(describeAction('zh-CN', 'web.member.add', 'membership').action).toBe('添加成员')
		expect(describeAction('en', 'web.owner.transfer', 'membership').action).toBe('Ownership transferred')
		expect(describeAction('zh-CN', 'admin.reindex', 'search_index')).toEqual({ action: '重建搜索索引', source: '管理后台' })
	})

	it('falls back to the code for an action it has no words for', () => {
		expect(describeAction('zh-CN', 'web.frobnicate', 'widget')).toEqual({ action: 'web.frobnicate', source: '网页操作' })
		expect(describeAction('zh-CN', 'robot.create', 'listing')).toEqual({ action: '新建供给', source: 'robot' })
	})

	it('names operators in words and leaves an organization label as it is', () => {
		expect(actorLabel('zh-CN', 'seed')).toBe('演示数据')
		expect(actorLabel('en', 'cli')).toBe('Command line')
		expect(actorLabel('zh-CN', 'org:ORG-NC-001')).toBe('org:ORG-NC-001')
		expect(actorLabel('zh-CN', null)).toBeNull()
	})
})

describe('audit changes as a field table', () => {
	it('keeps only the fields that changed, and ignores old values the change did not set', () => {
		const before = { status: 'submitted', awardedQuantity: 0, deliveredQuantity: 0 }
		const after = { status: 'awarded', awardedQuantity: 20 }
		expect(fieldChanges(before, after).map((c) => c.field)).toEqual(['status', 'awardedQuantity'])
		expect(describeChanges('zh-CN', before, after)).toEqual([
			{ field: 'status', label: '状态', before: '已提交', after: '已中选' },
			{ field: 'awardedQuantity', label: '中选数量', before: '0', after: '20' },
		])
	})

	it('shows every field of a creation as new and of a removal as old', () => {
		expect(describeChanges('zh-CN', null, { email: 'a@example.com', role: 'member' })).toEqual([
			{ field: 'email', label: '邮箱', before: '—', after: 'a@example.com' },
			{ field: 'role', label: '角色', before: '—', after: '成员' },
		])
		expect(describeChanges('en', { term: '空呼', expansions: ['正压式空气呼吸器', '空气呼吸器'] }, null)).toEqual([
			{ field: 'term', label: 'Search term', before: '空呼', after: '—' },
			{ field: 'expansions', label: 'Synonyms', before: '正压式空气呼吸器, 空气呼吸器', after: '—' },
		])
	})

	it('leaves out an identifying field that stayed the same', () => {
		const changes = describeChanges('zh-CN', { code: '030301', nameZh: '排水', nameEn: 'Drainage' }, { code: '030301', nameZh: '排水抢险装备', nameEn: 'Drainage' })
		expect(changes).toEqual([{ field: 'nameZh', label: '中文名称', before: '排水', after: '排水抢险装备' }])
	})

	it('formats values in words: numbers grouped, times in China time, accounts by address, nothing as a dash', () => {
		expect(formatValue('zh-CN', 'unitPrice', 1234567)).toBe('1,234,567')
		expect(formatValue('zh-CN', 'verifiedAt', '2025-03-01T06:05:09.000Z')).toBe('2025-03-01 14:05:09')
		expect(formatValue('zh-CN', 'owner', 7, { 7: 'boss@example.com' })).toBe('boss@example.com')
		expect(formatValue('zh-CN', 'owner', 8, { 7: 'boss@example.com' })).toBe('8')
		expect(formatValue('zh-CN', 'note', null)).toBe('—')
		expect(formatValue('en', 'status', 'published')).toBe('published')
		expect(formatValue('zh-CN', 'status', 'something-new')).toBe('something-new')
		expect(formatValue('zh-CN', 'extra', { a: 1 })).toBe('{"a":1}')
		expect(chinaTime('not a time')).toBe('not a time')
		expect(formatValue('zh-CN', 'price', { min: 12000, max: 15000 })).toBe('12,000 – 15,000')
		expect(formatValue('zh-CN', 'specs', [{ name: '排水流量', value: 3000, unit: 'm³/h' }, { name: '扬程', value: 30, unit: 'm' }])).toBe('2 项')
		expect(formatValue('zh-CN', 'kind', 'rescue_team')).toBe('救援队伍')
		expect(formatValue('en', 'verified', true)).toBe('yes')
	})

	it('keeps user text as text (the page escapes it)', () => {
		expect(describeChanges('zh-CN', null, { note: '<script>alert(1)</script>' })[0]!.after).toBe('<script>alert(1)</script>')
	})

	it('has no rows when nothing was recorded, and one row for a bare value', () => {
		expect(describeChanges('zh-CN', null, null)).toEqual([])
		expect(describeChanges('zh-CN', null, 5)).toEqual([{ field: '', label: '值', before: '—', after: '5' }])
	})
})
