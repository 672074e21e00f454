// The spec-name synonym dictionary shipped with the app: which names a supplier may have used for the spec a buyer
// constrains (流量 for 排水流量 on pumps, 重量 for 整机重量, …). Exact names always match; a group may be limited to categories.

export type SynonymGroup = {
	/** Names meaning the same spec; the first is the preferred wording. */
	names: string[]
	/** Category code prefixes where the group applies (a listing or item in any of them); absent = every category. */
	categories?: string[]
}

// Pumps and drainage (排水抢险 030301, 矿山与隧道 030303, 危化品输转 030304): "流量" alone means the pumping flow there.
const PUMPS = ['030301', '030303', '030304']
// Fire-fighting water and foam (消防灭火 030302, 特种车辆 030105, 森林灭火 030308).
const FIRE_WATER = ['030302', '030105', '030308']

export const SPEC_SYNONYMS: SynonymGroup[] = [
	{ names: ['排水流量', '流量', '额定流量', '排水量', '最大流量', '额定排水流量'], categories: PUMPS },
	{ names: ['输转流量', '流量', '额定流量'], categories: ['030304'] },
	{ names: ['额定流量', '流量', '出水流量', '喷射流量'], categories: FIRE_WATER },
	{ names: ['扬程', '额定扬程', '最大扬程', '总扬程'] },
	{ names: ['吸程', '最大吸程', '吸水深度'] },
	{ names: ['额定功率', '功率', '输出功率', '额定输出功率', '发电功率', '发电机功率', '主用功率'] },
	{ names: ['续航时间', '续航', '最大续航时间', '飞行时间', '最长飞行时间'] },
	{ names: ['电池续航', '续航', '续航时间', '待机时间'], categories: ['0101', '0102'] },
	{ names: ['连续工作时间', '工作时间', '持续工作时间', '连续运行时间', '续航时间'], categories: ['0102', '0201', '0301', '0302', '0303'] },
	{ names: ['工作压力', '额定工作压力', '额定压力', '最大工作压力', '公称压力'] },
	{ names: ['气瓶容积', '容积', '气瓶容量', '气瓶水容积'], categories: ['020101', '020105', '030203'] },
	{
		names: ['整机重量', '重量', '质量', '整机质量', '整体重量', '自重', '净重', '整套重量', '整盔重量', '整衣重量', '整艇重量', '整灯重量', '整顶重量', '整箱重量', '整包重量', '整车重量'],
	},
	{ names: ['载重', '额定载重', '最大载重', '额定载荷', '最大承重', '载荷', '最大载荷', '承重'] },
	{ names: ['防护时间', '额定防护时间', '额定使用时间', '使用时间'], categories: ['020101', '020105', '020202'] },
	{ names: ['射程', '有效喷射距离', '喷射距离', '最大射程'] },
	{ names: ['通话距离', '通信距离', '传输距离', '覆盖半径'], categories: ['020201', '030102'] },
	{ names: ['最大航速', '航速', '水上航速'], categories: ['030305', '030105'] },
	{ names: ['最大速度', '最大行驶速度', '最高车速', '最大飞行速度'] },
	{ names: ['载员', '额定载员', '乘员', '载员人数', '可载人数'] },
	{ names: ['防护等级', 'IP等级', '外壳防护等级'] },
	{ names: ['防爆等级', '防爆标志', '防爆型式'] },
	{ names: ['响应时间', 'T90响应时间', '报警响应时间'] },
	{ names: ['额定容量', '容量'], categories: ['030101'] },
	{ names: ['灭火剂容量', '容量', '载液量'], categories: FIRE_WATER },
	{ names: ['长度', '全长', '总长'] },
	{ names: ['照明功率', '光源功率', '额定功率'], categories: ['030103'] },
	{ names: ['遥控距离', '遥控操作距离'] },
]

/** Names compare after NFKC (full-width → ASCII), without spaces or brackets' contents' spacing, ASCII lower-cased. */
const nameCache = new Map<string, string>()
export function normaliseSpecName(name: string): string {
	let n = nameCache.get(name)
	if (n === undefined) {
		n = normaliseSpecNameUncached(name)
		if (nameCache.size < 50_000) nameCache.set(name, n)
	}
	return n
}

function normaliseSpecNameUncached(name: string): string {
	return name
		.normalize('NFKC')
		.replace(/\s+/g, '')
		.replace(/[（）]/g, (c) => (c === '（' ? '(' : ')'))
		.toLowerCase()
}

const appliesTo = (g: SynonymGroup, categories: (string | null | undefined)[]) =>
	!g.categories || categories.some((c) => c && g.categories!.some((p) => c.startsWith(p)))

// Normalised groups, built once.
const GROUPS = SPEC_SYNONYMS.map((g) => ({ ...g, set: new Set(g.names.map(normaliseSpecName)) }))

/**
 * The names (normalised) that count as the constrained spec in the given categories (the listing's and the item's):
 * the name itself first, then its synonyms.
 */
const equivalentCache = new Map<string, string[]>()
export function equivalentNames(name: string, categories: (string | null | undefined)[]): string[] {
	const key = `${name}\u0000${categories.join(',')}`
	let out = equivalentCache.get(key)
	if (!out) {
		out = computeEquivalentNames(name, categories)
		if (equivalentCache.size < 50_000) equivalentCache.set(key, out)
	}
	return out
}

function computeEquivalentNames(name: string, categories: (string | null | undefined)[]): string[] {
	const n = normaliseSpecName(name)
	const out = [n]
	for (const g of GROUPS) {
		if (!g.set.has(n) || !appliesTo(g, categories)) continue
		for (const m of g.set) if (!out.includes(m)) out.push(m)
	}
	return out
}

/** Every name (as written in the dictionary and as given) that may stand for `name` in some category: for loading specs. */
export function allPossibleNames(name: string): string[] {
	const n = normaliseSpecName(name)
	const out = new Set<string>([name, n])
	for (const g of SPEC_SYNONYMS) if (g.names.some((m) => normaliseSpecName(m) === n)) for (const m of g.names) out.add(m)
	return [...out]
}

export type NamedSpec = { name: string }

/**
 * The listing's spec a constraint is about: its exact name wins, then synonyms in dictionary order; among several
 * candidates `prefer` chooses (e.g. the one whose unit has the constraint's dimension).
 */
export function findSpec<T extends NamedSpec>(
	name: string,
	specs: readonly T[],
	categories: (string | null | undefined)[],
	prefer?: (s: T) => boolean,
): { spec: T; exact: boolean } | null {
	const names = equivalentNames(name, categories)
	const byName = new Map<string, T[]>()
	for (const s of specs) {
		const k = normaliseSpecName(s.name)
		if (!names.includes(k)) continue
		const list = byName.get(k) ?? []
		list.push(s)
		byName.set(k, list)
	}
	const exact = byName.get(names[0]!)
	if (exact?.length) return { spec: (prefer && exact.find(prefer)) || exact[0]!, exact: true }
	const synonyms = names.slice(1).flatMap((n) => byName.get(n) ?? [])
	if (!synonyms.length) return null
	return { spec: (prefer && synonyms.find(prefer)) || synonyms[0]!, exact: false }
}
