// Query parsing for the search engines (pure; the segmenter is passed in): the user's text becomes groups of
// alternatives (a synonym and its expansions), quantities with units that match spec values, a safely quoted FTS5
// MATCH expression, and highlights of the original text.
import { ATTRIBUTE_WORDS, CATEGORY_WORDS, HEAD_FORMS, SCENARIO_WORDS, SERVICE_WORDS, SPEC_WORDS, type ScenarioWord } from '#db/reference/query-words.ts'
import { COUNTING_WORDS, toCanonical, type Dimension } from '#db/reference/units.ts'

/**
 * Capacity-like dimensions: a quantity in the query asks for at least that much (排水 3000方: a 3,000 m3/h pump before a
 * 2,880 one; 冲锋舟 15人: a boat for 15), the nearest above first. Other dimensions (a 6.8 L cylinder, a 30 MPa rating) ask for about that value.
 */
export const AT_LEAST: ReadonlySet<Dimension> = new Set<Dimension>(['flow', 'power', 'apparent_power', 'energy', 'time', 'persons'])
/** Above the asked value, the boost falls from full to half at this many times the value, and stays a little lower beyond. */
export const AT_LEAST_RANGE = 3
/** Beyond this many times the asked value a spec is another class of thing (and reading every such spec costs time). */
export const AT_LEAST_CAP = 10
/** A spec within ±5 % of a quantity matches it (a near miss below, for capacity-like dimensions). */
export const SPEC_TOLERANCE = 0.05
/** What a matching spec adds to a document's rank: above any text-relevance difference. */
export const SPEC_BOOST = 1000
/** Both engines: a document of a category the query names (照明) ranks above the others containing the word, above a scenario tag. */
export const CATEGORY_BOOST = 600
/** A category word's other categories (灭火: firefighting, then forest firefighting) weigh this much of the one it names first (above a scenario tag). */
export const SECONDARY_CATEGORY = 0.9
/** Embedded engine: what a document gains for holding a synonym's term as typed rather than only an expansion of it. */
export const TYPED_BOOST = 100
/**
 * Both engines: a document whose name ends in the thing the query asks for (its head: 冲锋舟 for 冲锋舟, a 艇 for 船) ranks
 * above the others of its tier that only mention it (船用救生衣 for 船, 舷外机 found through a synonym), below a category
 * or scenario tier. HEAD_TYPED_BOOST comes on top when the name ends in what the user typed rather than a synonym of it.
 */
export const HEAD_BOOST = 250
/** Embedded engine: a query of several words that the document's name holds every one of (Meilisearch: its attribute rule). */
export const TITLE_BOOST = 300
export const HEAD_TYPED_BOOST = 100
/** Both engines: a document tagged with a scenario the query names ranks above untagged ones (below a spec match). */
export const SCENARIO_BOOST = 500
/** A scenario word's other codes (内涝 names waterlogging, and flood too) weigh this much of the one it names. */
export const SECONDARY_SCENARIO = 0.6
/** A scenario word said only inside a compound (地震 of 地震预警) weighs this much: the compound's own words decide. */
export const COMPOUND_SCENARIO = 0.5
/** A scenario named before the last one (暴雪 in 暴雪 停电) weighs this much of the last, the head. */
export const EARLIER_SCENARIO = 0.5

/**
 * The scenario boost of a document tagged with `tags`: per scenario the query names, its weight (the head 1, earlier
 * ones EARLIER_SCENARIO) times how well the tags fit it (its own code 1, its other codes SECONDARY_SCENARIO), summed
 * over the scenarios named (words naming the same codes count once), so a document tagged for every scenario named ranks
 * first, then one fit for the head.
 */
export function scenarioBoost(mentions: readonly ScenarioMention[], tags: readonly string[]): number {
	if (!mentions.length || !tags.length) return 0
	const head = Math.max(...mentions.map((m) => m.at))
	// Two words for one scenario (煤矿 透水) name it once: the better of them counts.
	const best = new Map<string, number>()
	for (const m of mentions) {
		const fit = m.codes.length && tags.includes(m.codes[0]!) ? 1 : m.codes.some((c) => tags.includes(c)) ? SECONDARY_SCENARIO : 0
		const weight = fit * (m.at === head ? 1 : EARLIER_SCENARIO) * (m.compound ? COMPOUND_SCENARIO : 1)
		const key = m.codes.join(' ')
		best.set(key, Math.max(best.get(key) ?? 0, weight))
	}
	let sum = 0
	for (const w of best.values()) sum += w
	return SCENARIO_BOOST * sum
}

/**
 * The documents' scenario boosts as tiers, highest first (for engines that rank by filtered tiers): each tier is a
 * boost and the tag combinations that earn it, as the mentioned codes a document has (`present`) and has not (`absent`).
 * Documents with none of the mentioned codes (boost 0) are in no tier.
 */
export function scenarioLevels(mentions: readonly ScenarioMention[]): { boost: number; combos: { present: string[]; absent: string[] }[] }[] {
	const codes = [...new Set(mentions.flatMap((m) => m.codes))].slice(0, 8)
	const levels = new Map<number, { present: string[]; absent: string[] }[]>()
	for (let mask = 1; mask < 1 << codes.length; mask++) {
		const present = codes.filter((_, i) => mask & (1 << i))
		const b = Math.round(scenarioBoost(mentions, present) * 1000) / 1000
		if (!b) continue
		levels.set(b, [...(levels.get(b) ?? []), { present, absent: codes.filter((c) => !present.includes(c)) }])
	}
	return [...levels.entries()].sort((a, b) => b[0] - a[0]).map(([boost, combos]) => ({ boost, combos }))
}

/** The value range of specs that can match an asked value, in canonical units: [low, high]. */
export function specRange(asked: number, atLeast: boolean): [number, number] {
	return [asked * (1 - SPEC_TOLERANCE), asked * (atLeast ? AT_LEAST_CAP : 1 + SPEC_TOLERANCE)]
}

/**
 * The boost of a spec for a quantity. About-values: full. At-least values: full at the value asked, falling to half at
 * AT_LEAST_RANGE times it, 40 % beyond up to AT_LEAST_CAP times (still meets the need, ranks above a near miss), a near
 * miss below: a quarter.
 */
export function quantityBoost(asked: number, value: number, atLeast: boolean): number {
	if (!atLeast) return SPEC_BOOST
	if (value < asked * (1 - 1e-9)) return SPEC_BOOST / 4
	const over = (value - asked) / asked / (AT_LEAST_RANGE - 1)
	return over > 1 ? SPEC_BOOST * 0.4 : SPEC_BOOST * (1 - over / 2)
}

/** Whether a spec value meets an asked value (false only for a near miss below an at-least quantity). */
export function specMeets(asked: number, value: number, atLeast: boolean): boolean {
	return !atLeast || value >= asked * (1 - 1e-9)
}

/** Category words by their (lower-case) text. */
const CATEGORY_BY_WORD = new Map(CATEGORY_WORDS.map((c) => [c.word.toLowerCase(), c.codes]))

export const MAX_QUERY_CHARS = 200
export const MAX_GROUPS = 16

export type Segmenter = {
	/** Precise-mode words (what the document must contain). */
	words(text: string): string[]
	/** Search-mode tokens of one word (its dictionary sub-words and the word itself). */
	subwords(word: string): string[]
	normalise(text: string): string
}

/** One word of the query: the document matches when it holds the word (a prefix for Latin letters and digits). */
export type Word = { token: string; prefix: boolean; cover: string[] | null }
/** An alternative is a list of words that must all occur; a group matches when any of its alternatives does. */
export type Group = {
	source: string
	alternatives: Word[][]
	/**
	 * Not the thing asked for: a service word (消防, 应急: who uses it), the name of a spec (载重, 续航), an attribute word
	 * (备用, 气动, 便携式: how it is powered, carried or sized), a size or model
	 * code (3000, IP68: a number inside), a counting word (the 人 of 8人), a lone Latin letter (the A of A级). A query that finds nothing with every
	 * word may drop these, never the others.
	 */
	modifier?: true
	/** How many of the last alternatives are only related to the term (a synonym's `related` words): found, never the head. */
	related?: number
}
/**
 * A scenario named in the query (暴雪 → ice_snow): a ranking signal on the scenario field, never a required word. `at`:
 * where the word is in the query (the last-named scenario is the head: 暴雪 停电 asks for what a blackout needs).
 */
export type ScenarioMention = {
	source: string
	codes: string[]
	alternatives: Word[][]
	at: number
	/** Said only inside a compound (地震 in 地震预警): part of the thing's name, so its tag weighs COMPOUND_SCENARIO. */
	compound?: true
}
/** A required word that names a kind of equipment (照明 → 030103): documents of those categories rank first. */
export type CategoryMention = { source: string; codes: string[] }
export type Quantity = { text: string; value: number; unit: string; targets: { dimension: Dimension; value: number }[] }
/** A dictionary entry: `expansions` are the same thing as the term; `related` words are only found too (ADR 021). */
export type Synonym = { term: string; expansions: string[]; related?: string[] }

/**
 * The thing a query asks for, as the end of a name: the forms of its last required word (what was typed, its synonyms'
 * expansions, and for a class word the last characters its members' names end in: 艇 and 舟 for 船).
 */
export type QueryHead = { source: string; typed: string[]; forms: string[] }

export type ParsedQuery = {
	/** What the documents must contain (every group; the relaxed form drops the service words). */
	groups: Group[]
	/** The thing asked for (null for a query of modifiers, scenarios or quantities alone): a ranking signal on names. */
	head: QueryHead | null
	scenarios: ScenarioMention[]
	/** Required words that name a category: a ranking signal on the category field besides the text. */
	categories: CategoryMention[]
	quantities: Quantity[]
	/** Everything searched for after segmentation and expansion (for "searched for" and highlights). */
	terms: string[]
	truncated: boolean
}

const LATIN = /^[a-z0-9]+$/
const HAS_LETTER = /[a-z]/

function word(seg: Segmenter, token: string): Word {
	if (LATIN.test(token)) return { token, prefix: HAS_LETTER.test(token), cover: null }
	// When the document segmented the same characters differently, the word's sub-words together still find it.
	let cover: string[] | null = null
	if ([...token].length > 2) {
		const subs = seg.subwords(token).filter((s) => s !== token)
		const covered = new Set<number>()
		for (const s of subs) {
			let at = token.indexOf(s)
			while (at >= 0) {
				for (let i = at; i < at + s.length; i++) covered.add(i)
				at = token.indexOf(s, at + 1)
			}
		}
		if (subs.length && covered.size === token.length) cover = subs
	}
	return { token, prefix: false, cover }
}

/** The sub-words that together stand for a word the documents may hold only in pieces (橡皮艇 → 橡皮, 皮艇), or null. */
export function coverOf(seg: Segmenter, token: string): string[] | null {
	return word(seg, token).cover
}

function alternative(seg: Segmenter, text: string): Word[] {
	return seg.words(text).map((t) => word(seg, t))
}

// A number followed by a unit: 3000m3/h, 3000方, 6.8L, 55 分钟. The unit is the longest prefix that is a known unit.
const QUANTITY = /(?<![a-z0-9.])(\d+(?:\.\d+)?)\s*([a-z\u4e00-\u9fff%℃³²]+[23]?(?:\/[a-z\u4e00-\u9fff]+[23]?)?)/gu

function quantityAt(value: number, rawUnit: string): { unit: string; targets: Quantity['targets'] } | null {
	for (let len = rawUnit.length; len > 0; len--) {
		const unit = rawUnit.slice(0, len)
		const c = toCanonical(value, unit)
		if (!c) continue
		const targets = [c]
		// "3000方" in the field means cubic metres per hour of a pump as often as a volume.
		if (c.dimension === 'volume' && /^(方|m3|立方米?)$/.test(unit)) targets.push({ dimension: 'flow', value })
		return { unit, targets }
	}
	return null
}

const LATIN_EDGE = /[a-z0-9]/
const patterns = new Map<string, RegExp>()

/**
 * Where a (normalised) synonym term occurs in the query. Chinese terms match anywhere, as substrings (there are no word
 * boundaries to respect). Latin ends of a term match only at word boundaries ("aed" is not in "maedchen", "drone" not in
 * "droneport"), a Latin term also matches its plural ("thermal cameras", "drones"), and the words of a multi-word term
 * may be separated by any run of spaces, hyphens, slashes, dots or underscores ("thermal-camera", "breathing  apparatus").
 */
export function termPattern(term: string): RegExp {
	let p = patterns.get(term)
	if (p) return p
	const body = term
		.split(/[\s\-_/.]+/)
		.filter(Boolean)
		.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
		.join('[\\s\\-_/.]+')
	// A term of separators only would match the empty string everywhere: it matches nothing instead.
	if (!body) return /(?!)/gu
	const first = [...term][0] ?? ''
	const last = [...term].at(-1) ?? ''
	const before = LATIN_EDGE.test(first) ? '(?<![a-z0-9])' : ''
	const after = LATIN_EDGE.test(last) ? (/[a-z]/.test(last) ? '(?:e?s)?(?![a-z0-9])' : '(?![a-z0-9])') : ''
	p = new RegExp(before + body + after, 'gu')
	if (patterns.size > 5_000) patterns.clear()
	patterns.set(term, p)
	return p
}

const SERVICE = new Set(SERVICE_WORDS)
const SPEC_NAMES = new Set(SPEC_WORDS)
const ATTRIBUTES = new Set(ATTRIBUTE_WORDS)
const MEASURE_WORDS = new Set(COUNTING_WORDS)

const HAN = /\p{Script=Han}/u
/** Whether text[i] is a Han character (false outside the text). */
const hanAt = (text: string, i: number) => i >= 0 && i < text.length && HAN.test(text[i]!)
/** Whether [at, at + length) of the text is a whole word of its own: whitespace or an edge on both sides. */
const standsAlone = (text: string, at: number, length: number) => (at === 0 || /\s/.test(text[at - 1]!)) && (at + length === text.length || /\s/.test(text[at + length]!))

/** The text around [from, to) leaves a single Han character between the match and a non-Han character (or the edge). */
function loneHanBeside(text: string, from: number, to: number): boolean {
	if (!hanAt(text, from) && !hanAt(text, to - 1)) return false
	return (hanAt(text, from - 1) && !hanAt(text, from - 2)) || (hanAt(text, to) && !hanAt(text, to + 1))
}

/**
 * Whether a term found at [from, to) of the text may be taken out of the longer Chinese word around it: only where the
 * segmenter cuts that word anyway (消防 | 空呼), never through one of its words (排水 inside 垂直供排水, whose words are
 * 垂直 and 供排水: the documents hold 供排水 and 排水, never 供 alone).
 */
function atWordBoundaries(text: string, from: number, to: number, seg: Pick<Segmenter, 'words'>): boolean {
	const gluedBefore = hanAt(text, from - 1) && hanAt(text, from)
	const gluedAfter = hanAt(text, to) && hanAt(text, to - 1)
	if (!gluedBefore && !gluedAfter) return true
	let start = from
	while (start > 0 && !/\s/.test(text[start - 1]!)) start--
	let end = to
	while (end < text.length && !/\s/.test(text[end]!)) end++
	const run = text.slice(start, end)
	const cuts = new Set<number>([0, run.length])
	let at = 0
	for (const w of seg.words(run)) {
		const i = run.indexOf(w, at)
		if (i < 0) return true
		cuts.add(i)
		at = i + w.length
		cuts.add(at)
	}
	return (!gluedBefore || cuts.has(from - start)) && (!gluedAfter || cuts.has(to - start))
}

type OrderedSynonym = { term: string; first: string; expansions: string[]; related?: string[] }
const orderings = new WeakMap<readonly Synonym[], OrderedSynonym[]>()
/** The dictionary's terms normalised, longest first (memoised per dictionary array: engines hand the same one until it changes). */
function orderedSynonyms(synonyms: readonly Synonym[], seg: Segmenter): OrderedSynonym[] {
	let ordered = orderings.get(synonyms)
	if (!ordered) {
		ordered = synonyms
			.map((s) => {
				const term = seg.normalise(s.term).replace(/\s+/g, ' ').trim()
				return { term, first: term.split(/[\s\-_/.]+/).find(Boolean) ?? term, expansions: s.expansions, ...(s.related?.length ? { related: s.related } : {}) }
			})
			.filter((s) => s.term)
			.sort((a, b) => b.term.length - a.term.length)
		orderings.set(synonyms, ordered)
	}
	return ordered
}

const spanning = new WeakMap<readonly ScenarioWord[], Map<string, boolean>>()
/** Whether a synonym term contains a scenario word as a word of its own (snow plow holds snow): memoised per term. */
function spansScenario(term: string, scenarioWords: readonly ScenarioWord[], seg: Segmenter): boolean {
	let memo = spanning.get(scenarioWords)
	if (!memo) spanning.set(scenarioWords, (memo = new Map()))
	let v = memo.get(term)
	if (v === undefined) {
		const words = scenarioWords.map((s) => seg.normalise(s.word)).filter(Boolean)
		// A term that is itself a scenario word (森林火灾) stays a scenario.
		v = !words.includes(term) && words.some((w) => w.length < term.length && new RegExp(termPattern(w).source, 'u').test(term))
		if (memo.size > 20_000) memo.clear()
		memo.set(term, v)
	}
	return v
}

const splitCategories = new WeakMap<object, [string, readonly string[]][]>()
/** The category words the segmenter cuts into several words, normalised, with their codes; longest first (memoised per segmenter). */
function splitCategoryWords(seg: Segmenter): [string, readonly string[]][] {
	let v = splitCategories.get(seg)
	if (!v) {
		const byWord = new Map<string, readonly string[]>()
		for (const c of CATEGORY_WORDS) {
			const w = seg.normalise(c.word)
			if (w && !byWord.has(w) && seg.words(w).length > 1) byWord.set(w, c.codes)
		}
		v = [...byWord].sort((a, b) => b[0].length - a[0].length)
		splitCategories.set(seg, v)
	}
	return v
}

const scenarioTerms = new WeakMap<readonly ScenarioWord[], string[]>()
/**
 * A whitespace-free run written as two or more scenario words one after another (煤矿透水 = 煤矿 + 透水), spaced out;
 * null for anything else (地震预警 holds more than scenario words; 森林火灾 is one scenario word already).
 */
export function splitScenarioRun(run: string, scenarioWords: readonly ScenarioWord[], seg: Pick<Segmenter, 'normalise'>): string | null {
	if (run.length < 3 || !HAN.test(run)) return null
	let terms = scenarioTerms.get(scenarioWords)
	if (!terms) scenarioTerms.set(scenarioWords, (terms = [...new Set(scenarioWords.map((s) => seg.normalise(s.word)).filter((w) => /^\p{Script=Han}+$/u.test(w)))].sort((a, b) => b.length - a.length)))
	// Cover the run from its start, longest word first, backtracking; a position known not to lead to the end is not
	// tried again (a long hostile run stays linear).
	const deadEnds = new Set<number>()
	const cover = (at: number): string[] | null => {
		if (at === run.length) return []
		if (deadEnds.has(at)) return null
		for (const t of terms!) {
			if (!run.startsWith(t, at)) continue
			const rest = cover(at + t.length)
			if (rest) return [t, ...rest]
		}
		deadEnds.add(at)
		return null
	}
	const words = cover(0)
	return words && words.length > 1 ? words.join(' ') : null
}

/**
 * Splits the user's text into scenario mentions, synonym groups, plain words and quantities. Never throws, whatever
 * the text. Scenario words are found first (longest first, like synonym terms), so 暴雪 ranks 冰雪灾害 equipment
 * instead of requiring the word.
 */
export function parseQuery(raw: string, synonyms: readonly Synonym[], seg: Segmenter, scenarioWords: readonly ScenarioWord[] = SCENARIO_WORDS): ParsedQuery {
	let text = seg.normalise(typeof raw === 'string' ? raw : '')
	// An acronym typed in capitals (RO 净水, CAFS, VTOL) says how the thing is made, not what it is: droppable like a model code.
	const acronyms = new Set((typeof raw === 'string' ? raw.normalize('NFKC').match(/(?<![A-Za-z])[A-Z]{2,5}(?![A-Za-z])/g) ?? [] : []).map((a) => a.toLowerCase()))
	const truncated = text.length > MAX_QUERY_CHARS
	if (truncated) text = text.slice(0, MAX_QUERY_CHARS)

	const quantities: Quantity[] = []
	text = text.replace(QUANTITY, (m, num: string, unit: string) => {
		const value = Number(num)
		const q = Number.isFinite(value) ? quantityAt(value, unit) : null
		if (!q) return m
		quantities.push({ text: `${num}${q.unit}`, value, unit: q.unit, targets: q.targets })
		// The rest of the unit run (e.g. "h正压" → "正压") stays in the text.
		return ' ' + m.slice(m.indexOf(q.unit, num.length) + q.unit.length) + ' '
	})

	const groups: Group[] = []
	// Synonym terms are found in the text before segmentation (jieba may split 空呼 or 龙吸水 otherwise); longest first.
	const ordered = orderedSynonyms(synonyms, seg)
	const takeSynonym = (s: OrderedSynonym) => {
		// A term's first word appears as written wherever the term does (cheaper than the pattern for the hundreds that do not).
		if (!text.includes(s.first)) return
		let found = false
		text = text.replace(termPattern(s.term), (m: string, at: number, whole: string) => {
			// Inside a longer Chinese word, a term that would leave one character of it behind (视频生命探测仪 inside
			// 音视频生命探测仪 leaves 音) is not that term: a lone character is no word a document holds.
			if (loneHanBeside(whole, at, at + m.length) || !atWordBoundaries(whole, at, at + m.length, seg)) return m
			found = true
			return ' '
		})
		if (!found) return
		const same = [s.term, ...s.expansions].map((t) => alternative(seg, t)).filter((a) => a.length > 0)
		const related = (s.related ?? []).map((t) => alternative(seg, t)).filter((a) => a.length > 0)
		if (same.length || related.length) groups.push({ source: s.term, alternatives: [...same, ...related], ...(related.length ? { related: related.length } : {}) })
	}
	// A synonym that contains a scenario word (snow plow, forest fire pump) is one thing, found before the scenarios.
	const rest: OrderedSynonym[] = []
	for (const s of ordered) if (spansScenario(s.term, scenarioWords, seg)) takeSynonym(s)
	else rest.push(s)

	// A run of scenario words and nothing else (煤矿透水, 危化品泄漏) names the scenario, not a thing: its words stand alone.
	text = text.replace(/\S+/gu, (run) => splitScenarioRun(run, scenarioWords, seg) ?? run)
	const scenarios: ScenarioMention[] = []
	const original = text
	for (const s of [...scenarioWords].sort((a, b) => b.word.length - a.word.length)) {
		const term = seg.normalise(s.word)
		if (!term) continue
		let found = false
		let aloneOnce = false
		text = text.replace(termPattern(term), (m: string, at: number, whole: string) => {
			// Across the words of a longer one it is no scenario word (急救 in 应急|救援船).
			if (!atWordBoundaries(whole, at, at + m.length, seg)) return m
			found = true
			// Standing alone (暴雪 停电) it only names the scenario; inside a compound (地震预警) it is part of the thing's
			// name too and stays a required word.
			const alone = standsAlone(whole, at, m.length)
			if (alone) aloneOnce = true
			return alone ? ' ' : m
		})
		if (found && !scenarios.some((m) => m.source === term))
			scenarios.push({
				source: term,
				codes: [...s.codes],
				alternatives: [alternative(seg, term)].filter((a) => a.length > 0),
				at: Math.max(0, original.search(termPattern(term))),
				...(aloneOnce ? {} : { compound: true as const }),
			})
	}

	for (const s of rest) takeSynonym(s)
	// A scenario word that stood inside a compound with a synonym term (氯气泄漏: 氯气 + 泄漏) stands alone once the term is taken.
	for (const m of scenarios) {
		if (!m.compound) continue
		let alone = false
		text = text.replace(termPattern(m.source), (w: string, at: number, whole: string) => {
			const free = standsAlone(whole, at, w.length)
			if (free) alone = true
			return free ? ' ' : w
		})
		if (alone) delete m.compound
	}
	// A category word the segmenter splits (呼吸防护 → 呼吸 防护, 水上救援 → 水上 救援) still names its category; its words
	// stay required one by one, as typed.
	const splitMentions: CategoryMention[] = []
	for (const [w, codes] of splitCategoryWords(seg)) {
		if (!text.includes(w)) continue
		if ([...text.matchAll(termPattern(w))].some((m) => !loneHanBeside(text, m.index, m.index + m[0].length))) splitMentions.push({ source: w, codes: [...codes] })
	}
	for (const w of seg.words(text)) {
		const modifier = SERVICE.has(w) || SPEC_NAMES.has(w) || ATTRIBUTES.has(w) || /\p{N}/u.test(w) || MEASURE_WORDS.has(w) || /^[a-z]$/.test(w) || acronyms.has(w)
		groups.push(modifier ? { source: w, alternatives: [[word(seg, w)]], modifier: true } : { source: w, alternatives: [[word(seg, w)]] })
	}

	// Repeated words add nothing; very long queries keep their first words.
	const seen = new Set<string>()
	const unique = groups.filter((g) => {
		const key = JSON.stringify(g.alternatives)
		if (seen.has(key)) return false
		seen.add(key)
		return true
	})
	const kept = unique.slice(0, MAX_GROUPS)
	const terms = new Set<string>()
	for (const g of kept) {
		terms.add(g.source)
		for (const a of g.alternatives) for (const w of a) terms.add(w.token)
	}
	for (const q of quantities) terms.add(q.text)
	for (const s of scenarios) terms.add(s.source)
	const categories: CategoryMention[] = [...splitMentions]
	for (const g of kept) {
		const codes = g.modifier ? undefined : CATEGORY_BY_WORD.get(g.source)
		if (codes && !categories.some((c) => c.source === g.source)) categories.push({ source: g.source, codes: [...codes] })
	}
	return { groups: kept, head: queryHead(kept, seg.normalise(typeof raw === 'string' ? raw : '')), scenarios, categories, quantities, terms: [...terms], truncated: truncated || unique.length > MAX_GROUPS }
}

const joined = (a: Word[]) => a.map((w) => w.token).join('')

/** The last required word of the query as written (the head noun of 内涝 救援 船 is 船), with the forms a name may end in. */
export function queryHead(groups: readonly Group[], text: string): QueryHead | null {
	let head: Group | null = null
	let at = -1
	for (const g of groups) {
		if (g.modifier) continue
		const i = text.lastIndexOf(g.source)
		if (i > at || (i === at && head && g.source.length > head.source.length)) {
			head = g
			at = i
		}
	}
	if (!head) return null
	const typed = new Set([joined(head.alternatives[0] ?? []), ...(HEAD_FORMS.get(head.source) ?? [])].filter(Boolean))
	const same = head.alternatives.slice(0, head.alternatives.length - (head.related ?? 0))
	const forms = new Set([...typed, ...same.map(joined).filter(Boolean)])
	return { source: head.source, typed: [...typed], forms: [...forms] }
}

/**
 * A last resort when a query finds nothing at all: a compound word no document holds (救生舟, 逃生绳, 应急灯) is read as a
 * kind of its last character (a 船, a 绳, a 灯: the names that end in it, or in what HEAD_FORMS lists for it) that says
 * its first characters (救生, 逃生, 应急) somewhere. Only for a head word of three or more CJK characters that no synonym
 * knows, or a head of one character the segmenter split off (救生 + 舟); null otherwise. `groups`: the query with that
 * word replaced by its first characters (or without the split-off character); `heads`: the name endings.
 */
export function compoundBackoff(groups: readonly Group[], head: QueryHead | null, seg: Pick<Segmenter, 'words' | 'subwords'>): { groups: Group[]; heads: string[] } | null {
	if (!head) return null
	const g = groups.find((x) => x.source === head.source && !x.modifier)
	if (!g || g.alternatives.length !== 1 || g.alternatives[0]!.length !== 1) return null
	// The segmenter already split it (救生舟 → 救生 + 舟): the last character stands alone as the head.
	if (/^\p{Script=Han}$/u.test(g.source) && groups.some((x) => x !== g && !x.modifier))
		return { groups: groups.filter((x) => x !== g), heads: [...(HEAD_FORMS.get(g.source) ?? [g.source])] }
	const chars = [...g.source]
	if (chars.length < 3 || !chars.every((c) => /\p{Script=Han}/u.test(c))) return null
	const last = chars[chars.length - 1]!
	const prefix = alternative(seg as Segmenter, chars.slice(0, -1).join(''))
	if (!prefix.length) return null
	return {
		groups: groups.map((x) => (x === g ? { source: chars.slice(0, -1).join(''), alternatives: [prefix] } : x)),
		heads: [...(HEAD_FORMS.get(last) ?? [last])],
	}
}

/** How a back-off answer was read, as the result reports it (readAs): the words still required and the name endings. */
export function backoffReading(back: { groups: readonly Group[]; heads: string[] }): { rest: string[]; ends: string[] } {
	return { rest: back.groups.filter((g) => !g.modifier).map((g) => g.source), ends: back.heads }
}

/** Latin letters and digits only: a model code or size at the end of a name, not what the thing is. */
const CODE_WORD = /^[\p{N}a-z._\-/]+$/u

/**
 * The ends of a name a query's head can match (both engines store them with each document): every ending of its last
 * two words, parenthesised notes and trailing model codes left out (充气式橡皮艇(救援型) → 式橡皮艇 … 皮艇, 艇).
 */
export function titleHeads(title: string, seg: Pick<Segmenter, 'words' | 'normalise'>): string[] {
	const words = seg.words(seg.normalise(title.replace(/[（(][^）)]*[）)]?/g, ' '))).filter((w) => /^[\p{L}\p{N}._\-/]+$/u.test(w))
	while (words.length > 1 && CODE_WORD.test(words[words.length - 1]!)) words.pop()
	const chars = [...words.slice(-2).join('')]
	const out: string[] = []
	// Every ending that starts at a character of its own (not inside a Latin word: led探照灯, 探照灯 … never ed探照灯).
	const latin = (c: string | undefined) => c !== undefined && /[\p{N}a-z]/u.test(c)
	for (let i = Math.max(0, chars.length - 10); i < chars.length; i++) if (!(latin(chars[i]) && latin(chars[i - 1]))) out.push(chars.slice(i).join(''))
	return out
}

/** An FTS5 string: every user-derived token is a double-quoted string with inner quotes doubled. */
export function quote(token: string): string {
	return `"${token.replace(/"/g, '""')}"`
}

function wordExpr(w: Word): string {
	const exact = quote(w.token) + (w.prefix ? ' *' : '')
	if (!w.cover) return exact
	return `(${exact} OR (${w.cover.map(quote).join(' AND ')}))`
}

/**
 * The MATCH expression: groups AND-ed, alternatives OR-ed, words of an alternative AND-ed; null when nothing to match.
 * `joiner: 'OR'` gives the relaxed form used when every word together finds nothing (bm25 still ranks documents that
 * match more of the words first).
 */
export function matchExpression(groups: Group[], joiner: 'AND' | 'OR' = 'AND'): string | null {
	const parts = groups
		.map((g) => {
			const alts = g.alternatives.filter((a) => a.length).map((a) => (a.length === 1 ? wordExpr(a[0]!) : `(${a.map(wordExpr).join(' AND ')})`))
			if (!alts.length) return null
			return alts.length === 1 ? alts[0]! : `(${alts.join(' OR ')})`
		})
		.filter((p): p is string => p !== null)
	return parts.length ? parts.join(` ${joiner} `) : null
}

export type HighlightPart = { text: string; match: boolean }

/**
 * Splits the ORIGINAL text into plain and matched parts (longest term first at each position, case-insensitive).
 * Single characters are highlighted only when they are all the query had.
 */
export function highlightParts(text: string, terms: string[]): HighlightPart[] {
	const lower = text.normalize('NFKC').toLowerCase()
	// NFKC can change lengths (full-width forms keep theirs; ligatures do not): fall back to no highlight then.
	if (lower.length !== text.length) return [{ text, match: false }]
	const multi = terms.filter((t) => [...t].length > 1)
	const usable = (multi.length ? multi : terms).map((t) => t.toLowerCase()).filter(Boolean)
	const sorted = [...new Set(usable)].sort((a, b) => b.length - a.length)
	const parts: HighlightPart[] = []
	let plain = ''
	let i = 0
	outer: while (i < text.length) {
		for (const t of sorted) {
			if (lower.startsWith(t, i)) {
				if (plain) parts.push({ text: plain, match: false })
				plain = ''
				const last = parts[parts.length - 1]
				if (last?.match) last.text += text.slice(i, i + t.length)
				else parts.push({ text: text.slice(i, i + t.length), match: true })
				i += t.length
				continue outer
			}
		}
		plain += text[i]
		i++
	}
	if (plain) parts.push({ text: plain, match: false })
	return parts
}

/** A window of about `width` characters of the text around its first match, with ellipses where it was cut. */
export function excerptParts(text: string, terms: string[], width = 60): HighlightPart[] | null {
	const parts = highlightParts(text, terms)
	const firstMatch = parts.findIndex((p) => p.match)
	if (firstMatch < 0) return null
	const offset = parts.slice(0, firstMatch).reduce((n, p) => n + p.text.length, 0)
	const start = Math.max(0, offset - Math.floor(width / 3))
	const end = Math.min(text.length, start + width)
	const out: HighlightPart[] = []
	let at = 0
	for (const p of parts) {
		const from = Math.max(start, at)
		const to = Math.min(end, at + p.text.length)
		if (to > from) out.push({ text: p.text.slice(from - at, to - at), match: p.match })
		at += p.text.length
	}
	if (start > 0) out.unshift({ text: '…', match: false })
	if (end < text.length) out.push({ text: '…', match: false })
	return out
}
