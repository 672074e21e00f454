// Query parsing, escaping, synonym expansion, highlighting and facet roll-ups of the embedded engine.
import { describe, expect, it } from 'vitest'
import { normaliseFilters, rollUpCategories, rollUpRegions, segmenter } from './embedded.server.ts'
import { AT_LEAST, COMPOUND_SCENARIO, compoundBackoff, excerptParts, highlightParts, matchExpression, MAX_QUERY_CHARS, parseQuery, quantityBoost, quote, SCENARIO_BOOST, scenarioBoost, scenarioLevels, SECONDARY_SCENARIO, SPEC_BOOST, specMeets, specRange, splitScenarioRun, titleHeads, type Synonym } from './query.ts'
import { SCENARIO_WORDS } from '#db/reference/query-words.ts'
import { segmentForSearch, segmentWords } from './segment.server.ts'

const SYNONYMS: Synonym[] = [
	{ term: '空呼', expansions: ['正压式空气呼吸器'] },
	{ term: '龙吸水', expansions: ['排水抢险车'] },
	{ term: '抽水车', expansions: ['排水抢险车', '龙吸水'] },
]
const parse = (q: string, syn: Synonym[] = SYNONYMS) => parseQuery(q, syn, segmenter)

describe('segmentation', () => {
	it('keeps field words whole that jieba alone splits, and yields the tokens unicode61 will see', () => {
		expect(segmentWords('正压式空气呼吸器')).toEqual(['正压式', '空气呼吸器'])
		expect(segmentWords('矿用本安型甲烷传感器')).toContain('本安型')
		expect(segmentWords('液压破拆工具组')).toContain('破拆')
		expect(segmentWords('重型防化服')).toContain('防化服')
		expect(segmentWords('ＲＨＺＫＦ６．８/30-LF')).toEqual(['rhzkf6', '8', '30', 'lf'])
		// Search mode adds the sub-words a shorter query may use.
		expect(segmentForSearch('大流量排水抢险车')).toEqual(expect.arrayContaining(['排水', '抢险', '排水抢险车']))
	})
})

describe('parseQuery and the MATCH expression', () => {
	it('expands a synonym into an OR of the term and its expansions', () => {
		const p = parse('空呼')
		expect(p.groups).toHaveLength(1)
		expect(matchExpression(p.groups)).toBe('("空呼" OR ("正压式" AND ("空气呼吸器" OR ("空气" AND "呼吸" AND "呼吸器"))))')
		expect(p.terms).toEqual(expect.arrayContaining(['空呼', '正压式', '空气呼吸器']))
	})

	it('finds synonym terms inside longer text and keeps the remaining words as AND-ed groups', () => {
		const p = parse('南昌 抽水车')
		const expr = matchExpression(p.groups)!
		expect(expr).toBe('(("抽水车" OR ("抽水" AND "水车")) OR ("排水抢险车" OR ("排水" AND "抢险" AND "抢险车")) OR "龙吸水") AND "南昌"')
	})

	it('uses prefix matching for Latin letters (model numbers) but not for bare numbers', () => {
		expect(matchExpression(parse('RHZKF').groups)).toBe('"rhzkf" *')
		expect(matchExpression(parse('3000').groups)).toBe('"3000"')
	})

	it('takes quantities with units out of the text, in canonical units, with 方 also meaning m³/h', () => {
		const p = parse('排水 3000m3/h')
		expect(p.quantities).toEqual([{ text: '3000m3/h', value: 3000, unit: 'm3/h', targets: [{ dimension: 'flow', value: 3000 }] }])
		expect(matchExpression(p.groups)).toBe('"排水"')
		expect(parse('空呼 6.8L').quantities[0]!.targets).toEqual([{ dimension: 'volume', value: 6.8 }])
		expect(parse('3000方').quantities[0]!.targets).toEqual([
			{ dimension: 'volume', value: 3000000 },
			{ dimension: 'flow', value: 3000 },
		])
		expect(parse('4h正压').quantities[0]).toMatchObject({ unit: 'h', targets: [{ dimension: 'time', value: 4 }] })
		expect(matchExpression(parse('4h正压').groups)).toContain('正压')
		// A model number is not a quantity: JXC5310TPS is not 5310 tonnes.
		expect(parse('JXC5310TPS').quantities).toEqual([])
	})

	it('never lets FTS5 syntax through: every token is quoted, quotes are doubled', () => {
		expect(quote('a"b')).toBe('"a""b"')
		for (const hostile of ['"', '*', 'AND', 'OR NOT', 'NEAR(', ')', 'title:x', '^x', '"a" * NEAR(b c, 2)', '{title}: x']) {
			const expr = matchExpression(parse(hostile).groups)
			if (expr === null) continue
			// Outside quoted strings only our own operators, parentheses and prefix stars remain.
			const outside = expr.replace(/"(?:[^"]|"")*"/g, '').replace(/\b(AND|OR)\b/g, '').replace(/[()*\s]/g, '')
			expect(outside, `${hostile} → ${expr}`).toBe('')
		}
		expect(matchExpression(parse('AND').groups)).toBe('"and" *')
		expect(matchExpression(parse('"').groups)).toBeNull()
	})

	it('survives huge and binary input: truncated, control characters dropped', () => {
		const p = parse('防化服'.repeat(5000))
		expect(p.truncated).toBe(true)
		expect(p.groups.length).toBeLessThanOrEqual(16)
		const bin = parse('\u0000\u0001\uffff\ud800排水\u0007')
		expect(matchExpression(bin.groups)).toBe('"排水"')
		expect(parse('x'.repeat(10_000)).groups[0]!.alternatives[0]![0]!.token).toHaveLength(MAX_QUERY_CHARS)
	})
})

describe('synonym terms in the query', () => {
	const EN: Synonym[] = [
		{ term: 'Thermal Camera', expansions: ['热成像仪', '热成像'] },
		{ term: 'breathing apparatus', expansions: ['空气呼吸器'] },
		{ term: 'aed', expansions: ['自动体外除颤器'] },
		{ term: 'drone', expansions: ['无人机'] },
		{ term: '红外', expansions: ['热成像'] },
	]
	const sources = (q: string) => parse(q, EN).groups.map((g) => g.source)

	it('matches a multi-word English term whatever separates its words, in any case, and its plural', () => {
		for (const q of ['thermal camera', 'Thermal  Camera', 'thermal-camera', 'THERMAL_CAMERA', 'ｔｈｅｒｍａｌ ｃａｍｅｒａ', 'thermal cameras']) {
			expect(sources(q), q).toEqual(['thermal camera'])
		}
		const p = parse('thermal camera', EN)
		expect(p.groups[0]!.alternatives.map((a) => a.map((w) => w.token))).toEqual([['thermal', 'camera'], ['热成像仪'], ['热成像']])
		// The words of the term must be adjacent: two words apart they are plain words.
		expect(sources('thermal night camera')).toEqual(['thermal', 'night', 'camera'])
		expect(sources('self-contained breathing apparatus 6.8L')).toEqual(['breathing apparatus', 'self', 'contained'])
	})

	it('matches Latin terms only at word boundaries, Chinese terms anywhere', () => {
		expect(sources('aed')).toEqual(['aed'])
		expect(sources('aeds 除颤')).toEqual(['aed', '除颤'])
		expect(sources('maedchen')).toEqual(['maedchen'])
		expect(sources('droneport')).toEqual(['droneport'])
		expect(sources('drones')).toEqual(['drone'])
		expect(sources('红外热像仪')).toContain('红外')
		expect(sources('森林火灾无人机红外')).toContain('红外')
	})

	it('a term made of separators or regex characters never breaks the query', () => {
		const odd: Synonym[] = [
			{ term: ' - ', expansions: ['x'] },
			{ term: 'c++', expansions: ['cpp'] },
			{ term: '(a|b)*', expansions: ['y'] },
		]
		expect(parse('排水 c++', odd).groups.map((g) => g.source)).toEqual(['c++', '排水'])
		expect(parse('(a|b)* 排水', odd).groups.map((g) => g.source)).toEqual(['(a|b)*', '排水'])
		expect(parse('排水', odd).groups.map((g) => g.source)).toEqual(['排水'])
	})
})

describe('highlights', () => {
	it('splits the original text at matched terms (longest first, case-insensitive), never repeating fragments', () => {
		expect(highlightParts('正压式空气呼吸器(碳纤维气瓶)', ['正压式', '空气呼吸器', '空气'])).toEqual([
			{ text: '正压式空气呼吸器', match: true },
			{ text: '(碳纤维气瓶)', match: false },
		])
		expect(highlightParts('RHZKF6.8/30-LF', ['rhzkf'])).toEqual([
			{ text: 'RHZKF', match: true },
			{ text: '6.8/30-LF', match: false },
		])
		expect(highlightParts('大流量排水抢险车', [])).toEqual([{ text: '大流量排水抢险车', match: false }])
	})

	it('cuts a description excerpt around the first match', () => {
		const text = '很长的前言'.repeat(10) + '适用于城市内涝和防汛排涝。' + '后记'.repeat(40)
		const parts = excerptParts(text, ['内涝'])!
		expect(parts[0]).toEqual({ text: '…', match: false })
		expect(parts.at(-1)).toEqual({ text: '…', match: false })
		expect(parts.filter((p) => p.match).map((p) => p.text)).toEqual(['内涝'])
		expect(excerptParts('没有命中', ['内涝'])).toBeNull()
	})
})

describe('facets', () => {
	it('rolls category counts up to every level (a parent counts its descendants)', () => {
		expect(rollUpCategories([{ v: '030301', n: 3 }, { v: '030302', n: 2 }, { v: '0201', n: 1 }, { v: null, n: 9 }])).toEqual({
			'03': 5,
			'0303': 5,
			'030301': 3,
			'030302': 2,
			'02': 1,
			'0201': 1,
		})
	})

	it('rolls region counts up to the city and the province', () => {
		expect(rollUpRegions([{ v: '360100', n: 2 }, { v: '360102', n: 1 }, { v: '360400', n: 4 }])).toEqual({ '360000': 7, '360100': 3, '360102': 1, '360400': 4 })
	})

	it('keeps known filter values and reports unknown ones', () => {
		const f = normaliseFilters('listings', {
			category: ['0303', '9999'],
			scenario: ['flood', 'mars'],
			region: ['360100', '123'],
			certification: ['veh'],
			qualification: ['专精特新', 'x'],
			kind: ['equipment', 'procurement'],
		})
		expect(f.filters).toEqual({ category: ['0303'], scenario: ['flood'], region: ['360100'], certification: ['VEH'], qualification: ['srdi'], kind: ['equipment'] })
		expect(f.ignored).toEqual([
			{ facet: 'category', value: '9999' },
			{ facet: 'scenario', value: 'mars' },
			{ facet: 'region', value: '123' },
			{ facet: 'qualification', value: 'x' },
			{ facet: 'kind', value: 'procurement' },
		])
		expect(normaliseFilters('demands', { kind: ['procurement'] }).filters).toEqual({ kind: ['procurement'] })
	})
})

describe('query understanding: scenarios and modifiers (issue 11)', () => {
	it('a scenario word standing alone becomes a mention with its codes, not a required group', () => {
		const p = parse('暴雪 除冰')
		expect(p.scenarios.map((s) => [s.source, s.codes])).toEqual([['暴雪', ['ice_snow']]])
		expect(p.groups.map((g) => g.source)).toEqual(['除冰'])
		expect(p.terms).toContain('暴雪')
		// one word may name two scenarios: 内涝 is also a flood
		expect(parse('内涝 照明').scenarios[0]!.codes).toEqual(['waterlogging', 'flood'])
		// a query of scenario words only has no required group
		expect(parse('森林火灾').groups).toEqual([])
	})

	it('an acronym typed in capitals may be dropped like a model code; a scenario word across two words is none', () => {
		const ro = parse('RO 净水')
		expect(ro.groups.find((g) => g.source === 'ro')!.modifier).toBe(true)
		expect(ro.groups.find((g) => g.source === '净水')!.modifier).toBeUndefined()
		// typed in lower case it is a word like any other
		expect(parse('ro 净水').groups.find((g) => g.source === 'ro')!.modifier).toBeUndefined()
		// 急救 spans 应急|救援 in 应急救援船: no scenario there
		expect(parse('应急救援船').scenarios).toEqual([])
		// a spec's name is a modifier: 担架 承重200公斤 keeps the stretcher required, the load rating droppable
		const load = parse('担架 承重200公斤')
		expect(load.groups.find((g) => g.source === '承重')!.modifier).toBe(true)
		expect(load.quantities.map((q) => q.targets[0]!.dimension)).toEqual(['mass'])
	})

	it('an event word beside a scenario word names no scenario and is never required (化工厂爆炸 洗消)', () => {
		const p = parse('化工厂爆炸 洗消')
		expect(p.scenarios.map((m) => [m.source, m.codes, m.compound ?? false]).sort()).toEqual([['化工厂', ['hazchem'], false], ['爆炸', [], false]])
		expect(p.groups.map((g) => g.source)).toEqual(['洗消'])
	})

	it('a scenario word in a compound with a synonym term stands alone once the term is taken (氯气泄漏 检测)', () => {
		const p = parse('氯气泄漏 检测', [...SYNONYMS, { term: '氯气', expansions: ['Cl2'] }])
		expect(p.scenarios.map((m) => [m.source, m.compound ?? false])).toEqual([['泄漏', false]])
		expect(p.groups.map((g) => g.source).sort()).toEqual(['检测', '氯气'])
	})

	it('inside a compound the scenario word is part of the name and stays required (地震预警)', () => {
		const p = parse('地震预警')
		expect(p.scenarios.map((s) => s.source)).toEqual(['地震'])
		expect(p.groups.map((g) => g.source).join('')).toContain('地震')
	})

	it('marks service words, sizes, model codes and counting words as modifiers, never the thing', () => {
		const p = parse('消防 救生艇 8套 ip68 a级')
		const modifiers = p.groups.filter((g) => g.modifier).map((g) => g.source)
		expect(modifiers).toEqual(expect.arrayContaining(['消防', '8', '套', 'ip68', 'a']))
		expect(p.groups.filter((g) => !g.modifier).map((g) => g.source)).toEqual(['救生艇'])
	})

	it('marks attribute words (how a thing is powered, carried or sized) as modifiers, not safety properties', () => {
		const things = (q: string) => parse(q).groups.filter((g) => !g.modifier).map((g) => g.source)
		expect(things('备用 正压式空气呼吸器')).toEqual(['正压式', '空气呼吸器'])
		expect(things('便携式 气体检测仪')).toEqual(['气体检测仪'])
		expect(things('电动 液压 扩张器')).not.toContain('电动')
		// 防爆 decides whether a radio may be used underground: it stays part of the thing.
		expect(things('防爆 对讲机')).toContain('防爆')
	})

	it('never throws on scenario words, units or punctuation alone, or mixed scripts', () => {
		for (const q of ['暴雪', '3000方', '！！！', 'pump 排水', '地震 地震 地震', 'flood']) expect(() => parse(q)).not.toThrow()
		expect(parse('flood').scenarios[0]!.codes).toContain('flood')
		expect(parse('floods').scenarios[0]!.codes).toContain('flood')
	})
})

describe('quantities: at least, the nearest above first (issue 11)', () => {
	it('capacity-like dimensions ask for at least the value; others for about it', () => {
		expect(['flow', 'power', 'energy', 'time'].every((d) => AT_LEAST.has(d as never))).toBe(true)
		expect(AT_LEAST.has('volume')).toBe(false)
		expect(AT_LEAST.has('pressure')).toBe(false)
		expect(specRange(3000, true)).toEqual([2850, 30000])
		expect(specRange(6.8, false)[0]).toBeCloseTo(6.46)
		expect(specRange(6.8, false)[1]).toBeCloseTo(7.14)
	})
	it('ranks the value asked first, then larger ones by distance, then far larger, then a near miss below', () => {
		const order = [3000, 3200, 4500, 9000, 15000, 2900].map((v) => quantityBoost(3000, v, true))
		for (let i = 1; i < order.length; i++) expect(order[i - 1]!, `position ${i}`).toBeGreaterThan(order[i]!)
		expect(quantityBoost(3000, 3000, true)).toBe(SPEC_BOOST)
		expect(quantityBoost(3000, 9000, true)).toBe(SPEC_BOOST / 2)
		// an about-value spec within the tolerance is a full match either side
		expect(quantityBoost(6.8, 6.5, false)).toBe(SPEC_BOOST)
		expect(quantityBoost(6.8, 7.1, false)).toBe(SPEC_BOOST)
	})
	it('a near miss below does not meet the need; at or above does', () => {
		expect(specMeets(3000, 2880, true)).toBe(false)
		expect(specMeets(3000, 3000, true)).toBe(true)
		expect(specMeets(3000, 12000, true)).toBe(true)
		expect(specMeets(6.8, 6.5, false)).toBe(true)
	})
})

describe('scenario weights (issue 11)', () => {
	it('the last scenario named is the head; a word names its own scenario before its other ones', () => {
		const p = parse('暴雪 停电')
		const [snow, outage] = [...p.scenarios].sort((a, b) => a.at - b.at)
		expect(snow!.source).toBe('暴雪')
		expect(outage!.source).toBe('停电')
		const both = scenarioBoost(p.scenarios, ['ice_snow', 'outage'])
		const blackout = scenarioBoost(p.scenarios, ['outage', 'flood'])
		const snowOnly = scenarioBoost(p.scenarios, ['ice_snow'])
		expect(both).toBeGreaterThan(blackout)
		expect(blackout).toBeGreaterThan(snowOnly)
		expect(snowOnly).toBeGreaterThan(0)
		expect(scenarioBoost(p.scenarios, ['hazchem'])).toBe(0)
		// 内涝 names urban waterlogging, and floods too: tagged for waterlogging first
		const w = parse('内涝').scenarios
		expect(scenarioBoost(w, ['waterlogging'])).toBe(SCENARIO_BOOST)
		expect(scenarioBoost(w, ['flood'])).toBeCloseTo(SCENARIO_BOOST * SECONDARY_SCENARIO)
	})

	it('a run of scenario words names the scenario, not a thing; two words for one scenario count once', () => {
		const p = parse('煤矿透水 排水')
		expect(p.scenarios.map((m) => m.source).sort()).toEqual(['煤矿', '透水'])
		expect(p.scenarios.every((m) => !m.compound)).toBe(true)
		// only the thing asked for is required
		expect(p.groups.map((g) => g.source)).toEqual(['排水'])
		// 煤矿 and 透水 both name mine accidents: a mine-tagged document earns one scenario's boost, less than a category's
		expect(scenarioBoost(p.scenarios, ['mine_tunnel'])).toBe(SCENARIO_BOOST)
		expect(splitScenarioRun('危化品泄漏', SCENARIO_WORDS, segmenter)).toBe('危化品 泄漏')
		// a compound with more than scenario words keeps them as part of its name; one scenario word is left as it is
		expect(splitScenarioRun('地震预警', SCENARIO_WORDS, segmenter)).toBeNull()
		expect(splitScenarioRun('森林火灾', SCENARIO_WORDS, segmenter)).toBeNull()
		expect(parse('地震预警').scenarios[0]!.compound).toBe(true)
	})

	it('a category word the segmenter cuts in two still names its category; its words stay required as typed', () => {
		const p = parse('危化品 呼吸防护')
		expect(p.categories).toEqual([{ source: '呼吸防护', codes: ['020101'] }])
		expect(p.groups.map((g) => g.source)).toEqual(['呼吸', '防护'])
		// inside a longer word that would leave one character behind, it is not that word
		expect(parse('X呼吸防护罩').categories.map((c) => c.source)).not.toContain('呼吸防护')
	})

	it('tiers of boosts cover every tag combination once, highest first, with the boost each earns', () => {
		const mentions = parse('暴雪 停电').scenarios
		const levels = scenarioLevels(mentions)
		expect(levels.map((l) => l.boost)).toEqual([...levels.map((l) => l.boost)].sort((a, b) => b - a))
		const combos = levels.flatMap((l) => l.combos.map((c) => ({ ...c, boost: l.boost })))
		const codes = [...new Set(mentions.flatMap((m) => m.codes))]
		expect(combos).toHaveLength(2 ** codes.length - 1)
		for (const c of combos) {
			expect([...c.present, ...c.absent].sort()).toEqual([...codes].sort())
			expect(c.boost).toBeCloseTo(scenarioBoost(mentions, c.present))
		}
	})

	it('the name of a spec is a modifier: it may be dropped, the thing may not', () => {
		const p = parse('无人机 载重 30kg')
		expect(p.groups.find((g) => g.source === '载重')?.modifier).toBe(true)
		expect(p.groups.find((g) => g.source === '无人机')?.modifier).toBeUndefined()
		expect(p.quantities.map((q) => q.text)).toEqual(['30kg'])
	})
})

describe('synonyms and scenario words', () => {
	it('a synonym that contains a scenario word is one thing (snow plow is a snow plough, not a snow scenario)', () => {
		const p = parse('snow plow', [{ term: 'snow plow', expansions: ['除雪车'] }])
		expect(p.scenarios).toEqual([])
		expect(p.groups.map((g) => g.source)).toEqual(['snow plow'])
		// the scenario word alone is still a scenario
		expect(parse('snow', [{ term: 'snow plow', expansions: ['除雪车'] }]).scenarios.map((s) => s.source)).toEqual(['snow'])
	})
})

describe('synonyms that are scenario words', () => {
	it('a synonym term that is itself a scenario word stays a scenario (森林火灾 holds 森林)', () => {
		const p = parse('森林火灾 防护服', [{ term: '森林火灾', expansions: ['林火'] }])
		expect(p.scenarios.map((s) => s.source)).toEqual(['森林火灾'])
		expect(p.groups.map((g) => g.source)).toEqual(['防护服'])
	})
})

describe('counts of people', () => {
	it('15人 asks for at least 15 people (载员), like a capacity', () => {
		const p = parse('冲锋舟 15人')
		expect(p.quantities).toEqual([expect.objectContaining({ text: '15人', targets: [{ dimension: 'persons', value: 15 }] })])
		expect(AT_LEAST.has('persons')).toBe(true)
		expect(p.groups.map((g) => g.source)).toEqual(['冲锋舟'])
	})
})

describe('the thing asked for, at the end of a name (issue 11)', () => {
	it('a name ends in its last two words, without notes in brackets or a trailing model code', () => {
		expect(titleHeads('充气式橡皮艇(救援型)', segmenter)).toEqual(['充气式橡皮艇', '气式橡皮艇', '式橡皮艇', '橡皮艇', '皮艇', '艇'])
		expect(titleHeads('船用救生衣(成人)', segmenter)).not.toContain('船')
		expect(titleHeads('矿用本安型甲烷传感器 KJ1506', segmenter)).toContain('传感器')
		// never an ending that starts inside a Latin word
		expect(titleHeads('便携式LED探照灯', segmenter)).toEqual(['led探照灯', '探照灯', '照灯', '灯'])
		expect(titleHeads('', segmenter)).toEqual([])
	})

	it('the head is the last required word as typed, with its synonyms and, for a class word, what its members end in', () => {
		const syn: Synonym[] = [{ term: '冲锋舟', expansions: ['橡皮艇'] }]
		expect(parseQuery('内涝 救援 船', [], segmenter).head).toEqual({ source: '船', typed: ['船', '艇', '舟'], forms: ['船', '艇', '舟'] })
		expect(parseQuery('冲锋舟 救援', syn, segmenter).head).toEqual({ source: '冲锋舟', typed: ['冲锋舟'], forms: ['冲锋舟', '橡皮艇'] })
		expect(parseQuery('雷达 生命探测仪', [], segmenter).head?.source).toBe('生命探测仪')
		// modifiers, scenarios and quantities alone name no thing
		expect(parseQuery('暴雪 3000方', [], segmenter).head).toBeNull()
	})

	it('a scenario word inside a compound weighs less than one standing alone (地震预警 is a kind of warning terminal)', () => {
		const compound = parseQuery('地震预警', [], segmenter).scenarios
		const alone = parseQuery('地震 预警', [], segmenter).scenarios
		expect(compound[0]).toMatchObject({ source: '地震', compound: true })
		expect(alone[0]!.compound).toBeUndefined()
		expect(scenarioBoost(compound, ['earthquake_geo'])).toBeCloseTo(scenarioBoost(alone, ['earthquake_geo']) * COMPOUND_SCENARIO)
	})

	it('a synonym term inside a longer word is not taken when it would leave one character of it behind', () => {
		const syn: Synonym[] = [{ term: '视频生命探测仪', expansions: ['音视频生命探测仪'] }, { term: '救生抛投器', expansions: ['抛投器'] }]
		// 音视频生命探测仪 is a title of its own: 音 alone is no word, so the term is not read inside it
		expect(parseQuery('音视频生命探测仪', syn, segmenter).groups.map((g) => g.source)).not.toContain('视频生命探测仪')
		// two characters left over (气动) are a word: the term is read
		expect(parseQuery('气动救生抛投器', syn, segmenter).groups.map((g) => g.source)).toEqual(['救生抛投器', '气动'])
		expect(parseQuery('视频生命探测仪', syn, segmenter).groups.map((g) => g.source)).toEqual(['视频生命探测仪'])
	})

	it('the back-off reads an unknown compound of three or more characters as a kind of its last one', () => {
		const q = parseQuery('救生船', [], segmenter)
		expect(compoundBackoff(q.groups, q.head, segmenter)).toEqual({ groups: [{ source: '救生', alternatives: [[{ token: '救生', prefix: false, cover: null }]] }], heads: ['船', '艇', '舟'] })
		const lamp = parseQuery('矿用 应急灯', [], segmenter)
		expect(compoundBackoff(lamp.groups, lamp.head, segmenter)?.heads).toEqual(['灯'])
		// two characters, Latin words and synonym terms are left as they are
		for (const [text, syn] of [['吊车', []], ['pump', []], ['龙吸水', [{ term: '龙吸水', expansions: ['排水抢险车'] }]]] as const) {
			const p = parseQuery(text, syn as unknown as Synonym[], segmenter)
			expect(compoundBackoff(p.groups, p.head, segmenter), text).toBeNull()
		}
	})
})
