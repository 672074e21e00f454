import { describe, expect, it } from 'vitest'
import { textRelevance } from './text.ts'

describe('textRelevance', () => {
	it('is 1 when the name occurs in the title, partial for shared words, 0 for none', () => {
		expect(textRelevance('排水抢险车', ['大流量排水抢险车'])).toBe(1)
		expect(textRelevance('排水抢险车', ['移动式排水泵站'])).toBe(0.25)
		expect(textRelevance('排水抢险车', ['正压氧气呼吸器'])).toBe(0)
	})
	it('reads the model and keywords too, ignoring case, width and punctuation', () => {
		expect(textRelevance('龙吸水', ['大流量排水抢险车', 'EX-PS3000', '龙吸水'])).toBe(1)
		expect(textRelevance('ＥＸ－ＰＳ', ['ex ps3000'])).toBe(1)
		expect(textRelevance('', ['x'])).toBe(0)
	})
})
