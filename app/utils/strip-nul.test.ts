import { Readable } from 'node:stream'
import { text } from 'node:stream/consumers'
import { describe, expect, it } from 'vitest'
import { StripNulBytes, stripNulBytes } from './strip-nul.server.ts'

describe('stripping the NUL bytes React 18 leaves at 2 KB chunk ends', () => {
	it('drops every 0x00 and keeps multi-byte characters whole', () => {
		const zh = Buffer.from('通知：没有未读', 'utf8')
		const withNul = Buffer.concat([zh.subarray(0, 12), Buffer.from([0, 0]), zh.subarray(12), Buffer.from([0])])
		expect(stripNulBytes(withNul).toString('utf8')).toBe('通知：没有未读')
	})

	it('returns a chunk without NUL unchanged (the same buffer)', () => {
		const b = Buffer.from('<p>装备分类</p>', 'utf8')
		expect(stripNulBytes(b)).toBe(b)
	})

	it('streams: the output decodes without replacement characters', async () => {
		const parts = [Buffer.from('<a>编', 'utf8'), Buffer.from([0, 0]), Buffer.from('辑分类</a>', 'utf8')]
		const out = await text(Readable.from(parts).pipe(new StripNulBytes()))
		expect(out).toBe('<a>编辑分类</a>')
		expect(out).not.toContain('\uFFFD')
	})
})
