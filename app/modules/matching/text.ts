// Text relevance of a listing to a demand item's name, computed by the matcher itself: the share of the name's
// character bigrams found in the listing's title and model, or (worth less) its keywords (Chinese names have no spaces
// to split on).

/** NFKC, lower case, letters and digits only (CJK kept). Remembered: the same titles and keywords are read for many items. */
export function normaliseForText(s: string): string {
	let out = normalised.get(s)
	if (out === undefined) {
		out = s.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')
		if (normalised.size >= 50_000) normalised.clear()
		normalised.set(s, out)
	}
	return out
}
const normalised = new Map<string, string>()

/** The character bigrams of a normalised text (the text itself when it is one character). */
export function bigramSet(s: string): Set<string> {
	const out = new Set<string>()
	if (s.length === 1) out.add(s)
	for (let i = 0; i + 1 < s.length; i++) out.add(s.slice(i, i + 2))
	return out
}

const nameGrams = new Map<string, Set<string>>()

/** In [0, 1]: 1 when the whole name occurs in the listing's text, 0 when no two consecutive characters of it do. */
export function textRelevance(name: string, texts: readonly (string | null | undefined)[]): number {
	return textRelevanceIn(name, normalisedText(texts))
}

/** The listing's texts as one normalised string (computed once per listing when many items are compared). */
export function normalisedText(texts: readonly (string | null | undefined)[]): string {
	return texts.filter(Boolean).map((t) => normaliseForText(t!)).join('\u0000')
}

/** textRelevance against an already normalised text. */
export function textRelevanceIn(name: string, hay: string): number {
	let g = nameGrams.get(name)
	if (!g) {
		g = bigramSet(normaliseForText(name))
		if (nameGrams.size < 10_000) nameGrams.set(name, g)
	}
	if (!g.size) return 0
	let found = 0
	for (const x of g) if (hay.includes(x)) found++
	return found / g.size
}

/** A keyword names a listing less surely than its title or model does: a keyword match counts this share of a title match. */
export const KEYWORD_WEIGHT = 0.6

/** The listing's relevance to an item name: its title and model, or its keywords at KEYWORD_WEIGHT, whichever is more. */
export function listingTextRelevance(name: string, titleHay: string, keywordHay: string): number {
	const own = textRelevanceIn(name, titleHay)
	// Keywords count KEYWORD_WEIGHT at most: read only when they could beat the title.
	return own >= KEYWORD_WEIGHT ? own : Math.max(own, KEYWORD_WEIGHT * textRelevanceIn(name, keywordHay))
}
