// Demo data for 应急装备供需对接平台 (Jiangxi): organizations, listings, demand lists, configuration standards and
// team inventories in the import format of interchange.md §1.
//
//   npx tsx scripts/gen/demo-data.ts      → writes db/seed/demo.json (2-space pretty JSON)
//
// Deterministic: a seeded PRNG (mulberry32) drives every choice, so the output is identical on every run.
// All names, credit codes, phone numbers and certificate numbers are fictional. Standards marked 示例 use
// illustrative quantities that have not been checked against the official texts.
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { isValidUscc, withCheckChar } from '#app/modules/catalog/uscc.ts'

// ───────────────────────────── record shapes (interchange.md §1) ─────────────────────────────

export type Spec = { name: string; value: number | string; unit?: string }
export type Certification = { type: string; number?: string; validUntil?: string }
export type Constraint = {
	name: string
	op: '>=' | '<=' | '=' | 'between' | 'in' | 'has'
	value?: number | string | string[]
	value2?: number
	unit?: string
}

export type OrganizationRecord = {
	ref: string
	name: string
	uscc: string
	kind: 'enterprise' | 'rescue_team' | 'bureau' | 'organizer' | 'finance' | 'research'
	region: string
	qualifications?: string[]
	teamType?: string
	headcount?: number
	level?: string
	contact?: string
	phone?: string
	email?: string
	address?: string
	website?: string
}

export type ListingRecord = {
	ref: string
	org: string
	kind: 'equipment' | 'service' | 'finance_product' | 'research_result'
	title: string
	model?: string
	category?: string
	scenarios?: string[]
	description?: string
	keywords?: string[]
	specs?: Spec[]
	certifications?: Certification[]
	price?: { min?: number; max?: number }
	leadTimeDays?: number
	monthlyCapacity?: number
	stock?: number
	status?: 'published' | 'draft'
}

export type DemandItemRecord = {
	ref: string
	name: string
	category?: string
	quantity: number
	unit?: string
	scenarios?: string[]
	specs?: Constraint[]
	certifications?: string[]
	budgetPerUnit?: number
	neededBy?: string
	notes?: string
}

export type DemandRecord = {
	ref: string
	org: string
	title: string
	kind: 'procurement' | 'catalog' | 'finance' | 'technology'
	deadline?: string
	region?: string
	items: DemandItemRecord[]
}

export type StandardItemRecord = {
	ref: string
	name: string
	category?: string
	quantity: { fixed?: number; perPerson?: number; min?: number }
	mandatory: boolean
	specs?: Constraint[]
	certifications?: string[]
	serviceLifeYears?: number
}

export type StandardRecord = {
	code: string
	title: string
	issuer?: string
	teamType: string
	level?: string
	items: StandardItemRecord[]
}

export type InventoryLot = { item?: string; name?: string; quantity: number; acquiredYear?: number }
export type TeamRecord = { org: string; standard: string; headcount: number; asOf?: string; inventory: InventoryLot[] }

export type DemoData = {
	organizations: OrganizationRecord[]
	listings: ListingRecord[]
	demands: DemandRecord[]
	standards: StandardRecord[]
	teams: TeamRecord[]
}

// ───────────────────────────── deterministic randomness ─────────────────────────────

const SEED = 20261031

function mulberry32(seed: number): () => number {
	let a = seed >>> 0
	return () => {
		a = (a + 0x6d2b79f5) | 0
		let t = Math.imul(a ^ (a >>> 15), 1 | a)
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296
	}
}

/** FNV-1a hash of a label, mixed with the global seed: an independent stream per template / record group. */
function streamSeed(label: string): number {
	let h = 0x811c9dc5 ^ SEED
	for (let i = 0; i < label.length; i++) {
		h ^= label.charCodeAt(i)
		h = Math.imul(h, 0x01000193)
	}
	return h >>> 0
}

class Rng {
	private readonly next: () => number
	constructor(seed: number) {
		this.next = mulberry32(seed)
	}
	float(): number {
		return this.next()
	}
	/** Integer in [a, b] inclusive. */
	int(a: number, b: number): number {
		return a + Math.floor(this.next() * (b - a + 1))
	}
	chance(p: number): boolean {
		return this.next() < p
	}
	pick<T>(xs: readonly T[]): T {
		if (xs.length === 0) throw new Error('pick from empty list')
		return xs[Math.floor(this.next() * xs.length)]!
	}
	shuffle<T>(xs: readonly T[]): T[] {
		const a = [...xs]
		for (let i = a.length - 1; i > 0; i--) {
			const j = Math.floor(this.next() * (i + 1))
			;[a[i], a[j]] = [a[j]!, a[i]!]
		}
		return a
	}
	sample<T>(xs: readonly T[], k: number): T[] {
		return this.shuffle(xs).slice(0, Math.max(0, Math.min(k, xs.length)))
	}
	digits(n: number): string {
		let s = ''
		for (let i = 0; i < n; i++) s += String(this.int(0, 9))
		return s
	}
	chars(charset: string, n: number): string {
		let s = ''
		for (let i = 0; i < n; i++) s += charset[this.int(0, charset.length - 1)]
		return s
	}
}

// ───────────────────────────── units and spec values ─────────────────────────────

/** A unit group: spellings of the same measure with their factor from the base value ([unit, factor]). */
type UG = ReadonlyArray<readonly [string, number]>

const FLOW_M3H: UG = [['m3/h', 1], ['m³/h', 1], ['立方米/小时', 1], ['方/小时', 1], ['m3/min', 1 / 60], ['L/s', 1 / 3.6]]
const FLOW_M3H_SMALL: UG = [['m3/h', 1], ['m³/h', 1], ['立方米/小时', 1], ['方/小时', 1], ['L/s', 1 / 3.6]]
const FLOW_LS: UG = [['L/s', 1], ['升/秒', 1], ['L/min', 60], ['m3/h', 3.6]]
const FLOW_LMIN: UG = [['L/min', 1], ['L/s', 1 / 60]]
const KG: UG = [['kg', 1], ['公斤', 1], ['千克', 1]]
const G: UG = [['g', 1], ['克', 1], ['kg', 0.001]]
const TON: UG = [['t', 1], ['吨', 1], ['kg', 1000]]
const TON_ONLY: UG = [['t', 1], ['吨', 1]]
const MM: UG = [['mm', 1], ['毫米', 1]]
const MM_CM: UG = [['mm', 1], ['毫米', 1], ['cm', 0.1]]
const CM: UG = [['cm', 1], ['mm', 10]]
const M: UG = [['m', 1], ['米', 1]]
const KM: UG = [['km', 1], ['公里', 1]]
const SEC: UG = [['s', 1], ['秒', 1]]
const MIN: UG = [['min', 1], ['分钟', 1]]
const HOUR: UG = [['h', 1], ['小时', 1], ['min', 60]]
const HOUR_ONLY: UG = [['h', 1], ['小时', 1]]
const DAY: UG = [['d', 1], ['天', 1]]
const KW: UG = [['kW', 1], ['KW', 1], ['千瓦', 1]]
const KW_MW: UG = [['kW', 1], ['KW', 1], ['千瓦', 1], ['MW', 0.001]]
const WATT: UG = [['W', 1], ['kW', 0.001]]
const W_ONLY: UG = [['W', 1]]
const MPA: UG = [['MPa', 1], ['兆帕', 1], ['bar', 10]]
const MPA_ONLY: UG = [['MPa', 1], ['兆帕', 1]]
const BAR: UG = [['bar', 1], ['MPa', 0.1]]
const KPA: UG = [['kPa', 1]]
const LITRE: UG = [['L', 1], ['升', 1]]
const LITRE_M3: UG = [['L', 1], ['升', 1], ['m3', 0.001]]
const ML: UG = [['mL', 1]]
const M3: UG = [['m3', 1]]
const KMH: UG = [['km/h', 1], ['公里/小时', 1]]
const MS: UG = [['m/s', 1]]
const MS_KMH: UG = [['m/s', 1], ['km/h', 3.6]]
const VOLT: UG = [['V', 1]]
const KV: UG = [['kV', 1]]
const KVA: UG = [['kVA', 1], ['VA', 1000]]
const PCT: UG = [['%', 1]]
const DB: UG = [['dB', 1]]
const LM: UG = [['lm', 1]]
const PPM: UG = [['ppm', 1]]
const CELSIUS: UG = [['℃', 1]]
const PERSON: UG = [['人', 1]]
const PIECE: UG = [['个', 1]]

/** Every unit spelling the generator may write (the unit parser understands all of them). */
export const ALLOWED_UNITS: readonly string[] = [
	...new Set(
		[FLOW_M3H, FLOW_LS, FLOW_LMIN, KG, G, TON, MM, CM, M, KM, SEC, MIN, HOUR, DAY, KW_MW, WATT, MPA, BAR, KPA, LITRE_M3, ML, M3, KMH, MS_KMH, VOLT, KV, KVA, PCT, DB, LM, PPM, CELSIUS, PERSON, PIECE]
			.flat()
			.map(([u]) => u),
	),
]

/** Rounds a converted value the way a supplier would write it. */
function nice(x: number): number {
	if (Number.isInteger(x)) return x
	const a = Math.abs(x)
	if (a >= 100) return Math.round(x)
	if (a >= 10) return Math.round(x * 10) / 10
	if (a >= 0.1) return Math.round(x * 100) / 100
	return Number(x.toPrecision(2))
}

/** A spec value: a fixed number, a [min, max, step] range, a fixed text or a choice of texts. */
type Val = number | string | readonly [number, number, number] | readonly string[]
type SpecDef = readonly [name: string, value: Val, units?: UG]

function isRange(v: Val): v is readonly [number, number, number] {
	return Array.isArray(v) && typeof v[0] === 'number'
}

function drawValue(r: Rng, v: Val): number | string {
	if (typeof v === 'number' || typeof v === 'string') return v
	if (isRange(v)) {
		const [lo, hi, step] = v
		const n = Math.floor((hi - lo) / step + 1e-9)
		return Number((lo + step * r.int(0, n)).toFixed(4))
	}
	return r.pick(v as readonly string[])
}

function pickUnit(r: Rng, ug: UG): readonly [string, number] {
	if (ug.length === 1 || r.chance(0.55)) return ug[0]!
	return r.pick(ug)
}

function makeSpec(r: Rng, name: string, v: Val, ug: UG | undefined): Spec {
	const value = drawValue(r, v)
	if (typeof value === 'string' || !ug) return { name, value }
	const [unit, factor] = pickUnit(r, ug)
	return { name, value: nice(value * factor), unit }
}

// ───────────────────────────── dates and certificates ─────────────────────────────

const pad = (n: number, w = 2) => String(n).padStart(w, '0')
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate()
function isoDay(y: number, m: number, d: number): string {
	return `${y}-${pad(m)}-${pad(Math.min(d, lastDay(y, m)))}`
}

/**
 * A validUntil between 2025-06-30 and 2031-12-31: ~12% already expired (2025-06…2026-09), ~15% expiring 2027-10…2028-06
 * (during the demo's 2028 procurement round, so some certificates lapse before an item's need-by date), the rest later.
 * The last two ranges move with the demand lists' round (DEMANDS_OPEN_UNTIL), keeping the matcher's results stable.
 */
function drawValidUntil(r: Rng): string {
	const x = r.float()
	let y: number
	let m: number
	if (x < 0.12) {
		// 2025-06 … 2026-09
		const k = r.int(0, 15)
		y = 2025 + Math.floor((5 + k) / 12)
		m = ((5 + k) % 12) + 1
	} else if (x < 0.27) {
		const k = r.int(0, 8) // 2027-10 … 2028-06
		y = 2027 + Math.floor((9 + k) / 12)
		m = ((9 + k) % 12) + 1
	} else {
		const k = r.int(0, 41) // 2028-07 … 2031-12
		y = 2028 + Math.floor((6 + k) / 12)
		m = ((6 + k) % 12) + 1
	}
	const d = r.chance(0.35) ? 31 : r.int(1, 28)
	const s = isoDay(y, m, d)
	return s < '2025-06-30' ? '2025-06-30' : s
}

const LETTERS = 'ABCDEFGHJK'

function certNumber(r: Rng, type: string, issueYear: number, validUntil: string | undefined, variant?: string): string | undefined {
	const yy = pad(issueYear % 100)
	switch (type) {
		case 'CCCF':
			return `CCCF-${issueYear}-${r.digits(7)}`
		case 'FIRE_VOL':
			return `XF-ZY-${issueYear}-${r.digits(6)}`
		case 'CCC':
			return `${issueYear}${r.pick(['01', '03', '09', '11'])}${r.digits(10)}`
		case 'MA':
			return `M${r.chars(LETTERS, 2)}${yy}${r.digits(4)}`
		case 'KA':
			return `K${r.chars(LETTERS, 2)}${yy}${r.digits(4)}`
		case 'EX':
			return `CNEx${yy}.${r.digits(4)}${r.pick(['X', 'X', 'U', ''])}`
		case 'CCS':
			return `${r.pick(['JJ', 'WH', 'NJ'])}${yy}P${r.digits(5)}`
		case 'NMPA':
			return variant === 'I' ? `赣抚械备${issueYear}${r.digits(4)}号` : `国械注准${issueYear}3${r.pick(['08', '21', '54'])}${r.digits(4)}`
		case 'TS':
			return `TS22360${r.digits(2)}-${validUntil ? validUntil.slice(0, 4) : issueYear + 4}`
		case 'VEH':
			return `工信部《道路机动车辆生产企业及产品》公告第${350 + (issueYear - 2021) * 12 + r.int(0, 11)}批`
		case 'CE':
			return `${r.pick(['0598', '2163', '0123', '2777'])}-${r.pick(['PPE', 'MD', 'MED'])}-${yy}${r.digits(4)}`
		case 'ISO9001':
			return `${r.digits(5)}Q${r.digits(5)}R${r.int(0, 3)}M/3600`
	}
	return undefined
}

/** Certificate spec in a template: `TYPE`, `TYPE?` (50%), `TYPE~` (25%), `TYPE:variant`. */
function makeCerts(r: Rng, defs: readonly string[]): Certification[] {
	const out: Certification[] = []
	for (const def of defs) {
		let code = def
		let p = 1
		if (code.endsWith('?')) {
			code = code.slice(0, -1)
			p = 0.5
		} else if (code.endsWith('~')) {
			code = code.slice(0, -1)
			p = 0.25
		}
		const [type, variant] = code.split(':') as [string, string | undefined]
		if (!r.chance(p)) continue
		if (type === 'VEH') {
			out.push({ type, number: certNumber(r, type, r.int(2021, 2026), undefined) })
			continue
		}
		const validUntil = drawValidUntil(r)
		const span = type === 'ISO9001' ? 3 : type === 'CCS' ? 4 : 5
		const issueYear = Math.min(2026, Number(validUntil.slice(0, 4)) - span)
		out.push({ type, number: certNumber(r, type, issueYear, validUntil, variant), validUntil })
	}
	return out
}

// ───────────────────────────── organizations ─────────────────────────────

type City = { code: string; abbr: string; name: string; area: string; parks: string[]; roads: string[] }

const CITIES: Record<string, City> = {
	JX: { code: '360000', abbr: 'JX', name: '江西省', area: '0791', parks: ['南昌市红谷滩区'], roads: ['会展路', '赣江中大道'] },
	NC: {
		code: '360100',
		abbr: 'NC',
		name: '南昌市',
		area: '0791',
		parks: ['南昌高新技术产业开发区', '南昌经济技术开发区', '南昌小蓝经济技术开发区', '青山湖区', '红谷滩区'],
		roads: ['火炬大街', '紫阳大道', '昌东大道', '金沙大道', '丰和中大道', '富山大道', '枫林大街'],
	},
	JDZ: {
		code: '360200',
		abbr: 'JDZ',
		name: '景德镇市',
		area: '0798',
		parks: ['景德镇高新技术产业开发区', '昌江区', '珠山区'],
		roads: ['航空大道', '梧桐大道', '长虹大道', '新厂西路'],
	},
	PX: {
		code: '360300',
		abbr: 'PX',
		name: '萍乡市',
		area: '0799',
		parks: ['萍乡经济技术开发区', '安源区', '湘东区', '芦溪县'],
		roads: ['楚萍东路', '玉湖路', '安源大道', '萍水路'],
	},
	JJ: {
		code: '360400',
		abbr: 'JJ',
		name: '九江市',
		area: '0792',
		parks: ['九江经济技术开发区', '濂溪区', '湖口县金砂湾工业园', '柴桑区'],
		roads: ['长城路', '港城大道', '九瑞大道', '滨江东路'],
	},
	XY: {
		code: '360500',
		abbr: 'XY',
		name: '新余市',
		area: '0790',
		parks: ['新余高新技术产业开发区', '渝水区', '分宜县'],
		roads: ['光明路', '赛维大道', '仙来东大道', '城东大道'],
	},
	YT: {
		code: '360600',
		abbr: 'YT',
		name: '鹰潭市',
		area: '0701',
		parks: ['鹰潭高新技术产业开发区', '月湖区', '余江区'],
		roads: ['龙岗大道', '白露大道', '梅园大道', '沿江北路'],
	},
	GZ: {
		code: '360700',
		abbr: 'GZ',
		name: '赣州市',
		area: '0797',
		parks: ['赣州经济技术开发区', '章贡区', '南康区', '赣县区'],
		roads: ['迎宾大道', '金岭西路', '华坚北路', '东江源大道'],
	},
	JA: {
		code: '360800',
		abbr: 'JA',
		name: '吉安市',
		area: '0796',
		parks: ['井冈山经济技术开发区', '吉州区', '青原区'],
		roads: ['深圳大道', '庐陵大道', '吉安南大道', '京九大道'],
	},
	YC: {
		code: '360900',
		abbr: 'YC',
		name: '宜春市',
		area: '0795',
		parks: ['宜春经济技术开发区', '袁州区', '丰城市'],
		roads: ['春风路', '宜阳大道', '锦绣大道', '经发大道'],
	},
	FZ: {
		code: '361000',
		abbr: 'FZ',
		name: '抚州市',
		area: '0794',
		parks: ['抚州高新技术产业开发区', '临川区', '东乡区'],
		roads: ['金巢大道', '赣东大道', '迎宾大道', '学府路'],
	},
	SR: {
		code: '361100',
		abbr: 'SR',
		name: '上饶市',
		area: '0793',
		parks: ['上饶经济技术开发区', '信州区', '广丰区', '鄱阳县'],
		roads: ['凤凰大道', '兴园大道', '旭日大道', '三清山大道'],
	},
}

type OrgSeed = {
	key: string
	city: keyof typeof CITIES
	name: string
	kind: OrganizationRecord['kind']
	/** Registration authority + organization type of the credit code (91 enterprise, 12 public institution, …). */
	type: '91' | '92' | '11' | '12' | '51' | '52'
	brand?: string
	qualifications?: string[]
	teamType?: string
	headcount?: number
	level?: string
	domain?: string
	address?: string
}

const ORG_SEEDS: OrgSeed[] = [
	// ── enterprises ──
	{ key: 'ganan', city: 'NC', name: '江西赣安消防装备有限公司', kind: 'enterprise', type: '91', brand: 'GA', qualifications: ['chain_leader', 'high_tech', 'little_giant'], domain: 'gananfire.com.cn' },
	{ key: 'changneng', city: 'NC', name: '南昌昌能应急电源科技有限公司', kind: 'enterprise', type: '91', brand: 'CN', qualifications: ['high_tech', 'little_giant'], domain: 'changneng-power.cn' },
	{ key: 'gantong', city: 'NC', name: '江西赣通应急通信技术有限公司', kind: 'enterprise', type: '91', brand: 'GT', qualifications: ['high_tech', 'srdi'], domain: 'gantong-ec.com' },
	{ key: 'ruike', city: 'NC', name: '南昌瑞科安全检测仪器有限公司', kind: 'enterprise', type: '91', brand: 'RK', qualifications: ['srdi'] },
	{ key: 'zhonggan', city: 'NC', name: '江西中赣特种车辆有限公司', kind: 'enterprise', type: '91', brand: 'ZGF', qualifications: ['chain_leader', 'high_tech'], domain: 'zgtzcl.com' },
	{ key: 'hongcheng', city: 'NC', name: '江西洪城排涝装备有限公司', kind: 'enterprise', type: '91', brand: 'HC', qualifications: ['little_giant', 'high_tech'] },
	{ key: 'xiangying', city: 'JDZ', name: '景德镇翔鹰航空应急装备有限公司', kind: 'enterprise', type: '91', brand: 'XY', qualifications: ['chain_leader', 'little_giant', 'high_tech'], domain: 'xyuav.com.cn' },
	{ key: 'pengxiang', city: 'JDZ', name: '景德镇鹏翔通用航空科技有限公司', kind: 'enterprise', type: '91', brand: 'PX', qualifications: ['high_tech'] },
	{ key: 'ankuang', city: 'PX', name: '萍乡安矿救援装备有限公司', kind: 'enterprise', type: '91', brand: 'AK', qualifications: ['single_champion', 'little_giant', 'high_tech'], domain: 'ankuang-rescue.com' },
	{ key: 'hengan', city: 'PX', name: '萍乡恒安矿用仪器有限公司', kind: 'enterprise', type: '91', brand: 'HA', qualifications: ['srdi'] },
	{ key: 'suian', city: 'PX', name: '萍乡隧安工程机械有限公司', kind: 'enterprise', type: '91', brand: 'SA' },
	{ key: 'xindun', city: 'JJ', name: '九江鑫盾救生装备制造有限公司', kind: 'enterprise', type: '91', brand: 'XD', qualifications: ['little_giant'], domain: 'xindun-marine.com' },
	{ key: 'xunan', city: 'JJ', name: '九江浔安消防防护用品有限公司', kind: 'enterprise', type: '91', brand: 'XA', qualifications: ['srdi', 'high_tech'] },
	{ key: 'jiangrui', city: 'JJ', name: '九江江瑞应急船艇有限公司', kind: 'enterprise', type: '91', brand: 'JR' },
	{ key: 'lufeng', city: 'JJ', name: '九江庐峰消防科技有限公司', kind: 'enterprise', type: '91', brand: 'LF', qualifications: ['high_tech'], domain: 'lufengxf.com' },
	{ key: 'gangcheng', city: 'XY', name: '新余钢城救援工具有限公司', kind: 'enterprise', type: '91', brand: 'GC', qualifications: ['srdi'] },
	{ key: 'ganxi', city: 'XY', name: '新余赣西安全装备有限公司', kind: 'enterprise', type: '91', brand: 'GX' },
	{ key: 'tongdu', city: 'YT', name: '鹰潭铜都安全防护用品有限公司', kind: 'enterprise', type: '91', brand: 'TD' },
	{ key: 'xinda', city: 'YT', name: '鹰潭信达物联监测技术有限公司', kind: 'enterprise', type: '91', brand: 'XT', qualifications: ['high_tech'] },
	{ key: 'zhanggong', city: 'GZ', name: '赣州章贡应急装备有限公司', kind: 'enterprise', type: '91', brand: 'ZY' },
	{ key: 'xian', city: 'GZ', name: '赣州稀安防护科技有限公司', kind: 'enterprise', type: '91', brand: 'XN', qualifications: ['srdi'] },
	{ key: 'linan', city: 'GZ', name: '赣州林安森林消防装备有限公司', kind: 'enterprise', type: '91', brand: 'LA' },
	{ key: 'jinggang', city: 'JA', name: '吉安井冈电子仪器有限公司', kind: 'enterprise', type: '91', brand: 'JG', qualifications: ['high_tech'] },
	{ key: 'luling', city: 'JA', name: '吉安庐陵应急照明科技有限公司', kind: 'enterprise', type: '91', brand: 'LL' },
	{ key: 'lineng', city: 'YC', name: '宜春锂能储能科技有限公司', kind: 'enterprise', type: '91', brand: 'LN', qualifications: ['high_tech', 'srdi'] },
	{ key: 'mingyue', city: 'YC', name: '宜春明月山水文仪器有限公司', kind: 'enterprise', type: '91', brand: 'MY' },
	{ key: 'linchuan', city: 'FZ', name: '抚州临川医疗急救设备有限公司', kind: 'enterprise', type: '91', brand: 'LC' },
	{ key: 'gandong', city: 'FZ', name: '抚州赣东化工安全装备有限公司', kind: 'enterprise', type: '91', brand: 'GD' },
	{ key: 'xinjiang', city: 'SR', name: '上饶信江工程机械有限公司', kind: 'enterprise', type: '91', brand: 'XJ' },
	{ key: 'sanqing', city: 'SR', name: '上饶三清山户外应急用品有限公司', kind: 'enterprise', type: '91', brand: 'SQ' },
	{ key: 'pohu', city: 'SR', name: '上饶鄱湖防汛装备有限公司', kind: 'enterprise', type: '91', brand: 'PH' },
	// ── finance, research, organizer ──
	{ key: 'gpbank', city: 'NC', name: '赣鄱银行股份有限公司南昌高新科技支行', kind: 'finance', type: '91' },
	{ key: 'pean', city: 'NC', name: '鄱安财产保险股份有限公司江西分公司', kind: 'finance', type: '91' },
	{ key: 'gjkd', city: 'NC', name: '赣江科技大学安全应急装备研究院', kind: 'research', type: '12' },
	{ key: 'jxyjy', city: 'NC', name: '江西省安全应急技术研究院', kind: 'research', type: '12' },
	{ key: 'xiehui', city: 'JX', name: '江西省安全应急产业协会', kind: 'organizer', type: '51', address: '南昌市红谷滩区会展路1099号国际会展中心B区' },
	// ── bureaus ──
	{ key: 'wzzx', city: 'JX', name: '江西省应急物资保障中心', kind: 'bureau', type: '12', address: '南昌市红谷滩区赣江中大道2101号' },
	{ key: 'ncyj', city: 'NC', name: '南昌市应急管理局', kind: 'bureau', type: '11' },
	{ key: 'jjyj', city: 'JJ', name: '九江市应急管理局', kind: 'bureau', type: '11' },
	{ key: 'pxyj', city: 'PX', name: '萍乡市应急管理局', kind: 'bureau', type: '11' },
	{ key: 'gzyj', city: 'GZ', name: '赣州市应急管理局', kind: 'bureau', type: '11' },
	// ── rescue teams ──
	{ key: 'nc_tq', city: 'NC', name: '南昌市消防救援支队红谷滩特勤消防救援站', kind: 'rescue_team', type: '12', teamType: 'fire_station', headcount: 45, level: '特勤站' },
	{ key: 'jj_bl', city: 'JJ', name: '九江市消防救援支队八里湖消防救援站', kind: 'rescue_team', type: '12', teamType: 'fire_station', headcount: 32, level: '一级站' },
	{ key: 'ja_ll', city: 'JA', name: '吉安市消防救援支队庐陵消防救援站', kind: 'rescue_team', type: '12', teamType: 'fire_station', headcount: 28, level: '一级站' },
	{ key: 'px_ks', city: 'PX', name: '萍乡市矿山救护大队安源中队', kind: 'rescue_team', type: '12', teamType: 'mine_rescue', headcount: 27, level: '二级' },
	{ key: 'yc_ks', city: 'YC', name: '宜春市矿山救护队丰城中队', kind: 'rescue_team', type: '12', teamType: 'mine_rescue', headcount: 24, level: '三级' },
	{ key: 'jj_wh', city: 'JJ', name: '九江湖口化工园区危化品应急救援队', kind: 'rescue_team', type: '12', teamType: 'hazchem_rescue', headcount: 36, level: '市级' },
	{ key: 'sr_fx', city: 'SR', name: '上饶市鄱阳湖防汛抢险大队', kind: 'rescue_team', type: '12', teamType: 'flood_rescue', headcount: 60, level: '市级' },
	{ key: 'gz_sl', city: 'GZ', name: '赣州市森林消防专业支队', kind: 'rescue_team', type: '12', teamType: 'forest_fire', headcount: 48, level: '市级' },
]

const SURNAMES = ['王', '李', '刘', '陈', '张', '杨', '黄', '吴', '胡', '徐', '邹', '熊', '罗', '彭', '万', '涂', '曾', '钟', '廖', '肖', '付', '龚', '程', '余']
const GIVEN = ['建华', '志强', '晓明', '海燕', '国平', '丽萍', '文斌', '红梅', '伟', '敏', '俊杰', '雪梅', '永红', '立新', '冬生', '春华', '小军', '慧', '鹏', '静']
const EXTRA_ADDRESS: Record<string, string> = {
	ncyj: '南昌市红谷滩区丰和中大道1009号',
	jjyj: '九江市濂溪区长虹西大道288号',
	pxyj: '萍乡市安源区楚萍东路366号',
	gzyj: '赣州市章贡区长征大道18号',
	nc_tq: '南昌市红谷滩区庐山南大道699号',
	jj_bl: '九江市濂溪区八里湖南大道166号',
	ja_ll: '吉安市吉州区庐陵大道58号',
	px_ks: '萍乡市安源区安源镇跃进路12号',
	yc_ks: '丰城市剑光街道矿务路8号',
	jj_wh: '九江市湖口县金砂湾工业园化工大道9号',
	sr_fx: '上饶市鄱阳县饶州街道滨湖路66号',
	gz_sl: '赣州市章贡区沙石镇林场路21号',
	gjkd: '南昌市青山湖区南京东路2188号科研楼A座',
	jxyjy: '南昌市红谷滩区学府大道1号',
	gpbank: '南昌高新技术产业开发区火炬大街588号',
	pean: '南昌市红谷滩区赣江中大道1218号新地中心28层',
}

function contactFor(r: Rng, seed: OrgSeed): string {
	const s = r.pick(SURNAMES)
	const kind = seed.kind
	if (kind === 'enterprise') return r.chance(0.4) ? `${s}${r.pick(GIVEN)}` : `${s}${r.pick(['经理', '工', '总', '经理'])}`
	if (kind === 'rescue_team')
		return `${s}${r.pick(seed.teamType === 'fire_station' ? ['站长', '指导员', '装备技师'] : ['队长', '中队长', '指导员', '装备管理员'])}`
	if (kind === 'bureau') return `${s}${r.pick(seed.city === 'JX' ? ['主任', '副主任', '科长'] : ['科长', '副科长'])}`
	if (kind === 'finance') return `${s}${r.pick(seed.name.includes('保险') ? ['经理', '总经理助理'] : ['客户经理', '行长助理'])}`
	if (kind === 'research') return `${s}${r.pick(['教授', '研究员', '主任'])}`
	return `${s}${r.pick(['秘书长', '主任'])}`
}

function buildOrganizations(r: Rng): { orgs: OrganizationRecord[]; refByKey: Map<string, string>; seedByKey: Map<string, OrgSeed> } {
	const counters = new Map<string, number>()
	const usedUscc = new Set<string>()
	const orgs: OrganizationRecord[] = []
	const refByKey = new Map<string, string>()
	const seedByKey = new Map<string, OrgSeed>()
	const charset = '0123456789ABCDEFGHJKLMNPQRTUWXY'
	for (const s of ORG_SEEDS) {
		const city = CITIES[s.city]!
		const n = (counters.get(s.city) ?? 0) + 1
		counters.set(s.city, n)
		const ref = `ORG-${city.abbr}-${pad(n, 3)}`
		let uscc = ''
		do {
			let body: string
			if (s.type === '91') body = r.chance(0.75) ? `MA3${r.chars(charset, 6)}` : `${r.pick(['7', '6', '1'])}${r.digits(7)}${r.chars(charset, 1)}`
			else if (s.type === '51') body = `MJ${r.digits(6)}${r.chars(charset, 1)}`
			else if (s.type === '11') body = `${r.pick(['0', '7'])}${r.digits(7)}${r.chars(charset, 1)}`
			else body = `${r.pick(['4', '7', '5'])}${r.digits(7)}${r.chars(charset, 1)}`
			uscc = withCheckChar(`${s.type}${city.code}${body}`)
		} while (usedUscc.has(uscc) || !isValidUscc(uscc))
		usedUscc.add(uscc)
		const local = `${r.pick(['8', '8', '8', '6'])}${r.digits(7)}`
		const park = r.pick(city.parks)
		const short = city.name.replace(/市$/, '')
		const street = `${park}${r.pick(city.roads)}${r.int(1, 999)}号`
		const address = s.address ?? EXTRA_ADDRESS[s.key] ?? (park.startsWith(short) ? `江西省${street}` : `${city.name}${street}`)
		const o: OrganizationRecord = { ref, name: s.name, uscc, kind: s.kind, region: city.code }
		if (s.qualifications?.length) o.qualifications = s.qualifications
		if (s.kind === 'rescue_team') {
			o.teamType = s.teamType
			o.headcount = s.headcount
			o.level = s.level
		}
		o.contact = contactFor(r, s)
		o.phone = `${city.area}-${local}`
		if (s.domain) o.email = `${r.pick(['sales', 'market', 'service', 'info'])}@${s.domain}`
		o.address = address
		if (s.domain && r.chance(0.6)) o.website = `https://www.${s.domain}`
		orgs.push(o)
		refByKey.set(s.key, ref)
		seedByKey.set(s.key, s)
	}
	return { orgs, refByKey, seedByKey }
}

// ───────────────────────────── equipment templates ─────────────────────────────

type Variant = { m: string; t?: string; p?: number; v?: Record<string, Val> }
type Tpl = {
	cat: string
	titles: readonly string[]
	/** Model numbers; `{B}` is replaced by the maker's brand code. */
	variants: readonly Variant[]
	specs: readonly SpecDef[]
	certs: readonly string[]
	scen: readonly string[]
	kw: readonly string[]
	desc: readonly string[]
	price: readonly [number, number]
	lead: readonly [number, number]
	cap: readonly [number, number]
	stock: readonly [number, number]
	/** Maker keys; a key listed twice gets a second listing with another variant. */
	makers: readonly string[]
}

const FIRE_PPE = ['FIRE_VOL', 'ISO9001?', 'CE~'] as const

const TEMPLATES: Tpl[] = [
	// ══════ 010101 地震与地质灾害监测设备 ══════
	{
		cat: '010101',
		titles: ['北斗GNSS地表位移监测站', '北斗高精度地表形变监测站'],
		variants: [{ m: '{B}-GM100' }, { m: '{B}-GM200', p: 1.25 }],
		specs: [
			['水平精度', [2, 3, 0.5], MM],
			['垂直精度', [4, 6, 1], MM],
			['平均功耗', [2, 5, 0.5], W_ONLY],
			['防护等级', ['IP67', 'IP68']],
			['数据传输', ['4G/北斗短报文', '4G/NB-IoT/北斗短报文']],
		],
		certs: ['ISO9001', 'CE~'],
		scen: ['earthquake_geo', 'flood'],
		kw: ['GNSS', '北斗', '滑坡监测', 'landslide monitoring', '地灾监测', '形变监测'],
		desc: [
			'采用北斗三号多频多系统高精度定位板卡，实时解算地表三维位移，适用于滑坡、崩塌等地质灾害隐患点监测。',
			'太阳能供电，支持低功耗休眠和加密上报，可接入省、市地质灾害监测预警平台。',
			'一体化设计，现场安装调试时间不超过2小时。',
		],
		price: [18000, 32000],
		lead: [15, 30],
		cap: [60, 200],
		stock: [10, 60],
		makers: ['xinda', 'mingyue', 'jinggang'],
	},
	{
		cat: '010101',
		titles: ['拉线式裂缝监测仪', '地表裂缝位移计'],
		variants: [{ m: 'LF-1000', v: { 量程: 1000 } }, { m: 'LF-2000', v: { 量程: 2000 }, p: 1.2 }],
		specs: [
			['量程', 1000, MM],
			['分辨率', [0.1, 0.1, 0.1], MM],
			['防护等级', 'IP68'],
			['电池续航', [180, 360, 60], DAY],
		],
		certs: ['ISO9001?'],
		scen: ['earthquake_geo'],
		kw: ['裂缝计', 'crack meter', '地质灾害', '崩塌'],
		desc: ['用于地表裂缝、危岩体裂缝的张开位移自动监测，超阈值就地声光报警并上报平台。', '内置锂亚电池，免布线安装。'],
		price: [3800, 6500],
		lead: [10, 20],
		cap: [200, 500],
		stock: [30, 150],
		makers: ['xinda', 'hengan'],
	},
	{
		cat: '010101',
		titles: ['地震预警信息发布终端', '地震预警接收终端(学校、社区版)'],
		variants: [{ m: '{B}-DZ10' }, { m: '{B}-DZ20', p: 1.3 }],
		specs: [
			['报警声压级', [85, 100, 5], DB],
			['预警响应时间', [1, 3, 1], SEC],
			['工作电压', 220, VOLT],
			['防护等级', ['IP54', 'IP65']],
		],
		certs: ['CCC?', 'ISO9001?'],
		scen: ['earthquake_geo', 'household'],
		kw: ['地震预警', 'earthquake early warning', '预警终端', '社区'],
		desc: ['接收地震预警信息后自动进行声光播报和倒计时提示，支持学校、社区、厂矿等场所部署。', '断电后备用电池可持续工作8小时以上。'],
		price: [2600, 5200],
		lead: [7, 20],
		cap: [300, 1000],
		stock: [50, 300],
		makers: ['jinggang', 'xinda'],
	},
	// ══════ 010102 水文气象与洪涝监测设备 ══════
	{
		cat: '010102',
		titles: ['雷达水位计', '非接触式雷达水位计'],
		variants: [{ m: 'RLM-30', v: { 量程: 30 } }, { m: 'RLM-70', v: { 量程: 70 }, p: 1.3 }],
		specs: [
			['量程', 30, M],
			['测量精度', [2, 3, 1], MM],
			['防护等级', 'IP68'],
			['平均功耗', [0.3, 1, 0.1], W_ONLY],
		],
		certs: ['ISO9001?', 'CE~'],
		scen: ['flood', 'waterlogging'],
		kw: ['水位计', 'radar level', '水文监测', '水库', '河道'],
		desc: ['采用80GHz调频连续波雷达，非接触测量河道、水库及城市低洼点水位。', '支持RS485/4G输出，适配水利部水文监测数据通信规约。'],
		price: [4500, 9800],
		lead: [10, 25],
		cap: [150, 400],
		stock: [20, 120],
		makers: ['mingyue', 'xinda'],
	},
	{
		cat: '010102',
		titles: ['翻斗式雨量计', '自动雨量监测站'],
		variants: [
			{ m: 'JDZ05-1', v: { 分辨率: 0.5 } },
			{ m: 'JDZ02-1', v: { 分辨率: 0.2 }, p: 1.15 },
			{ m: 'JDZ01-1', v: { 分辨率: 0.1 }, p: 1.3 },
		],
		specs: [
			['承雨口径', 200, MM],
			['分辨率', 0.5, MM],
			['雨强范围', '0~4mm/min'],
			['防护等级', ['IP65', 'IP66']],
		],
		certs: ['ISO9001?'],
		scen: ['flood', 'earthquake_geo', 'waterlogging'],
		kw: ['雨量计', 'rain gauge', '雨量站', '山洪预警'],
		desc: ['不锈钢承雨器，翻斗计量，适用于山洪、地质灾害雨量监测站点。', '可与遥测终端机配套组成自动雨量站。'],
		price: [2200, 4800],
		lead: [7, 20],
		cap: [300, 800],
		stock: [50, 300],
		makers: ['mingyue', 'xinda', 'jinggang'],
	},
	{
		cat: '010102',
		titles: ['城市内涝积水监测仪', '道路积水监测预警站'],
		variants: [{ m: '{B}-JS100' }, { m: '{B}-JS200', p: 1.2 }],
		specs: [
			['测量范围', [2, 5, 1], M],
			['测量精度', 1, CM],
			['电池续航', [365, 1095, 365], DAY],
			['防护等级', 'IP68'],
			['报警方式', '声光报警+短信推送'],
		],
		certs: ['ISO9001?'],
		scen: ['waterlogging', 'flood'],
		kw: ['积水监测', '内涝', 'waterlogging sensor', '下穿隧道', '低洼路段'],
		desc: ['适用于下穿隧道、立交桥下、低洼路段的积水深度实时监测，超限自动联动路侧LED屏提示。', '压力式+超声波双传感冗余测量。', '支持NB-IoT/4G回传，电池供电免布线。'],
		price: [3500, 7800],
		lead: [10, 20],
		cap: [200, 600],
		stock: [40, 200],
		makers: ['mingyue', 'xinda', 'jinggang'],
	},
	{
		cat: '010102',
		titles: ['手持式电波流速仪'],
		variants: [{ m: 'SVR-20' }],
		specs: [
			['测速范围上限', [15, 20, 5], MS],
			['测速精度', 0.01, MS],
			['测量距离', [30, 100, 10], M],
			['整机重量', [1.2, 1.8, 0.1], KG],
		],
		certs: ['ISO9001?', 'CE~'],
		scen: ['flood'],
		kw: ['流速仪', 'surface velocity radar', '测流', '洪水'],
		desc: ['非接触式测量河流表面流速，洪水期无需下水作业，保障测流人员安全。', '内置倾角补偿，单人手持即可完成测量。'],
		price: [16000, 28000],
		lead: [10, 30],
		cap: [30, 80],
		stock: [5, 30],
		makers: ['mingyue'],
	},
	// ══════ 010103 森林火险监测设备 ══════
	{
		cat: '010103',
		titles: ['森林防火双光谱监控云台', '森林防火热成像视频监测系统'],
		variants: [
			{ m: '{B}-FM800', v: { 监测距离: 8, 热成像分辨率: '640×512' } },
			{ m: '{B}-FM1200', v: { 监测距离: 12, 热成像分辨率: '1280×1024' }, p: 1.7 },
		],
		specs: [
			['监测距离', 8, KM],
			['热成像分辨率', '640×512'],
			['光学变焦', ['52倍', '55倍', '60倍']],
			['防护等级', ['IP66', 'IP67']],
		],
		certs: ['ISO9001', 'CCC~'],
		scen: ['forest_fire'],
		kw: ['双光谱', '热成像', 'thermal camera', '森林防火', '烟火识别', 'AI'],
		desc: [
			'可见光与热成像双光谱一体化云台，内置烟火识别算法，自动定位火点并推送告警。',
			'360°连续旋转，支持GIS地图联动和三维定位。',
			'适用于林区瞭望塔、制高点铁塔部署。',
		],
		price: [98000, 118000],
		lead: [20, 45],
		cap: [20, 60],
		stock: [3, 20],
		makers: ['linan', 'xinda', 'xiangying'],
	},
	{
		cat: '010103',
		titles: ['森林火险因子监测站', '森林火险气象监测站'],
		variants: [{ m: 'FF-QX8' }],
		specs: [
			['风速量程', [45, 60, 15], MS],
			['测温范围下限', -40, CELSIUS],
			['可燃物含水率测量范围', '0~100%'],
			['平均功耗', [3, 6, 1], W_ONLY],
			['数据传输', '4G/北斗短报文'],
		],
		certs: ['ISO9001?'],
		scen: ['forest_fire'],
		kw: ['火险等级', '气象站', 'fire danger', '可燃物含水率'],
		desc: ['同步采集风速、风向、温湿度、降水及可燃物含水率，自动计算森林火险等级。', '太阳能供电，野外无人值守运行。'],
		price: [26000, 48000],
		lead: [15, 30],
		cap: [20, 80],
		stock: [5, 30],
		makers: ['mingyue', 'linan'],
	},
	// ══════ 010201 气体检测报警仪器 ══════
	{
		cat: '010201',
		titles: ['便携式四合一气体检测仪', '便携式复合气体检测仪'],
		variants: [{ m: 'GT-4000' }, { m: '{B}-4S' }, { m: '{B}-M4' }],
		specs: [
			['检测气体', ['LEL/O2/CO/H2S', 'CH4/O2/CO/H2S']],
			['响应时间', [15, 40, 5], SEC],
			['防护等级', ['IP65', 'IP66', 'IP67', 'IP68']],
			['防爆等级', ['Ex ia IIC T4 Ga', 'Ex ib IIC T4 Gb', 'Ex ia IIC T4 Ga']],
			['连续工作时间', [10, 30, 2], HOUR_ONLY],
			['整机重量', [180, 320, 10], G],
		],
		certs: ['EX', 'CCC', 'ISO9001?', 'CE~'],
		scen: ['hazchem', 'mine_tunnel', 'urban_fire'],
		kw: ['四合一', 'gas detector', '有限空间', '可燃气体', '硫化氢'],
		desc: [
			'同时检测可燃气体、氧气、一氧化碳和硫化氢，声光振三重报警。',
			'适用于有限空间作业、化工巡检和应急处置现场。',
			'支持数据存储与蓝牙导出，可配套自动标定站。',
		],
		price: [1800, 4200],
		lead: [3, 15],
		cap: [300, 1500],
		stock: [50, 400],
		makers: ['ruike', 'jinggang', 'hengan', 'gandong'],
	},
	{
		cat: '010201',
		titles: ['点型可燃气体探测器(防爆型)', '固定式可燃气体探测器'],
		variants: [{ m: 'GT-{B}2100', v: { 检测气体: '可燃气体(甲烷)' } }, { m: 'GT-{B}2300', v: { 检测气体: '可燃气体(丙烷)' } }],
		specs: [
			['检测气体', '可燃气体(甲烷)'],
			['量程', 100, PCT],
			['响应时间', [10, 30, 5], SEC],
			['防爆等级', 'Ex db IIC T6 Gb'],
			['工作电压', 24, VOLT],
			['防护等级', 'IP66'],
		],
		certs: ['CCCF', 'EX', 'CCC?'],
		scen: ['hazchem', 'urban_fire'],
		kw: ['可燃气体探测器', 'combustible gas detector', '燃气泄漏', '%LEL'],
		desc: ['催化燃烧原理，4~20mA/RS485输出，可接入可燃气体报警控制器。', '适用于石化、燃气场站、餐饮厨房等场所。'],
		price: [680, 1600],
		lead: [5, 15],
		cap: [1000, 5000],
		stock: [200, 1500],
		makers: ['ruike', 'jinggang'],
	},
	{
		cat: '010201',
		titles: ['光离子化(PID)VOC检测仪', '便携式VOC气体检测仪'],
		variants: [{ m: 'PID-{B}3000' }],
		specs: [
			['检测气体', 'VOC'],
			['量程', [2000, 10000, 2000], PPM],
			['分辨率', [0.1, 0.1, 0.1], PPM],
			['响应时间', [3, 5, 1], SEC],
			['防爆等级', 'Ex ia IIC T4 Ga'],
			['防护等级', 'IP67'],
		],
		certs: ['EX', 'CCC?', 'CE~'],
		scen: ['hazchem'],
		kw: ['PID', 'VOC', '挥发性有机物', 'photoionization detector'],
		desc: ['10.6eV紫外灯光离子化检测，快速筛查泄漏现场挥发性有机物浓度。', '内置数百种VOC校正系数库。'],
		price: [12000, 26000],
		lead: [7, 20],
		cap: [50, 200],
		stock: [10, 60],
		makers: ['ruike', 'gandong'],
	},
	{
		cat: '010201',
		titles: ['泵吸式多气体检测仪(六合一)', '泵吸式复合气体检测仪'],
		variants: [{ m: '{B}-6P' }],
		specs: [
			['检测气体', ['LEL/O2/CO/H2S/NH3/Cl2', 'LEL/O2/CO/H2S/SO2/NO2']],
			['采样流量', [0.4, 0.6, 0.1], [['L/min', 1]]],
			['响应时间', [20, 35, 5], SEC],
			['防爆等级', 'Ex ia IIC T4 Ga'],
			['防护等级', ['IP65', 'IP66']],
			['连续工作时间', [8, 16, 2], HOUR_ONLY],
		],
		certs: ['EX', 'CCC', 'ISO9001?'],
		scen: ['hazchem', 'mine_tunnel'],
		kw: ['泵吸式', 'multi-gas detector', '有毒气体', '氨气', '氯气'],
		desc: ['内置采样泵，可远距离抽取有限空间、储罐内部气体进行检测。', '最多支持六种传感器任意组合。'],
		price: [6500, 12800],
		lead: [7, 20],
		cap: [100, 400],
		stock: [20, 100],
		makers: ['ruike', 'gandong', 'hengan'],
	},
	// ══════ 010202 火灾探测报警设备 ══════
	{
		cat: '010202',
		titles: ['点型光电感烟火灾探测器'],
		variants: [{ m: 'JTY-GD-{B}01' }, { m: 'JTY-GD-{B}100' }],
		specs: [
			['工作电压', 24, VOLT],
			['保护半径', 5.8, M],
			['工作温度下限', -10, CELSIUS],
			['确认灯', '红色LED'],
		],
		certs: ['CCCF'],
		scen: ['urban_fire'],
		kw: ['烟感', 'smoke detector', '火灾报警', '二总线'],
		desc: ['二总线制编码型光电感烟探测器，配套火灾报警控制器使用。', '具备防虫网和抗电磁干扰设计，误报率低。'],
		price: [45, 120],
		lead: [3, 10],
		cap: [20000, 80000],
		stock: [3000, 20000],
		makers: ['jinggang', 'ganan', 'lufeng'],
	},
	{
		cat: '010202',
		titles: ['独立式光电感烟火灾探测报警器', '家用独立式烟雾报警器'],
		variants: [{ m: 'JTY-GF-{B}10' }],
		specs: [
			['报警声压级', [80, 85, 5], DB],
			['工作电压', [3, 9, 6], VOLT],
			['电池类型', ['10年免维护锂电池', '9V碱性电池']],
		],
		certs: ['CCCF'],
		scen: ['household', 'urban_fire'],
		kw: ['烟雾报警器', 'smoke alarm', '家庭消防', '独立式'],
		desc: ['无需布线，吸顶安装，适用于住宅、出租屋、养老院、小型场所。', '支持一键自检和低电量提醒。'],
		price: [38, 95],
		lead: [3, 10],
		cap: [30000, 100000],
		stock: [5000, 30000],
		makers: ['jinggang', 'sanqing'],
	},
	{
		cat: '010202',
		titles: ['火灾报警控制器(联动型)'],
		variants: [{ m: 'JB-QB-{B}9000', v: { 系统容量: 3200 } }, { m: 'JB-QG-{B}300', v: { 系统容量: 1600 }, p: 0.7 }],
		specs: [
			['系统容量', 1600, PIECE],
			['工作电压', 220, VOLT],
			['备电工作时间', 8, HOUR_ONLY],
		],
		certs: ['CCCF', 'ISO9001?'],
		scen: ['urban_fire'],
		kw: ['报警主机', 'fire alarm control panel', '联动控制', '消防控制室'],
		desc: ['集火灾报警与联动控制于一体，支持多回路扩展和网络化集中监控。', '符合GB 4717、GB 16806要求。'],
		price: [8800, 26000],
		lead: [7, 20],
		cap: [100, 500],
		stock: [20, 100],
		makers: ['jinggang', 'ganan'],
	},
	{
		cat: '010202',
		titles: ['点型红外火焰探测器(防爆型)', '三波段红外火焰探测器'],
		variants: [{ m: 'JTG-ZF-{B}620/Ex' }],
		specs: [
			['探测距离', [25, 60, 5], M],
			['响应时间', [3, 10, 1], SEC],
			['防爆等级', 'Ex db IIC T6 Gb'],
			['防护等级', 'IP66'],
			['工作电压', 24, VOLT],
		],
		certs: ['CCCF', 'EX', 'CCC?'],
		scen: ['hazchem', 'urban_fire'],
		kw: ['火焰探测器', 'flame detector', '油气', '防爆'],
		desc: ['三波段红外识别烃类火焰，有效抑制阳光、电焊弧光干扰。', '适用于油库、化工装置区、加油站等爆炸危险场所。'],
		price: [2800, 6800],
		lead: [7, 20],
		cap: [200, 800],
		stock: [30, 150],
		makers: ['jinggang', 'lufeng'],
	},
	// ══════ 010203 矿山安全监测监控设备 ══════
	{
		cat: '010203',
		titles: ['矿用本安型甲烷传感器', '矿用甲烷传感器'],
		variants: [
			{ m: 'GJC4', v: { 测量范围: 4 } },
			{ m: 'GJC4(A)', v: { 测量范围: 4 } },
			{ m: 'GJG100J', v: { 测量范围: 100 }, p: 2.4, t: '矿用激光甲烷传感器' },
		],
		specs: [
			['测量范围', 4, PCT],
			['响应时间', [15, 25, 5], SEC],
			['工作电压', 18, VOLT],
			['防爆等级', 'Ex ib I Mb'],
			['防护等级', ['IP54', 'IP65']],
		],
		certs: ['MA', 'EX'],
		scen: ['mine_tunnel'],
		kw: ['甲烷', '瓦斯', 'methane sensor', '安全监控系统', 'KJ系统'],
		desc: ['用于煤矿井下甲烷浓度连续监测，超限声光报警并输出断电信号。', '可接入矿井安全监控系统，支持红外遥控调校。'],
		price: [1200, 1600],
		lead: [5, 20],
		cap: [500, 2000],
		stock: [100, 500],
		makers: ['hengan', 'ankuang', 'ruike'],
	},
	{
		cat: '010203',
		titles: ['矿用一氧化碳传感器'],
		variants: [{ m: 'GTH1000', v: { 测量范围: 1000 } }, { m: 'GTH500', v: { 测量范围: 500 } }],
		specs: [
			['测量范围', 1000, PPM],
			['响应时间', [20, 35, 5], SEC],
			['工作电压', 18, VOLT],
			['防爆等级', 'Ex ib I Mb'],
		],
		certs: ['MA', 'EX'],
		scen: ['mine_tunnel'],
		kw: ['一氧化碳', 'CO sensor', '自然发火', '安全监控'],
		desc: ['电化学原理，连续监测井下一氧化碳浓度，用于采空区自然发火预警。'],
		price: [900, 1900],
		lead: [5, 20],
		cap: [300, 1200],
		stock: [50, 300],
		makers: ['hengan', 'ankuang'],
	},
	{
		cat: '010203',
		titles: ['矿用本安型红外测温仪', '本安型红外测温仪'],
		variants: [{ m: 'CWH600', v: { 测温上限: 600 } }, { m: 'CWH800', v: { 测温上限: 800 }, p: 1.3 }],
		specs: [
			['测温上限', 600, CELSIUS],
			['测温精度', '±1%或±1℃取大值'],
			['距离系数', ['30:1', '50:1']],
			['防爆等级', 'Ex ib I Mb'],
			['整机重量', [0.3, 0.45, 0.05], KG],
		],
		certs: ['MA', 'EX'],
		scen: ['mine_tunnel'],
		kw: ['红外测温', 'infrared thermometer', '火区探测', '矿山救护'],
		desc: ['非接触测量井下设备、煤壁及火区温度，激光瞄准，数据可存储。', '矿山救护队侦察火区的常用仪器。'],
		price: [1100, 2600],
		lead: [5, 15],
		cap: [100, 400],
		stock: [20, 120],
		makers: ['hengan', 'ankuang', 'ruike'],
	},
	{
		cat: '010203',
		titles: ['矿用多参数气体测定器', '多参数气体检测仪(矿用本安型)'],
		variants: [
			{ m: 'CD4', v: { 检测气体: 'CH4/O2/CO/H2S' } },
			{ m: 'CD7', v: { 检测气体: 'CH4/O2/CO/H2S/CO2/NO2/SO2' }, p: 1.5 },
		],
		specs: [
			['检测气体', 'CH4/O2/CO/H2S'],
			['响应时间', [15, 30, 5], SEC],
			['防爆等级', ['Ex ia I Ma', 'Ex ib I Mb']],
			['连续工作时间', [10, 24, 2], HOUR_ONLY],
			['防护等级', ['IP65', 'IP67']],
			['整机重量', [220, 420, 20], G],
		],
		certs: ['MA', 'EX'],
		scen: ['mine_tunnel'],
		kw: ['多参数测定器', 'multi-gas', '矿山救护', '灾区侦察'],
		desc: ['一机同时测定甲烷、氧气、一氧化碳、硫化氢等气体，满足矿山救护队灾区侦察需要。', '大屏显示、超限报警并自动记录数据。'],
		price: [2600, 3800],
		lead: [5, 20],
		cap: [100, 500],
		stock: [20, 150],
		makers: ['hengan', 'ankuang', 'ruike'],
	},
	{
		cat: '010203',
		titles: ['矿井人员精确定位系统(UWB)'],
		variants: [{ m: 'KJ1280' }, { m: 'KJ1506', p: 1.4 }],
		specs: [
			['定位精度', [0.3, 0.5, 0.1], M],
			['系统容量', [4096, 8192, 4096], PIECE],
			['标识卡续航', [90, 180, 30], DAY],
			['防爆等级', 'Ex ib I Mb'],
		],
		certs: ['MA', 'ISO9001?'],
		scen: ['mine_tunnel'],
		kw: ['人员定位', 'UWB', 'personnel positioning', '井下定位'],
		desc: ['基于UWB技术实现井下人员厘米级实时定位、轨迹回放和越界报警。', '可与安全监控、应急广播系统联动。'],
		price: [380000, 860000],
		lead: [30, 60],
		cap: [2, 6],
		stock: [0, 2],
		makers: ['hengan', 'ruike'],
	},
	// ══════ 010204 危化品泄漏与环境监测设备 ══════
	{
		cat: '010204',
		titles: ['气体泄漏红外成像仪', '光学气体成像(OGI)检测仪'],
		variants: [{ m: 'OGI-{B}620', v: { 热成像分辨率: '320×240' } }, { m: 'OGI-{B}640', v: { 热成像分辨率: '640×480' }, p: 1.4 }],
		specs: [
			['探测距离', [50, 150, 50], M],
			['热成像分辨率', '320×240'],
			['整机重量', [2, 2.8, 0.2], KG],
			['防护等级', 'IP54'],
		],
		certs: ['CE?', 'ISO9001?'],
		scen: ['hazchem'],
		kw: ['OGI', '气体成像', 'LDAR', 'gas imaging', '泄漏检测'],
		desc: ['可视化识别甲烷、VOCs等气体泄漏，快速锁定泄漏点。', '适用于石化装置、储罐区和管廊的泄漏巡检及事故现场侦检。'],
		price: [280000, 520000],
		lead: [20, 45],
		cap: [5, 20],
		stock: [1, 6],
		makers: ['ruike', 'gandong'],
	},
	{
		cat: '010204',
		titles: ['便携式气相色谱-质谱联用仪'],
		variants: [{ m: 'GCMS-P30' }],
		specs: [
			['整机重量', [14, 22, 2], KG],
			['分析时间', [3, 10, 1], MIN],
			['质量范围', '1.5~550 amu'],
			['连续工作时间', [2, 4, 1], HOUR_ONLY],
		],
		certs: ['ISO9001', 'CE~'],
		scen: ['hazchem'],
		kw: ['GC-MS', '质谱', '未知物鉴定', 'mass spectrometer'],
		desc: ['现场快速定性定量分析有毒有害化学品，内置NIST谱库检索。', '电池供电，可车载或背负使用。'],
		price: [1200000, 1800000],
		lead: [45, 90],
		cap: [1, 3],
		stock: [0, 2],
		makers: ['ruike'],
	},
	{
		cat: '010204',
		titles: ['化工园区有毒有害气体在线监测系统', '园区有毒有害气体预警监测系统'],
		variants: [{ m: '{B}-YD900' }],
		specs: [
			['检测气体', ['VOCs/NH3/Cl2/H2S/HCl', 'VOCs/H2S/CO/NH3']],
			['响应时间', [20, 45, 5], SEC],
			['防护等级', 'IP66'],
			['监测点数量', [16, 64, 16], PIECE],
		],
		certs: ['EX?', 'ISO9001'],
		scen: ['hazchem'],
		kw: ['园区监测', '有毒有害气体', 'toxic gas monitoring', '智慧园区', '预警'],
		desc: ['在化工园区边界及重点装置布设监测点位，实时监测特征污染物浓度并分级预警。', '平台支持溯源分析和扩散模拟，满足化工园区安全风险智能化管控要求。'],
		price: [160000, 420000],
		lead: [30, 60],
		cap: [3, 10],
		stock: [0, 3],
		makers: ['ruike', 'gandong', 'xinda'],
	},
	{
		cat: '010204',
		titles: ['便携式多参数水质应急监测仪'],
		variants: [{ m: 'SZ-{B}E6' }],
		specs: [
			['检测参数', ['COD/氨氮/总磷/重金属', 'COD/氨氮/总氮/pH']],
			['整机重量', [4, 7, 0.5], KG],
			['连续工作时间', [6, 12, 2], HOUR_ONLY],
			['防护等级', 'IP65'],
		],
		certs: ['ISO9001?'],
		scen: ['hazchem', 'flood'],
		kw: ['水质检测', 'water quality', '突发环境事件', '应急监测'],
		desc: ['预置多种水质分析方法，适用于突发水污染事件现场快速检测。', '箱式设计，内置试剂仓和打印机。'],
		price: [36000, 78000],
		lead: [10, 30],
		cap: [20, 80],
		stock: [5, 30],
		makers: ['gandong', 'mingyue'],
	},
	// ══════ 020101 呼吸防护装备 ══════
	{
		cat: '020101',
		titles: ['正压式消防空气呼吸器', '正压式空气呼吸器(碳纤维气瓶)', '消防员正压式空气呼吸器'],
		variants: [
			{ m: 'RHZKF6.8/30', v: { 气瓶容积: 6.8, 防护时间: [50, 60, 5], 整机重量: [8.6, 10.4, 0.2] } },
			{ m: 'RHZKF9/30', v: { 气瓶容积: 9, 防护时间: [80, 90, 5], 整机重量: [10.6, 12, 0.2] }, p: 1.25 },
			{ m: 'RHZK6/30', v: { 气瓶容积: 6, 防护时间: [40, 50, 5], 整机重量: [7.8, 9.4, 0.2] }, p: 0.85 },
			{ m: 'RHZKF6.8/30-{B}', v: { 气瓶容积: 6.8, 防护时间: [55, 65, 5], 整机重量: [8.2, 9.6, 0.2] } },
		],
		specs: [
			['气瓶容积', 6.8, LITRE],
			['工作压力', 30, MPA_ONLY],
			['防护时间', 60, MIN],
			['整机重量', 9.8, KG],
			['报警压力', [5, 6, 0.5], MPA],
		],
		certs: ['FIRE_VOL', 'TS?', 'ISO9001?', 'CE~'],
		scen: ['urban_fire', 'hazchem'],
		kw: ['SCBA', '空呼', '碳纤维气瓶', 'self-contained breathing apparatus', '空气呼吸器'],
		desc: [
			'符合XF 124标准，碳纤维全缠绕气瓶，背架采用人体工学设计，佩戴舒适。',
			'配备电子压力表和余压报警哨，低压自动报警。',
			'适用于消防灭火、有毒有害环境抢险救援及危化品泄漏处置。',
		],
		price: [6800, 9800],
		lead: [7, 30],
		cap: [200, 800],
		stock: [20, 200],
		makers: ['lufeng', 'ganan', 'xunan', 'ganxi', 'xian'],
	},
	{
		cat: '020101',
		titles: ['正压氧气呼吸器', '隔绝式正压氧气呼吸器'],
		variants: [
			{ m: 'HYZ4', t: '4小时正压氧气呼吸器', v: { 防护时间: 4, 整机重量: [11, 13.4, 0.2], 气瓶容积: 2.7 } },
			{ m: 'HYZ4(B)', t: '4h正压氧气呼吸器(轻型)', v: { 防护时间: 4, 整机重量: [10.2, 11.8, 0.2], 气瓶容积: 2.7 }, p: 1.15 },
			{ m: 'HYZ2', t: '2小时正压氧气呼吸器', v: { 防护时间: 2, 整机重量: [8.2, 9.6, 0.2], 气瓶容积: 1.1 }, p: 0.7 },
		],
		specs: [
			['防护时间', 4, HOUR],
			['整机重量', 12, KG],
			['气瓶容积', 2.7, LITRE],
			['工作压力', 20, MPA_ONLY],
		],
		certs: ['MA', 'KA?', 'ISO9001?'],
		scen: ['mine_tunnel'],
		kw: ['氧气呼吸器', 'HYZ4', 'closed-circuit breathing apparatus', '矿山救护', '隧道救援'],
		desc: ['闭路循环正压供氧，呼吸舱保持正压，防止外界有毒有害气体侵入。', '矿山救护队员进入灾区侦察、抢险的核心个体防护装备。', '电子报警器实时显示余压和剩余使用时间。'],
		price: [11500, 14800],
		lead: [15, 45],
		cap: [80, 300],
		stock: [10, 80],
		makers: ['ankuang', 'ganxi', 'hengan'],
	},
	{
		cat: '020101',
		titles: ['过滤式防毒面具(全面罩)', '全面罩过滤式防毒面具'],
		variants: [{ m: 'FMJ-{B}08' }, { m: 'FMJ-{B}10' }],
		specs: [
			['整机重量', [560, 760, 20], G],
			['吸气阻力', [0.18, 0.25, 0.01], KPA],
			['视野', [75, 90, 5], PCT],
			['滤毒罐型号', ['综合型(ABEK)', 'P-A-2', 'P-E-3', 'P-K-1']],
		],
		certs: ['ISO9001', 'CE?'],
		scen: ['hazchem', 'urban_fire'],
		kw: ['防毒面具', 'gas mask', '滤毒罐', '全面罩'],
		desc: ['大视野全面罩，硅胶密封圈贴合面部，配标准螺口滤毒罐。', '适用于氧含量不低于19.5%、毒物浓度较低环境的逃生和短时作业。'],
		price: [260, 680],
		lead: [3, 10],
		cap: [3000, 10000],
		stock: [500, 3000],
		makers: ['tongdu', 'xian', 'gandong'],
	},
	{
		cat: '020101',
		titles: ['移动供气源', '推车式长管空气呼吸器'],
		variants: [{ m: 'YQ-{B}2×6.8' }],
		specs: [
			['气瓶容积', 6.8, LITRE],
			['供气流量', [200, 400, 50], FLOW_LMIN],
			['供气软管长度', [50, 100, 10], M],
			['工作压力', 30, MPA_ONLY],
		],
		certs: ['FIRE_VOL', 'ISO9001?'],
		scen: ['urban_fire', 'hazchem'],
		kw: ['长管呼吸器', '移动供气源', 'airline respirator', '长时间作业'],
		desc: ['双气瓶推车式设计，可同时为2名作业人员长时间供气，适合地下空间、隧道等长距离作业。'],
		price: [18000, 32000],
		lead: [10, 30],
		cap: [30, 100],
		stock: [5, 30],
		makers: ['lufeng', 'ganan'],
	},
	{
		cat: '020101',
		titles: ['空气呼吸器碳纤维全缠绕气瓶', '碳纤维缠绕复合气瓶'],
		variants: [
			{ m: 'CRPⅢ-124(6.8)-30-T', v: { 气瓶容积: 6.8, 气瓶重量: [3.6, 4.2, 0.1] } },
			{ m: 'CRPⅢ-137(9.0)-30-T', v: { 气瓶容积: 9, 气瓶重量: [4.6, 5.2, 0.1] }, p: 1.3 },
		],
		specs: [
			['气瓶容积', 6.8, LITRE],
			['工作压力', 30, MPA_ONLY],
			['气瓶重量', 3.9, KG],
		],
		certs: ['TS', 'FIRE_VOL?', 'CE~'],
		scen: ['urban_fire', 'hazchem'],
		kw: ['碳纤维气瓶', 'composite cylinder', '备用气瓶', '空呼气瓶'],
		desc: ['铝合金内胆碳纤维全缠绕，公称工作压力30MPa，重量轻、耐腐蚀。', '可与主流品牌空气呼吸器通用。'],
		price: [2200, 3200],
		lead: [7, 30],
		cap: [500, 2000],
		stock: [50, 400],
		makers: ['lufeng', 'xian'],
	},
	// ══════ 020102 躯体防护装备 ══════
	{
		cat: '020102',
		titles: ['消防员灭火防护服', '消防灭火防护服(四层结构)', '17式消防员灭火防护服'],
		variants: [{ m: 'ZFMH-{B}-A' }, { m: 'ZFMH-{B}-B', p: 1.2 }],
		specs: [
			['外层面料', ['芳纶1313/1414混纺', '芳纶1414阻燃面料', 'PBI/芳纶混纺']],
			['热防护性能TPP', [28, 42, 1]],
			['整套重量', [2.6, 3.6, 0.1], KG],
			['阻燃损毁长度', [40, 90, 5], MM],
		],
		certs: FIRE_PPE,
		scen: ['urban_fire'],
		kw: ['战斗服', 'turnout gear', '灭火服', '芳纶', '防护服'],
		desc: ['外层、防水透气层、隔热层、舒适层四层结构，符合XF 10标准。', '反光标志带高亮耐洗，袖口、裤脚采用防水设计。', '可按队站要求定制尺码和标识。'],
		price: [1800, 4200],
		lead: [15, 45],
		cap: [800, 3000],
		stock: [100, 800],
		makers: ['xunan', 'ganan', 'lufeng', 'xian', 'tongdu'],
	},
	{
		cat: '020102',
		titles: ['消防员隔热防护服'],
		variants: [{ m: 'ZFGR-{B}-A' }],
		specs: [
			['外层面料', '铝箔复合芳纶'],
			['整套重量', [4.5, 6.5, 0.5], KG],
			['耐辐射热温度', [800, 1000, 100], CELSIUS],
		],
		certs: FIRE_PPE,
		scen: ['urban_fire', 'hazchem'],
		kw: ['隔热服', 'proximity suit', '高温', '辐射热'],
		desc: ['镀铝复合面料反射辐射热，用于靠近火焰区进行灭火、关阀、堵漏等作业。', '连体式设计，配隔热头罩、手套和脚套。'],
		price: [2600, 5800],
		lead: [15, 30],
		cap: [100, 500],
		stock: [10, 100],
		makers: ['xunan', 'lufeng', 'xian'],
	},
	{
		cat: '020102',
		titles: ['消防员避火防护服'],
		variants: [{ m: 'ZFBH-{B}' }],
		specs: [
			['整套重量', [8, 11, 0.5], KG],
			['耐火焰温度', 1000, CELSIUS],
			['耐火时间', [30, 60, 15], SEC],
		],
		certs: FIRE_PPE,
		scen: ['urban_fire', 'hazchem'],
		kw: ['避火服', 'fire entry suit', '穿越火区'],
		desc: ['可在短时间内穿越火区或进入火焰区实施抢救、关阀等作业。', '多层复合隔热结构，需配合空气呼吸器使用。'],
		price: [6800, 12000],
		lead: [20, 45],
		cap: [30, 150],
		stock: [3, 30],
		makers: ['xunan', 'lufeng'],
	},
	{
		cat: '020102',
		titles: ['一级化学防护服(气密型)', '化学防护服(一级)', '重型全封闭气密防化服'],
		variants: [{ m: 'DFH-{B}-I' }],
		specs: [
			['防护等级', '一级(气密型)'],
			['整套重量', [6.5, 8.5, 0.5], KG],
			['面料', ['丁基胶/氯丁胶复合', 'PVC/尼龙复合', '多层阻隔膜复合']],
			['耐化学渗透时间', [240, 480, 60], MIN],
		],
		certs: ['FIRE_VOL', 'CE?', 'ISO9001?'],
		scen: ['hazchem'],
		kw: ['防化服', 'gas-tight suit', '一级防化', 'Level A', '危化品'],
		desc: ['全封闭气密结构，内置空气呼吸器，用于高浓度、强渗透性有毒有害化学品事故处置。', '配有排气阀和通话装置，出厂逐件气密性检测。'],
		price: [9800, 28000],
		lead: [20, 60],
		cap: [30, 200],
		stock: [5, 40],
		makers: ['xian', 'gandong', 'xunan'],
	},
	{
		cat: '020102',
		titles: ['二级化学防护服', '化学防护服(二级,非气密)'],
		variants: [{ m: 'DFH-{B}-II' }],
		specs: [
			['防护等级', '二级(非气密)'],
			['整套重量', [2.2, 3.5, 0.1], KG],
			['面料', ['PVC涂层织物', '氯丁胶涂层织物', '多层阻隔膜复合']],
			['耐化学渗透时间', [60, 240, 30], MIN],
		],
		certs: ['FIRE_VOL', 'CE?'],
		scen: ['hazchem'],
		kw: ['防化服', 'chemical suit', '二级防化', 'Level B'],
		desc: ['连体式非气密结构，空气呼吸器外背，适用于液体飞溅和中低浓度化学品环境作业。'],
		price: [1200, 3800],
		lead: [10, 30],
		cap: [100, 600],
		stock: [20, 200],
		makers: ['xian', 'gandong', 'tongdu'],
	},
	{
		cat: '020102',
		titles: ['电绝缘装具', '消防员电绝缘装具'],
		variants: [{ m: 'DJY-{B}-10', v: { 耐压等级: 10 } }, { m: 'DJY-{B}-20', v: { 耐压等级: 20 }, p: 1.3 }],
		specs: [
			['耐压等级', 10, KV],
			['整套重量', [2.5, 4.5, 0.5], KG],
			['组成', '绝缘服、绝缘手套、绝缘靴'],
		],
		certs: ['FIRE_VOL', 'ISO9001?'],
		scen: ['urban_fire', 'outage'],
		kw: ['电绝缘', 'electrical insulation', '带电救援', '绝缘服'],
		desc: ['用于带电设备火灾扑救和涉电抢险救援，防止触电伤害。', '出厂逐件进行工频耐压试验。'],
		price: [1600, 3800],
		lead: [10, 30],
		cap: [100, 400],
		stock: [10, 80],
		makers: ['tongdu', 'xunan'],
	},
	{
		cat: '020102',
		titles: ['森林消防防护服', '扑火服(阻燃型)'],
		variants: [{ m: 'SLF-{B}-1' }],
		specs: [
			['外层面料', ['芳纶阻燃面料', '阻燃棉', '芳纶/阻燃粘胶混纺']],
			['整套重量', [1.2, 2, 0.1], KG],
			['阻燃损毁长度', [50, 100, 10], MM],
		],
		certs: ['ISO9001?', 'FIRE_VOL~'],
		scen: ['forest_fire'],
		kw: ['扑火服', 'wildland firefighting', '森林消防', '阻燃服'],
		desc: ['轻量化阻燃面料，透气性好，适合森林扑火长时间高强度作业。', '上衣下裤分体式，配反光条。'],
		price: [650, 1800],
		lead: [10, 30],
		cap: [1000, 5000],
		stock: [200, 1500],
		makers: ['linan', 'xunan', 'xian'],
	},
	// ══════ 020103 头面部与听觉防护装备 ══════
	{
		cat: '020103',
		titles: ['消防头盔', '消防员灭火防护头盔'],
		variants: [{ m: 'FTK-{B}/A' }, { m: 'FTK-{B}/B' }],
		specs: [
			['整盔重量', [1180, 1480, 20], G],
			['帽壳材料', ['PPS/PES改性材料', '芳纶复合材料', '玻纤增强PA']],
			['面罩', ['金色镀膜面罩', '防雾透明面罩']],
		],
		certs: FIRE_PPE,
		scen: ['urban_fire'],
		kw: ['头盔', 'fire helmet', '消防员', '面罩'],
		desc: ['符合XF 44标准，帽壳耐高温、抗冲击、耐穿透。', '内置可调式佩戴装置，可加装头灯和通信耳机。'],
		price: [680, 1900],
		lead: [10, 30],
		cap: [500, 2000],
		stock: [100, 600],
		makers: ['xunan', 'ganan', 'xian', 'tongdu'],
	},
	{
		cat: '020103',
		titles: ['抢险救援头盔', '消防员抢险救援头盔'],
		variants: [{ m: 'QJK-{B}' }],
		specs: [
			['整盔重量', [680, 980, 20], G],
			['帽壳材料', ['ABS/PC合金', '玻纤增强PA']],
			['头灯', '集成LED头灯'],
		],
		certs: ['FIRE_VOL', 'CE?'],
		scen: ['earthquake_geo', 'flood', 'urban_fire'],
		kw: ['救援头盔', 'rescue helmet', '轻型头盔'],
		desc: ['轻量化设计，适用于地震、山岳、水域等抢险救援作业。'],
		price: [380, 980],
		lead: [7, 20],
		cap: [500, 2000],
		stock: [100, 500],
		makers: ['xunan', 'tongdu', 'ganxi'],
	},
	{
		cat: '020103',
		titles: ['森林消防头盔'],
		variants: [{ m: 'SLK-{B}' }],
		specs: [
			['整盔重量', [550, 800, 50], G],
			['帽壳材料', 'ABS/PC合金'],
			['耐温', [150, 260, 10], CELSIUS],
		],
		certs: ['ISO9001'],
		scen: ['forest_fire'],
		kw: ['森林消防', '扑火头盔', 'wildland helmet'],
		desc: ['带披肩和护目镜，阻挡火星和热辐射。'],
		price: [180, 420],
		lead: [7, 20],
		cap: [1000, 4000],
		stock: [200, 1000],
		makers: ['linan', 'tongdu'],
	},
	{
		cat: '020103',
		titles: ['防噪声耳罩'],
		variants: [{ m: 'EM-{B}28' }],
		specs: [
			['降噪值SNR', [25, 33, 1], DB],
			['整机重量', [180, 260, 10], G],
		],
		certs: ['CE', 'ISO9001?'],
		scen: ['mine_tunnel', 'earthquake_geo'],
		kw: ['耳罩', 'earmuffs', '听力防护', '降噪'],
		desc: ['头戴式防噪声耳罩，适用于破拆、发电机、排水泵等高噪声作业环境。'],
		price: [60, 180],
		lead: [3, 10],
		cap: [3000, 10000],
		stock: [500, 3000],
		makers: ['tongdu', 'sanqing'],
	},
	// ══════ 020104 坠落防护与救生绳索 ══════
	{
		cat: '020104',
		titles: ['消防员安全绳', '消防用防坠落安全绳'],
		variants: [
			{ m: 'XAS-{B}11-30', v: { 直径: 11, 长度: 30 } },
			{ m: 'XAS-{B}11-50', v: { 直径: 11, 长度: 50 }, p: 1.4 },
			{ m: 'XAS-{B}12.5-30', v: { 直径: 12.5, 长度: 30 }, p: 1.2 },
		],
		specs: [
			['直径', 11, MM],
			['长度', 30, M],
			['破断强度', ['≥40kN', '≥45kN']],
			['材质', ['锦纶66编织', '高强涤纶编织']],
		],
		certs: ['FIRE_VOL', 'CE~'],
		scen: ['urban_fire', 'earthquake_geo'],
		kw: ['安全绳', 'rescue rope', '静力绳', '攀登'],
		desc: ['低延展静力绳，符合XF 494标准，用于消防员自救、救人和攀登作业。'],
		price: [260, 680],
		lead: [5, 15],
		cap: [1000, 4000],
		stock: [200, 1000],
		makers: ['xunan', 'ganan', 'tongdu'],
	},
	{
		cat: '020104',
		titles: ['消防安全腰带', '消防员安全腰带'],
		variants: [{ m: 'XYD-{B}' }],
		specs: [
			['腰带长度', [1100, 1300, 50], MM],
			['整体重量', [0.6, 0.9, 0.05], KG],
			['材质', '高强涤纶织带'],
		],
		certs: ['FIRE_VOL'],
		scen: ['urban_fire'],
		kw: ['腰带', 'safety belt', '消防员装备'],
		desc: ['配不锈钢快速挂钩和腰斧套，用于消防员登高作业的安全保护。'],
		price: [120, 360],
		lead: [5, 15],
		cap: [1000, 4000],
		stock: [200, 1000],
		makers: ['xunan', 'ganan', 'tongdu'],
	},
	{
		cat: '020104',
		titles: ['全身式安全带', '五点式全身安全带'],
		variants: [{ m: 'QSD-{B}-5' }],
		specs: [
			['整体重量', [1.2, 2, 0.1], KG],
			['挂点数量', [3, 5, 1], PIECE],
			['材质', '涤纶织带'],
		],
		certs: ['ISO9001', 'CE?'],
		scen: ['earthquake_geo', 'urban_fire', 'mine_tunnel'],
		kw: ['安全带', 'full body harness', '高处作业', '坠落防护'],
		desc: ['胸、背、腰多挂点设计，适用于高处救援、有限空间救援和绳索救援。'],
		price: [280, 860],
		lead: [5, 15],
		cap: [1000, 3000],
		stock: [100, 800],
		makers: ['tongdu', 'sanqing'],
	},
	{
		cat: '020104',
		titles: ['救援三脚架', '多功能救援三脚架'],
		variants: [{ m: 'SJJ-{B}-3' }],
		specs: [
			['最大高度', [2.2, 3, 0.2], M],
			['额定载荷', [200, 500, 50], KG],
			['整机重量', [16, 28, 2], KG],
		],
		certs: ['FIRE_VOL?', 'CE~'],
		scen: ['mine_tunnel', 'earthquake_geo', 'urban_fire'],
		kw: ['三脚架', 'rescue tripod', '竖井救援', '有限空间'],
		desc: ['铝合金伸缩腿，配手摇绞盘和防坠器，用于竖井、窨井和有限空间垂直救援。'],
		price: [6800, 16800],
		lead: [10, 30],
		cap: [50, 200],
		stock: [5, 50],
		makers: ['gangcheng', 'ganxi', 'ankuang'],
	},
	{
		cat: '020104',
		titles: ['速差自控器', '速差式防坠器'],
		variants: [{ m: 'SCK-{B}-10' }],
		specs: [
			['绳长', [5, 20, 5], M],
			['额定载荷', [100, 150, 50], KG],
			['锁止距离', [0.2, 0.5, 0.1], M],
		],
		certs: ['ISO9001', 'CE?'],
		scen: ['earthquake_geo', 'urban_fire'],
		kw: ['防坠器', 'self-retracting lifeline', '坠落防护'],
		desc: ['坠落时瞬间锁止，有效缩短坠落距离，适用于高处作业和救援。'],
		price: [450, 1600],
		lead: [5, 15],
		cap: [500, 2000],
		stock: [100, 500],
		makers: ['tongdu', 'sanqing'],
	},
	// ══════ 020105 自救器与逃生装备 ══════
	{
		cat: '020105',
		titles: ['隔绝式压缩氧自救器', '压缩氧自救器'],
		variants: [
			{ m: 'ZYX45', v: { 防护时间: 45, 整机重量: [2.2, 2.8, 0.1] } },
			{ m: 'ZYX60', v: { 防护时间: 60, 整机重量: [2.6, 3.2, 0.1] }, p: 1.2 },
		],
		specs: [
			['防护时间', 45, MIN],
			['整机重量', 2.5, KG],
			['工作压力', [20, 21, 1], MPA_ONLY],
		],
		certs: ['MA', 'ISO9001?'],
		scen: ['mine_tunnel'],
		kw: ['自救器', 'self-rescuer', '压缩氧', '井下逃生'],
		desc: ['煤矿井下发生火灾、爆炸、煤与瓦斯突出时人员佩戴逃生的个人呼吸保护装备。', '可反复充氧使用，日常携带轻便。'],
		price: [780, 1200],
		lead: [7, 20],
		cap: [1000, 5000],
		stock: [200, 1500],
		makers: ['ankuang', 'hengan', 'ganxi'],
	},
	{
		cat: '020105',
		titles: ['隔绝式化学氧自救器', '化学氧自救器'],
		variants: [
			{ m: 'ZH30', v: { 防护时间: 30, 整机重量: [1.4, 1.8, 0.1] } },
			{ m: 'ZH45', v: { 防护时间: 45, 整机重量: [1.9, 2.4, 0.1] }, p: 1.25 },
		],
		specs: [
			['防护时间', 30, MIN],
			['整机重量', 1.6, KG],
			['生氧方式', '化学生氧(KO2)'],
		],
		certs: ['MA', 'KA?'],
		scen: ['mine_tunnel'],
		kw: ['化学氧', 'chemical oxygen self-rescuer', '自救器', '矿工'],
		desc: ['利用超氧化钾化学生氧，不受外界环境气体成分影响。', '一次性使用，体积小，适合井下随身携带。'],
		price: [420, 980],
		lead: [7, 20],
		cap: [2000, 8000],
		stock: [300, 2000],
		makers: ['ankuang', 'ganxi'],
	},
	{
		cat: '020105',
		titles: ['消防过滤式自救呼吸器', '火灾逃生面具(消防过滤式自救呼吸器)'],
		variants: [{ m: 'TZL30' }, { m: 'TZL30-{B}' }],
		specs: [
			['防护时间', 30, MIN],
			['整机重量', [180, 320, 20], G],
			['适用人群', ['成人', '成人/儿童通用']],
		],
		certs: ['CCCF'],
		scen: ['household', 'urban_fire'],
		kw: ['防烟面罩', '逃生面具', 'fire escape hood', '家庭应急'],
		desc: ['火灾时过滤一氧化碳、氰化氢等有毒烟气，供人员逃生使用。', '真空密封包装，宾馆、商场、家庭常备。'],
		price: [68, 168],
		lead: [3, 10],
		cap: [10000, 50000],
		stock: [2000, 20000],
		makers: ['sanqing', 'lufeng', 'tongdu'],
	},
	{
		cat: '020105',
		titles: ['逃生缓降器', '高楼逃生缓降器'],
		variants: [{ m: 'HJ-30', v: { 最大下降高度: 30 } }, { m: 'HJ-60', v: { 最大下降高度: 60 }, p: 1.6 }],
		specs: [
			['最大下降高度', 30, M],
			['额定载重', [100, 120, 20], KG],
			['平均下降速度', [0.8, 1.2, 0.1], MS],
		],
		certs: ['CCCF'],
		scen: ['household', 'urban_fire'],
		kw: ['缓降器', 'descent device', '高层逃生'],
		desc: ['往复式设计，可供多人连续交替使用，下降速度自动调节。'],
		price: [380, 1100],
		lead: [5, 15],
		cap: [500, 2000],
		stock: [50, 400],
		makers: ['sanqing', 'lufeng', 'ganan'],
	},
	{
		cat: '020105',
		titles: ['家庭应急救援包', '家庭应急物资储备包'],
		variants: [{ m: 'JTB-{B}-20' }, { m: 'JTB-{B}-32', p: 1.5 }],
		specs: [
			['配置件数', [18, 46, 2], PIECE],
			['整包重量', [2.2, 4.8, 0.2], KG],
			['主要配置', '手摇收音机、急救包、逃生绳、防烟面罩、应急手电'],
		],
		certs: ['ISO9001?'],
		scen: ['household', 'earthquake_geo', 'flood'],
		kw: ['应急包', 'emergency kit', '家庭应急', '地震包'],
		desc: ['参照家庭应急物资储备建议清单配置，满足家庭72小时基本应急需要。', '双肩背包设计，可挂门后或放置床下。'],
		price: [128, 398],
		lead: [3, 10],
		cap: [5000, 20000],
		stock: [1000, 8000],
		makers: ['sanqing', 'linchuan'],
	},
	// ══════ 020201 防爆与本质安全设备 ══════
	{
		cat: '020201',
		titles: ['防爆强光手电', '防爆手电(LED强光)'],
		variants: [{ m: 'FSD-{B}5A' }, { m: 'FSD-{B}3W' }],
		specs: [
			['光通量', [160, 420, 20], LM],
			['连续工作时间', [8, 16, 1], HOUR_ONLY],
			['防爆等级', ['Ex ib IIC T4 Gb', 'Ex ib IIB T4 Gb', 'Ex ib I Mb']],
			['防护等级', ['IP66', 'IP67', 'IP68']],
			['整机重量', [160, 260, 10], G],
		],
		certs: ['EX', 'CCC', 'ISO9001?'],
		scen: ['hazchem', 'mine_tunnel', 'urban_fire'],
		kw: ['防爆手电', 'explosion-proof flashlight', '强光', '巡检'],
		desc: ['本质安全型防爆手电，适用于石化、燃气等爆炸性气体环境巡检和应急照明。', '强光、工作光两档可调，带电量指示。'],
		price: [260, 680],
		lead: [3, 10],
		cap: [2000, 8000],
		stock: [300, 2000],
		makers: ['luling', 'jinggang', 'hengan'],
	},
	{
		cat: '020201',
		titles: ['防爆对讲机', '本安型防爆数字对讲机'],
		variants: [{ m: 'FDJ-{B}P6' }, { m: 'FDJ-{B}D8', p: 1.3 }],
		specs: [
			['发射功率', [1, 3, 1], W_ONLY],
			['连续工作时间', [12, 18, 2], HOUR_ONLY],
			['防爆等级', ['Ex ib IIC T4 Gb', 'Ex ib IIB T4 Gb']],
			['防护等级', ['IP67', 'IP68']],
			['通话距离', [2, 5, 1], KM],
		],
		certs: ['EX', 'CCC'],
		scen: ['hazchem', 'urban_fire'],
		kw: ['对讲机', 'explosion-proof radio', '防爆通信', 'DMR'],
		desc: ['DMR数字制式，兼容模拟对讲，适用于石化、燃气等防爆场所。', '大容量锂电池，支持单呼、组呼和紧急告警。'],
		price: [1200, 2800],
		lead: [5, 15],
		cap: [300, 1000],
		stock: [50, 300],
		makers: ['gantong', 'jinggang'],
	},
	{
		cat: '020201',
		titles: ['防爆轴流风机(移动式排烟)', '防爆型移动式排烟机'],
		variants: [{ m: 'BT35-11-{B}5.0' }, { m: 'BT35-11-{B}6.3', p: 1.4 }],
		specs: [
			['风量', [8000, 26000, 2000], [['m3/h', 1], ['m³/h', 1], ['m3/min', 1 / 60]]],
			['额定功率', [2.2, 7.5, 0.1], KW],
			['防爆等级', 'Ex db IIB T4 Gb'],
		],
		certs: ['EX', 'CCC'],
		scen: ['hazchem', 'mine_tunnel', 'urban_fire'],
		kw: ['排烟机', 'explosion-proof fan', '通风', '有限空间'],
		desc: ['隔爆型电机驱动，用于危化品泄漏现场、地下空间排烟和通风置换。'],
		price: [5800, 16800],
		lead: [7, 20],
		cap: [100, 400],
		stock: [10, 80],
		makers: ['gandong', 'ganan', 'suian'],
	},
	// ══════ 020202 避难与救生舱室 ══════
	{
		cat: '020202',
		titles: ['矿用可移动式救生舱'],
		variants: [
			{ m: 'KJYF96/8', v: { 额定人数: 8, 长度: [5.6, 6, 0.2], 整机重量: [8, 10, 0.5] } },
			{ m: 'KJYF96/12', v: { 额定人数: 12, 长度: [7.2, 7.8, 0.2], 整机重量: [11, 13, 0.5] }, p: 1.35 },
		],
		specs: [
			['额定人数', 8, PERSON],
			['额定防护时间', 96, HOUR_ONLY],
			['长度', 6, M],
			['整机重量', 9, TON_ONLY],
		],
		certs: ['MA', 'ISO9001?'],
		scen: ['mine_tunnel'],
		kw: ['救生舱', 'refuge chamber', '紧急避险', '六大系统'],
		desc: ['为遇险矿工提供不少于96小时的安全避险空间，具备供氧、空气净化、温湿度控制和通信功能。', '模块化舱体，便于井下运输和组装。'],
		price: [680000, 880000],
		lead: [45, 90],
		cap: [1, 3],
		stock: [0, 2],
		makers: ['ankuang', 'suian'],
	},
	{
		cat: '020202',
		titles: ['隧道施工逃生管道', '隧道逃生管道(超高分子量聚乙烯)'],
		variants: [{ m: 'TSG-{B}800', v: { 管径: 800 } }, { m: 'TSG-{B}1000', v: { 管径: 1000 }, p: 1.35 }],
		specs: [
			['管径', 800, MM],
			['单节长度', [4, 6, 2], M],
			['材质', '超高分子量聚乙烯'],
			['单节重量', [120, 260, 20], KG],
		],
		certs: ['ISO9001', 'KA~'],
		scen: ['mine_tunnel'],
		kw: ['逃生管道', 'escape pipe', '隧道坍塌', '掌子面'],
		desc: ['铺设于隧道掌子面至二衬之间，发生塌方时作业人员可经管道逃生。', '快速接头连接，便于随掘进移动。'],
		price: [2600, 4200],
		lead: [10, 25],
		cap: [200, 800],
		stock: [20, 200],
		makers: ['suian', 'xinjiang'],
	},
	{
		cat: '020202',
		titles: ['永久避难硐室成套装备'],
		variants: [{ m: 'KJYB96/50' }],
		specs: [
			['额定人数', [50, 100, 10], PERSON],
			['额定防护时间', 96, HOUR_ONLY],
			['供氧方式', '压缩氧+化学氧双系统'],
		],
		certs: ['MA'],
		scen: ['mine_tunnel'],
		kw: ['避难硐室', 'refuge station', '紧急避险系统'],
		desc: ['包括防爆密闭门、供氧、空气净化、制冷和通信等成套设备，按矿井实际设计安装。'],
		price: [1800000, 3200000],
		lead: [60, 120],
		cap: [1, 2],
		stock: [0, 0],
		makers: ['ankuang'],
	},
]

TEMPLATES.push(
	// ══════ 030101 应急电源与发电设备 ══════
	{
		cat: '030101',
		titles: ['静音型柴油发电机组', '移动式静音柴油发电机组'],
		variants: [
			{ m: '{B}-GF50', t: '50kW静音型柴油发电机组', v: { 额定功率: 50, 整机重量: [1.2, 1.6, 0.1] } },
			{ m: '{B}-GF200', t: '200kW静音型柴油发电机组', v: { 额定功率: 200, 整机重量: [2.8, 3.6, 0.2] }, p: 3.2 },
			{ m: '{B}-GF500', t: '500kW静音型柴油发电机组', v: { 额定功率: 500, 整机重量: [5.2, 6.8, 0.2] }, p: 7.5 },
		],
		specs: [
			['额定功率', 200, KW],
			['输出电压', 400, VOLT],
			['连续运行时间', [8, 24, 4], HOUR_ONLY],
			['整机重量', 3, TON],
			['噪声', [68, 78, 1], DB],
		],
		certs: ['ISO9001', 'CE?'],
		scen: ['outage', 'flood', 'earthquake_geo'],
		kw: ['发电机组', 'diesel generator', '静音', '应急供电', '保电'],
		desc: ['箱体采用低噪声设计，配智能控制器，可远程监控和自动启停。', '可并机运行，适用于医院、指挥中心、泵站等重要负荷应急保电。', '整机底座带油箱和拖车接口。'],
		price: [68000, 82000],
		lead: [10, 30],
		cap: [20, 80],
		stock: [3, 30],
		makers: ['changneng', 'xinjiang', 'zhonggan'],
	},
	{
		cat: '030101',
		titles: ['应急电源车', '移动应急发电车'],
		variants: [
			{ m: 'JXC5160XDY', v: { 额定功率: 400 } },
			{ m: 'JXC5250XDY', v: { 额定功率: 800 }, p: 1.6 },
			{ m: 'JXC5310XDY', v: { 额定功率: 1000 }, p: 2.1 },
		],
		specs: [
			['额定功率', 400, KW_MW],
			['输出电压', 400, VOLT],
			['连续运行时间', [8, 12, 2], HOUR_ONLY],
			['噪声', [70, 78, 1], DB],
		],
		certs: ['VEH', 'ISO9001?'],
		scen: ['outage', 'flood', 'earthquake_geo'],
		kw: ['电源车', 'power generation vehicle', '应急保电', '发电车'],
		desc: ['二类底盘改装，车载柴油发电机组和低压配电系统，可实现不停电快速接入。', '适用于重大活动保电、灾后临时供电和电网抢修。'],
		price: [980000, 1180000],
		lead: [45, 90],
		cap: [2, 8],
		stock: [0, 2],
		makers: ['changneng', 'zhonggan'],
	},
	{
		cat: '030101',
		titles: ['便携式储能电源', '户外移动储能电源'],
		variants: [
			{ m: '{B}-PS1500', v: { 额定功率: 1500, 整机重量: [14, 20, 1] } },
			{ m: '{B}-PS3000', v: { 额定功率: 3000, 整机重量: [26, 34, 1] }, p: 1.9 },
		],
		specs: [
			['额定功率', 1500, WATT],
			['输出电压', 220, VOLT],
			['电芯类型', '磷酸铁锂'],
			['整机重量', 20, KG],
			['循环寿命', [3000, 4000, 500]],
		],
		certs: ['CCC?', 'CE?', 'ISO9001?'],
		scen: ['household', 'outage', 'flood'],
		kw: ['储能电源', 'portable power station', '户外电源', '磷酸铁锂', '太阳能'],
		desc: ['纯正弦波输出，支持市电、太阳能、车充多种方式充电。', '可为通信设备、照明和小型医疗设备供电。'],
		price: [3800, 5200],
		lead: [3, 15],
		cap: [500, 3000],
		stock: [100, 1000],
		makers: ['lineng', 'changneng', 'sanqing'],
	},
	{
		cat: '030101',
		titles: ['不间断电源(UPS)', '模块化UPS不间断电源'],
		variants: [{ m: 'UPS-{B}100K', v: { 额定容量: 100 } }, { m: 'UPS-{B}200K', v: { 额定容量: 200 }, p: 1.8 }],
		specs: [
			['额定容量', 100, KVA],
			['输出电压', 400, VOLT],
			['后备时间', [30, 120, 30], MIN],
			['效率', [94, 96.5, 0.5], PCT],
		],
		certs: ['CCC', 'ISO9001?'],
		scen: ['outage'],
		kw: ['UPS', '不间断电源', 'uninterruptible power supply', '指挥中心'],
		desc: ['在线双变换架构，模块热插拔，适用于应急指挥中心、数据机房等关键负载。'],
		price: [68000, 120000],
		lead: [15, 30],
		cap: [20, 80],
		stock: [2, 20],
		makers: ['changneng', 'lineng'],
	},
	{
		cat: '030101',
		titles: ['集装箱式移动储能电站'],
		variants: [{ m: '{B}-ESS500' }],
		specs: [
			['额定功率', 500, KW],
			['输出电压', 400, VOLT],
			['整机重量', [18, 26, 2], TON_ONLY],
			['电芯类型', '磷酸铁锂'],
		],
		certs: ['ISO9001', 'CE~'],
		scen: ['outage', 'flood'],
		kw: ['储能电站', 'BESS', '移动储能', '应急保供'],
		desc: ['标准集装箱集成储能电池、PCS和消防系统，可整体吊装运输。', '可与柴油发电机组组成混合供电系统，降低油耗和噪声。'],
		price: [680000, 1200000],
		lead: [45, 90],
		cap: [2, 6],
		stock: [0, 1],
		makers: ['lineng'],
	},
	// ══════ 030102 应急通信与指挥设备 ══════
	{
		cat: '030102',
		titles: ['应急通信指挥车', '卫星通信指挥车'],
		variants: [
			{ m: 'JXC5100XZH', v: { 整车长度: [5990, 5995, 5], 载员: 5 } },
			{ m: 'JXC5180XZH', v: { 整车长度: [8500, 9000, 100], 载员: 8 }, p: 1.5 },
		],
		specs: [
			['整车长度', 5995, MM],
			['卫星天线口径', [0.9, 1.2, 0.3], M],
			['自组网覆盖半径', [10, 30, 5], KM],
			['发电机功率', [7, 15, 1], KW],
			['载员', 5, PERSON],
		],
		certs: ['VEH', 'ISO9001?'],
		scen: ['flood', 'earthquake_geo', 'outage', 'forest_fire'],
		kw: ['指挥车', 'command vehicle', '动中通', '卫星通信', '前突通信'],
		desc: ['集成卫星动中通、370MHz窄带、宽带自组网和公网集群，实现现场与指挥中心音视频互通。', '车内设指挥会商区，配车载发电机和UPS。', '可作为前方指挥部快速部署。'],
		price: [1200000, 1600000],
		lead: [60, 120],
		cap: [1, 4],
		stock: [0, 1],
		makers: ['gantong', 'zhonggan'],
	},
	{
		cat: '030102',
		titles: ['便携式卫星通信站', '便携式静中通卫星站'],
		variants: [{ m: 'VSAT-{B}P90', v: { 天线口径: 90 } }, { m: 'VSAT-{B}P120', v: { 天线口径: 120 }, p: 1.3 }],
		specs: [
			['天线口径', 90, CM],
			['整机重量', [18, 35, 1], KG],
			['功耗', [120, 260, 20], W_ONLY],
		],
		certs: ['CCC?', 'CE?'],
		scen: ['flood', 'earthquake_geo', 'forest_fire'],
		kw: ['卫星站', 'VSAT', '静中通', 'Ku波段', '便携'],
		desc: ['一键自动对星，3分钟内建立卫星链路，支持视频会商和数据回传。', '可拆分为两个箱体单人携行。'],
		price: [180000, 380000],
		lead: [30, 60],
		cap: [5, 20],
		stock: [1, 6],
		makers: ['gantong', 'jinggang'],
	},
	{
		cat: '030102',
		titles: ['MESH自组网单兵图传', '单兵自组网通信终端'],
		variants: [{ m: '{B}-MS600' }, { m: '{B}-MS1400', p: 1.5 }],
		specs: [
			['传输距离', [5, 20, 5], KM],
			['发射功率', [2, 10, 1], W_ONLY],
			['连续工作时间', [4, 8, 1], HOUR_ONLY],
			['整机重量', [600, 1200, 50], G],
			['防护等级', ['IP66', 'IP67']],
		],
		certs: ['CCC?', 'CE~'],
		scen: ['earthquake_geo', 'forest_fire', 'flood', 'mine_tunnel'],
		kw: ['MESH', '自组网', 'ad hoc network', '单兵图传', '无中心'],
		desc: ['无中心多跳自组网，公网中断时快速建立现场音视频通信链路。', '可挂载于无人机、车辆或由单兵背负。'],
		price: [28000, 68000],
		lead: [10, 30],
		cap: [50, 200],
		stock: [5, 50],
		makers: ['gantong', 'xiangying', 'jinggang'],
	},
	{
		cat: '030102',
		titles: ['天通手持卫星电话', '天通卫星手持终端'],
		variants: [{ m: 'TT-{B}9' }],
		specs: [
			['待机时间', [48, 120, 12], HOUR_ONLY],
			['通话时间', [4, 10, 1], HOUR_ONLY],
			['整机重量', [200, 320, 10], G],
			['防护等级', ['IP67', 'IP68']],
		],
		certs: ['CCC'],
		scen: ['flood', 'earthquake_geo', 'forest_fire'],
		kw: ['卫星电话', 'satellite phone', '天通一号', '断网通信'],
		desc: ['支持天通卫星与地面公网双模，公网中断时保障语音、短信和定位。', '三防设计，适合野外恶劣环境。'],
		price: [3200, 6800],
		lead: [3, 15],
		cap: [500, 2000],
		stock: [50, 400],
		makers: ['gantong', 'sanqing'],
	},
	{
		cat: '030102',
		titles: ['矿用本安型灾区电话', '灾区电话(矿用本安型)'],
		variants: [{ m: 'KTW2' }, { m: 'KTW3', p: 1.2 }],
		specs: [
			['通话距离', [3, 10, 1], KM],
			['连续工作时间', [8, 24, 2], HOUR_ONLY],
			['防爆等级', 'Ex ib I Mb'],
			['整机重量', [1.2, 2.5, 0.1], KG],
		],
		certs: ['MA', 'EX'],
		scen: ['mine_tunnel'],
		kw: ['灾区电话', 'mine rescue telephone', '矿山救护', '基地通信'],
		desc: ['矿山救护队在灾区与井下基地之间的专用通信设备，随放线随通话。', '本质安全型，可在瓦斯环境中使用。'],
		price: [8600, 18800],
		lead: [10, 30],
		cap: [30, 120],
		stock: [5, 30],
		makers: ['ankuang', 'hengan'],
	},
	{
		cat: '030102',
		titles: ['便携式应急广播终端', '户外应急广播音柱'],
		variants: [{ m: 'GB-{B}100' }],
		specs: [
			['额定功率', [50, 150, 50], W_ONLY],
			['覆盖半径', [0.5, 2, 0.5], KM],
			['连续工作时间', [6, 12, 2], HOUR_ONLY],
			['防护等级', 'IP65'],
		],
		certs: ['CCC?', 'ISO9001?'],
		scen: ['flood', 'earthquake_geo', 'forest_fire'],
		kw: ['应急广播', 'emergency broadcast', '预警发布', '村村响'],
		desc: ['支持4G/卫星/调频多通道接收，可远程发布预警信息和疏散指令。'],
		price: [6800, 15800],
		lead: [7, 20],
		cap: [100, 400],
		stock: [10, 80],
		makers: ['jinggang', 'gantong'],
	},
	// ══════ 030103 应急照明设备 ══════
	{
		cat: '030103',
		titles: ['移动照明灯塔', '全方位自动泛光工作灯', '拖车式移动照明灯塔'],
		variants: [
			{ m: '{B}-ZM4×500', v: { 照明功率: 2000, 光通量: [240000, 280000, 10000], 升降高度: [4.5, 6, 0.5] } },
			{ m: '{B}-ZM4×1000', v: { 照明功率: 4000, 光通量: [480000, 540000, 10000], 升降高度: [7, 9, 0.5] }, p: 2.2 },
		],
		specs: [
			['照明功率', 2000, WATT],
			['光通量', 260000, LM],
			['升降高度', 5, M],
			['连续工作时间', [12, 30, 2], HOUR_ONLY],
			['发电功率', [3, 8, 1], KW],
		],
		certs: ['ISO9001?', 'CE~'],
		scen: ['flood', 'earthquake_geo', 'outage'],
		kw: ['照明灯塔', 'light tower', '泛光灯', '夜间作业'],
		desc: ['LED灯头可360°旋转和俯仰调节，气动或电动升降。', '自带汽油/柴油发电机，也可外接市电，满足夜间抢险大面积照明需要。'],
		price: [18000, 26000],
		lead: [7, 20],
		cap: [50, 200],
		stock: [5, 60],
		makers: ['luling', 'changneng', 'ganan'],
	},
	{
		cat: '030103',
		titles: ['系留无人机照明系统', '系留无人机高空照明平台'],
		variants: [{ m: '{B}-XL2000', v: { 照明功率: 2000 } }, { m: '{B}-XL4000', v: { 照明功率: 4000 }, p: 1.5 }],
		specs: [
			['照明功率', 2000, WATT],
			['光通量', [200000, 400000, 50000], LM],
			['悬停高度', [50, 120, 10], M],
			['连续工作时间', 24, HOUR_ONLY],
			['抗风等级', [5, 7, 1]],
		],
		certs: ['ISO9001', 'CE~'],
		scen: ['flood', 'earthquake_geo', 'outage', 'forest_fire'],
		kw: ['系留无人机', 'tethered drone', '高空照明', '夜间救援'],
		desc: ['地面电源通过系留线缆持续供电，实现长时间高空悬停照明。', '照明覆盖面积可达数万平方米，适用于夜间大范围救援现场。'],
		price: [380000, 520000],
		lead: [30, 60],
		cap: [2, 8],
		stock: [0, 3],
		makers: ['xiangying', 'luling'],
	},
	{
		cat: '030103',
		titles: ['消防员方位灯', '消防员佩戴式方位灯'],
		variants: [{ m: 'FW-{B}LED' }],
		specs: [
			['连续工作时间', [4, 12, 1], HOUR_ONLY],
			['防护等级', ['IP65', 'IP67']],
			['整灯重量', [90, 160, 10], G],
			['光通量', [20, 60, 10], LM],
		],
		certs: ['FIRE_VOL', 'EX?'],
		scen: ['urban_fire'],
		kw: ['方位灯', 'firefighter marker light', '消防员装备'],
		desc: ['佩戴于消防员肩部，在浓烟环境中标示位置，支持常亮和闪烁模式。'],
		price: [120, 360],
		lead: [5, 15],
		cap: [1000, 5000],
		stock: [200, 1000],
		makers: ['luling', 'xunan', 'ganan'],
	},
	{
		cat: '030103',
		titles: ['强光搜索灯', '便携式LED探照灯'],
		variants: [{ m: 'SZ-{B}50' }],
		specs: [
			['光通量', [3000, 12000, 1000], LM],
			['照射距离', [300, 1000, 100], M],
			['连续工作时间', [6, 12, 1], HOUR_ONLY],
			['整机重量', [1.2, 2.6, 0.2], KG],
			['防护等级', ['IP66', 'IP67']],
		],
		certs: ['ISO9001?'],
		scen: ['flood', 'earthquake_geo', 'forest_fire'],
		kw: ['搜索灯', 'searchlight', '探照灯', '远射'],
		desc: ['远射程聚光设计，用于夜间水域、山地搜救和现场警戒照明。'],
		price: [680, 2600],
		lead: [3, 15],
		cap: [500, 2000],
		stock: [50, 500],
		makers: ['luling', 'jinggang'],
	},
	{
		cat: '030103',
		titles: ['矿用LED锂电池矿灯', '矿用本安型头灯'],
		variants: [{ m: 'KL5LM(A)' }, { m: 'KL8LM(B)', p: 1.3 }],
		specs: [
			['连续工作时间', [11, 16, 1], HOUR_ONLY],
			['整灯重量', [180, 300, 10], G],
			['防爆等级', 'Ex ib I Mb'],
			['防护等级', 'IP67'],
		],
		certs: ['MA', 'EX'],
		scen: ['mine_tunnel'],
		kw: ['矿灯', 'cap lamp', '头灯', '锂电池'],
		desc: ['锂电池供电，主副光源，满足井下一个工作班以上照明需要。', '可选配人员定位标识卡。'],
		price: [180, 460],
		lead: [5, 15],
		cap: [2000, 10000],
		stock: [500, 3000],
		makers: ['hengan', 'ankuang', 'luling'],
	},
	// ══════ 030104 应急后勤保障装备 ══════
	{
		cat: '030104',
		titles: ['12平方米救灾单帐篷', '救灾专用棉帐篷'],
		variants: [{ m: 'ZP-{B}12' }],
		specs: [
			['长度', [4.3, 4.5, 0.1], M],
			['宽度', [2.9, 3.2, 0.1], M],
			['容纳人数', [6, 8, 2], PERSON],
			['整顶重量', [28, 42, 2], KG],
			['面料', ['涂银牛津布', 'PVC涂层涤纶']],
		],
		certs: ['ISO9001'],
		scen: ['earthquake_geo', 'flood', 'ice_snow'],
		kw: ['救灾帐篷', 'relief tent', '安置', '受灾群众'],
		desc: ['钢管框架结构，两人十分钟可完成搭建，用于受灾群众临时安置。', '双层面料，防雨防风，冬季可加装保温层。'],
		price: [1200, 2600],
		lead: [5, 15],
		cap: [2000, 10000],
		stock: [300, 3000],
		makers: ['zhanggong', 'sanqing'],
	},
	{
		cat: '030104',
		titles: ['充气式指挥帐篷', '充气帐篷(指挥型)'],
		variants: [{ m: 'CQ-{B}30' }],
		specs: [
			['长度', [5, 8, 1], M],
			['宽度', [4, 6, 1], M],
			['充气时间', [3, 8, 1], MIN],
			['整顶重量', [60, 120, 10], KG],
		],
		certs: ['ISO9001', 'CE~'],
		scen: ['earthquake_geo', 'flood', 'forest_fire'],
		kw: ['充气帐篷', 'inflatable tent', '前方指挥部'],
		desc: ['电动充气泵几分钟内完成展开，用作现场指挥部、医疗救护点。'],
		price: [8600, 22000],
		lead: [7, 20],
		cap: [100, 500],
		stock: [10, 80],
		makers: ['zhanggong', 'sanqing'],
	},
	{
		cat: '030104',
		titles: ['移动式应急净水设备', '车载式应急净水装置'],
		variants: [
			{ m: '{B}-JS2', v: { 产水量: 2, 额定功率: [2.2, 3, 0.2], 整机重量: [280, 420, 20] } },
			{ m: '{B}-JS10', v: { 产水量: 10, 额定功率: [7.5, 11, 0.5], 整机重量: [1600, 2600, 100] }, p: 3.5 },
		],
		specs: [
			['产水量', 2, FLOW_M3H_SMALL],
			['额定功率', 3, KW],
			['整机重量', 300, KG],
			['出水水质', '符合GB 5749生活饮用水卫生标准'],
		],
		certs: ['ISO9001'],
		scen: ['flood', 'earthquake_geo'],
		kw: ['净水设备', 'water purification', '应急供水', '超滤', '反渗透'],
		desc: ['采用预处理+超滤+反渗透工艺，可将河水、湖水处理为饮用水。', '适用于洪涝、地震后集中安置点应急供水。'],
		price: [48000, 72000],
		lead: [15, 45],
		cap: [10, 40],
		stock: [2, 10],
		makers: ['zhanggong', 'hongcheng'],
	},
	{
		cat: '030104',
		titles: ['野战炊事挂车', '移动应急炊事车'],
		variants: [{ m: 'JXC9020XCC' }],
		specs: [
			['保障人数', [200, 500, 100], PERSON],
			['整车重量', [1.8, 3.2, 0.2], TON],
		],
		certs: ['VEH', 'ISO9001?'],
		scen: ['flood', 'earthquake_geo', 'forest_fire'],
		kw: ['炊事车', 'field kitchen', '后勤保障', '热食'],
		desc: ['集成蒸饭、炒菜、烧水功能，可在1小时内为数百人提供热食。'],
		price: [86000, 260000],
		lead: [30, 60],
		cap: [2, 10],
		stock: [0, 3],
		makers: ['zhanggong', 'zhonggan'],
	},
	// ══════ 030105 特种应急车辆 ══════
	{
		cat: '030105',
		titles: ['抢险救援消防车'],
		variants: [
			{ m: 'ZGF5150TXFJY100', v: { 最大起吊质量: 8 } },
			{ m: 'ZGF5160TXFJY120', v: { 最大起吊质量: 12 }, p: 1.3 },
		],
		specs: [
			['额定功率', [206, 276, 10], KW],
			['最大起吊质量', 8, TON_ONLY],
			['载员', 6, PERSON],
			['整车长度', [8200, 9200, 100], MM],
		],
		certs: ['VEH', 'FIRE_VOL'],
		scen: ['urban_fire', 'earthquake_geo', 'flood'],
		kw: ['抢险救援车', 'rescue fire truck', '随车吊', '绞盘'],
		desc: ['配随车起重机、前置绞盘、照明灯塔和发电机，随车装载破拆、救生、照明等器材。', '适用于交通事故、建筑倒塌、地质灾害等抢险救援。'],
		price: [1200000, 1600000],
		lead: [60, 120],
		cap: [2, 6],
		stock: [0, 1],
		makers: ['zhonggan', 'ganan'],
	},
	{
		cat: '030105',
		titles: ['水罐消防车', '城市主战水罐消防车'],
		variants: [
			{ m: 'ZGF5190GXFSG80', v: { 载液量: 8000, 额定流量: 60 } },
			{ m: 'ZGF5280GXFSG120', v: { 载液量: 12000, 额定流量: 80 }, p: 1.35 },
		],
		specs: [
			['载液量', 8000, LITRE_M3],
			['额定流量', 60, FLOW_LS],
			['额定功率', [240, 330, 10], KW],
			['载员', 6, PERSON],
		],
		certs: ['VEH', 'FIRE_VOL'],
		scen: ['urban_fire'],
		kw: ['水罐车', 'fire engine', '主战车', '消防车'],
		desc: ['国六排放商用底盘，配中低压消防泵和车顶消防炮。', '双排驾驶室，可乘6名消防员。'],
		price: [980000, 1200000],
		lead: [60, 120],
		cap: [2, 8],
		stock: [0, 2],
		makers: ['zhonggan', 'ganan'],
	},
	{
		cat: '030105',
		titles: ['全地形履带式救援车(两栖)', '两栖全地形救援车'],
		variants: [{ m: '{B}-LD08' }],
		specs: [
			['最大速度', [35, 50, 5], KMH],
			['水上航速', [4, 8, 1], KMH],
			['载员', [8, 12, 2], PERSON],
			['额定功率', [110, 180, 10], KW],
			['爬坡度', [60, 80, 5], PCT],
		],
		certs: ['ISO9001?', 'CE~'],
		scen: ['flood', 'earthquake_geo', 'forest_fire', 'ice_snow'],
		kw: ['全地形车', 'all-terrain vehicle', '两栖', '履带', '沼泽'],
		desc: ['铰接式双节履带底盘，可在泥泞、沼泽、冰雪、浅水等复杂地形通行。', '后节可快速换装人员舱、物资舱或灭火模块。'],
		price: [1600000, 3200000],
		lead: [90, 150],
		cap: [1, 3],
		stock: [0, 1],
		makers: ['zhonggan', 'xinjiang'],
	},
	{
		cat: '030105',
		titles: ['化学事故抢险救援消防车'],
		variants: [{ m: 'ZGF5180TXFHJ80' }],
		specs: [
			['额定功率', [240, 300, 10], KW],
			['载员', 6, PERSON],
			['侦检器材', '有毒气体检测仪、可燃气体检测仪、红外测温仪'],
		],
		certs: ['VEH', 'FIRE_VOL'],
		scen: ['hazchem'],
		kw: ['化学救援车', 'hazmat truck', '侦检', '堵漏'],
		desc: ['随车装载侦检、堵漏、洗消、输转等危化品事故处置器材。'],
		price: [1400000, 1900000],
		lead: [60, 120],
		cap: [1, 4],
		stock: [0, 1],
		makers: ['zhonggan'],
	},
	// ══════ 030201 生命探测设备 ══════
	{
		cat: '030201',
		titles: ['生命探测仪(雷达式)', '超宽带雷达生命探测仪'],
		variants: [{ m: 'LD-{B}20R', v: { 探测距离: 20 } }, { m: 'LD-{B}30R', v: { 探测距离: 30 }, p: 1.3 }],
		specs: [
			['探测距离', 20, M],
			['整机重量', [4.5, 8, 0.5], KG],
			['连续工作时间', [6, 10, 1], HOUR_ONLY],
			['防护等级', ['IP65', 'IP67']],
			['探测方式', '超宽带(UWB)雷达'],
		],
		certs: ['ISO9001?', 'CE?'],
		scen: ['earthquake_geo', 'urban_fire'],
		kw: ['生命探测', 'radar life detector', 'UWB', '废墟搜救', '呼吸探测'],
		desc: ['穿透废墟、墙体探测被困人员呼吸和体动信号，并给出距离信息。', '平板电脑无线操控，操作人员可远离危险区域。'],
		price: [280000, 360000],
		lead: [20, 45],
		cap: [5, 20],
		stock: [1, 6],
		makers: ['ganxi', 'gangcheng'],
	},
	{
		cat: '030201',
		titles: ['音视频生命探测仪', '光学声波生命探测仪'],
		variants: [{ m: 'SYS-{B}5' }],
		specs: [
			['探头直径', [40, 55, 5], MM],
			['伸缩杆长度', [3.5, 5, 0.5], M],
			['连续工作时间', [4, 8, 1], HOUR_ONLY],
			['整机重量', [5, 8, 0.5], KG],
		],
		certs: ['FIRE_VOL?', 'CE~'],
		scen: ['earthquake_geo', 'urban_fire'],
		kw: ['音视频探测', 'search camera', '蛇眼', '废墟搜救'],
		desc: ['可伸缩探杆前端带高清摄像头和拾音器，可深入废墟缝隙搜寻并与被困人员对讲。'],
		price: [58000, 98000],
		lead: [15, 30],
		cap: [10, 40],
		stock: [2, 10],
		makers: ['ganxi', 'gangcheng', 'jinggang'],
	},
	{
		cat: '030201',
		titles: ['红外热成像生命探测仪', '手持式热成像仪(消防救援型)'],
		variants: [{ m: 'RC-{B}384', v: { 热成像分辨率: '384×288' } }, { m: 'RC-{B}640', v: { 热成像分辨率: '640×512' }, p: 1.6 }],
		specs: [
			['热成像分辨率', '384×288'],
			['探测距离', [50, 150, 10], M],
			['连续工作时间', [4, 6, 1], HOUR_ONLY],
			['整机重量', [0.8, 1.5, 0.1], KG],
		],
		certs: ['FIRE_VOL?', 'CE?'],
		scen: ['earthquake_geo', 'urban_fire', 'forest_fire'],
		kw: ['热成像', 'thermal imaging camera', '搜救', '浓烟'],
		desc: ['在浓烟和黑暗环境中识别人体热源，辅助搜救和火场侦察。'],
		price: [16000, 32000],
		lead: [7, 20],
		cap: [30, 150],
		stock: [5, 40],
		makers: ['ganxi', 'jinggang'],
	},
	// ══════ 030202 破拆与支撑救援工具 ══════
	{
		cat: '030202',
		titles: ['液压破拆工具组', '消防液压破拆工具组(扩张器、剪切器、机动泵)'],
		variants: [
			{ m: 'GYPC-{B}63', v: { 工作压力: 63 } },
			{ m: 'GYPC-{B}72', v: { 工作压力: 72 }, p: 1.2 },
		],
		specs: [
			['工作压力', 63, MPA_ONLY],
			['最大扩张距离', [600, 820, 20], MM_CM],
			['最大剪切直径', [28, 40, 2], MM],
			['整机重量', [58, 86, 2], KG],
			['动力', ['汽油机', '汽油机/电动双动力']],
		],
		certs: ['FIRE_VOL', 'CE?', 'ISO9001?'],
		scen: ['earthquake_geo', 'urban_fire'],
		kw: ['破拆', 'hydraulic rescue tools', '剪扩', '扩张器', '剪切器'],
		desc: ['包含机动液压泵、扩张器、剪切器、救援顶杆及快速接头软管卷盘。', '用于交通事故、建筑倒塌等现场破拆、扩张和顶撑作业。'],
		price: [68000, 98000],
		lead: [15, 45],
		cap: [20, 100],
		stock: [3, 20],
		makers: ['gangcheng', 'ganxi', 'ganan'],
	},
	{
		cat: '030202',
		titles: ['锂电液压剪扩两用钳', '电动液压剪扩钳'],
		variants: [{ m: 'GYJK-{B}18' }],
		specs: [
			['工作压力', [63, 72, 9], MPA_ONLY],
			['最大扩张距离', [250, 380, 10], MM],
			['最大剪切直径', [20, 30, 2], MM],
			['整机重量', [14, 19, 0.5], KG],
			['连续工作时间', [30, 60, 5], MIN],
		],
		certs: ['FIRE_VOL', 'CE~'],
		scen: ['earthquake_geo', 'urban_fire'],
		kw: ['剪扩钳', 'combi tool', '锂电', '无管路'],
		desc: ['一体化锂电驱动，无需液压管路，单人即可快速展开作业。'],
		price: [36000, 68000],
		lead: [10, 30],
		cap: [30, 120],
		stock: [5, 30],
		makers: ['gangcheng', 'ganxi'],
	},
	{
		cat: '030202',
		titles: ['液压救援顶杆', '双级液压顶杆'],
		variants: [{ m: 'GYCD-{B}1100' }],
		specs: [
			['最大撑顶距离', [1100, 1600, 100], MM],
			['工作压力', [63, 72, 9], MPA_ONLY],
			['整机重量', [12, 22, 1], KG],
		],
		certs: ['FIRE_VOL'],
		scen: ['earthquake_geo', 'urban_fire'],
		kw: ['顶杆', 'rescue ram', '撑顶', '破拆'],
		desc: ['与机动泵配套使用，用于撑顶变形车体、建筑构件，扩大救援空间。'],
		price: [9800, 22000],
		lead: [10, 30],
		cap: [50, 200],
		stock: [5, 40],
		makers: ['gangcheng', 'ganan'],
	},
	{
		cat: '030202',
		titles: ['起重气垫', '高压起重气垫组'],
		variants: [
			{ m: 'QZD-{B}20', v: { 最大起重质量: 20, 起升高度: 310 } },
			{ m: 'QZD-{B}40', v: { 最大起重质量: 40, 起升高度: 420 }, p: 1.6 },
		],
		specs: [
			['最大起重质量', 20, TON_ONLY],
			['起升高度', 310, MM],
			['工作压力', 8, BAR],
		],
		certs: ['FIRE_VOL', 'CE?'],
		scen: ['earthquake_geo', 'urban_fire'],
		kw: ['起重气垫', 'lifting bag', '顶升', '救援'],
		desc: ['芳纶增强橡胶气垫，插入狭小缝隙即可顶升重物，配减压器和控制阀。'],
		price: [4800, 8600],
		lead: [7, 20],
		cap: [50, 300],
		stock: [10, 80],
		makers: ['gangcheng', 'ganxi'],
	},
	{
		cat: '030202',
		titles: ['消防腰斧', '消防员腰斧'],
		variants: [{ m: 'GFY-{B}285', v: { 全长: 285 } }, { m: 'GFY-{B}325', v: { 全长: 325 } }],
		specs: [
			['全长', 285, MM],
			['整体重量', [0.8, 1.2, 0.05], KG],
			['绝缘耐压', [5, 10, 5], KV],
		],
		certs: ['FIRE_VOL'],
		scen: ['urban_fire'],
		kw: ['腰斧', 'fire axe', '破拆', '消防员装备'],
		desc: ['一体锻造斧头，绝缘手柄，符合XF 138标准。'],
		price: [120, 380],
		lead: [5, 15],
		cap: [1000, 5000],
		stock: [200, 1000],
		makers: ['gangcheng', 'ganan', 'xunan'],
	},
	{
		cat: '030202',
		titles: ['双轮异向切割锯', '便携式双轮异向切割锯'],
		variants: [{ m: 'YQJ-{B}350' }],
		specs: [
			['切割深度', [120, 160, 10], MM],
			['额定功率', [2.2, 4.8, 0.2], KW],
			['整机重量', [11, 16, 0.5], KG],
		],
		certs: ['FIRE_VOL?', 'CE~'],
		scen: ['earthquake_geo', 'urban_fire'],
		kw: ['切割锯', 'rescue saw', '异向锯', '钢筋混凝土'],
		desc: ['双锯片反向旋转，切割时无反弹，可切割钢板、钢筋混凝土和木材等多种材料。'],
		price: [12800, 26800],
		lead: [10, 30],
		cap: [30, 150],
		stock: [5, 30],
		makers: ['gangcheng', 'ganxi'],
	},
	{
		cat: '030202',
		titles: ['救援支撑套件', '气动救援支撑系统'],
		variants: [{ m: 'ZC-{B}12' }],
		specs: [
			['最大支撑长度', [1800, 3200, 200], MM],
			['最大承载', [8, 16, 1], TON_ONLY],
			['整套重量', [80, 160, 10], KG],
		],
		certs: ['FIRE_VOL?', 'CE~'],
		scen: ['earthquake_geo', 'mine_tunnel'],
		kw: ['支撑', 'rescue struts', '倒塌建筑', '沟槽救援'],
		desc: ['由多规格支撑杆、底座和连接件组成，用于倒塌建筑、沟槽和隧道的临时支护。'],
		price: [38000, 98000],
		lead: [15, 45],
		cap: [10, 40],
		stock: [1, 10],
		makers: ['gangcheng', 'ganxi'],
	},
	// ══════ 030203 医疗急救与转运设备 ══════
	{
		cat: '030203',
		titles: ['自动体外除颤器(AED)', '全自动体外除颤器'],
		variants: [{ m: 'AED-{B}7' }, { m: 'iAED-{B}S1', p: 1.3 }],
		specs: [
			['充电时间', [5, 9, 1], SEC],
			['整机重量', [1.5, 2.6, 0.1], KG],
			['防护等级', ['IP55', 'IP56']],
			['电池放电次数', [200, 300, 50]],
			['语音提示', '中英文双语'],
		],
		certs: ['NMPA', 'CE?'],
		scen: ['life_rescue', 'household'],
		kw: ['AED', '除颤器', 'defibrillator', '心脏骤停', '公共场所'],
		desc: ['全程语音和动画指导，非专业人员也能规范操作。', '适用于机场、车站、学校、社区等公共场所配置。'],
		price: [12800, 18800],
		lead: [5, 20],
		cap: [200, 800],
		stock: [30, 200],
		makers: ['linchuan', 'linchuan'],
	},
	{
		cat: '030203',
		titles: ['负压担架', '真空负压骨折固定担架'],
		variants: [{ m: 'FY-{B}A' }],
		specs: [
			['整机重量', [6.5, 9.5, 0.5], KG],
			['最大承重', [140, 180, 10], KG],
			['长度', [1950, 2100, 50], MM],
		],
		certs: ['NMPA:I', 'ISO9001?'],
		scen: ['life_rescue', 'mine_tunnel', 'earthquake_geo'],
		kw: ['负压担架', 'vacuum mattress', '骨折固定', '转运'],
		desc: ['抽气后随伤员体形塑形固定，适用于脊柱、骨盆骨折伤员转运。', 'X光可透，可直接进行影像检查。'],
		price: [2600, 6800],
		lead: [7, 20],
		cap: [100, 500],
		stock: [20, 150],
		makers: ['linchuan', 'ankuang'],
	},
	{
		cat: '030203',
		titles: ['自动苏生器', '矿用自动苏生器'],
		variants: [{ m: 'MZS30' }, { m: 'MZS30(B)', p: 1.15 }],
		specs: [
			['供氧流量', [15, 30, 5], FLOW_LMIN],
			['气瓶容积', [1, 2, 0.5], LITRE],
			['工作压力', 20, MPA_ONLY],
			['整机重量', [5, 7.5, 0.5], KG],
		],
		certs: ['MA', 'NMPA~'],
		scen: ['mine_tunnel', 'life_rescue'],
		kw: ['苏生器', 'resuscitator', '复苏', '矿山救护'],
		desc: ['对中毒、窒息伤员自动进行人工呼吸或输氧，矿山救护队标配急救器材。'],
		price: [6800, 12800],
		lead: [10, 30],
		cap: [50, 200],
		stock: [5, 40],
		makers: ['ankuang', 'linchuan'],
	},
	{
		cat: '030203',
		titles: ['急救箱', '企业应急急救箱'],
		variants: [
			{ m: 'JJX-{B}A', t: '化工企业专用急救箱' },
			{ m: 'JJX-{B}B', t: '车载急救箱', p: 0.7 },
		],
		specs: [
			['配置件数', [28, 62, 2], PIECE],
			['整箱重量', [2.5, 6.5, 0.5], KG],
			['箱体材质', ['ABS工程塑料', '铝合金']],
		],
		certs: ['ISO9001?'],
		scen: ['life_rescue', 'hazchem', 'household'],
		kw: ['急救箱', 'first aid kit', '洗眼液', '烧伤敷料'],
		desc: ['按GB 30077及企业风险配置烧伤敷料、洗眼液、止血带、夹板等急救用品。', '箱内分区收纳，附急救操作指南。'],
		price: [280, 980],
		lead: [3, 10],
		cap: [2000, 8000],
		stock: [300, 2000],
		makers: ['linchuan', 'sanqing', 'gandong'],
	},
	{
		cat: '030203',
		titles: ['多功能铲式担架', '篮式救援担架'],
		variants: [{ m: 'DJ-{B}6' }, { m: 'DJ-{B}8', p: 1.4 }],
		specs: [
			['最大承重', [159, 270, 1], KG],
			['整机重量', [6, 13, 0.5], KG],
			['长度', [1700, 2150, 50], MM],
		],
		certs: ['NMPA:I', 'ISO9001'],
		scen: ['life_rescue', 'earthquake_geo', 'mine_tunnel'],
		kw: ['担架', 'stretcher', '转运', '高空救援'],
		desc: ['铝合金框架，可分离铲入伤员身下，减少二次损伤。', '篮式款可配合绳索系统用于高空、井下垂直转运。'],
		price: [980, 3600],
		lead: [5, 15],
		cap: [200, 1000],
		stock: [30, 300],
		makers: ['linchuan', 'gangcheng'],
	},
	{
		cat: '030203',
		titles: ['急救转运呼吸机', '便携式急救呼吸机'],
		variants: [{ m: 'ZH-{B}300' }],
		specs: [
			['潮气量上限', [1200, 2000, 100], ML],
			['整机重量', [2.8, 4.5, 0.1], KG],
			['连续工作时间', [4, 8, 1], HOUR_ONLY],
		],
		certs: ['NMPA', 'CE~'],
		scen: ['life_rescue'],
		kw: ['呼吸机', 'transport ventilator', '院前急救'],
		desc: ['适用于院前急救和伤员转运途中的机械通气。'],
		price: [38000, 86000],
		lead: [10, 30],
		cap: [30, 120],
		stock: [3, 20],
		makers: ['linchuan'],
	},
)

TEMPLATES.push(
	// ══════ 030301 排水抢险装备 ══════
	{
		cat: '030301',
		titles: ['大流量排水抢险车', '垂直供排水抢险车', '"龙吸水"大流量排水抢险车'],
		variants: [
			{ m: 'JXC5180TPS', v: { 排水流量: 1000, 扬程: [20, 28, 1] }, p: 0.45 },
			{ m: 'JXC5250TPS', v: { 排水流量: 3000, 扬程: [18, 26, 1] } },
			{ m: 'JXC5310TPS', v: { 排水流量: 5000, 扬程: [15, 22, 1] }, p: 1.55 },
		],
		specs: [
			['排水流量', 3000, FLOW_M3H],
			['扬程', 22, M],
			['额定功率', [160, 330, 10], KW],
			['吸程', [7, 9, 1], M],
		],
		certs: ['VEH', 'ISO9001?'],
		scen: ['flood', 'waterlogging'],
		kw: ['龙吸水', 'drainage truck', '排涝车', '垂直供排水', '防汛'],
		desc: ['车载液压驱动潜水泵，泵组通过液压臂或软管投放，适用于城市内涝、涵洞、地下车库等场所快速排水。', '可兼作远程供水，满足防汛和消防双重需要。', '整车通过国家机动车产品公告。'],
		price: [1050000, 1280000],
		lead: [45, 90],
		cap: [2, 8],
		stock: [0, 2],
		makers: ['hongcheng', 'zhonggan', 'pohu'],
	},
	{
		cat: '030301',
		titles: ['移动式排水泵站', '拖车式移动泵站'],
		variants: [{ m: 'YPZ-{B}1000', v: { 排水流量: 1000 } }, { m: 'YPZ-{B}2000', v: { 排水流量: 2000 }, p: 1.6 }],
		specs: [
			['排水流量', 1000, FLOW_M3H],
			['扬程', [12, 25, 1], M],
			['额定功率', [75, 220, 5], KW],
			['动力', '柴油机'],
		],
		certs: ['ISO9001?', 'CE~'],
		scen: ['flood', 'waterlogging'],
		kw: ['移动泵站', 'mobile pump station', '排涝', '拖车泵'],
		desc: ['柴油机直联混流泵，拖车式底盘，到场后30分钟内可投入排水作业。', '适用于农田排涝、城市低洼地区和堤防险情抢排。'],
		price: [180000, 260000],
		lead: [20, 45],
		cap: [5, 20],
		stock: [1, 8],
		makers: ['hongcheng', 'pohu', 'xinjiang'],
	},
	{
		cat: '030301',
		titles: ['应急潜水排污泵', '防汛潜水排污泵'],
		variants: [
			{ m: 'WQ100-15-7.5', v: { 排水流量: 100, 扬程: 15, 额定功率: 7.5 } },
			{ m: 'WQ200-10-11', v: { 排水流量: 200, 扬程: 10, 额定功率: 11 }, p: 1.4 },
			{ m: 'WQ50-20-5.5', v: { 排水流量: 50, 扬程: 20, 额定功率: 5.5 }, p: 0.75 },
		],
		specs: [
			['排水流量', 100, FLOW_M3H_SMALL],
			['扬程', 15, M],
			['额定功率', 7.5, KW],
			['整机重量', [65, 180, 5], KG],
		],
		certs: ['CCC?', 'ISO9001?'],
		scen: ['flood', 'waterlogging'],
		kw: ['潜水泵', 'submersible pump', '排污泵', '排涝'],
		desc: ['无堵塞叶轮，可抽排含泥沙和杂物的积水。', '配浮球开关和过热保护，适用于地下室、涵洞、下穿通道排水。'],
		price: [3800, 6800],
		lead: [3, 15],
		cap: [300, 1500],
		stock: [50, 500],
		makers: ['hongcheng', 'pohu', 'xinjiang'],
	},
	{
		cat: '030301',
		titles: ['子母式应急排水泵', '单兵"龙吸水"子母式排水装备'],
		variants: [{ m: 'ZM-{B}500', v: { 排水流量: 500 } }, { m: 'ZM-{B}1000', v: { 排水流量: 1000 }, p: 1.6 }],
		specs: [
			['排水流量', 500, FLOW_M3H],
			['扬程', [12, 20, 1], M],
			['子泵单体重量', [28, 45, 1], KG],
			['额定功率', [30, 60, 5], KW],
		],
		certs: ['ISO9001?'],
		scen: ['flood', 'waterlogging'],
		kw: ['子母泵', '单兵龙吸水', 'portable drainage', '液压潜水泵'],
		desc: ['母机为液压动力站，子泵轻便可单人搬运，适合狭窄空间、地下车库排水。'],
		price: [160000, 220000],
		lead: [20, 45],
		cap: [5, 30],
		stock: [1, 10],
		makers: ['hongcheng', 'pohu'],
	},
	{
		cat: '030301',
		titles: ['履带式排涝抢险机器人', '遥控排涝机器人'],
		variants: [{ m: 'PL-{B}600', v: { 排水流量: 600 } }, { m: 'PL-{B}1500', v: { 排水流量: 1500 }, p: 1.7 }],
		specs: [
			['排水流量', 600, FLOW_M3H],
			['扬程', [12, 20, 1], M],
			['遥控距离', [200, 500, 50], M],
			['爬坡度', [25, 35, 5], PCT],
		],
		certs: ['ISO9001?', 'CE~'],
		scen: ['flood', 'waterlogging'],
		kw: ['排涝机器人', 'drainage robot', '履带', '遥控', '地下空间'],
		desc: ['履带底盘可涉水行进至积水点位，远程遥控作业，避免人员进入危险区域。'],
		price: [280000, 360000],
		lead: [30, 60],
		cap: [2, 10],
		stock: [0, 3],
		makers: ['hongcheng', 'xinjiang'],
	},
	// ══════ 030302 消防灭火装备 ══════
	{
		cat: '030302',
		titles: ['手提式干粉灭火器', 'ABC干粉灭火器(手提式)'],
		variants: [
			{ m: 'MFZ/ABC4', v: { 灭火剂质量: 4, 有效喷射时间: [9, 12, 1], 灭火级别: '2A 55B' } },
			{ m: 'MFZ/ABC8', v: { 灭火剂质量: 8, 有效喷射时间: [13, 16, 1], 灭火级别: '4A 144B' }, p: 1.8 },
		],
		specs: [
			['灭火剂质量', 4, KG],
			['有效喷射时间', 10, SEC],
			['灭火级别', '2A 55B'],
			['使用温度下限', -20, CELSIUS],
		],
		certs: ['CCCF'],
		scen: ['urban_fire', 'household'],
		kw: ['灭火器', 'fire extinguisher', '干粉', 'ABC'],
		desc: ['储压式结构，适用于扑救A类、B类、C类和带电设备初起火灾。', '压力表指示清晰，瓶体喷涂红色标识。'],
		price: [48, 68],
		lead: [3, 10],
		cap: [20000, 100000],
		stock: [3000, 30000],
		makers: ['ganan', 'lufeng', 'sanqing'],
	},
	{
		cat: '030302',
		titles: ['推车式干粉灭火器'],
		variants: [{ m: 'MFTZ/ABC35', v: { 灭火剂质量: 35 } }, { m: 'MFTZ/ABC50', v: { 灭火剂质量: 50 }, p: 1.3 }],
		specs: [
			['灭火剂质量', 35, KG],
			['有效喷射时间', [20, 30, 2], SEC],
			['有效喷射距离', [6, 8, 1], M],
		],
		certs: ['CCCF'],
		scen: ['urban_fire', 'hazchem'],
		kw: ['推车式灭火器', 'wheeled extinguisher', '干粉'],
		desc: ['适用于加油站、仓库、化工装置等场所扑救较大面积初起火灾。'],
		price: [420, 680],
		lead: [3, 15],
		cap: [2000, 8000],
		stock: [200, 2000],
		makers: ['ganan', 'lufeng'],
	},
	{
		cat: '030302',
		titles: ['多功能消防水枪', '直流喷雾水枪'],
		variants: [
			{ m: 'QLD6.0/8Ⅲ', v: { 额定流量: 8 } },
			{ m: 'QLD8.0/10Ⅱ', v: { 额定流量: 10 }, p: 1.3 },
		],
		specs: [
			['额定流量', 8, FLOW_LS],
			['额定工作压力', 0.6, MPA],
			['射程', [28, 35, 1], M],
		],
		certs: ['FIRE_VOL'],
		scen: ['urban_fire'],
		kw: ['水枪', 'nozzle', '直流喷雾', '消防枪'],
		desc: ['可在直流、开花、喷雾之间无级转换，喷雾可形成水幕保护。'],
		price: [380, 980],
		lead: [5, 15],
		cap: [1000, 5000],
		stock: [100, 1000],
		makers: ['ganan', 'lufeng'],
	},
	{
		cat: '030302',
		titles: ['移动式遥控消防炮', '移动式消防水炮'],
		variants: [{ m: 'PSY40', v: { 额定流量: 40 } }, { m: 'PSY60', v: { 额定流量: 60 }, p: 1.4 }],
		specs: [
			['额定流量', 40, FLOW_LS],
			['射程', [60, 75, 5], M],
			['工作压力', [0.8, 1, 0.1], MPA],
		],
		certs: ['FIRE_VOL'],
		scen: ['urban_fire', 'hazchem'],
		kw: ['消防炮', 'monitor', '遥控炮', '大流量'],
		desc: ['无线遥控调节俯仰、水平和直流/喷雾，适用于石化储罐、大跨度厂房火灾扑救。'],
		price: [18000, 32000],
		lead: [10, 30],
		cap: [50, 200],
		stock: [5, 40],
		makers: ['ganan', 'lufeng'],
	},
	{
		cat: '030302',
		titles: ['消防灭火机器人', '防爆消防灭火侦察机器人'],
		variants: [
			{ m: 'RXR-M80D-{B}', v: { 额定流量: 80, 射程: [80, 90, 5] } },
			{ m: 'RXR-M120D-{B}', v: { 额定流量: 120, 射程: [90, 110, 5] }, p: 1.5 },
		],
		specs: [
			['额定流量', 80, FLOW_LS],
			['射程', 85, M],
			['最大行驶速度', [3.6, 6, 0.6], KMH],
			['连续工作时间', [2, 4, 0.5], HOUR_ONLY],
			['遥控距离', [800, 1200, 100], M],
		],
		certs: ['FIRE_VOL', 'EX?'],
		scen: ['urban_fire', 'hazchem'],
		kw: ['消防机器人', 'firefighting robot', 'RXR', '无人化', '石化'],
		desc: ['履带式底盘，可代替消防员进入高温、浓烟、有毒及爆炸危险环境实施灭火和侦察。', '配备自喷淋降温系统和高清热成像云台。'],
		price: [480000, 620000],
		lead: [30, 90],
		cap: [2, 10],
		stock: [0, 3],
		makers: ['ganan', 'lufeng', 'gangcheng'],
	},
	{
		cat: '030302',
		titles: ['手抬机动消防泵', '手抬机动消防泵组'],
		variants: [{ m: 'JBQ5.5/10.6' }, { m: 'JBQ6.0/13.6', p: 1.2 }],
		specs: [
			['额定流量', [8, 15, 1], FLOW_LS],
			['额定压力', [0.6, 1, 0.1], MPA],
			['额定功率', [18, 30, 1], KW],
			['整机重量', [56, 86, 2], KG],
		],
		certs: ['FIRE_VOL'],
		scen: ['urban_fire', 'forest_fire', 'flood'],
		kw: ['手抬泵', 'portable fire pump', '机动泵', '供水'],
		desc: ['汽油机驱动，可由2人抬运至天然水源处取水供水，适用于农村、山区和消防车无法到达区域。'],
		price: [12800, 28000],
		lead: [7, 20],
		cap: [50, 300],
		stock: [10, 80],
		makers: ['ganan', 'lufeng', 'linan'],
	},
	{
		cat: '030302',
		titles: ['背负式压缩空气泡沫灭火装置'],
		variants: [{ m: 'QPB-{B}15' }],
		specs: [
			['灭火剂容量', [12, 20, 1], LITRE],
			['射程', [8, 12, 1], M],
			['整机重量', [18, 26, 1], KG],
		],
		certs: ['FIRE_VOL'],
		scen: ['urban_fire', 'forest_fire'],
		kw: ['压缩空气泡沫', 'CAFS', '背负式', '初起火灾'],
		desc: ['压缩空气与泡沫混合液混合喷射，灭火效率高、用水量少。'],
		price: [6800, 14800],
		lead: [7, 20],
		cap: [50, 300],
		stock: [10, 60],
		makers: ['lufeng', 'ganan', 'linan'],
	},
	// ══════ 030303 矿山与隧道救援装备 ══════
	{
		cat: '030303',
		titles: ['矿用大口径救援钻机', '地面大口径救援钻机'],
		variants: [{ m: 'ZJK-{B}600', v: { 钻孔直径: 600 } }, { m: 'ZJK-{B}800', v: { 钻孔直径: 800 }, p: 1.4 }],
		specs: [
			['钻孔直径', 600, MM],
			['钻孔深度', [300, 800, 100], M],
			['额定功率', [160, 420, 20], KW],
		],
		certs: ['MA?', 'ISO9001'],
		scen: ['mine_tunnel'],
		kw: ['救援钻机', 'rescue drilling rig', '生命通道', '大口径'],
		desc: ['快速施工大口径救生孔，通过提升救生舱将被困人员从井下救出。', '模块化运输，到场后快速组装。'],
		price: [2800000, 3600000],
		lead: [90, 180],
		cap: [1, 2],
		stock: [0, 1],
		makers: ['suian', 'ankuang'],
	},
	{
		cat: '030303',
		titles: ['矿用隔爆型潜水排沙电泵'],
		variants: [
			{ m: 'BQS100-80-45/N', v: { 排水流量: 100, 扬程: 80, 额定功率: 45 } },
			{ m: 'BQS200-60-55/N', v: { 排水流量: 200, 扬程: 60, 额定功率: 55 }, p: 1.3 },
		],
		specs: [
			['排水流量', 100, FLOW_M3H_SMALL],
			['扬程', 80, M],
			['额定功率', 45, KW],
			['防爆等级', 'Ex db I Mb'],
		],
		certs: ['MA', 'EX'],
		scen: ['mine_tunnel', 'flood'],
		kw: ['排沙泵', 'mine dewatering pump', '透水', '抢险排水'],
		desc: ['用于矿井透水事故和巷道积水抢险排水，可排含沙量较高的浑水。'],
		price: [18000, 26000],
		lead: [10, 30],
		cap: [20, 100],
		stock: [3, 20],
		makers: ['suian', 'hengan'],
	},
	{
		cat: '030303',
		titles: ['矿用本安型侦测救援机器人', '煤矿井下灾区侦测机器人'],
		variants: [{ m: 'KRZ-{B}1' }],
		specs: [
			['防爆等级', 'Ex ib I Mb'],
			['连续工作时间', [3, 6, 1], HOUR_ONLY],
			['越障高度', [200, 350, 50], MM],
			['遥控距离', [500, 1500, 250], M],
			['整机重量', [80, 180, 10], KG],
		],
		certs: ['MA', 'EX'],
		scen: ['mine_tunnel'],
		kw: ['救援机器人', 'mine rescue robot', '灾区侦测', '防爆'],
		desc: ['代替救护队员进入灾区，实时回传视频、气体浓度和温度等环境参数。'],
		price: [680000, 980000],
		lead: [45, 90],
		cap: [1, 4],
		stock: [0, 1],
		makers: ['hengan', 'suian'],
	},
	{
		cat: '030303',
		titles: ['矿用液压支护救援套件'],
		variants: [{ m: 'JZY-{B}60' }],
		specs: [
			['工作压力', [60, 70, 10], MPA_ONLY],
			['最大支撑高度', [1800, 3200, 200], MM],
			['整套重量', [60, 110, 10], KG],
		],
		certs: ['MA'],
		scen: ['mine_tunnel'],
		kw: ['液压支护', 'hydraulic shoring', '冒顶', '巷道救援'],
		desc: ['用于冒顶、片帮事故现场临时支护，开辟安全救援通道。'],
		price: [38000, 76000],
		lead: [15, 45],
		cap: [10, 40],
		stock: [1, 10],
		makers: ['ankuang', 'suian'],
	},
	// ══════ 030304 危化品处置装备 ══════
	{
		cat: '030304',
		titles: ['堵漏工具组', '气动堵漏袋组(内封式、外封式、捆绑式)', '堵漏工具'],
		variants: [{ m: 'DLD-{B}A' }, { m: 'DLD-{B}B', p: 1.3 }],
		specs: [
			['适用管径上限', [300, 600, 100], MM],
			['工作压力', [1.5, 6, 0.5], BAR],
			['整套重量', [25, 60, 5], KG],
			['组成', '内封式堵漏袋、外封式堵漏袋、捆绑式堵漏带、脚踏气泵'],
		],
		certs: ['FIRE_VOL', 'CE?'],
		scen: ['hazchem'],
		kw: ['堵漏', 'leak sealing', '堵漏袋', '管道泄漏'],
		desc: ['用于管道、储罐、槽车等容器泄漏的快速封堵。', '氯丁橡胶材质，耐油、耐酸碱。'],
		price: [12800, 28000],
		lead: [10, 30],
		cap: [30, 150],
		stock: [5, 40],
		makers: ['gandong', 'ganan', 'xian'],
	},
	{
		cat: '030304',
		titles: ['磁压式堵漏工具', '强磁堵漏工具组'],
		variants: [{ m: 'CYD-{B}S' }],
		specs: [
			['适用介质温度上限', [80, 150, 10], CELSIUS],
			['最大承压', [1.6, 2.5, 0.1], MPA_ONLY],
			['整套重量', [18, 35, 1], KG],
		],
		certs: ['FIRE_VOL'],
		scen: ['hazchem'],
		kw: ['磁压堵漏', 'magnetic leak sealing', '储罐', '槽车'],
		desc: ['利用强磁吸附力将密封垫压紧在泄漏部位，适用于铁磁性材料容器和管道的孔洞、裂缝泄漏。'],
		price: [16800, 32000],
		lead: [10, 30],
		cap: [20, 100],
		stock: [3, 20],
		makers: ['gandong', 'xian'],
	},
	{
		cat: '030304',
		titles: ['洗消帐篷', '充气式公众洗消帐篷'],
		variants: [{ m: 'XXZ-{B}30' }],
		specs: [
			['长度', [6, 8, 0.5], M],
			['每小时洗消人数', [30, 60, 10], PERSON],
			['充气时间', [3, 6, 1], MIN],
			['整顶重量', [80, 140, 10], KG],
		],
		certs: ['FIRE_VOL?', 'ISO9001'],
		scen: ['hazchem'],
		kw: ['洗消帐篷', 'decontamination tent', '洗消', '公众洗消'],
		desc: ['分脱衣、淋浴洗消、穿衣三个区，配热水器、供水泵和污水收集袋。', '用于危化品事故现场人员洗消。'],
		price: [46000, 98000],
		lead: [15, 45],
		cap: [10, 50],
		stock: [1, 10],
		makers: ['gandong', 'zhanggong'],
	},
	{
		cat: '030304',
		titles: ['防爆输转泵', '危化品防爆输转泵'],
		variants: [{ m: 'FBZ-{B}20' }],
		specs: [
			['输转流量', [10, 30, 5], FLOW_M3H_SMALL],
			['扬程', [25, 50, 5], M],
			['防爆等级', 'Ex db IIB T4 Gb'],
			['整机重量', [40, 75, 5], KG],
		],
		certs: ['EX', 'FIRE_VOL?'],
		scen: ['hazchem'],
		kw: ['输转泵', 'transfer pump', '倒罐', '防爆'],
		desc: ['用于泄漏事故中易燃易爆、有毒液体的倒罐输转。', '泵体材质可选不锈钢或氟塑料。'],
		price: [18000, 42000],
		lead: [10, 30],
		cap: [20, 80],
		stock: [2, 20],
		makers: ['gandong', 'ganan', 'xian'],
	},
	{
		cat: '030304',
		titles: ['强酸碱洗消器', '单人洗消喷射器'],
		variants: [{ m: 'QJX-{B}5' }],
		specs: [
			['容量', [5, 8, 1], LITRE],
			['喷射时间', [3, 6, 1], MIN],
			['整机重量', [8, 12, 1], KG],
		],
		certs: ['FIRE_VOL'],
		scen: ['hazchem'],
		kw: ['洗消器', 'decontamination sprayer', '强酸碱'],
		desc: ['装填敌腐特灵等洗消剂，对化学品灼伤部位进行快速洗消。'],
		price: [6800, 12000],
		lead: [7, 20],
		cap: [50, 200],
		stock: [5, 50],
		makers: ['gandong', 'xian'],
	},
	// ══════ 030305 水上救援装备 ══════
	{
		cat: '030305',
		titles: ['充气救生艇', '充气式橡皮艇(救援型)'],
		variants: [
			{ m: '{B}-QT380', v: { 载员: 6, 长度: 3.8, 最大航速: [25, 35, 5], 整艇重量: [65, 85, 5] } },
			{ m: '{B}-QT470', v: { 载员: 8, 长度: 4.7, 最大航速: [30, 45, 5], 整艇重量: [95, 120, 5] }, p: 1.6 },
			{ m: '{B}-QT580', v: { 载员: 12, 长度: 5.8, 最大航速: [35, 50, 5], 整艇重量: [130, 160, 5] }, p: 2.5 },
		],
		specs: [
			['载员', 6, PERSON],
			['长度', 3.8, M],
			['最大航速', 30, KMH],
			['艇体材质', ['PVC', '海帕伦(CSM)']],
			['整艇重量', 80, KG],
		],
		certs: ['CCS', 'CE?'],
		scen: ['flood', 'waterlogging'],
		kw: ['橡皮艇', 'inflatable boat', '救生艇', '冲锋舟', '水域救援'],
		desc: ['多气室结构，单一气室破损仍可保持浮力，铝合金底板。', '可配挂25~60马力舷外机，适用于洪涝灾害人员转移和水域搜救。'],
		price: [8600, 12000],
		lead: [10, 30],
		cap: [50, 200],
		stock: [10, 60],
		makers: ['xindun', 'jiangrui', 'pohu'],
	},
	{
		cat: '030305',
		titles: ['冲锋舟', '玻璃钢冲锋舟', '铝合金冲锋舟'],
		variants: [
			{ m: '{B}-CF520', v: { 载员: 10, 长度: 5.2 } },
			{ m: '{B}-CF580', v: { 载员: 12, 长度: 5.8 }, p: 1.2 },
			{ m: '{B}-CF650', v: { 载员: 15, 长度: 6.5 }, p: 1.45 },
		],
		specs: [
			['载员', 10, PERSON],
			['长度', 5.2, M],
			['最大航速', [35, 55, 5], KMH],
			['舷外机功率', [29.4, 44.1, 14.7], KW],
			['艇体材质', ['玻璃钢', '铝合金']],
		],
		certs: ['CCS', 'ISO9001?'],
		scen: ['flood'],
		kw: ['冲锋舟', 'assault boat', '防汛', '抗洪抢险'],
		desc: ['V型船底，航行稳定，可在急流、浅滩水域执行人员转移和物资运送任务。', '船艏设登乘踏板，便于救援落水人员。'],
		price: [36000, 56000],
		lead: [15, 45],
		cap: [20, 80],
		stock: [3, 30],
		makers: ['xindun', 'jiangrui', 'pohu'],
	},
	{
		cat: '030305',
		titles: ['舷外机', '两冲程舷外挂机'],
		variants: [
			{ m: 'F40-{B}', t: '40马力两冲程舷外机', v: { 额定功率: 29.4, 整机重量: [72, 82, 1], 排量: 703 } },
			{ m: 'F60-{B}', t: '60马力舷外机', v: { 额定功率: 44.1, 整机重量: [100, 115, 1], 排量: 849 }, p: 1.5 },
		],
		specs: [
			['额定功率', 29.4, KW],
			['整机重量', 80, KG],
			['排量', 703, ML],
		],
		certs: ['CE?', 'ISO9001'],
		scen: ['flood'],
		kw: ['舷外机', 'outboard motor', '挂机', '冲锋舟动力'],
		desc: ['适配冲锋舟和充气艇，手拉启动，维护简便。'],
		price: [18000, 22000],
		lead: [7, 20],
		cap: [50, 200],
		stock: [5, 40],
		makers: ['jiangrui', 'jiangrui'],
	},
	{
		cat: '030305',
		titles: ['水域救援救生衣', '消防员水域救援救生衣', '船用救生衣(成人)'],
		variants: [{ m: 'JSY-{B}150' }, { m: 'JSY-{B}100', p: 0.7 }],
		specs: [
			['浮力', ['≥150N', '≥100N']],
			['整衣重量', [700, 1200, 50], G],
			['适用体重上限', [100, 130, 10], KG],
			['颜色', '荧光橙'],
		],
		certs: ['CCS', 'CE?'],
		scen: ['flood', 'waterlogging'],
		kw: ['救生衣', 'life jacket', 'PFD', '水域救援'],
		desc: ['高浮力发泡材料内胆，带反光条、救生哨和拖拽带。'],
		price: [86, 380],
		lead: [3, 15],
		cap: [3000, 20000],
		stock: [500, 5000],
		makers: ['xindun', 'pohu', 'sanqing'],
	},
	{
		cat: '030305',
		titles: ['气动救生抛投器', '救生抛投器'],
		variants: [{ m: 'PTQ-{B}250' }],
		specs: [
			['抛射距离', [100, 250, 50], M],
			['工作压力', [20, 30, 10], MPA_ONLY],
			['整机重量', [3.5, 6.5, 0.5], KG],
		],
		certs: ['ISO9001', 'CE?'],
		scen: ['flood'],
		kw: ['抛投器', 'line thrower', '抛绳', '水域救援'],
		desc: ['压缩空气驱动，可抛射自动充气救生圈或引导绳，用于远距离水上救援。'],
		price: [6800, 18000],
		lead: [7, 20],
		cap: [50, 200],
		stock: [5, 50],
		makers: ['xindun', 'pohu'],
	},
	{
		cat: '030305',
		titles: ['遥控水面救生机器人', '动力救生圈'],
		variants: [{ m: 'SR-{B}1' }],
		specs: [
			['最大航速', [4, 6, 0.5], MS_KMH],
			['续航时间', [30, 60, 5], MIN],
			['遥控距离', [800, 1500, 100], M],
			['可托举人数', [1, 2, 1], PERSON],
		],
		certs: ['CE?', 'ISO9001?'],
		scen: ['flood'],
		kw: ['救生机器人', 'rescue robot', '动力救生圈', 'water rescue'],
		desc: ['遥控快速抵达落水者位置，落水者抓握后返航，救援人员无需下水。'],
		price: [38000, 68000],
		lead: [10, 30],
		cap: [20, 100],
		stock: [3, 30],
		makers: ['xindun', 'jiangrui'],
	},
	{
		cat: '030305',
		titles: ['钢质应急救援船', '铝合金消防救援船'],
		variants: [{ m: 'JR12-{B}' }, { m: 'JR15-{B}', p: 1.4 }],
		specs: [
			['长度', [12, 15, 1], M],
			['载员', [20, 30, 5], PERSON],
			['最大航速', [28, 40, 2], KMH],
			['额定功率', [220, 440, 20], KW],
		],
		certs: ['CCS'],
		scen: ['flood'],
		kw: ['救援船', 'rescue vessel', '长江', '鄱阳湖'],
		desc: ['适用于长江、鄱阳湖等通航水域的人员救助、消防灭火和应急巡查。', '配消防炮、救生吊臂和搜索灯。'],
		price: [1800000, 2600000],
		lead: [120, 180],
		cap: [1, 2],
		stock: [0, 0],
		makers: ['jiangrui'],
	},
	// ══════ 030306 航空应急救援装备 ══════
	{
		cat: '030306',
		titles: ['六旋翼应急救援无人机', '多旋翼应急救援无人机'],
		variants: [
			{ m: '{B}-M6-15', v: { 最大载重: 15, 续航时间: [40, 55, 5] } },
			{ m: '{B}-M6-30', v: { 最大载重: 30, 续航时间: [30, 40, 5] }, p: 1.6 },
		],
		specs: [
			['续航时间', 45, MIN],
			['最大载重', 15, KG],
			['抗风等级', [6, 7, 1]],
			['防护等级', ['IP55', 'IP45']],
			['最大飞行速度', [15, 23, 1], MS],
		],
		certs: ['ISO9001?', 'CE~'],
		scen: ['flood', 'earthquake_geo', 'forest_fire', 'urban_fire'],
		kw: ['无人机', 'drone', 'UAV', '喊话', '抛投', '应急测绘'],
		desc: ['可挂载喊话器、抛投器、探照灯、热成像吊舱等多种任务载荷。', '支持RTK定位和断链自动返航，适合复杂环境作业。', '景德镇航空产业配套生产。'],
		price: [128000, 168000],
		lead: [15, 45],
		cap: [10, 50],
		stock: [2, 15],
		makers: ['xiangying', 'pengxiang', 'gantong'],
	},
	{
		cat: '030306',
		titles: ['四旋翼侦察无人机', '便携式侦察无人机'],
		variants: [{ m: '{B}-Q4' }],
		specs: [
			['续航时间', [35, 45, 1], MIN],
			['最大载重', [0.5, 2, 0.5], KG],
			['抗风等级', [5, 6, 1]],
			['防护等级', ['IP45', 'IP55']],
			['图传距离', [8, 15, 1], KM],
		],
		certs: ['CE?'],
		scen: ['forest_fire', 'earthquake_geo', 'flood', 'hazchem'],
		kw: ['侦察无人机', 'recon drone', '热成像', '火场侦察'],
		desc: ['折叠机身，单兵携行，5分钟内起飞，挂载可见光/红外双光吊舱进行现场侦察。'],
		price: [38000, 86000],
		lead: [7, 20],
		cap: [30, 150],
		stock: [5, 50],
		makers: ['xiangying', 'pengxiang'],
	},
	{
		cat: '030306',
		titles: ['垂直起降固定翼无人机', '复合翼垂直起降无人机'],
		variants: [{ m: '{B}-V25' }],
		specs: [
			['续航时间', [2, 4, 0.5], HOUR],
			['最大载重', [3, 8, 1], KG],
			['抗风等级', [6, 7, 1]],
			['巡航速度', [60, 90, 5], KMH],
		],
		certs: ['ISO9001?'],
		scen: ['forest_fire', 'flood', 'earthquake_geo'],
		kw: ['固定翼', 'VTOL', '长航时', '灾情侦察', '测绘'],
		desc: ['无需跑道垂直起降，长航时大范围巡查，适用于林区巡护、灾情评估和应急测绘。'],
		price: [380000, 520000],
		lead: [30, 60],
		cap: [3, 12],
		stock: [0, 4],
		makers: ['xiangying', 'pengxiang'],
	},
	{
		cat: '030306',
		titles: ['直升机森林灭火吊桶', '直升机灭火吊桶'],
		variants: [{ m: 'DT-{B}2000', v: { 容量: 2000 } }, { m: 'DT-{B}3000', v: { 容量: 3000 }, p: 1.3 }],
		specs: [
			['容量', 2000, LITRE_M3],
			['空桶重量', [60, 120, 10], KG],
			['适用机型', ['2吨级及以上直升机', '3吨级及以上直升机']],
		],
		certs: ['ISO9001'],
		scen: ['forest_fire'],
		kw: ['吊桶', 'bambi bucket', '航空灭火', '直升机'],
		desc: ['可折叠软体吊桶，就近水源汲水，空中精准投放灭火。'],
		price: [280000, 380000],
		lead: [30, 60],
		cap: [2, 8],
		stock: [0, 3],
		makers: ['pengxiang', 'xiangying'],
	},
	{
		cat: '030306',
		titles: ['直升机救援绞车'],
		variants: [{ m: 'JC-{B}272' }],
		specs: [
			['最大载重', [204, 272, 68], KG],
			['钢索长度', [50, 90, 10], M],
			['提升速度', [0.9, 1.5, 0.1], MS],
		],
		certs: ['ISO9001', 'CE?'],
		scen: ['flood', 'earthquake_geo', 'life_rescue'],
		kw: ['救援绞车', 'rescue hoist', '直升机', '悬停吊救'],
		desc: ['用于直升机悬停状态下吊救被困人员，可加装于多种国产直升机。'],
		price: [1800000, 2400000],
		lead: [120, 180],
		cap: [1, 2],
		stock: [0, 0],
		makers: ['pengxiang'],
	},
	{
		cat: '030306',
		titles: ['高层建筑消防灭火无人机', '消防灭火无人机'],
		variants: [{ m: '{B}-F8' }],
		specs: [
			['续航时间', [25, 40, 5], MIN],
			['最大载重', [30, 60, 10], KG],
			['抗风等级', [6, 7, 1]],
			['灭火剂容量', [20, 50, 10], LITRE],
		],
		certs: ['ISO9001', 'FIRE_VOL~'],
		scen: ['urban_fire', 'forest_fire'],
		kw: ['灭火无人机', 'firefighting drone', '高层灭火', '系留供液'],
		desc: ['可挂载灭火弹或系留供液喷射系统，用于高层建筑外立面火灾和林火初期扑救。'],
		price: [480000, 680000],
		lead: [30, 60],
		cap: [2, 10],
		stock: [0, 3],
		makers: ['xiangying'],
	},
	// ══════ 030307 工程抢险机械 ══════
	{
		cat: '030307',
		titles: ['抢险救援挖掘机', '轮履复合式抢险挖掘机'],
		variants: [
			{ m: '{B}-E60', v: { 整机重量: 6.2, 额定功率: [36, 45, 1], 铲斗容量: 0.23, 最大挖掘深度: 3.9 }, p: 0.8 },
			{ m: '{B}-E150', v: { 整机重量: 15, 额定功率: [86, 100, 1], 铲斗容量: 0.6, 最大挖掘深度: 5.5 }, p: 1.8 },
			{ m: '{B}-E220', v: { 整机重量: 22, 额定功率: [118, 135, 1], 铲斗容量: 1, 最大挖掘深度: 6.6 }, p: 2.6 },
		],
		specs: [
			['整机重量', 15, TON_ONLY],
			['额定功率', 90, KW],
			['铲斗容量', 0.6, M3],
			['最大挖掘深度', 5.5, M],
		],
		certs: ['ISO9001', 'CE?'],
		scen: ['earthquake_geo', 'flood', 'mine_tunnel'],
		kw: ['挖掘机', 'excavator', '工程抢险', '破碎锤', '快换'],
		desc: ['配液压快换接头，可快速更换破碎锤、液压剪、抓木器等属具。', '适用于地震、滑坡、堤防抢险等现场清障和抢通作业。'],
		price: [280000, 360000],
		lead: [20, 60],
		cap: [5, 30],
		stock: [1, 10],
		makers: ['xinjiang', 'suian'],
	},
	{
		cat: '030307',
		titles: ['应急抢险装载机'],
		variants: [{ m: '{B}-L50' }],
		specs: [
			['额定载重', 5, TON_ONLY],
			['额定功率', [162, 175, 1], KW],
			['铲斗容量', 3, M3],
		],
		certs: ['ISO9001'],
		scen: ['earthquake_geo', 'flood', 'ice_snow'],
		kw: ['装载机', 'wheel loader', '清障', '抢通'],
		desc: ['5吨级轮式装载机，可选装推雪铲、夹木叉等属具。'],
		price: [360000, 460000],
		lead: [20, 45],
		cap: [5, 20],
		stock: [1, 8],
		makers: ['xinjiang'],
	},
	{
		cat: '030307',
		titles: ['工程机械远程遥控改装套件', '挖掘机远程遥控系统'],
		variants: [{ m: '{B}-RC1' }],
		specs: [
			['遥控距离', [300, 1500, 100], M],
			['适配机型', '6~30吨级挖掘机'],
			['连续工作时间', [8, 12, 1], HOUR_ONLY],
		],
		certs: ['ISO9001?'],
		scen: ['earthquake_geo', 'mine_tunnel', 'hazchem'],
		kw: ['遥控挖掘机', 'remote control', '无人化', '危险区域'],
		desc: ['不改变原机液压系统，加装后可在危险区域外远程操控工程机械作业。'],
		price: [260000, 520000],
		lead: [30, 60],
		cap: [2, 10],
		stock: [0, 3],
		makers: ['xinjiang', 'gantong'],
	},
	{
		cat: '030307',
		titles: ['便携式防汛打桩机', '防汛抢险打桩机'],
		variants: [{ m: '{B}-DZ25' }],
		specs: [
			['额定功率', [2.5, 5, 0.5], KW],
			['整机重量', [25, 40, 1], KG],
			['最大桩径', [100, 150, 10], MM],
		],
		certs: ['ISO9001?'],
		scen: ['flood'],
		kw: ['打桩机', 'pile driver', '堤防抢险', '管涌'],
		desc: ['汽油机驱动，单人可操作，用于堤防抢险中木桩、钢管桩的快速打设。'],
		price: [6800, 12800],
		lead: [5, 15],
		cap: [100, 500],
		stock: [10, 100],
		makers: ['pohu', 'xinjiang'],
	},
	{
		cat: '030307',
		titles: ['应急装配式钢桥', '应急机械化桥'],
		variants: [{ m: '{B}-ZQ30' }],
		specs: [
			['跨度', [21, 51, 6], M],
			['额定载重', [30, 60, 10], TON_ONLY],
			['架设时间', [4, 12, 2], HOUR_ONLY],
		],
		certs: ['ISO9001'],
		scen: ['flood', 'earthquake_geo'],
		kw: ['应急桥', 'modular bridge', '抢通', '交通保障'],
		desc: ['标准化构件拼装，用于水毁、震损桥梁的快速抢通。'],
		price: [1800000, 2600000],
		lead: [60, 120],
		cap: [1, 3],
		stock: [0, 1],
		makers: ['xinjiang'],
	},
	// ══════ 030308 森林草原灭火装备 ══════
	{
		cat: '030308',
		titles: ['森林消防风力灭火机', '背负式风力灭火机'],
		variants: [{ m: '6MF-30' }, { m: '6MF-28' }, { m: '6MF-30-{B}' }],
		specs: [
			['出口风速', [70, 92, 2], MS],
			['整机重量', [9, 12, 0.2], KG],
			['额定功率', [2.8, 4.6, 0.2], KW],
			['油箱容积', [1, 1.5, 0.1], LITRE],
		],
		certs: ['ISO9001?', 'CE~'],
		scen: ['forest_fire'],
		kw: ['风力灭火机', 'forest fire blower', '森林灭火', '扑火'],
		desc: ['二冲程汽油机驱动，高速气流吹灭地表火和草原火。', '背负式设计，减震背架减轻扑火队员疲劳。'],
		price: [2800, 4600],
		lead: [5, 20],
		cap: [500, 3000],
		stock: [100, 800],
		makers: ['linan', 'ganan', 'sanqing'],
	},
	{
		cat: '030308',
		titles: ['背负式细水雾灭火装置', '背负式高压细水雾灭火机'],
		variants: [{ m: '{B}-XW20' }],
		specs: [
			['水箱容积', [15, 25, 5], LITRE],
			['射程', [8, 12, 1], M],
			['整机重量', [18, 28, 1], KG],
			['连续喷射时间', [6, 10, 1], MIN],
		],
		certs: ['FIRE_VOL?', 'ISO9001?'],
		scen: ['forest_fire', 'urban_fire'],
		kw: ['细水雾', 'water mist', '以水灭火', '清理余火'],
		desc: ['高压雾化喷射，节水高效，适合森林火灾清理余火和初起火扑救。'],
		price: [6800, 16800],
		lead: [7, 20],
		cap: [100, 500],
		stock: [10, 100],
		makers: ['linan', 'lufeng'],
	},
	{
		cat: '030308',
		titles: ['高扬程森林消防水泵', '森林消防接力水泵'],
		variants: [{ m: '{B}-SB300' }, { m: '{B}-SB450', p: 1.3 }],
		specs: [
			['额定流量', [100, 250, 25], FLOW_LMIN],
			['扬程', [300, 500, 50], M],
			['整机重量', [18, 32, 1], KG],
			['额定功率', [4.5, 7.5, 0.5], KW],
		],
		certs: ['ISO9001?'],
		scen: ['forest_fire'],
		kw: ['森林水泵', 'forest fire pump', '高扬程', '接力供水', '以水灭火'],
		desc: ['轻量化机身，可单人背负上山，多台串联实现远距离高扬程接力供水。'],
		price: [12800, 26000],
		lead: [7, 20],
		cap: [50, 300],
		stock: [10, 80],
		makers: ['linan', 'ganan'],
	},
	{
		cat: '030308',
		titles: ['森林消防专用油锯'],
		variants: [{ m: '{B}-YJ58' }],
		specs: [
			['额定功率', [1.8, 3.2, 0.2], KW],
			['整机重量', [5.5, 7.5, 0.5], KG],
			['导板长度', [40, 55, 5], CM],
		],
		certs: ['ISO9001?', 'CE~'],
		scen: ['forest_fire', 'ice_snow', 'earthquake_geo'],
		kw: ['油锯', 'chainsaw', '隔离带', '清障'],
		desc: ['用于开设防火隔离带、清理倒木和雪灾断木。'],
		price: [1800, 3600],
		lead: [3, 15],
		cap: [300, 1500],
		stock: [50, 400],
		makers: ['linan', 'sanqing'],
	},
	{
		cat: '030308',
		titles: ['背负式割灌机'],
		variants: [{ m: '{B}-GG43' }],
		specs: [
			['额定功率', [1.2, 2.2, 0.2], KW],
			['整机重量', [8, 12, 0.5], KG],
			['排量', [40, 52, 1], ML],
		],
		certs: ['ISO9001?', 'CE~'],
		scen: ['forest_fire'],
		kw: ['割灌机', 'brush cutter', '隔离带', '林下可燃物'],
		desc: ['用于清理林下灌木和杂草，开设生土隔离带。'],
		price: [1600, 3200],
		lead: [3, 15],
		cap: [300, 1500],
		stock: [50, 400],
		makers: ['linan', 'xinjiang'],
	},
	{
		cat: '030308',
		titles: ['履带式森林消防车', '全地形履带式森林消防车'],
		variants: [{ m: '{B}-LD6' }],
		specs: [
			['载液量', [3000, 6000, 500], LITRE_M3],
			['最大速度', [20, 35, 5], KMH],
			['额定功率', [140, 220, 10], KW],
			['爬坡度', [50, 70, 5], PCT],
		],
		certs: ['ISO9001', 'FIRE_VOL?'],
		scen: ['forest_fire'],
		kw: ['森林消防车', 'forest fire engine', '履带', '以水灭火'],
		desc: ['橡胶履带底盘，通过性强，可进入林区道路以外区域直接灭火或为水泵供水。'],
		price: [980000, 1400000],
		lead: [60, 120],
		cap: [1, 4],
		stock: [0, 1],
		makers: ['zhonggan', 'linan'],
	},
	// ══════ 030309 冰雪灾害处置装备 ══════
	{
		cat: '030309',
		titles: ['车载式融雪剂撒布机', '融雪剂撒布机'],
		variants: [{ m: '{B}-SB6' }],
		specs: [
			['撒布宽度', [2, 12, 1], M],
			['料箱容积', [2, 6, 1], M3],
			['额定功率', [5, 15, 1], KW],
		],
		certs: ['ISO9001'],
		scen: ['ice_snow'],
		kw: ['撒布机', 'salt spreader', '融雪剂', '道路除冰'],
		desc: ['可快速安装于自卸车或平板车，撒布量随车速自动调节。'],
		price: [68000, 180000],
		lead: [15, 45],
		cap: [5, 30],
		stock: [1, 10],
		makers: ['xinjiang', 'zhonggan'],
	},
	{
		cat: '030309',
		titles: ['多功能除雪车'],
		variants: [{ m: 'JXC5160TCX' }],
		specs: [
			['作业宽度', [2.5, 3.6, 0.1], M],
			['作业速度', [10, 30, 5], KMH],
			['额定功率', [154, 240, 10], KW],
		],
		certs: ['VEH', 'ISO9001?'],
		scen: ['ice_snow'],
		kw: ['除雪车', 'snowplow', '推雪铲', '滚刷'],
		desc: ['集推雪、扫雪、撒布融雪剂功能于一体，适用于高速公路、城市主干道除雪。'],
		price: [680000, 980000],
		lead: [45, 90],
		cap: [2, 8],
		stock: [0, 2],
		makers: ['zhonggan', 'xinjiang'],
	},
	{
		cat: '030309',
		titles: ['手扶式抛雪机'],
		variants: [{ m: '{B}-PX7' }],
		specs: [
			['作业宽度', [56, 76, 5], CM],
			['抛雪距离', [8, 15, 1], M],
			['额定功率', [4.5, 9, 0.5], KW],
		],
		certs: ['CE?', 'ISO9001?'],
		scen: ['ice_snow'],
		kw: ['抛雪机', 'snow blower', '清雪', '人行道'],
		desc: ['适用于人行道、广场、小区道路等狭窄区域清雪。'],
		price: [4800, 12800],
		lead: [5, 20],
		cap: [100, 500],
		stock: [10, 100],
		makers: ['sanqing', 'xinjiang'],
	},
	{
		cat: '030309',
		titles: ['输电线路除冰装置', '架空线路机械除冰机器人'],
		variants: [{ m: '{B}-CB1' }],
		specs: [
			['适用线径上限', [32, 45, 1], MM],
			['整机重量', [18, 30, 1], KG],
			['越障能力', '防振锤、间隔棒'],
		],
		certs: ['ISO9001'],
		scen: ['ice_snow', 'outage'],
		kw: ['除冰', 'de-icing robot', '输电线路', '覆冰'],
		desc: ['沿导线自主行走，以铣削、敲击方式清除导线覆冰，减少冰灾倒塔断线风险。'],
		price: [86000, 180000],
		lead: [30, 60],
		cap: [5, 20],
		stock: [0, 5],
		makers: ['xinjiang', 'changneng'],
	},
)

// ───────────────────────────── services, financial products, research results ─────────────────────────────

type HandListing = Omit<ListingRecord, 'ref' | 'org'> & { maker: string; certDefs?: string[] }

const HAND_LISTINGS: HandListing[] = [
	// ── services (04xx) ──
	{
		maker: 'ganan',
		kind: 'service',
		title: '企业消防安全培训与应急演练服务',
		category: '0401',
		scenarios: ['urban_fire', 'hazchem'],
		description: '为工矿商贸企业、学校、医院提供消防安全培训、灭火器实操和疏散逃生演练，编制演练方案并出具评估报告。可按《生产安全事故应急演练基本规范》组织综合演练。',
		keywords: ['应急演练', '消防培训', 'fire drill', '疏散演练'],
		specs: [
			{ name: '服务响应时间', value: 48, unit: 'h' },
			{ name: '服务范围', value: '江西省内' },
		],
		price: { min: 8000, max: 60000 },
		leadTimeDays: 7,
	},
	{
		maker: 'xinda',
		kind: 'service',
		title: '地质灾害隐患点安全风险评估与监测运维服务',
		category: '0401',
		scenarios: ['earthquake_geo', 'flood'],
		description: '开展地质灾害隐患点现场调查、风险评估和监测方案设计，提供监测设备安装、运维和数据分析一体化服务。',
		keywords: ['风险评估', '地灾运维', 'risk assessment', '监测预警'],
		specs: [
			{ name: '服务响应时间', value: 24, unit: '小时' },
			{ name: '服务范围', value: '江西省及周边省份' },
		],
		price: { min: 30000, max: 150000 },
		leadTimeDays: 15,
	},
	{
		maker: 'linchuan',
		kind: 'service',
		title: '应急救护员培训(心肺复苏与AED使用)',
		category: '0401',
		scenarios: ['life_rescue', 'household'],
		description: '面向企业员工、学校教师和社区网格员开展应急救护培训，课程包括心肺复苏、AED使用、止血包扎和骨折固定，考核合格颁发培训证书。',
		keywords: ['急救培训', 'CPR', 'AED培训', '救护员'],
		specs: [
			{ name: '培训时长', value: 16, unit: '小时' },
			{ name: '单期人数上限', value: 40, unit: '人' },
		],
		price: { min: 300, max: 580 },
		leadTimeDays: 10,
	},
	{
		maker: 'xiangying',
		kind: 'service',
		title: '无人机应急测绘与灾情航拍服务',
		category: '0402',
		scenarios: ['flood', 'earthquake_geo', 'forest_fire'],
		description: '灾害发生后快速派出无人机机组，开展灾区正射影像、三维建模和热成像侦察，2小时内交付首批灾情影像。已与多个县级应急管理局签订协议储备。',
		keywords: ['航拍', '应急测绘', 'aerial survey', '灾情评估', '无人机'],
		specs: [
			{ name: '到场时间', value: 4, unit: 'h' },
			{ name: '单日作业范围', value: '约30平方公里' },
		],
		price: { min: 8000, max: 30000 },
		leadTimeDays: 1,
	},
	{
		maker: 'gantong',
		kind: 'service',
		title: '应急通信保障服务(卫星链路与自组网)',
		category: '0402',
		scenarios: ['flood', 'earthquake_geo', 'outage'],
		description: '为重大活动和突发事件现场提供卫星通信、宽带自组网和公网集群通信保障，含设备、链路和技术保障人员。',
		keywords: ['通信保障', '卫星链路', 'emergency communication', '重大活动保障'],
		specs: [{ name: '到场时间', value: 6, unit: '小时' }],
		price: { min: 12000, max: 80000 },
		leadTimeDays: 1,
	},
	{
		maker: 'jiangrui',
		kind: 'service',
		title: '水域救援社会化服务(船艇与救援人员)',
		category: '0402',
		scenarios: ['flood'],
		description: '汛期为沿江沿湖乡镇提供救援船艇、驾驶人员和水域救援队员驻点备勤服务，可按汛期时长签订协议。',
		keywords: ['水域救援', '驻点备勤', 'water rescue service', '防汛'],
		specs: [{ name: '到场时间', value: 2, unit: 'h' }],
		price: { min: 50000, max: 200000 },
		leadTimeDays: 3,
	},
	{
		maker: 'zhanggong',
		kind: 'service',
		title: '救灾帐篷与照明装备租赁服务',
		category: '0403',
		scenarios: ['flood', 'earthquake_geo'],
		description: '提供救灾帐篷、充气帐篷、移动照明灯塔和折叠床等装备短期租赁，含运输、搭建和回收。',
		keywords: ['装备租赁', '帐篷租赁', 'equipment rental', '安置点'],
		specs: [{ name: '最短租期', value: 3, unit: '天' }],
		price: { min: 60, max: 400 },
		leadTimeDays: 2,
	},
	{
		maker: 'changneng',
		kind: 'service',
		title: '应急发电车租赁与保电服务',
		category: '0403',
		scenarios: ['outage', 'flood'],
		description: '提供400kW~1000kW应急电源车及操作人员，承接重要用户应急保电、重大活动保电和灾后临时供电。',
		keywords: ['保电', '发电车租赁', 'power rental', '临时供电'],
		specs: [
			{ name: '最大单车功率', value: 1, unit: 'MW' },
			{ name: '到场时间', value: 4, unit: 'h' },
		],
		price: { min: 6000, max: 25000 },
		leadTimeDays: 1,
	},
	{
		maker: 'zhonggan',
		kind: 'service',
		title: '应急物资仓储与运输配送服务',
		category: '0403',
		scenarios: ['flood', 'earthquake_geo', 'ice_snow'],
		description: '依托南昌、赣州两处仓储基地，提供应急物资代储、轮换和24小时应急调运服务，车辆加装北斗定位全程可视。',
		keywords: ['应急物流', '物资代储', 'emergency logistics', '调运'],
		specs: [
			{ name: '仓储面积', value: '约2.6万平方米' },
			{ name: '省内送达时间', value: 12, unit: 'h' },
		],
		price: { min: 5000, max: 120000 },
		leadTimeDays: 1,
	},
	{
		maker: 'pohu',
		kind: 'service',
		title: '防汛物资代储与轮换服务',
		category: '0403',
		scenarios: ['flood'],
		description: '为县乡两级代储编织袋、土工布、救生衣、冲锋舟等防汛物资，定期检测保养并按年限轮换。',
		keywords: ['代储', '防汛物资', '轮换', 'flood supplies'],
		specs: [{ name: '应急调运响应', value: 2, unit: 'h' }],
		price: { min: 20000, max: 100000 },
		leadTimeDays: 5,
	},
	// ── financial products (0404) ──
	{
		maker: 'gpbank',
		kind: 'finance_product',
		title: '安全应急产业"科技贷"',
		category: '0404',
		description: '面向省内安全应急装备领域专精特新、高新技术企业的信用贷款产品，可用于研发投入和生产经营周转。对入选省级安全应急装备推广目录的企业给予利率优惠。',
		keywords: ['科技贷', '信用贷款', 'tech loan', '专精特新', '产融对接'],
		specs: [
			{ name: '贷款额度', value: '最高1000万元' },
			{ name: '贷款期限', value: '最长3年' },
			{ name: '担保方式', value: '信用、知识产权质押' },
			{ name: '适用对象', value: '专精特新、高新技术企业' },
		],
	},
	{
		maker: 'gpbank',
		kind: 'finance_product',
		title: '政府采购合同融资("政采贷")',
		category: '0404',
		description: '中标应急装备政府采购项目的企业，凭政府采购合同即可线上申请融资，无需抵押担保，最快3个工作日放款。',
		keywords: ['政采贷', '订单融资', 'purchase order financing', '政府采购'],
		specs: [
			{ name: '贷款额度', value: '不超过合同金额的80%' },
			{ name: '贷款期限', value: '与合同履约期匹配，最长1年' },
		],
	},
	{
		maker: 'gpbank',
		kind: 'finance_product',
		title: '应急装备购置分期贷款',
		category: '0404',
		description: '面向企业专职救援队、社会应急力量和工矿企业购置救援车辆、排水装备等大型应急装备提供分期贷款，可由装备制造企业提供回购担保。',
		keywords: ['设备贷', '分期', 'equipment loan', '救援车辆'],
		specs: [
			{ name: '贷款额度', value: '装备价款的70%以内' },
			{ name: '贷款期限', value: '最长5年' },
		],
	},
	{
		maker: 'pean',
		kind: 'finance_product',
		title: '首台(套)重大技术装备综合保险',
		category: '0404',
		description: '承保列入首台(套)重大技术装备推广应用指导目录的安全应急装备在使用中的质量风险和责任风险，符合条件的投保企业可申请保费补贴。',
		keywords: ['首台套', '保险补偿', 'first-of-kind insurance', '保费补贴'],
		specs: [
			{ name: '保险期限', value: '1年，可续保不超过3年' },
			{ name: '保障内容', value: '质量风险、责任风险' },
		],
	},
	{
		maker: 'pean',
		kind: 'finance_product',
		title: '安全生产责任保险',
		category: '0404',
		description: '面向矿山、危险化学品、烟花爆竹、交通运输等高危行业企业，承保生产安全事故造成的从业人员及第三者人身伤亡和财产损失，并提供事故预防技术服务。',
		keywords: ['安责险', '安全生产责任保险', 'work safety liability insurance', '事故预防'],
		specs: [{ name: '事故预防服务费用', value: '不低于保费的15%' }],
	},
	{
		maker: 'pean',
		kind: 'finance_product',
		title: '应急救援人员团体意外伤害保险',
		category: '0404',
		description: '为专业救援队伍、企业专职救援队和社会应急力量队员提供执行救援任务期间的意外伤害保障，按年度团体投保。',
		keywords: ['意外险', '救援人员', 'accident insurance', '社会应急力量'],
		specs: [
			{ name: '意外身故伤残保额', value: '最高100万元/人' },
			{ name: '意外医疗保额', value: '最高10万元/人' },
		],
		price: { min: 180, max: 680 },
	},
	// ── research results ──
	{
		maker: 'gjkd',
		kind: 'research_result',
		title: '基于北斗与InSAR融合的滑坡隐患智能识别技术',
		category: '010101',
		scenarios: ['earthquake_geo'],
		description: '融合InSAR地表形变普查与北斗GNSS高精度监测，结合深度学习模型识别滑坡隐患并分级预警，已在赣南山区多个县区开展示范应用。',
		keywords: ['InSAR', '北斗', '滑坡识别', 'landslide', '科技成果'],
		specs: [
			{ name: '技术成熟度', value: 'TRL 7(示范应用)' },
			{ name: '知识产权', value: '发明专利4项、软件著作权3项' },
			{ name: '合作方式', value: '技术许可、合作开发' },
		],
	},
	{
		maker: 'gjkd',
		kind: 'research_result',
		title: '轻量化碳纤维全缠绕高压气瓶成型工艺',
		category: '020101',
		scenarios: ['urban_fire', 'mine_tunnel'],
		description: '采用新型树脂体系和变角度缠绕工艺，同容积气瓶较现有产品减重约12%，可用于空气呼吸器和正压氧气呼吸器气瓶。',
		keywords: ['碳纤维气瓶', '轻量化', 'composite cylinder', '成果转化'],
		specs: [
			{ name: '技术成熟度', value: 'TRL 6(样机验证)' },
			{ name: '减重比例', value: 12, unit: '%' },
			{ name: '合作方式', value: '技术转让' },
		],
		price: { min: 800000, max: 1500000 },
	},
	{
		maker: 'gjkd',
		kind: 'research_result',
		title: '履带式排涝抢险机器人样机',
		category: '030301',
		scenarios: ['waterlogging', 'flood'],
		description: '研制了可涉水0.8米的履带式排涝机器人样机，集成液压潜水泵和远程视频，适用于地下车库、下穿隧道等人员难以进入的场所。寻求整机制造企业合作产业化。',
		keywords: ['排涝机器人', '样机', 'drainage robot', '产学研'],
		specs: [
			{ name: '排水流量', value: 800, unit: 'm3/h' },
			{ name: '涉水深度', value: 0.8, unit: 'm' },
			{ name: '技术成熟度', value: 'TRL 6(样机验证)' },
		],
	},
	{
		maker: 'jxyjy',
		kind: 'research_result',
		title: '矿井UWB与惯导融合的人员精确定位技术',
		category: '010203',
		scenarios: ['mine_tunnel'],
		description: '在UWB信号遮挡区域利用惯性导航推算保持定位连续，井下定位精度优于0.3米，已完成煤矿井下工业性试验。',
		keywords: ['UWB', '惯导', '人员定位', 'positioning', '科技成果'],
		specs: [
			{ name: '定位精度', value: 0.3, unit: 'm' },
			{ name: '技术成熟度', value: 'TRL 7(工业性试验)' },
			{ name: '合作方式', value: '技术许可' },
		],
	},
	{
		maker: 'jxyjy',
		kind: 'research_result',
		title: '森林火灾早期识别AI算法及双光谱监测系统',
		category: '010103',
		scenarios: ['forest_fire'],
		description: '基于可见光与热红外双光谱融合的烟火识别算法，在复杂林区背景下误报率显著降低，可部署于前端云台或边缘计算盒。',
		keywords: ['烟火识别', 'AI算法', 'wildfire detection', '边缘计算'],
		specs: [
			{ name: '识别准确率', value: 95, unit: '%' },
			{ name: '技术成熟度', value: 'TRL 8(产品化)' },
		],
		price: { min: 300000 },
	},
	{
		maker: 'jxyjy',
		kind: 'research_result',
		title: '化工园区危化品泄漏扩散模拟与溯源软件',
		category: '010204',
		scenarios: ['hazchem'],
		description: '结合园区三维模型和实时气象数据，分钟级模拟有毒气体扩散范围并反演泄漏源位置，为疏散和处置决策提供支撑。',
		keywords: ['扩散模拟', '溯源', 'dispersion modelling', '智慧园区'],
		specs: [
			{ name: '模拟计算时间', value: 3, unit: 'min' },
			{ name: '技术成熟度', value: 'TRL 7(示范应用)' },
		],
	},
]

// ───────────────────────────── listings ─────────────────────────────

function roundPrice(x: number): number {
	const step = x < 100 ? 1 : x < 1000 ? 10 : x < 100000 ? 100 : x < 1000000 ? 1000 : 10000
	return Math.max(step, Math.round(x / step) * step)
}

function buildListings(refByKey: Map<string, string>, seedByKey: Map<string, OrgSeed>): ListingRecord[] {
	const out: ListingRecord[] = []
	const group: string[] = [] // template of each listing, so drafts never hide a whole product type
	const nextRef = () => `LST-${pad(out.length + 1, 4)}`
	for (const [ti, t] of TEMPLATES.entries()) {
		// Each template draws from its own stream, so editing one template leaves the others unchanged.
		const r = new Rng(streamSeed(`listing:${t.cat}:${t.titles[0]}`))
		const offset = r.int(0, t.variants.length - 1)
		const seen = new Map<string, number>()
		t.makers.forEach((maker, i) => {
			const org = refByKey.get(maker)
			const brand = seedByKey.get(maker)?.brand
			if (!org || !brand) throw new Error(`unknown maker ${maker}`)
			const k = seen.get(maker) ?? 0
			seen.set(maker, k + 1)
			const variant = t.variants[(i + offset + k) % t.variants.length]!
			const title = variant.t ?? r.pick(t.titles)
			const specs = t.specs.map(([name, val, ug]) => makeSpec(r, name, variant.v?.[name] ?? val, ug))
			const kwN = r.int(Math.min(3, t.kw.length), Math.min(6, t.kw.length))
			const keywords = r.sample(t.kw, kwN)
			const scenIdx = r.sample(
				t.scen.map((_, j) => j),
				r.int(Math.max(1, t.scen.length - 1), t.scen.length),
			)
			const scenarios = scenIdx.sort((a, b) => a - b).map((j) => t.scen[j]!)
			const extra = r.sample(t.desc.slice(1), r.int(0, Math.min(2, t.desc.length - 1)))
			const description = [t.desc[0]!, ...t.desc.slice(1).filter((d) => extra.includes(d))].join('')
			const p = variant.p ?? 1
			const base = (t.price[0] + (t.price[1] - t.price[0]) * r.float()) * p
			const min = roundPrice(base)
			const price: { min?: number; max?: number } = { min }
			if (r.chance(0.85)) price.max = Math.max(min, roundPrice(min * (1.08 + 0.27 * r.float())))
			const l: ListingRecord = {
				ref: nextRef(),
				org,
				kind: 'equipment',
				title,
				model: variant.m.replace('{B}', brand),
				category: t.cat,
				scenarios,
				description,
				keywords,
				specs,
			}
			const certs = makeCerts(r, t.certs)
			if (certs.length) l.certifications = certs
			l.price = price
			l.leadTimeDays = r.int(t.lead[0], t.lead[1])
			l.monthlyCapacity = r.int(t.cap[0], t.cap[1])
			l.stock = r.int(t.stock[0], t.stock[1])
			out.push(l)
			group.push(`t${ti}`)
		})
	}
	for (const h of HAND_LISTINGS) {
		const { maker, certDefs, ...rest } = h
		const org = refByKey.get(maker)
		if (!org) throw new Error(`unknown maker ${maker}`)
		const l: ListingRecord = { ref: nextRef(), org, ...rest }
		if (certDefs) l.certifications = makeCerts(new Rng(streamSeed(`hand:${h.title}`)), certDefs)
		out.push(l)
		group.push(`h:${h.kind}`)
	}
	// About 8% of the listings are unpublished drafts, never all listings of one template.
	const target = Math.round(out.length * 0.08)
	const published = new Map<string, number>()
	for (const g of group) published.set(g, (published.get(g) ?? 0) + 1)
	let drafted = 0
	for (const i of new Rng(streamSeed('drafts')).shuffle(out.map((_, i) => i))) {
		if (drafted >= target) break
		const g = group[i]!
		if (published.get(g)! <= 1) continue
		published.set(g, published.get(g)! - 1)
		out[i]!.status = 'draft'
		drafted++
	}
	return out
}

// ───────────────────────────── constraint helpers ─────────────────────────────

const ge = (name: string, value: number, unit?: string): Constraint => (unit ? { name, op: '>=', value, unit } : { name, op: '>=', value })
const le = (name: string, value: number, unit?: string): Constraint => (unit ? { name, op: '<=', value, unit } : { name, op: '<=', value })
const eq = (name: string, value: number | string, unit?: string): Constraint => (unit ? { name, op: '=', value, unit } : { name, op: '=', value })
const between = (name: string, value: number, value2: number, unit?: string): Constraint =>
	unit ? { name, op: 'between', value, value2, unit } : { name, op: 'between', value, value2 }
const oneOf = (name: string, values: string[]): Constraint => ({ name, op: 'in', value: values })
const has = (name: string): Constraint => ({ name, op: 'has' })

// ───────────────────────────── configuration standards ─────────────────────────────

type SItem = Omit<StandardItemRecord, 'ref'>

function standardItems(prefix: string, items: SItem[]): StandardItemRecord[] {
	return items.map((it, i) => ({ ref: `${prefix}-${pad(i + 1)}`, ...it }))
}

function fireStationItems(prefix: string, special: boolean): StandardItemRecord[] {
	return standardItems(prefix, [
		{
			name: '消防头盔',
			category: '020103',
			quantity: { perPerson: 1.2 },
			mandatory: true,
			certifications: ['FIRE_VOL'],
			serviceLifeYears: 5,
		},
		{
			name: '消防员灭火防护服',
			category: '020102',
			quantity: { perPerson: 2 },
			mandatory: true,
			specs: [ge('热防护性能TPP', 28)],
			certifications: ['FIRE_VOL'],
			serviceLifeYears: 3,
		},
		{
			name: '正压式消防空气呼吸器',
			category: '020101',
			quantity: { perPerson: special ? 1.2 : 1 },
			mandatory: true,
			specs: [ge('气瓶容积', 6.8, 'L'), eq('工作压力', 30, 'MPa')],
			certifications: ['FIRE_VOL'],
			serviceLifeYears: 8,
		},
		{ name: '消防员方位灯', category: '030103', quantity: { perPerson: 1 }, mandatory: true, certifications: ['FIRE_VOL'], serviceLifeYears: 3 },
		{
			name: '消防员安全绳',
			category: '020104',
			quantity: { perPerson: 1 },
			mandatory: true,
			specs: [ge('长度', 30, 'm')],
			certifications: ['FIRE_VOL'],
			serviceLifeYears: 4,
		},
		{ name: '消防腰斧', category: '030202', quantity: { perPerson: 1 }, mandatory: true, certifications: ['FIRE_VOL'], serviceLifeYears: 10 },
		{ name: '消防安全腰带', category: '020104', quantity: { perPerson: 1 }, mandatory: true, serviceLifeYears: 5 },
		{ name: '消防员隔热防护服', category: '020102', quantity: { fixed: special ? 8 : 4 }, mandatory: true, certifications: ['FIRE_VOL'], serviceLifeYears: 5 },
		{ name: '消防员避火防护服', category: '020102', quantity: { fixed: special ? 4 : 2 }, mandatory: true, certifications: ['FIRE_VOL'], serviceLifeYears: 5 },
		...(special
			? [
					{
						name: '一级化学防护服',
						category: '020102',
						quantity: { fixed: 4 },
						mandatory: true,
						specs: [eq('防护等级', '一级(气密型)')],
						certifications: ['FIRE_VOL'],
						serviceLifeYears: 5,
					},
				]
			: []),
		{
			name: '二级化学防护服',
			category: '020102',
			quantity: { fixed: special ? 8 : 4 },
			mandatory: true,
			certifications: ['FIRE_VOL'],
			serviceLifeYears: 5,
		},
		{
			name: '电绝缘装具',
			category: '020102',
			quantity: { fixed: special ? 4 : 2 },
			mandatory: true,
			specs: [ge('耐压等级', 10, 'kV')],
			serviceLifeYears: 3,
		},
		...(special ? [{ name: '移动供气源', category: '020101', quantity: { fixed: 1 }, mandatory: false, serviceLifeYears: 8 }] : []),
	])
}

const STANDARDS: StandardRecord[] = [
	{
		code: '建标152-2017/一级站',
		title: '城市消防站一级站个人防护装备配备(示例)',
		issuer: '住房和城乡建设部、国家发展和改革委员会(示例，数量未经核实)',
		teamType: 'fire_station',
		level: '一级站',
		items: fireStationItems('FS1', false),
	},
	{
		code: '建标152-2017/特勤站',
		title: '城市消防站特勤站个人防护装备配备(示例)',
		issuer: '住房和城乡建设部、国家发展和改革委员会(示例，数量未经核实)',
		teamType: 'fire_station',
		level: '特勤站',
		items: fireStationItems('FST', true),
	},
	{
		code: '矿山救援规程-2024/救护中队',
		title: '矿山救护中队装备配备(示例，参照《矿山救援规程》)',
		issuer: '应急管理部(示例，数量未经核实)',
		teamType: 'mine_rescue',
		level: '中队',
		items: standardItems('MR', [
			{
				name: '4h正压氧气呼吸器',
				category: '020101',
				quantity: { perPerson: 1 },
				mandatory: true,
				specs: [ge('防护时间', 4, 'h')],
				certifications: ['MA'],
				serviceLifeYears: 8,
			},
			{
				name: '备用4h正压氧气呼吸器',
				category: '020101',
				quantity: { perPerson: 0.2, min: 4 },
				mandatory: true,
				specs: [ge('防护时间', 4, 'h')],
				certifications: ['MA'],
				serviceLifeYears: 8,
			},
			{
				name: '压缩氧自救器',
				category: '020105',
				quantity: { perPerson: 1 },
				mandatory: true,
				specs: [ge('防护时间', 45, 'min')],
				certifications: ['MA'],
				serviceLifeYears: 5,
			},
			{ name: '矿灯', category: '030103', quantity: { perPerson: 1 }, mandatory: true, certifications: ['MA'], serviceLifeYears: 3 },
			{ name: '灾区电话', category: '030102', quantity: { fixed: 2 }, mandatory: true, certifications: ['MA', 'EX'], serviceLifeYears: 6 },
			{ name: '自动苏生器', category: '030203', quantity: { fixed: 2 }, mandatory: true, serviceLifeYears: 8 },
			{
				name: '多参数气体检测仪',
				category: '010203',
				quantity: { fixed: 4 },
				mandatory: true,
				specs: [has('检测气体')],
				certifications: ['MA'],
				serviceLifeYears: 5,
			},
			{ name: '红外测温仪', category: '010203', quantity: { fixed: 2 }, mandatory: true, serviceLifeYears: 6 },
			{ name: '负压担架', category: '030203', quantity: { fixed: 2 }, mandatory: true, serviceLifeYears: 8 },
			{ name: '救援三脚架', category: '020104', quantity: { fixed: 1 }, mandatory: false, serviceLifeYears: 8 },
		]),
	},
	{
		code: 'GB30077/作业场所',
		title: '危险化学品单位作业场所应急救援物资配备(示例，参照GB 30077)',
		issuer: '国家市场监督管理总局、国家标准化管理委员会(示例，数量未经核实)',
		teamType: 'hazchem_rescue',
		level: '作业场所',
		items: standardItems('HC', [
			{
				name: '正压式空气呼吸器',
				category: '020101',
				quantity: { fixed: 2 },
				mandatory: true,
				specs: [ge('气瓶容积', 6.8, 'L')],
				serviceLifeYears: 8,
			},
			{ name: '化学防护服', category: '020102', quantity: { fixed: 2 }, mandatory: true, serviceLifeYears: 5 },
			{ name: '过滤式防毒面具', category: '020101', quantity: { perPerson: 1 }, mandatory: true, serviceLifeYears: 5 },
			{
				name: '气体浓度检测仪',
				category: '010201',
				quantity: { fixed: 2 },
				mandatory: true,
				specs: [le('响应时间', 30, 's')],
				certifications: ['EX'],
				serviceLifeYears: 5,
			},
			{ name: '防爆手电', category: '020201', quantity: { perPerson: 1 }, mandatory: true, certifications: ['EX'], serviceLifeYears: 5 },
			{ name: '防爆对讲机', category: '020201', quantity: { fixed: 2 }, mandatory: true, certifications: ['EX'], serviceLifeYears: 6 },
			{ name: '急救箱', category: '030203', quantity: { fixed: 1 }, mandatory: true, serviceLifeYears: 3 },
			{ name: '堵漏工具', category: '030304', quantity: { fixed: 1 }, mandatory: false, serviceLifeYears: 8 },
			{ name: '一级化学防护服', category: '020102', quantity: { fixed: 2 }, mandatory: false, specs: [eq('防护等级', '一级(气密型)')], serviceLifeYears: 5 },
		]),
	},
	{
		code: 'JX-YJ-FX-2026/防汛抢险队',
		title: '防汛抢险队伍装备配备(示例)',
		issuer: '江西省应急物资保障中心(示例)',
		teamType: 'flood_rescue',
		level: '市级',
		items: standardItems('FX', [
			{ name: '救生衣', category: '030305', quantity: { perPerson: 1.2 }, mandatory: true, certifications: ['CCS'], serviceLifeYears: 5 },
			{
				name: '冲锋舟',
				category: '030305',
				quantity: { fixed: 4 },
				mandatory: true,
				specs: [ge('载员', 10, '人')],
				certifications: ['CCS'],
				serviceLifeYears: 10,
			},
			{ name: '充气救生艇', category: '030305', quantity: { fixed: 2 }, mandatory: true, certifications: ['CCS'], serviceLifeYears: 8 },
			{ name: '舷外机', category: '030305', quantity: { fixed: 4 }, mandatory: true, serviceLifeYears: 8 },
			{
				name: '大流量排水抢险车',
				category: '030301',
				quantity: { fixed: 1 },
				mandatory: true,
				specs: [ge('排水流量', 3000, 'm3/h')],
				certifications: ['VEH'],
				serviceLifeYears: 10,
			},
			{ name: '应急潜水排污泵', category: '030301', quantity: { fixed: 6 }, mandatory: true, serviceLifeYears: 6 },
			{ name: '移动照明灯塔', category: '030103', quantity: { fixed: 2 }, mandatory: true, serviceLifeYears: 8 },
			{ name: '气动救生抛投器', category: '030305', quantity: { fixed: 4 }, mandatory: true, serviceLifeYears: 6 },
			{ name: '天通手持卫星电话', category: '030102', quantity: { fixed: 2 }, mandatory: true, serviceLifeYears: 5 },
			{ name: '柴油发电机组', category: '030101', quantity: { fixed: 2 }, mandatory: true, serviceLifeYears: 10 },
			{ name: '多旋翼应急救援无人机', category: '030306', quantity: { fixed: 1 }, mandatory: false, serviceLifeYears: 5 },
		]),
	},
	{
		code: 'JX-YJ-SL-2026/森林消防队',
		title: '森林消防专业队伍装备配备(示例)',
		issuer: '江西省应急物资保障中心(示例)',
		teamType: 'forest_fire',
		level: '市级',
		items: standardItems('SL', [
			{ name: '森林消防防护服', category: '020102', quantity: { perPerson: 2 }, mandatory: true, serviceLifeYears: 3 },
			{ name: '森林消防头盔', category: '020103', quantity: { perPerson: 1 }, mandatory: true, serviceLifeYears: 5 },
			{
				name: '森林消防风力灭火机',
				category: '030308',
				quantity: { perPerson: 0.25, min: 6 },
				mandatory: true,
				specs: [ge('出口风速', 70, 'm/s')],
				serviceLifeYears: 6,
			},
			{ name: '背负式细水雾灭火装置', category: '030308', quantity: { perPerson: 0.2, min: 4 }, mandatory: true, serviceLifeYears: 6 },
			{
				name: '高扬程森林消防水泵',
				category: '030308',
				quantity: { fixed: 4 },
				mandatory: true,
				specs: [ge('扬程', 300, 'm')],
				serviceLifeYears: 8,
			},
			{ name: '森林消防专用油锯', category: '030308', quantity: { fixed: 4 }, mandatory: true, serviceLifeYears: 5 },
			{ name: '背负式割灌机', category: '030308', quantity: { fixed: 4 }, mandatory: true, serviceLifeYears: 5 },
			{ name: '天通手持卫星电话', category: '030102', quantity: { fixed: 2 }, mandatory: true, serviceLifeYears: 5 },
			{ name: '侦察无人机', category: '030306', quantity: { fixed: 2 }, mandatory: false, serviceLifeYears: 5 },
		]),
	},
]

// ───────────────────────────── teams (inventory for gap analysis) ─────────────────────────────

const AS_OF = '2026-10-31'
const AS_OF_YEAR = 2026

const FREE_LOTS: Record<string, [string, number][]> = {
	fire_station: [
		['消防员呼救器', 20],
		['65mm消防水带(20m)', 60],
	],
	mine_rescue: [
		['氧气充填泵', 1],
		['矿用担架(老式帆布)', 3],
	],
	hazchem_rescue: [
		['防爆型移动式排烟机', 2],
		['吸附棉(箱)', 12],
	],
	flood_rescue: [
		['编织袋(条)', 20000],
		['土工布(卷)', 40],
	],
	forest_fire: [
		['二号扑火工具', 60],
		['点火器', 6],
	],
}

function required(q: StandardItemRecord['quantity'], headcount: number): number {
	let req = q.fixed ?? Math.ceil((q.perPerson ?? 0) * headcount)
	if (q.min !== undefined) req = Math.max(req, q.min)
	return req
}

function buildTeam(r: Rng, orgRef: string, std: StandardRecord, headcount: number, teamType: string): TeamRecord {
	const inventory: InventoryLot[] = []
	let expiredSeen = false
	let expiringSeen = false
	std.items.forEach((item, i) => {
		const req = required(item.quantity, headcount)
		const life = item.serviceLifeYears
		// Whole-team shortages only for fixed (per-station) items; per-person kit is always partly there.
		const modes = item.quantity.perPerson !== undefined ? (['short', 'short', 'around', 'around', 'over'] as const) : (['short', 'short', 'around', 'around', 'over', 'none'] as const)
		const mode = r.pick(modes)
		// Optional items are often missing altogether.
		if (mode === 'none' || (!item.mandatory && r.chance(0.5))) {
			if (life && r.chance(0.5)) inventory.push({ item: item.ref, quantity: Math.max(1, Math.ceil(req * 0.5)), acquiredYear: AS_OF_YEAR - life - r.int(0, 2) })
			return
		}
		const factor = mode === 'short' ? 0.45 + 0.4 * r.float() : mode === 'around' ? 0.95 + 0.1 * r.float() : 1.1 + 0.3 * r.float()
		let valid = Math.max(1, Math.round(req * factor))
		if (mode === 'around' && r.chance(0.5)) valid = req
		// Split the valid quantity into a fresh lot and, sometimes, a lot that expires at the end of next year.
		const wantExpiring = life !== undefined && life <= 10 && (r.chance(0.35) || (!expiringSeen && i >= 2))
		if (wantExpiring && valid >= 2) {
			const exp = Math.max(1, Math.round(valid * (0.25 + 0.35 * r.float())))
			inventory.push({ item: item.ref, quantity: valid - exp, acquiredYear: AS_OF_YEAR - r.int(0, Math.max(0, life! - 2)) })
			inventory.push({ item: item.ref, quantity: exp, acquiredYear: AS_OF_YEAR + 1 - life! })
			expiringSeen = true
		} else if (life !== undefined && r.chance(0.85)) {
			inventory.push({ item: item.ref, quantity: valid, acquiredYear: AS_OF_YEAR - r.int(0, Math.max(0, life - 2)) })
		} else {
			inventory.push({ item: item.ref, quantity: valid })
		}
		// Lots past their service life (they no longer count).
		if (life !== undefined && (r.chance(0.3) || (!expiredSeen && i >= 1))) {
			inventory.push({ item: item.ref, quantity: Math.max(1, Math.round(req * (0.1 + 0.3 * r.float()))), acquiredYear: AS_OF_YEAR - life - r.int(0, 3) })
			expiredSeen = true
		}
	})
	for (const [name, quantity] of FREE_LOTS[teamType] ?? []) inventory.push({ name, quantity })
	return { org: orgRef, standard: std.code, headcount, asOf: AS_OF, inventory }
}

function buildTeams(orgs: OrganizationRecord[]): TeamRecord[] {
	const teams: TeamRecord[] = []
	for (const o of orgs) {
		if (o.kind !== 'rescue_team') continue
		const std =
			STANDARDS.find((s) => s.teamType === o.teamType && s.level === o.level) ?? STANDARDS.find((s) => s.teamType === o.teamType)
		if (!std) throw new Error(`no standard for ${o.ref} (${o.teamType})`)
		teams.push(buildTeam(new Rng(streamSeed(`team:${o.ref}`)), o.ref, std, o.headcount!, o.teamType!))
	}
	return teams
}

// ───────────────────────────── demand lists ─────────────────────────────

type DItem = Omit<DemandItemRecord, 'ref'>
type DList = Omit<DemandRecord, 'items' | 'org'> & { owner: string; items: DItem[] }

const item = (
	name: string,
	category: string | undefined,
	quantity: number,
	unit: string | undefined,
	extra: Partial<Omit<DItem, 'name' | 'category' | 'quantity' | 'unit'>> = {},
): DItem => {
	const it: DItem = { name, quantity }
	if (category) it.category = category
	if (unit) it.unit = unit
	return { ...it, ...extra }
}

/**
 * The demo's demand lists are the 2028 procurement round: every one stays open (deadline not passed) until at least
 * this date, and every item is needed after its list's deadline. A demo whose lists close next month is broken for
 * visitors, and the e2e tests (matching, responses, the issue-5 journey) read these lists on the real today; when the
 * date draws near, move the round a year on (deadlines, need-by dates and the year in titles) and `npm run gen:demo`.
 */
export const DEMANDS_OPEN_UNTIL = '2027-12-15'

const DEMANDS: DList[] = [
	{
		ref: 'DEM-2026-001',
		owner: 'nc_tq',
		title: '红谷滩特勤消防救援站2028年度个人防护装备补充采购',
		kind: 'procurement',
		deadline: '2027-12-20',
		items: [
			item('正压式消防空气呼吸器', '020101', 12, '套', {
				scenarios: ['urban_fire'],
				specs: [ge('气瓶容积', 6.8, 'L'), eq('工作压力', 30, 'MPa'), ge('防护时间', 55, 'min'), le('整机重量', 10, 'kg')],
				certifications: ['FIRE_VOL'],
				budgetPerUnit: 9500,
				neededBy: '2028-04-30',
				notes: '需配备电子压力表和余压报警哨，提供整机3年质保。',
			}),
			item('消防员灭火防护服', '020102', 40, '套', {
				scenarios: ['urban_fire'],
				specs: [oneOf('外层面料', ['芳纶1313/1414混纺', '芳纶1414阻燃面料']), ge('热防护性能TPP', 35), le('整套重量', 3.5, 'kg')],
				certifications: ['FIRE_VOL'],
				budgetPerUnit: 4000,
				neededBy: '2028-03-31',
			}),
			item('消防头盔', '020103', 20, '件', {
				specs: [le('整盔重量', 1.35, 'kg'), has('面罩')],
				certifications: ['FIRE_VOL'],
				budgetPerUnit: 1600,
				neededBy: '2028-03-31',
			}),
			item('消防员方位灯', '030103', 30, '件', {
				specs: [ge('连续工作时间', 6, 'h'), oneOf('防护等级', ['IP67', 'IP68'])],
				certifications: ['FIRE_VOL'],
				budgetPerUnit: 300,
				neededBy: '2028-03-31',
			}),
			item('电绝缘装具', '020102', 2, '套', {
				specs: [ge('耐压等级', 20, 'kV')],
				certifications: ['FIRE_VOL'],
				budgetPerUnit: 5000,
				neededBy: '2028-05-31',
			}),
		],
	},
	{
		ref: 'DEM-2026-002',
		owner: 'jj_bl',
		title: '八里湖消防救援站隔热防护及破拆装备采购',
		kind: 'procurement',
		deadline: '2028-01-15',
		items: [
			item('消防员隔热防护服', '020102', 4, '套', {
				specs: [le('整套重量', 6, 'kg'), ge('耐辐射热温度', 900, '℃')],
				certifications: ['FIRE_VOL'],
				budgetPerUnit: 5000,
				neededBy: '2028-04-30',
			}),
			item('消防员避火防护服', '020102', 2, '套', {
				specs: [ge('耐火时间', 45, 's')],
				certifications: ['FIRE_VOL'],
				neededBy: '2028-04-30',
			}),
			item('液压破拆工具组', '030202', 1, '套', {
				scenarios: ['urban_fire', 'earthquake_geo'],
				specs: [between('工作压力', 63, 72, 'MPa'), ge('最大扩张距离', 650, 'mm'), ge('最大剪切直径', 36, 'mm')],
				certifications: ['FIRE_VOL'],
				budgetPerUnit: 110000,
				neededBy: '2028-05-31',
				notes: '含机动泵、扩张器、剪切器各1台及20米双管软管卷盘。',
			}),
			item('消防腰斧', '030202', 30, '件', {
				specs: [between('全长', 280, 330, 'mm'), has('绝缘耐压')],
				certifications: ['FIRE_VOL'],
				budgetPerUnit: 300,
			}),
			item('起重气垫', '030202', 2, '套', {
				specs: [ge('最大起重质量', 30, 't')],
				certifications: ['FIRE_VOL'],
				budgetPerUnit: 15000,
				neededBy: '2028-05-31',
			}),
		],
	},
	{
		ref: 'DEM-2026-003',
		owner: 'px_ks',
		title: '安源矿山救护中队2028年装备更新采购',
		kind: 'procurement',
		deadline: '2028-02-28',
		items: [
			item('4小时正压氧气呼吸器', '020101', 10, '台', {
				scenarios: ['mine_tunnel'],
				specs: [ge('防护时间', 4, 'h'), le('整机重量', 12.5, 'kg')],
				certifications: ['MA'],
				budgetPerUnit: 16000,
				neededBy: '2028-04-30',
				notes: '替换2018年购置、已到报废年限的呼吸器。',
			}),
			item('矿用本安型灾区电话', '030102', 2, '套', {
				specs: [eq('防爆等级', 'Ex ib I Mb'), ge('通话距离', 5, 'km')],
				certifications: ['MA', 'EX'],
				budgetPerUnit: 16000,
				neededBy: '2028-04-30',
			}),
			item('多参数气体检测仪', '010203', 4, '台', {
				specs: [has('检测气体'), oneOf('防爆等级', ['Ex ia I Ma', 'Ex ib I Mb']), ge('连续工作时间', 12, 'h')],
				certifications: ['MA'],
				budgetPerUnit: 5000,
				neededBy: '2028-04-30',
			}),
			item('压缩氧自救器', '020105', 30, '台', {
				specs: [ge('防护时间', 45, 'min'), le('整机重量', 2.8, 'kg')],
				certifications: ['MA'],
				budgetPerUnit: 1500,
				neededBy: '2028-04-30',
			}),
			item('负压担架', '030203', 2, '套', {
				specs: [ge('最大承重', 150, 'kg')],
				budgetPerUnit: 7000,
				neededBy: '2028-05-31',
			}),
		],
	},
	{
		ref: 'DEM-2026-004',
		owner: 'jj_wh',
		title: '湖口化工园区危化品应急救援队处置装备采购',
		kind: 'procurement',
		deadline: '2028-01-31',
		items: [
			item('一级化学防护服(气密型)', '020102', 4, '套', {
				scenarios: ['hazchem'],
				specs: [eq('防护等级', '一级(气密型)'), ge('耐化学渗透时间', 240, 'min')],
				certifications: ['FIRE_VOL'],
				budgetPerUnit: 26000,
				neededBy: '2028-05-31',
			}),
			item('堵漏工具组', '030304', 2, '套', {
				specs: [ge('适用管径上限', 400, 'mm'), le('整套重量', 50, 'kg')],
				certifications: ['FIRE_VOL'],
				budgetPerUnit: 30000,
				neededBy: '2028-05-31',
			}),
			item('洗消帐篷', '030304', 1, '套', {
				specs: [ge('每小时洗消人数', 40, '人'), le('充气时间', 5, 'min')],
				budgetPerUnit: 90000,
				neededBy: '2028-06-30',
			}),
			item('防爆对讲机', '020201', 12, '台', {
				specs: [oneOf('防爆等级', ['Ex ib IIC T4 Gb', 'Ex ib IIB T4 Gb']), has('通话距离'), has('防护等级'), ge('连续工作时间', 14, 'h')],
				certifications: ['EX'],
				budgetPerUnit: 2600,
				neededBy: '2028-03-31',
			}),
			item('便携式四合一气体检测仪', '010201', 10, '台', {
				specs: [le('响应时间', 30, 's'), has('防爆等级'), oneOf('防护等级', ['IP67', 'IP68'])],
				certifications: ['EX'],
				budgetPerUnit: 4000,
				neededBy: '2028-03-31',
			}),
			item('防爆输转泵', '030304', 1, '台', {
				specs: [ge('输转流量', 20, 'm3/h'), ge('扬程', 30, 'm')],
				certifications: ['EX'],
				budgetPerUnit: 40000,
				neededBy: '2028-06-30',
			}),
		],
	},
	{
		ref: 'DEM-2026-005',
		owner: 'sr_fx',
		title: '鄱阳湖防汛抢险大队2028年汛前装备采购',
		kind: 'procurement',
		deadline: '2028-03-15',
		items: [
			item('冲锋舟', '030305', 4, '艘', {
				scenarios: ['flood'],
				specs: [ge('载员', 12, '人'), between('长度', 5.5, 7, 'm'), ge('最大航速', 40, 'km/h')],
				certifications: ['CCS'],
				budgetPerUnit: 70000,
				neededBy: '2028-04-30',
			}),
			item('充气救生艇', '030305', 6, '艘', {
				scenarios: ['flood', 'waterlogging'],
				specs: [ge('载员', 8, '人'), between('长度', 4.3, 5.5, 'm'), ge('最大航速', 35, 'km/h')],
				certifications: ['CCS'],
				budgetPerUnit: 25000,
				neededBy: '2028-04-30',
			}),
			item('舷外机', '030305', 4, '台', {
				specs: [ge('额定功率', 29, 'kW'), le('整机重量', 110, 'kg')],
				budgetPerUnit: 32000,
				neededBy: '2028-04-30',
			}),
			item('水域救援救生衣', '030305', 80, '件', {
				specs: [le('整衣重量', 1, 'kg'), oneOf('浮力', ['≥150N'])],
				certifications: ['CCS'],
				budgetPerUnit: 350,
				neededBy: '2028-04-15',
			}),
			item('大流量排水抢险车', '030301', 1, '辆', {
				scenarios: ['flood', 'waterlogging'],
				specs: [ge('排水流量', 3000, 'm3/h'), between('扬程', 15, 30, 'm')],
				certifications: ['VEH'],
				budgetPerUnit: 1400000,
				neededBy: '2028-05-31',
			}),
			item('应急潜水排污泵', '030301', 10, '台', {
				specs: [ge('排水流量', 100, 'm3/h'), ge('扬程', 12, 'm'), le('额定功率', 11, 'kW')],
				budgetPerUnit: 8000,
				neededBy: '2028-04-30',
			}),
			item('气动救生抛投器', '030305', 4, '台', {
				specs: [ge('抛射距离', 150, 'm')],
				budgetPerUnit: 16000,
				neededBy: '2028-04-30',
			}),
		],
	},
	{
		ref: 'DEM-2026-006',
		owner: 'gz_sl',
		title: '赣州市森林消防专业支队2028年春季防火期装备采购',
		kind: 'procurement',
		deadline: '2028-01-10',
		items: [
			item('森林消防风力灭火机', '030308', 20, '台', {
				scenarios: ['forest_fire'],
				specs: [ge('出口风速', 80, 'm/s'), le('整机重量', 11, 'kg'), ge('额定功率', 3, 'kW')],
				budgetPerUnit: 4500,
				neededBy: '2028-02-28',
			}),
			item('背负式细水雾灭火装置', '030308', 10, '台', {
				specs: [ge('水箱容积', 20, 'L'), ge('射程', 10, 'm')],
				budgetPerUnit: 15000,
				neededBy: '2028-02-28',
			}),
			item('高扬程森林消防水泵', '030308', 4, '台', {
				specs: [ge('扬程', 400, 'm'), ge('额定流量', 150, 'L/min')],
				budgetPerUnit: 26000,
				neededBy: '2028-02-28',
			}),
			item('森林消防防护服', '020102', 100, '套', {
				specs: [le('整套重量', 1.6, 'kg'), le('阻燃损毁长度', 80, 'mm')],
				budgetPerUnit: 1500,
				neededBy: '2028-02-15',
			}),
			item('火场侦察无人机', '030306', 2, '架', {
				specs: [ge('续航时间', 35, 'min'), ge('抗风等级', 5), has('防护等级')],
				budgetPerUnit: 90000,
				neededBy: '2028-03-31',
			}),
		],
	},
	{
		ref: 'DEM-2026-007',
		owner: 'ja_ll',
		title: '庐陵消防救援站2028年度装备器材采购',
		kind: 'procurement',
		deadline: '2028-01-20',
		items: [
			item('正压式消防空气呼吸器', '020101', 8, '套', {
				specs: [eq('气瓶容积', 6.8, 'L'), ge('防护时间', 50, 'min')],
				certifications: ['FIRE_VOL'],
				budgetPerUnit: 9000,
				neededBy: '2028-05-31',
			}),
			item('空气呼吸器备用碳纤维气瓶', '020101', 16, '件', {
				specs: [eq('气瓶容积', 6.8, 'L'), eq('工作压力', 30, 'MPa')],
				certifications: ['TS'],
				budgetPerUnit: 3200,
				neededBy: '2028-05-31',
			}),
			item('手提式干粉灭火器', '030302', 200, '件', {
				specs: [between('灭火剂质量', 4, 8, 'kg'), ge('有效喷射时间', 9, 's')],
				certifications: ['CCCF'],
				budgetPerUnit: 150,
				neededBy: '2028-03-31',
				notes: '用于辖区老旧小区消防安全提升工程配发。',
			}),
			item('消防灭火机器人', '030302', 1, '台', {
				specs: [ge('额定流量', 80, 'L/s'), ge('射程', 85, 'm'), ge('连续工作时间', 2, 'h')],
				certifications: ['FIRE_VOL'],
				budgetPerUnit: 800000,
				neededBy: '2028-06-30',
			}),
			item('移动式遥控消防炮', '030302', 2, '台', {
				specs: [between('额定流量', 40, 60, 'L/s'), ge('射程', 60, 'm')],
				certifications: ['FIRE_VOL'],
				budgetPerUnit: 40000,
				neededBy: '2028-02-15',
			}),
		],
	},
	{
		ref: 'DEM-2026-008',
		owner: 'yc_ks',
		title: '丰城矿山救护中队个人防护及侦检装备采购',
		kind: 'procurement',
		deadline: '2027-12-31',
		items: [
			item('压缩氧自救器', '020105', 24, '台', {
				specs: [ge('防护时间', 60, 'min')],
				certifications: ['MA'],
				budgetPerUnit: 1500,
				neededBy: '2028-03-31',
			}),
			item('矿灯', '030103', 24, '件', {
				specs: [ge('连续工作时间', 13, 'h'), le('整灯重量', 250, 'g'), eq('防爆等级', 'Ex ib I Mb')],
				certifications: ['MA'],
				budgetPerUnit: 400,
				neededBy: '2028-03-31',
			}),
			item('矿用本安型红外测温仪', '010203', 2, '台', {
				specs: [ge('测温上限', 600, '℃')],
				certifications: ['MA'],
				budgetPerUnit: 3000,
				neededBy: '2028-03-31',
			}),
			item('自动苏生器', '030203', 1, '台', {
				certifications: ['MA'],
				budgetPerUnit: 12000,
				neededBy: '2028-03-31',
			}),
		],
	},
	{
		ref: 'DEM-2026-009',
		owner: 'wzzx',
		title: '2028年度全省防汛抢险装备需求目录',
		kind: 'catalog',
		deadline: '2028-03-31',
		region: '360000',
		items: [
			item('大流量排水抢险车', '030301', 12, '辆', {
				scenarios: ['flood', 'waterlogging'],
				specs: [ge('排水流量', 3000, 'm3/h'), ge('扬程', 18, 'm')],
				certifications: ['VEH'],
				budgetPerUnit: 1500000,
				neededBy: '2028-05-31',
			}),
			item('移动式排水泵站', '030301', 20, '套', {
				specs: [ge('排水流量', 1500, 'm³/h'), ge('扬程', 15, 'm')],
				budgetPerUnit: 420000,
				neededBy: '2028-05-31',
			}),
			item('子母式应急排水泵', '030301', 15, '套', {
				specs: [ge('排水流量', 800, '立方米/小时'), le('子泵单体重量', 40, 'kg')],
				budgetPerUnit: 360000,
				neededBy: '2028-05-31',
			}),
			item('冲锋舟', '030305', 60, '艘', {
				specs: [ge('载员', 10, '人'), ge('最大航速', 40, 'km/h')],
				certifications: ['CCS'],
				budgetPerUnit: 65000,
				neededBy: '2028-05-15',
			}),
			item('充气救生艇', '030305', 80, '艘', {
				specs: [between('载员', 6, 10, '人')],
				certifications: ['CCS'],
				budgetPerUnit: 22000,
				neededBy: '2028-05-15',
			}),
			item('救生衣', '030305', 5000, '件', {
				certifications: ['CCS'],
				budgetPerUnit: 200,
				neededBy: '2028-04-30',
			}),
			item('移动照明灯塔', '030103', 30, '台', {
				specs: [ge('光通量', 300000, 'lm'), ge('升降高度', 7, 'm')],
				budgetPerUnit: 60000,
				neededBy: '2028-05-31',
			}),
			item('静音型柴油发电机组', '030101', 20, '台', {
				specs: [ge('额定功率', 200, 'kW'), eq('输出电压', 400, 'V'), le('噪声', 75, 'dB')],
				budgetPerUnit: 300000,
				neededBy: '2028-05-31',
			}),
			item('多旋翼应急救援无人机', '030306', 10, '架', {
				specs: [ge('续航时间', 40, 'min'), ge('最大载重', 15, 'kg'), ge('抗风等级', 6)],
				budgetPerUnit: 200000,
				neededBy: '2028-05-31',
			}),
			item('雷达水位计', '010102', 50, '台', {
				specs: [ge('量程', 30, 'm'), eq('防护等级', 'IP68')],
				budgetPerUnit: 9000,
				neededBy: '2028-04-30',
			}),
			item('城市内涝积水监测仪', '010102', 200, '台', {
				specs: [ge('测量范围', 3, 'm'), ge('电池续航', 365, 'd')],
				budgetPerUnit: 6000,
				neededBy: '2028-04-30',
			}),
			item('天通手持卫星电话', '030102', 100, '台', {
				specs: [ge('待机时间', 72, 'h'), oneOf('防护等级', ['IP67', 'IP68'])],
				certifications: ['CCC'],
				budgetPerUnit: 6000,
				neededBy: '2028-04-30',
			}),
		],
	},
	{
		ref: 'DEM-2026-010',
		owner: 'wzzx',
		title: '2028年度全省森林草原防灭火装备需求目录',
		kind: 'catalog',
		deadline: '2028-04-30',
		region: '360000',
		items: [
			item('森林消防风力灭火机', '030308', 300, '台', {
				scenarios: ['forest_fire'],
				specs: [ge('出口风速', 75, 'm/s'), le('整机重量', 11.5, 'kg')],
				budgetPerUnit: 4800,
				neededBy: '2028-09-30',
			}),
			item('背负式细水雾灭火装置', '030308', 100, '台', {
				specs: [ge('水箱容积', 15, 'L')],
				budgetPerUnit: 16000,
				neededBy: '2028-09-30',
			}),
			item('高扬程森林消防水泵', '030308', 40, '台', {
				specs: [ge('扬程', 350, 'm')],
				budgetPerUnit: 28000,
				neededBy: '2028-09-30',
			}),
			item('森林消防专用油锯', '030308', 60, '台', {
				specs: [between('导板长度', 45, 55, 'cm')],
				budgetPerUnit: 3500,
				neededBy: '2028-09-30',
			}),
			item('背负式割灌机', '030308', 60, '台', {
				specs: [le('整机重量', 10, 'kg')],
				budgetPerUnit: 3000,
				neededBy: '2028-09-30',
			}),
			item('森林防火双光谱监控云台', '010103', 30, '套', {
				specs: [ge('监测距离', 10, 'km'), oneOf('热成像分辨率', ['640×512', '1280×1024'])],
				budgetPerUnit: 200000,
				neededBy: '2028-09-30',
			}),
			item('森林火险因子监测站', '010103', 20, '套', {
				specs: [ge('风速量程', 45, 'm/s')],
				budgetPerUnit: 50000,
				neededBy: '2028-09-30',
			}),
			item('垂直起降固定翼无人机', '030306', 6, '架', {
				specs: [ge('续航时间', 3, 'h'), ge('抗风等级', 6)],
				budgetPerUnit: 600000,
				neededBy: '2028-09-30',
			}),
			item('直升机灭火吊桶', '030306', 4, '套', {
				specs: [ge('容量', 3000, 'L')],
				budgetPerUnit: 480000,
				neededBy: '2028-09-30',
			}),
			item('履带式森林消防车', '030308', 4, '辆', {
				specs: [ge('载液量', 4000, 'L'), ge('爬坡度', 60, '%')],
				budgetPerUnit: 1500000,
				neededBy: '2028-10-31',
			}),
		],
	},
	{
		ref: 'DEM-2026-011',
		owner: 'ncyj',
		title: '2028年南昌市城市内涝及大面积停电应急保障装备需求目录',
		kind: 'catalog',
		deadline: '2028-03-31',
		items: [
			item('应急电源车', '030101', 6, '辆', {
				scenarios: ['outage'],
				specs: [ge('额定功率', 500, 'kW'), eq('输出电压', 400, 'V')],
				certifications: ['VEH'],
				budgetPerUnit: 2200000,
				neededBy: '2028-06-30',
			}),
			item('应急通信指挥车', '030102', 2, '辆', {
				specs: [ge('自组网覆盖半径', 20, 'km'), has('卫星天线口径')],
				certifications: ['VEH'],
				budgetPerUnit: 2600000,
				neededBy: '2028-06-30',
			}),
			item('便携式储能电源', '030101', 200, '台', {
				scenarios: ['outage', 'household'],
				specs: [ge('额定功率', 2000, 'W'), eq('输出电压', 220, 'V'), le('整机重量', 32, 'kg')],
				budgetPerUnit: 10000,
				neededBy: '2028-05-31',
			}),
			item('不间断电源(UPS)', '030101', 4, '台', {
				specs: [ge('额定容量', 100, 'kVA'), ge('后备时间', 60, 'min')],
				certifications: ['CCC'],
				budgetPerUnit: 200000,
				neededBy: '2028-06-30',
			}),
			item('城市内涝积水监测仪', '010102', 150, '台', {
				scenarios: ['waterlogging'],
				specs: [ge('测量范围', 2, 'm'), has('报警方式')],
				budgetPerUnit: 8000,
				neededBy: '2028-04-30',
			}),
			item('应急潜水排污泵', '030301', 40, '台', {
				specs: [ge('排水流量', 150, 'm3/h')],
				budgetPerUnit: 12000,
				neededBy: '2028-04-30',
			}),
			item('MESH自组网单兵图传', '030102', 10, '套', {
				specs: [ge('传输距离', 10, 'km'), le('整机重量', 1.2, 'kg')],
				budgetPerUnit: 70000,
				neededBy: '2028-05-31',
			}),
			item('系留无人机照明系统', '030103', 2, '套', {
				specs: [ge('悬停高度', 60, 'm'), ge('照明功率', 3, 'kW')],
				budgetPerUnit: 800000,
				neededBy: '2028-06-30',
			}),
		],
	},
	{
		ref: 'DEM-2026-012',
		owner: 'pxyj',
		title: '2028年度萍乡市矿山及隧道施工安全应急装备需求目录',
		kind: 'catalog',
		deadline: '2028-02-28',
		items: [
			item('矿用本安型甲烷传感器', '010203', 300, '台', {
				scenarios: ['mine_tunnel'],
				specs: [ge('测量范围', 4, '%'), eq('防爆等级', 'Ex ib I Mb'), le('响应时间', 20, 's')],
				certifications: ['MA', 'EX'],
				budgetPerUnit: 2000,
				neededBy: '2028-05-31',
			}),
			item('矿用一氧化碳传感器', '010203', 120, '台', {
				specs: [ge('测量范围', 1000, 'ppm')],
				certifications: ['MA'],
				budgetPerUnit: 2000,
				neededBy: '2028-05-15',
			}),
			item('矿井人员精确定位系统', '010203', 2, '套', {
				specs: [le('定位精度', 0.3, 'm'), ge('系统容量', 4096, '个')],
				certifications: ['MA'],
				budgetPerUnit: 900000,
				neededBy: '2028-08-31',
			}),
			item('隧道施工逃生管道', '020202', 120, '件', {
				specs: [ge('管径', 800, 'mm'), eq('单节长度', 6, 'm')],
				budgetPerUnit: 5000,
				neededBy: '2028-04-30',
			}),
			item('矿用可移动式救生舱', '020202', 2, '台', {
				specs: [ge('额定人数', 8, '人'), ge('额定防护时间', 96, 'h')],
				certifications: ['MA'],
				budgetPerUnit: 1100000,
				neededBy: '2028-08-31',
			}),
			item('矿用隔爆型潜水排沙电泵', '030303', 6, '台', {
				specs: [ge('排水流量', 100, 'm3/h'), ge('扬程', 50, 'm')],
				certifications: ['MA', 'EX'],
				budgetPerUnit: 35000,
				neededBy: '2028-05-31',
			}),
			item('矿用本安型侦测救援机器人', '030303', 1, '台', {
				specs: [ge('遥控距离', 1000, 'm'), ge('连续工作时间', 4, 'h')],
				certifications: ['MA', 'EX'],
				budgetPerUnit: 1000000,
				neededBy: '2028-08-31',
			}),
			item('压缩氧自救器', '020105', 500, '台', {
				specs: [ge('防护时间', 45, 'min')],
				certifications: ['MA'],
				budgetPerUnit: 1100,
				neededBy: '2028-05-31',
			}),
		],
	},
	{
		ref: 'DEM-2026-013',
		owner: 'jjyj',
		title: '长江九江段及鄱阳湖水域应急救援装备采购',
		kind: 'procurement',
		deadline: '2028-01-20',
		items: [
			item('钢质应急救援船', '030305', 1, '艘', {
				scenarios: ['flood'],
				specs: [ge('长度', 12, 'm'), ge('最大航速', 30, 'km/h'), ge('载员', 20, '人')],
				certifications: ['CCS'],
				budgetPerUnit: 2800000,
				neededBy: '2028-09-30',
			}),
			item('遥控水面救生机器人', '030305', 4, '台', {
				specs: [ge('最大航速', 4, 'm/s'), ge('续航时间', 40, 'min')],
				budgetPerUnit: 60000,
				neededBy: '2028-05-31',
			}),
			item('冲锋舟', '030305', 6, '艘', {
				specs: [ge('载员', 10, '人')],
				certifications: ['CCS'],
				budgetPerUnit: 60000,
				neededBy: '2028-05-31',
			}),
			item('气动救生抛投器', '030305', 10, '台', {
				specs: [ge('抛射距离', 100, 'm'), le('整机重量', 6, 'kg')],
				budgetPerUnit: 18000,
				neededBy: '2028-05-31',
			}),
		],
	},
	{
		ref: 'DEM-2026-014',
		owner: 'gzyj',
		title: '2028年赣州市地质灾害隐患点监测预警设备采购',
		kind: 'procurement',
		deadline: '2028-03-31',
		items: [
			item('北斗GNSS地表位移监测站', '010101', 80, '套', {
				scenarios: ['earthquake_geo'],
				specs: [le('水平精度', 2.5, 'mm'), le('垂直精度', 5, 'mm'), oneOf('防护等级', ['IP67', 'IP68'])],
				budgetPerUnit: 30000,
				neededBy: '2028-05-31',
			}),
			item('拉线式裂缝监测仪', '010101', 120, '台', {
				specs: [ge('量程', 1000, 'mm'), le('分辨率', 0.1, 'mm')],
				budgetPerUnit: 6000,
				neededBy: '2028-05-31',
			}),
			item('翻斗式雨量计', '010102', 80, '台', {
				specs: [le('分辨率', 0.2, 'mm'), eq('承雨口径', 200, 'mm')],
				budgetPerUnit: 5000,
				neededBy: '2028-05-31',
			}),
			item('地震预警信息发布终端', '010101', 40, '台', {
				specs: [ge('报警声压级', 90, 'dB'), le('预警响应时间', 2, 's')],
				budgetPerUnit: 5000,
				neededBy: '2028-06-30',
			}),
		],
	},
	{
		ref: 'DEM-2026-015',
		owner: 'xindun',
		title: '高性能救生艇及冲锋舟生产线建设融资需求',
		kind: 'finance',
		deadline: '2028-01-31',
		items: [
			item('固定资产贷款', '0404', 1, undefined, {
				budgetPerUnit: 30000000,
				neededBy: '2028-03-31',
				notes: '拟融资3000万元，期限5年，用于新建铝合金冲锋舟和海帕伦充气艇生产线，可提供厂房及土地抵押。',
			}),
			item('首台(套)装备综合保险', '0404', 1, undefined, {
				budgetPerUnit: 200000,
				neededBy: '2028-06-30',
				notes: '为新研制的喷水推进式铝合金冲锋舟投保首台(套)综合保险，拟申请保费补贴。',
			}),
		],
	},
	{
		ref: 'DEM-2026-016',
		owner: 'ankuang',
		title: '矿用正压氧气呼吸器轻量化关键技术需求',
		kind: 'technology',
		deadline: '2028-06-30',
		items: [
			item('高压氧气瓶轻量化技术', '020101', 1, undefined, {
				specs: [le('整机重量', 10, 'kg'), ge('防护时间', 4, 'h')],
				budgetPerUnit: 1500000,
				neededBy: '2028-12-31',
				notes: '寻求碳纤维复合材料气瓶及轻量化呼吸舱技术合作，目标在保持4h防护时间的前提下整机重量降至10kg以下。合作方式：联合攻关或技术许可。',
			}),
			item('呼吸器智能监测与定位模块', '020101', 1, undefined, {
				budgetPerUnit: 600000,
				neededBy: '2028-12-31',
				notes: '集成余压监测、生命体征和井下定位，数据实时回传井口基地。',
			}),
		],
	},
	{
		ref: 'DEM-2026-017',
		owner: 'ncyj',
		title: '南昌市应急管理局应急指挥通信装备采购',
		kind: 'procurement',
		deadline: '2027-12-15',
		items: [
			item('应急通信指挥车', '030102', 1, '辆', {
				specs: [ge('卫星天线口径', 1.2, 'm'), ge('载员', 5, '人')],
				certifications: ['VEH'],
				budgetPerUnit: 2600000,
				neededBy: '2028-06-30',
			}),
			item('便携式卫星通信站', '030102', 2, '套', {
				specs: [ge('天线口径', 0.9, 'm'), le('整机重量', 30, 'kg')],
				budgetPerUnit: 500000,
				neededBy: '2028-04-30',
			}),
			item('六旋翼应急救援无人机', '030306', 2, '架', {
				specs: [ge('最大载重', 25, 'kg'), ge('续航时间', 30, 'min')],
				budgetPerUnit: 300000,
				neededBy: '2028-04-30',
			}),
		],
	},
	{
		ref: 'DEM-2026-018',
		owner: 'wzzx',
		title: '2028年度全省危险化学品事故应急处置装备需求目录',
		kind: 'catalog',
		deadline: '2028-06-30',
		region: '360000',
		items: [
			item('一级化学防护服', '020102', 40, '套', {
				scenarios: ['hazchem'],
				specs: [eq('防护等级', '一级(气密型)'), ge('耐化学渗透时间', 240, 'min')],
				certifications: ['FIRE_VOL'],
				budgetPerUnit: 28000,
				neededBy: '2028-09-30',
			}),
			item('二级化学防护服', '020102', 200, '套', {
				specs: [ge('耐化学渗透时间', 120, 'min')],
				certifications: ['FIRE_VOL'],
				budgetPerUnit: 3500,
				neededBy: '2028-09-30',
			}),
			item('过滤式防毒面具', '020101', 1000, '套', {
				specs: [ge('视野', 80, '%'), le('吸气阻力', 0.22, 'kPa')],
				budgetPerUnit: 600,
				neededBy: '2028-08-31',
			}),
			item('光离子化(PID)VOC检测仪', '010201', 30, '台', {
				specs: [ge('量程', 3000, 'ppm'), le('分辨率', 0.1, 'ppm')],
				certifications: ['EX'],
				budgetPerUnit: 25000,
				neededBy: '2028-08-31',
			}),
			item('化工园区有毒有害气体在线监测系统', '010204', 5, '套', {
				specs: [ge('监测点数量', 16, '个'), le('响应时间', 30, 's')],
				budgetPerUnit: 450000,
				neededBy: '2028-12-31',
			}),
			item('气体泄漏红外成像仪', '010204', 4, '台', {
				specs: [ge('探测距离', 100, 'm'), le('整机重量', 2.5, 'kg')],
				budgetPerUnit: 750000,
				neededBy: '2028-09-30',
			}),
			item('堵漏工具组', '030304', 30, '套', {
				specs: [ge('适用管径上限', 300, 'mm')],
				certifications: ['FIRE_VOL'],
				budgetPerUnit: 35000,
				neededBy: '2028-09-30',
			}),
			item('磁压式堵漏工具', '030304', 10, '套', {
				specs: [ge('最大承压', 1.6, 'MPa')],
				certifications: ['FIRE_VOL'],
				budgetPerUnit: 32000,
				neededBy: '2028-09-30',
			}),
			item('洗消帐篷', '030304', 10, '套', {
				specs: [ge('每小时洗消人数', 30, '人')],
				budgetPerUnit: 100000,
				neededBy: '2028-09-30',
			}),
			item('防爆输转泵', '030304', 10, '台', {
				specs: [ge('输转流量', 15, 'm3/h'), has('防爆等级')],
				certifications: ['EX'],
				budgetPerUnit: 45000,
				neededBy: '2028-09-30',
			}),
			item('强酸碱洗消器', '030304', 30, '台', {
				specs: [ge('容量', 6, 'L')],
				budgetPerUnit: 12000,
				neededBy: '2028-09-30',
			}),
			item('化学事故抢险救援消防车', '030105', 2, '辆', {
				certifications: ['VEH', 'FIRE_VOL'],
				budgetPerUnit: 2000000,
				neededBy: '2028-12-31',
			}),
		],
	},
]

function buildDemands(refByKey: Map<string, string>): DemandRecord[] {
	return DEMANDS.map(({ owner, items, ...d }) => {
		const org = refByKey.get(owner)
		if (!org) throw new Error(`unknown demand owner ${owner}`)
		if (d.deadline !== undefined && d.deadline < DEMANDS_OPEN_UNTIL) throw new Error(`${d.ref}: deadline ${d.deadline} is before ${DEMANDS_OPEN_UNTIL}`)
		for (const it of items)
			if (it.neededBy !== undefined && d.deadline !== undefined && it.neededBy <= d.deadline) throw new Error(`${d.ref}: ${it.name} is needed by ${it.neededBy}, not after the deadline`)
		return { ref: d.ref, org, title: d.title, kind: d.kind, ...(d.deadline ? { deadline: d.deadline } : {}), ...(d.region ? { region: d.region } : {}), items: items.map((it, i) => ({ ref: `${d.ref}-${pad(i + 1)}`, ...it })) }
	})
}

// ───────────────────────────── assembly ─────────────────────────────

export function buildDemoData(): DemoData {
	const { orgs, refByKey, seedByKey } = buildOrganizations(new Rng(streamSeed('organizations')))
	const listings = buildListings(refByKey, seedByKey)
	const demands = buildDemands(refByKey)
	const teams = buildTeams(orgs)
	return { organizations: orgs, listings, demands, standards: STANDARDS, teams }
}

const here = dirname(fileURLToPath(import.meta.url))
export const DEMO_JSON_PATH = resolve(here, '../../db/seed/demo.json')

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	const data = buildDemoData()
	mkdirSync(dirname(DEMO_JSON_PATH), { recursive: true })
	writeFileSync(DEMO_JSON_PATH, JSON.stringify(data, null, 2) + '\n', 'utf8')
	console.log(
		`wrote ${DEMO_JSON_PATH}: ${data.organizations.length} organizations, ${data.listings.length} listings, ` +
			`${data.demands.length} demands, ${data.standards.length} standards, ${data.teams.length} teams`,
	)
}
