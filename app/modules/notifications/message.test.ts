import { describe, expect, it } from 'vitest'
import en from '#app/i18n/locales/en/alerts.ts'
import zh from '#app/i18n/locales/zh-CN/alerts.ts'
import { instantMail } from './mail-text.ts'
import { encodeMessage, parseMessage, renderNotificationText, renderNotificationTitle } from './message.ts'

const received = encodeMessage({ key: 'alerts.messages.responseReceived', params: { org: '甲装备公司', item: '空气呼吸器' } })

describe('renderNotificationTitle', () => {
	it('stores a key with params and renders it in Chinese and in English', () => {
		expect(JSON.parse(received)).toEqual({ key: 'alerts.messages.responseReceived', params: { org: '甲装备公司', item: '空气呼吸器' } })
		expect(renderNotificationTitle(received, 'zh-CN')).toBe('甲装备公司 响应了“空气呼吸器”')
		expect(renderNotificationTitle(received, 'en')).toBe('甲装备公司 responded to “空气呼吸器”')
	})

	it('shows legacy plain-text titles (rows written before messages) and other non-messages as they are', () => {
		expect(renderNotificationTitle('新需求与您的供给匹配：排水抢险车', 'en')).toBe('新需求与您的供给匹配：排水抢险车')
		expect(renderNotificationTitle('', 'zh-CN')).toBe('')
		expect(renderNotificationTitle('{"key": broken', 'en')).toBe('{"key": broken')
		expect(renderNotificationTitle('{"title":"x"}', 'en')).toBe('{"title":"x"}')
		// only keys of the alerts.messages namespace are looked up
		expect(renderNotificationTitle('{"key":"accounts.resetMailSubject","params":{}}', 'en')).toBe('{"key":"accounts.resetMailSubject","params":{}}')
		expect(parseMessage('{"key":"alerts.messages.x.y","params":{}}')).toBeNull()
	})

	it('renders missing or malformed params as an ellipsis, and an unknown key as a neutral line', () => {
		expect(renderNotificationTitle('{"key":"alerts.messages.responseReceived","params":{"org":"甲"}}', 'zh-CN')).toBe('甲 响应了“…”')
		expect(renderNotificationTitle('{"key":"alerts.messages.responseReceived"}', 'en')).toBe('… responded to “…”')
		expect(renderNotificationTitle('{"key":"alerts.messages.responseReceived","params":{"org":{"a":1},"item":[1]}}', 'en')).toBe('… responded to “…”')
		expect(renderNotificationTitle('{"key":"alerts.messages.savedSearch","params":{"name":"泵","count":3}}', 'en')).toBe('“泵” has 3 new results')
		expect(renderNotificationTitle('{"key":"alerts.messages.noSuchMessage","params":{}}', 'zh-CN')).toBe('新通知')
		expect(renderNotificationTitle('{"key":"alerts.messages.noSuchMessage","params":{}}', 'en')).toBe('New notification')
	})

	it('keeps hostile text in params as text: no markup is built, placeholders in params are not expanded again', () => {
		const hostile = encodeMessage({
			key: 'alerts.messages.responseReceived',
			params: { org: '<img src=x onerror=alert(1)>{{item}}', item: '"}]; $& $1 {{org}} \u2028</b>' },
		})
		expect(renderNotificationTitle(hostile, 'en')).toBe('<img src=x onerror=alert(1)>{{item}} responded to “"}]; $& $1 {{org}} \u2028</b>”')
		// a param named like an Object.prototype member is just a missing param
		expect(renderNotificationTitle('{"key":"alerts.messages.responseReceived","params":{"__proto__":{"org":"x"}}}', 'en')).toBe('… responded to “…”')
		// in mail it is flattened to one line (no forged lines)
		const mail = instantMail({ title: hostile, body: null, link: '/x' }, null, 'en')
		expect(mail.text.split('\n')[0]).toBe('<img src=x onerror=alert(1)>{{item}} responded to “"}]; $& $1 {{org}} </b>”')
	})

	it('joins list params in the reader’s language, at most three names', () => {
		const body = encodeMessage({ key: 'alerts.messages.matchingListingBody', params: { org: '泵业', listing: '泵', items: ['甲', '乙', '丙', '丁', '甲'] } })
		expect(renderNotificationText(body, 'zh-CN')).toBe('泵业发布的“泵”满足需求条目：甲、乙、丙 等 4 项')
		expect(renderNotificationText(body, 'en')).toBe('“泵” from 泵业 meets these demand items: 甲, 乙, 丙 and 1 more')
	})

	it('has every message in both languages with the same placeholders', () => {
		const names = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort()
		for (const group of ['messages', 'mail'] as const) {
			expect(Object.keys(en[group]).sort()).toEqual(Object.keys(zh[group]).sort())
			for (const [key, text] of Object.entries(zh[group])) {
				if (key === 'andMore') continue // English says how many more, Chinese how many in all
				expect(names((en[group] as Record<string, string>)[key]!), `${group}.${key}`).toEqual(names(text))
			}
		}
	})
})
