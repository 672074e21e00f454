import { describe, expect, it } from 'vitest'
import { safeRedirect } from './safe-redirect.ts'

const SITE = 'https://yjzb.example.gov.cn'

/** How a browser reads a Location header value: tab, CR and LF dropped anywhere, `\` read as `/` (http URLs). */
function asBrowserReads(location: string): URL {
	return new URL(location.replace(/[\t\n\r]/g, '').replace(/\\/g, '/'), SITE)
}

function staysOnSite(location: string): boolean {
	try {
		return asBrowserReads(location).origin === SITE
	} catch {
		return false
	}
}

/** Its path decoded once, twice, three times (a proxy or a second hop may decode): still a plain path of this site. */
function staysOnSiteDecoded(location: string): boolean {
	let s = location.split(/[?#]/, 1)[0]!
	for (let i = 0; i < 3; i++) {
		try {
			s = decodeURIComponent(s)
		} catch {
			return true
		}
		if (!s.startsWith('/') || s.startsWith('//') || /[\u0000-\u001f\u007f-\u009f\\]/.test(s) || !staysOnSite(s)) return false
	}
	return true
}

describe('safeRedirect', () => {
	it('keeps paths of this site (in their normal form) and refuses everything else', () => {
		expect(safeRedirect('/my/listings')).toBe('/my/listings')
		expect(safeRedirect('/search?q=%E6%B3%B5&page=2#results')).toBe('/search?q=%E6%B3%B5&page=2#results')
		expect(safeRedirect('/搜索')).toBe('/%E6%90%9C%E7%B4%A2')
		expect(safeRedirect('/a/../b')).toBe('/b')
		// encoded characters in the query are the query's business
		expect(safeRedirect('/search?q=%5C%2F%2F%0A')).toBe('/search?q=%5C%2F%2F%0A')
		for (const bad of ['', 'my', '//evil.example', '/\t/evil.example', '/\\evil.example', '/%2F/evil.example', '/%5Cevil.example', '/%252F%252Fevil.example', 'https://evil.example', 'javascript:alert(1)', '/x%/y', null, undefined, 42, { toString: () => '/x' }])
			expect(safeRedirect(bad, '/fallback'), JSON.stringify(bad)).toBe('/fallback')
		expect(safeRedirect(`/${'a'.repeat(3000)}`, '/fallback')).toBe('/fallback')
	})

	it('never returns a target that leaves the site, however the input is built (seeded random inputs)', () => {
		// A small property test (fast-check is not a dependency): inputs are random sequences of the pieces open
		// redirects are made of, from a fixed seed so a failure is reproducible.
		const pieces = ['/', '/', '\\', '\t', '\n', '\r', ' ', '\u0000', '\u007f', '\u0085', '\u3000', '%', '%2F', '%2f', '%5C', '%5c', '%09', '%0A', '%25', '%252F', '%255C', '2F', '5C', 'evil.example', 'evil.example:443', '@', ':', '.', '..', '?', '#', '&', '=', 'http:', 'https:', 'javascript:', 'a', 'my', '泵', 'é']
		let seed = 0x9e3779b9
		const random = () => {
			seed = (seed + 0x6d2b79f5) | 0
			let t = seed
			t = Math.imul(t ^ (t >>> 15), t | 1)
			t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
			return ((t ^ (t >>> 14)) >>> 0) / 4294967296
		}
		let kept = 0
		for (let n = 0; n < 8_000; n++) {
			let input = random() < 0.8 ? '/' : ''
			const length = 1 + Math.floor(random() * 8)
			for (let i = 0; i < length; i++) input += pieces[Math.floor(random() * pieces.length)]
			const out = safeRedirect(input, '/fallback')
			if (out === '/fallback') continue
			kept++
			const why = JSON.stringify({ input, out })
			expect(out.startsWith('/') && !out.startsWith('//'), why).toBe(true)
			expect(/[\u0000-\u001f\u007f-\u009f\\]/.test(out), why).toBe(false)
			expect(staysOnSite(out), why).toBe(true)
			expect(staysOnSiteDecoded(out), why).toBe(true)
			// idempotent: checking the result again changes nothing
			expect(safeRedirect(out, '/fallback'), why).toBe(out)
		}
		// the generator does produce plenty of acceptable paths, so the properties above were really exercised
		expect(kept).toBeGreaterThan(500)
	})
})
