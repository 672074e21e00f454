// Synthetic listings for the search benchmarks (issue 4): N listings (10k, 100k, …) in the import format, deterministic
// for a given seed. The vocabulary is the demo data's own (db/seed/demo.json): each synthetic listing starts from a
// published demo listing of the same kind and varies its title (modifiers), model (new prefix and number), specs
// (jittered values, the same names and units), description (sentences of the category reshuffled), keywords, scenarios,
// certifications and price; organizations are made-up Jiangxi enterprises, banks and institutes with valid credit codes.
//
//   npx tsx scripts/gen/synthetic-listings.ts 100000 [seed] > /tmp/synthetic.json
//
// The CLI streams the document record by record, so 100k listings never sit in memory as one string.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { withCheckChar, USCC_CHARSET } from '#app/modules/catalog/uscc.ts'
import type { ListingRecord } from '../../app/modules/listings/schema.ts'
import type { OrganizationRecord } from '../../app/modules/organizations/schema.ts'

type DemoListing = Omit<ListingRecord, 'kind' | 'status'> & { kind?: ListingRecord['kind']; status?: ListingRecord['status'] }
type DemoDoc = { organizations: OrganizationRecord[]; listings: DemoListing[] }
type ListingInput = Omit<ListingRecord, 'kind' | 'status'> & { kind: ListingRecord['kind']; status: ListingRecord['status'] }
export type SyntheticOrganization = {
	ref: string
	name: string
	uscc: string
	kind: 'enterprise' | 'finance' | 'research'
	region: string
	qualifications?: string[]
	verified?: boolean
}
export type SyntheticDocument = { organizations: SyntheticOrganization[]; listings: ListingInput[] }

const DEMO_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../db/seed/demo.json')

/** sfc32 seeded from a 32-bit integer through splitmix32: small, fast and the same on every platform. */
export function prng(seed: number): () => number {
	let s = seed >>> 0
	const split = () => {
		s = (s + 0x9e3779b9) >>> 0
		let z = s
		z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0
		z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0
		return (z ^ (z >>> 16)) >>> 0
	}
	let a = split(),
		b = split(),
		c = split(),
		d = split()
	return () => {
		const t = (((a + b) >>> 0) + d) >>> 0
		d = (d + 1) >>> 0
		a = b ^ (b >>> 9)
		b = (c + (c << 3)) >>> 0
		c = ((c << 21) | (c >>> 11)) >>> 0
		c = (c + t) >>> 0
		return t / 4294967296
	}
}

class Rng {
	constructor(readonly next: () => number) {}
	int(min: number, max: number): number {
		return min + Math.floor(this.next() * (max - min + 1))
	}
	pick<T>(xs: readonly T[]): T {
		return xs[Math.floor(this.next() * xs.length)]!
	}
	chance(p: number): boolean {
		return this.next() < p
	}
	/** k distinct elements in random order (k clamped to the list's length). */
	sample<T>(xs: readonly T[], k: number): T[] {
		const copy = [...xs]
		const out: T[] = []
		for (let i = 0; i < Math.min(k, copy.length); i++) {
			const j = i + Math.floor(this.next() * (copy.length - i))
			;[copy[i], copy[j]] = [copy[j]!, copy[i]!]
			out.push(copy[i]!)
		}
		return out
	}
}

type CategoryPool = { sentences: string[]; keywords: string[]; scenarios: string[]; certifications: string[] }
type Vocabulary = {
	templates: DemoListing[]
	templatesByKind: Map<string, DemoListing[]>
	orgKindOfTemplate: Map<DemoListing, SyntheticOrganization['kind']>
	pools: Map<string, CategoryPool>
	cities: { code: string; name: string }[]
	orgWords: Record<SyntheticOrganization['kind'], string[]>
	brandChars: string[]
}

const CITY_NAMES: Record<string, string> = {
	'360100': '南昌',
	'360200': '景德镇',
	'360300': '萍乡',
	'360400': '九江',
	'360500': '新余',
	'360600': '鹰潭',
	'360700': '赣州',
	'360800': '吉安',
	'360900': '宜春',
	'361000': '抚州',
	'361100': '上饶',
}
const TITLE_PREFIXES = ['', '', '', '', '新型', '智能', '便携式', '轻型', '重型', '高性能', '多功能', '一体化', '车载', '本安型', '防爆型', '全地形']
const TITLE_SUFFIXES = ['', '', '', '', '', '(升级版)', '(标准型)', '(加强型)', '套装', '(国产化)', 'Pro', '(二代)']
const MODEL_LETTERS = 'ABCDEFGHJKLMNPRSTWXYZ'
const EXTRA_SENTENCES = [
	'产品通过第三方检测机构型式检验，质保期两年，省内48小时内到场服务。',
	'可根据用户需求定制颜色、标识和配置，支持批量采购。',
	'配套提供操作培训和维护保养手册，备品备件长期供应。',
	'已在省内多支综合性消防救援队伍和专业救援队列装使用。',
	'Supports OEM customization; English manual available on request.',
	'支持政府采购和框架协议采购，可提供实物储备代储服务。',
]

let cachedDemo: Vocabulary | undefined

/** Reads the demo data once and turns it into pools of words per kind and category. */
export function vocabulary(): Vocabulary {
	if (cachedDemo) return cachedDemo
	const demo = JSON.parse(readFileSync(DEMO_FILE, 'utf8')) as DemoDoc
	const orgKind = new Map(demo.organizations.map((o) => [o.ref, o.kind]))
	const templates = demo.listings.filter((l) => (l.status ?? 'published') === 'published')
	const templatesByKind = new Map<string, DemoListing[]>()
	const orgKindOfTemplate = new Map<DemoListing, SyntheticOrganization['kind']>()
	const pools = new Map<string, CategoryPool>()
	for (const l of templates) {
		const kind = l.kind ?? 'equipment'
		templatesByKind.set(kind, [...(templatesByKind.get(kind) ?? []), l])
		orgKindOfTemplate.set(l, (orgKind.get(l.org) ?? 'enterprise') as SyntheticOrganization['kind'])
		const key = l.category ?? kind
		const pool = pools.get(key) ?? { sentences: [], keywords: [], scenarios: [], certifications: [] }
		for (const s of splitSentences(l.description ?? '')) if (!pool.sentences.includes(s)) pool.sentences.push(s)
		for (const k of l.keywords ?? []) if (!pool.keywords.includes(k)) pool.keywords.push(k)
		for (const s of l.scenarios ?? []) if (!pool.scenarios.includes(s)) pool.scenarios.push(s)
		for (const c of l.certifications ?? []) if (!pool.certifications.includes(c.type)) pool.certifications.push(c.type)
		pools.set(key, pool)
	}
	// Words between the city and 有限公司 in the demo enterprises' names ("消防装备", "应急电源科技", …).
	const orgWords: Vocabulary['orgWords'] = { enterprise: [], finance: [], research: [] }
	for (const o of demo.organizations) {
		if (o.kind === 'enterprise') {
			const m = /^(?:江西|南昌|景德镇|萍乡|九江|新余|鹰潭|赣州|吉安|宜春|抚州|上饶)(..)(.+?)有限公司$/.exec(o.name)
			if (m && !orgWords.enterprise.includes(m[2]!)) orgWords.enterprise.push(m[2]!)
		}
	}
	orgWords.finance = ['银行股份有限公司{city}科技支行', '农村商业银行股份有限公司', '财产保险股份有限公司{city}中心支公司', '融资担保有限公司']
	orgWords.research = ['安全应急技术研究院', '大学应急装备研究中心', '智能装备工程技术研究中心', '职业技术学院安全应急产业学院']
	const brandChars = [...new Set(demo.organizations.flatMap((o) => [...o.name.slice(2, 4)]).filter((c) => /\p{Script=Han}/u.test(c)))]
	const cities = Object.entries(CITY_NAMES).map(([code, name]) => ({ code, name }))
	cachedDemo = { templates, templatesByKind, orgKindOfTemplate, pools, cities, orgWords, brandChars }
	return cachedDemo
}

function splitSentences(text: string): string[] {
	return text
		.split(/(?<=[。；])/)
		.map((s) => s.trim())
		.filter(Boolean)
}

const QUALIFICATIONS = ['srdi', 'little_giant', 'single_champion', 'high_tech', 'chain_leader']

/** Organizations for n listings: about one per 40 listings (at least 20), mostly enterprises, 3% unverified. */
export function* syntheticOrganizations(n: number, seed: number): Generator<SyntheticOrganization> {
	const v = vocabulary()
	const rng = new Rng(prng(seed ^ 0x5eed0001))
	const count = organizationCount(n)
	for (let i = 0; i < count; i++) {
		const kind: SyntheticOrganization['kind'] = i % 50 === 1 ? 'finance' : i % 50 === 2 ? 'research' : 'enterprise'
		const city = rng.pick(v.cities)
		const brand = rng.pick(v.brandChars) + rng.pick(v.brandChars)
		const word = rng.pick(v.orgWords[kind]).replace('{city}', city.name)
		const name =
			kind === 'enterprise' ? `${city.name}${brand}${word}有限公司` : kind === 'finance' ? `赣${brand}${word}` : `${city.name}${brand}${word}`
		// 18 characters: register kind, city code, 9-character body (5 random, 4 from the index: unique), check character.
		const body = Array.from({ length: 5 }, () => USCC_CHARSET[rng.int(0, 30)]).join('') + encodeBase31(i, 4)
		const uscc = withCheckChar(`${kind === 'research' ? '12' : '91'}${city.code}${body}`)
		const org: SyntheticOrganization = { ref: `SYN-ORG-${String(i + 1).padStart(5, '0')}`, name, uscc, kind, region: city.code }
		if (kind === 'enterprise') {
			const q = rng.sample(QUALIFICATIONS, rng.int(0, 3))
			if (q.length) org.qualifications = q
		}
		if (rng.chance(0.03)) org.verified = false
		yield org
	}
}

export function organizationCount(n: number): number {
	return Math.max(20, Math.round(n / 40))
}

function encodeBase31(i: number, width: number): string {
	let s = ''
	let x = i
	for (let k = 0; k < width; k++) {
		s = USCC_CHARSET[x % 31]! + s
		x = Math.floor(x / 31)
	}
	return s
}

function jitter(rng: Rng, value: number): number {
	const v = value * (0.6 + rng.next() * 0.8)
	if (Number.isInteger(value)) return Math.max(value === 0 ? 0 : 1, Math.round(v))
	return Math.round(v * 10) / 10
}

function isoDate(rng: Rng): string {
	const y = rng.int(2025, 2031)
	const m = rng.int(1, 12)
	const d = rng.int(1, 28)
	return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

/** The listings, one at a time (refs SYN-000001…); each belongs to an organization of syntheticOrganizations(n, seed). */
export function* syntheticListings(n: number, seed: number): Generator<ListingInput> {
	const v = vocabulary()
	const rng = new Rng(prng(seed))
	const orgs = [...syntheticOrganizations(n, seed)]
	const orgsByKind = new Map<string, SyntheticOrganization[]>()
	for (const o of orgs) orgsByKind.set(o.kind, [...(orgsByKind.get(o.kind) ?? []), o])
	const equipment = v.templatesByKind.get('equipment')!
	for (let i = 0; i < n; i++) {
		// 94% equipment, the rest services, financial products and research results like the demo.
		const r = rng.next()
		const kind = r < 0.94 ? 'equipment' : r < 0.97 ? 'service' : r < 0.985 ? 'finance_product' : 'research_result'
		const t = rng.pick(v.templatesByKind.get(kind) ?? equipment)
		const owners = orgsByKind.get(v.orgKindOfTemplate.get(t)!) ?? orgsByKind.get('enterprise')!
		const org = rng.pick(owners)
		const pool = v.pools.get(t.category ?? t.kind ?? 'equipment')!
		const title = kind === 'equipment' ? `${rng.pick(TITLE_PREFIXES)}${t.title}${rng.pick(TITLE_SUFFIXES)}`.slice(0, 200) : t.title
		const listing: ListingInput = { ref: `SYN-${String(i + 1).padStart(6, '0')}`, org: org.ref, kind: t.kind ?? 'equipment', title, status: 'published' }
		if (t.model) {
			const prefix = t.model.replace(/[-\s]?\d.*$/, '') || 'M'
			const letters = rng.chance(0.5) ? prefix : MODEL_LETTERS[rng.int(0, MODEL_LETTERS.length - 1)]! + MODEL_LETTERS[rng.int(0, MODEL_LETTERS.length - 1)]!
			listing.model = `${letters}-${rng.int(10, 9999)}${rng.chance(0.3) ? rng.pick(['A', 'B', 'E', 'S', 'Ex', 'II']) : ''}`
		}
		if (t.category) listing.category = t.category
		const scenarios = rng.sample(pool.scenarios, rng.int(1, Math.min(3, pool.scenarios.length)))
		if (scenarios.length) listing.scenarios = scenarios
		// The template's own sentences (reordered, some dropped), sometimes one more of its category and a generic one.
		const own = splitSentences(t.description ?? '')
		const sentences = rng.sample(own, Math.max(1, own.length - rng.int(0, 1)))
		if (rng.chance(0.4)) sentences.push(rng.pick(pool.sentences))
		if (rng.chance(0.3)) sentences.push(rng.pick(EXTRA_SENTENCES))
		listing.description = [...new Set(sentences)].join('')
		const keywords = [...new Set([...rng.sample(t.keywords ?? [], rng.int(1, 4)), ...rng.sample(pool.keywords, rng.int(0, 1))])]
		if (keywords.length) listing.keywords = keywords
		if (t.specs?.length) listing.specs = t.specs.map((s) => ({ ...s, value: typeof s.value === 'number' ? jitter(rng, s.value) : s.value }))
		const certs = rng.sample(pool.certifications, rng.int(0, Math.min(3, pool.certifications.length)))
		if (certs.length)
			listing.certifications = certs.map((type) => ({ type, number: `${rng.int(10000, 99999)}Q${rng.int(10000, 99999)}R${rng.int(0, 3)}M`, validUntil: isoDate(rng) }))
		if (t.price?.min !== undefined) {
			const min = Math.round(jitter(rng, t.price.min))
			listing.price = { min, max: Math.round(min * (1 + rng.next() * 0.4)) }
		}
		if (t.leadTimeDays !== undefined) listing.leadTimeDays = rng.int(3, 60)
		if (t.monthlyCapacity !== undefined) listing.monthlyCapacity = rng.int(1, 500)
		if (t.stock !== undefined) listing.stock = rng.int(0, 200)
		if (rng.chance(0.05)) listing.status = 'draft'
		yield listing
	}
}

/** The whole document in memory (fine for 10k; the CLI streams instead). */
export function generateSynthetic(n: number, seed = 1): SyntheticDocument {
	return { organizations: [...syntheticOrganizations(n, seed)], listings: [...syntheticListings(n, seed)] }
}

/** The document as JSON text chunks, one record per line, for writing to a stream. */
export function* syntheticJsonChunks(n: number, seed = 1): Generator<string> {
	yield '{"organizations":[\n'
	let first = true
	for (const o of syntheticOrganizations(n, seed)) {
		yield (first ? '' : ',\n') + JSON.stringify(o)
		first = false
	}
	yield '\n],"listings":[\n'
	first = true
	for (const l of syntheticListings(n, seed)) {
		yield (first ? '' : ',\n') + JSON.stringify(l)
		first = false
	}
	yield '\n]}\n'
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const n = Number(process.argv[2] ?? 10_000)
	const seed = Number(process.argv[3] ?? 1)
	if (!Number.isInteger(n) || n < 0 || !Number.isInteger(seed)) {
		console.error('usage: npx tsx scripts/gen/synthetic-listings.ts <count> [seed] > file.json')
		process.exit(2)
	}
	const out = process.stdout
	let buffer = ''
	for (const chunk of syntheticJsonChunks(n, seed)) {
		buffer += chunk
		if (buffer.length > 1 << 16) {
			if (!out.write(buffer)) await new Promise((r) => out.once('drain', r))
			buffer = ''
		}
	}
	out.write(buffer)
}
