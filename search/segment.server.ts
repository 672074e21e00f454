// Chinese word segmentation for the search index and queries: jieba with a user dictionary of field words it would
// otherwise split, then the tokens exactly as FTS5's unicode61 tokenizer will see them (letters and digits, lower-case).
import { Jieba } from '@node-rs/jieba'
import { dict } from '@node-rs/jieba/dict.js'

/** Field words jieba's general dictionary splits (正压式 → 正压 + 式) or does not know. */
export const USER_WORDS = [
	'正压式',
	'空气呼吸器',
	'氧气呼吸器',
	'呼吸器',
	'本安型',
	'隔爆型',
	'破拆',
	'防化服',
	'防化',
	'排水抢险车',
	'抢险车',
	'龙吸水',
	'排涝车',
	'抽水车',
	'空呼',
	'氧呼',
	'防毒面具',
	'无人机',
	'系留',
	'生命探测仪',
	'测温仪',
	'救生艇',
	'冲锋舟',
	'橡皮艇',
	'救生衣',
	'除颤器',
	'电源车',
	'发电机组',
	'气体检测仪',
	'防护服',
	'灭火器',
	'消防车',
	'热成像',
	'烟感',
	'四合一',
]

let jieba: Jieba | null = null
function instance(): Jieba {
	if (!jieba) {
		const j = Jieba.withDict(dict)
		j.loadDict(new TextEncoder().encode(USER_WORDS.map((w) => `${w} 200000 n`).join('\n') + '\n'))
		jieba = j
	}
	return jieba
}

/** NFKC (full-width → ASCII), lower case, control and unpaired-surrogate characters → spaces. */
export function normalise(text: string): string {
	return text
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}]/gu, ' ')
}

const WORD = /[\p{L}\p{N}]+/gu

/** jieba tokens split further at everything unicode61 treats as a separator, so one token is one FTS5 term. */
function terms(words: string[]): string[] {
	const out: string[] = []
	for (const w of words) for (const m of w.matchAll(WORD)) out.push(m[0])
	return out
}

/** Search-mode tokens (words and their dictionary sub-words): what the index stores and what a query word is checked against. */
export function segmentForSearch(text: string): string[] {
	const t = normalise(text)
	return t.trim() ? terms(instance().cutForSearch(t, true)) : []
}

/** Precise-mode words: how a query is split into words the document must contain. */
export function segmentWords(text: string): string[] {
	const t = normalise(text)
	return t.trim() ? terms(instance().cut(t, true)) : []
}

/** The text stored in an FTS5 column: search-mode tokens separated by spaces. */
export function indexText(...parts: (string | null | undefined)[]): string {
	return segmentForSearch(parts.filter(Boolean).join(' ')).join(' ')
}
