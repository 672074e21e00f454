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
import { isValidUscc, withCheckChar } from '../../app/modules/organizations/uscc.ts'

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

function mulberry32(seed: number): () => number {
	let a = seed >>> 0
	return () => {
		a = (a + 0x6d2b79f5) | 0
		let t = Math.imul(a ^ (a >>> 15), 1 | a)
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296
	}
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

/** A validUntil between 2025-06-30 and 2030-12-31: ~12% already expired, ~15% expiring 2026-10…2027-06. */
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
		const k = r.int(0, 8) // 2026-10 … 2027-06
		y = 2026 + Math.floor((9 + k) / 12)
		m = ((9 + k) % 12) + 1
	} else {
		const k = r.int(0, 41) // 2027-07 … 2030-12
		y = 2027 + Math.floor((6 + k) / 12)
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

function contactFor(r: Rng, kind: OrganizationRecord['kind']): string {
	const s = r.pick(SURNAMES)
	if (kind === 'enterprise') return r.chance(0.4) ? `${s}${r.pick(GIVEN)}` : `${s}${r.pick(['经理', '工', '总', '经理'])}`
	if (kind === 'rescue_team') return `${s}${r.pick(['站长', '队长', '指导员', '装备助理'])}`
	if (kind === 'bureau') return `${s}${r.pick(['科长', '处长', '主任'])}`
	if (kind === 'finance') return `${s}${r.pick(['经理', '行长助理', '客户经理'])}`
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
		o.contact = contactFor(r, s.kind)
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
			['平均功耗', [2, 5, 0.5], WATT],
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
			['平均功耗', [0.3, 1, 0.1], WATT],
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
			['平均功耗', [3, 6, 1], WATT],
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
			['采样流量', [0.4, 0.6, 0.1], FLOW_LMIN],
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
			['发射功率', [1, 3, 1], WATT],
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
