// The spreadsheet encoding of the import format: one sheet per record type, a header row of field names (or the
// template's Chinese headers), nested lists flattened one row per item (demands, standards) or lot (teams).
import ExcelJS from 'exceljs'
import type { Locale } from '#app/i18n/translate.ts'
import {
	formatCertifications,
	formatConstraints,
	formatList,
	formatSpecs,
	parseCertifications,
	parseConstraints,
	parseList,
	parseSpecs,
} from './cells.ts'
import type { ImportDocument } from './exporter.server.ts'
import type { RawRecord } from './importer.server.ts'
import { problem, RECORD_TYPES, type Problem, type RecordType } from '#app/utils/problems.ts'
import { PLURAL, type ReadResult } from './formats.ts'
import { checkWorkbook } from './workbook-limits.server.ts'
import { LIMITS } from '../catalog/fields.ts'
import { CERTIFICATION_TYPES } from '../catalog/reference-data.ts'

type Kind = 'string' | 'number' | 'boolean' | 'date' | 'list' | 'specs' | 'constraints' | 'certifications'
type Column = { path: string; zh: string; kind: Kind; required?: boolean; help?: string; example?: string }
type Sheet = { type: RecordType; zh: string; key: string; children?: string; columns: Column[] }

const C = (path: string, zh: string, kind: Kind = 'string', extra: Partial<Column> = {}): Column => ({ path, zh, kind, ...extra })

export const SHEETS: Sheet[] = [
	{
		type: 'organization',
		zh: '机构',
		key: 'ref',
		columns: [
			C('ref', '机构编号', 'string', { required: true, example: 'ORG-NC-001' }),
			C('name', '机构名称', 'string', { required: true, example: '江西某某消防装备有限公司' }),
			C('uscc', '统一社会信用代码', 'string', { required: true, help: '18位，校验位按 GB 32100-2015', example: '91360100MA35XK0Q1X' }),
			C('kind', '机构类型', 'string', { required: true, help: 'enterprise / rescue_team / bureau / organizer / finance / research', example: 'enterprise' }),
			C('region', '地区代码', 'string', { required: true, help: 'GB/T 2260 六位代码', example: '360100' }),
			C('qualifications', '企业资质', 'list', { help: 'srdi; little_giant; single_champion; high_tech; chain_leader（可写中文名称），分号分隔', example: 'srdi; high_tech' }),
			C('teamType', '队伍类型', 'string', { help: '仅救援队伍，如 fire_station、mine_rescue' }),
			C('headcount', '队伍人数', 'number', { help: '仅救援队伍' }),
			C('level', '队伍级别', 'string', { help: '仅救援队伍' }),
			C('contact', '联系人'),
			C('phone', '联系电话'),
			C('email', '电子邮箱'),
			C('address', '地址'),
			C('website', '网站'),
			C('verified', '已认证', 'boolean', { help: '是/否；命令行和管理员导入默认“是”' }),
		],
	},
	{
		type: 'listing',
		zh: '装备',
		key: 'ref',
		columns: [
			C('ref', '供给编号', 'string', { required: true, example: 'LST-0001' }),
			C('org', '机构编号', 'string', { required: true, help: '企业、金融或科研机构的编号', example: 'ORG-NC-001' }),
			C('kind', '供给类型', 'string', { help: 'equipment（默认）/ service / finance_product / research_result' }),
			C('title', '名称', 'string', { required: true, example: '大流量排水抢险车' }),
			C('model', '型号', 'string', { example: 'JY-PS3000' }),
			C('category', '分类代码', 'string', { help: '装备类必填，六位分类代码', example: '030301' }),
			C('scenarios', '适用场景', 'list', { help: '场景代码，分号分隔', example: 'flood; waterlogging' }),
			C('description', '描述'),
			C('keywords', '关键词', 'list', { help: '分号分隔', example: '龙吸水; drainage truck' }),
			C('specs', '规格参数', 'specs', { help: '名称=数值单位，分号分隔；文字值可加引号', example: '排水流量=3000m3/h; 扬程=22m' }),
			C('certifications', '认证', 'certifications', { help: '类型|证书编号|有效期至，分号分隔', example: 'VEH|公告第1批; CCCF|CCCF-2024-01|2028-12-31' }),
			C('price.min', '最低单价(元)', 'number'),
			C('price.max', '最高单价(元)', 'number'),
			C('leadTimeDays', '交货期(天)', 'number'),
			C('monthlyCapacity', '月产能', 'number'),
			C('stock', '库存', 'number'),
			C('status', '状态', 'string', { help: 'published（默认）/ draft' }),
		],
	},
	{
		type: 'demand',
		zh: '需求',
		key: 'ref',
		children: 'items',
		columns: [
			C('ref', '需求编号', 'string', { required: true, help: '同一需求的多个条目重复填写编号（或留空表示同上）', example: 'DEM-2026-001' }),
			C('org', '机构编号', 'string', { required: true }),
			C('title', '需求标题', 'string', { required: true }),
			C('kind', '需求类型', 'string', { help: 'procurement（默认）/ catalog / finance / technology' }),
			C('deadline', '截止日期', 'date', { example: '2027-03-31' }),
			C('region', '需求地区代码', 'string'),
			C('status', '状态', 'string', { help: 'published（默认）/ draft / closed' }),
			C('items.ref', '条目编号', 'string', { required: true, example: 'DEM-2026-001-01' }),
			C('items.name', '条目名称', 'string', { required: true, example: '排水抢险车' }),
			C('items.category', '条目分类代码'),
			C('items.quantity', '数量', 'number', { required: true }),
			C('items.unit', '计量单位', 'string', { example: '台' }),
			C('items.scenarios', '条目场景', 'list'),
			C('items.specs', '技术要求', 'constraints', { help: '>=、<=、=、between a..b、in a|b、has，分号分隔', example: '排水流量>=3000m3/h; 扬程 between 15..30m' }),
			C('items.certifications', '认证要求', 'list', { example: 'VEH' }),
			C('items.budgetPerUnit', '单价预算(元)', 'number'),
			C('items.neededBy', '需用日期', 'date'),
			C('items.notes', '备注'),
		],
	},
	{
		type: 'standard',
		zh: '标准',
		key: 'code',
		children: 'items',
		columns: [
			C('code', '标准代码', 'string', { required: true, example: '建标152-2017/一级站' }),
			C('title', '标准名称', 'string', { required: true }),
			C('issuer', '发布单位'),
			C('teamType', '队伍类型', 'string', { required: true }),
			C('level', '级别'),
			C('version', '版本'),
			C('status', '状态', 'string', { help: 'published（默认）/ draft / archived' }),
			C('items.ref', '条目编号', 'string', { required: true }),
			C('items.name', '条目名称', 'string', { required: true }),
			C('items.category', '条目分类代码'),
			C('items.quantity.fixed', '固定数量', 'number'),
			C('items.quantity.perPerson', '按人配备', 'number'),
			C('items.quantity.min', '最少数量', 'number'),
			C('items.mandatory', '必配', 'boolean', { help: '是/否，默认是' }),
			C('items.specs', '技术要求', 'constraints'),
			C('items.certifications', '认证要求', 'list'),
			C('items.serviceLifeYears', '使用年限', 'number'),
		],
	},
	{
		type: 'team',
		zh: '队伍',
		key: 'org',
		children: 'inventory',
		columns: [
			C('org', '队伍机构编号', 'string', { required: true }),
			C('standard', '配备标准代码', 'string', { required: true }),
			C('headcount', '人数', 'number', { required: true }),
			C('asOf', '统计日期', 'date'),
			C('inventory.item', '标准条目编号'),
			C('inventory.name', '装备名称'),
			C('inventory.quantity', '在用数量', 'number'),
			C('inventory.acquiredYear', '购置年份', 'number'),
		],
	},
]

const IGNORED_SHEETS = new Set(['说明', '填写说明', 'instructions', 'readme'])
const normaliseHeader = (h: string) =>
	h
		.normalize('NFKC')
		.replace(/[*＊]/g, '')
		.replace(/\s+/g, '')
		.trim()
		.toLowerCase()

function sheetFor(name: string): Sheet | undefined {
	const n = name.trim()
	return SHEETS.find((s) => s.zh === n || PLURAL[s.type] === n.toLowerCase())
}

// ---------------------------------------------------------------------------------------------------------------
// Reading

type CellValue = string | number | boolean | Date | null

function cellValue(v: ExcelJS.CellValue): CellValue {
	if (v === null || v === undefined) return null
	if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v
	if (typeof v === 'object') {
		if ('richText' in v) return v.richText.map((r) => r.text).join('')
		if ('formula' in v || 'sharedFormula' in v) return cellValue((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue)
		if ('text' in v && typeof v.text === 'string') return v.text
		if ('error' in v) return null
	}
	return String(v)
}

function asText(v: Exclude<CellValue, null>): string {
	if (v instanceof Date) return v.toISOString().slice(0, 10)
	return String(v)
}

type Converted = { ok: true; value: unknown } | { ok: false; code: string; vars: Record<string, unknown> }

function convert(kind: Kind, v: Exclude<CellValue, null>): Converted {
	switch (kind) {
		case 'string':
			return { ok: true, value: asText(v) }
		case 'number': {
			if (typeof v === 'number') return { ok: true, value: v }
			const t = asText(v).trim().replace(/,/g, '')
			if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t)) return { ok: true, value: Number(t) }
			return { ok: false, code: 'xlsx.badNumber', vars: { value: asText(v) } }
		}
		case 'boolean': {
			if (typeof v === 'boolean') return { ok: true, value: v }
			const t = asText(v).trim().toLowerCase()
			if (['是', 'true', 'yes', 'y', '1', '必配', '√'].includes(t)) return { ok: true, value: true }
			if (['否', 'false', 'no', 'n', '0', '选配', '×'].includes(t)) return { ok: true, value: false }
			return { ok: false, code: 'xlsx.badBoolean', vars: { value: asText(v) } }
		}
		case 'date': {
			if (v instanceof Date) return { ok: true, value: v.toISOString().slice(0, 10) }
			if (typeof v === 'number' && v > 20000 && v < 80000) {
				// An Excel serial day number (1900 date system).
				return { ok: true, value: new Date(Math.round((v - 25569) * 86400_000)).toISOString().slice(0, 10) }
			}
			return { ok: true, value: asText(v) }
		}
		case 'list':
			return { ok: true, value: parseList(asText(v)) }
		case 'specs': {
			const r = parseSpecs(asText(v))
			return r.bad.length ? { ok: false, code: 'xlsx.badSpec', vars: { value: r.bad.join('; ') } } : { ok: true, value: r.specs }
		}
		case 'constraints': {
			const r = parseConstraints(asText(v))
			return r.bad.length ? { ok: false, code: 'xlsx.badSpec', vars: { value: r.bad.join('; ') } } : { ok: true, value: r.constraints }
		}
		case 'certifications': {
			const r = parseCertifications(asText(v))
			return r.bad.length ? { ok: false, code: 'xlsx.badCertification', vars: { value: r.bad.join('; ') } } : { ok: true, value: r.certifications }
		}
	}
}

function setPath(obj: Record<string, unknown>, path: string[], value: unknown) {
	let o = obj
	for (const k of path.slice(0, -1)) o = (o[k] ??= {}) as Record<string, unknown>
	o[path[path.length - 1]!] = value
}
function getPath(obj: Record<string, unknown>, path: string[]): unknown {
	let o: unknown = obj
	for (const k of path) o = o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined
	return o
}

export async function readXlsx(bytes: Uint8Array, locale: Locale): Promise<ReadResult> {
	// Measured first: exceljs unpacks the whole archive in memory (a zip bomb must be refused before that).
	const tooBig = await checkWorkbook(bytes)
	if (tooBig) return { records: [], problems: [problem({ type: 'file' }, '', tooBig, locale)] }
	const wb = new ExcelJS.Workbook()
	try {
		await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer)
	} catch (e) {
		return { records: [], problems: [problem({ type: 'file' }, '', { code: 'file.badXlsx', vars: { detail: (e as Error).message } }, locale)] }
	}
	const records: RawRecord[] = []
	const problems: Problem[] = []
	for (const ws of wb.worksheets) {
		if (IGNORED_SHEETS.has(ws.name.trim().toLowerCase())) continue
		const sheet = sheetFor(ws.name)
		if (!sheet) {
			problems.push(problem({ type: 'file' }, ws.name, { code: 'file.unknownSheet', vars: { value: ws.name } }, locale))
			continue
		}
		readSheet(ws, sheet, locale, records, problems)
	}
	return { records, problems }
}

function readSheet(ws: ExcelJS.Worksheet, sheet: Sheet, locale: Locale, records: RawRecord[], problems: Problem[]) {
	const lookup = new Map<string, Column>()
	for (const c of sheet.columns) {
		lookup.set(normaliseHeader(c.path), c)
		lookup.set(normaliseHeader(c.zh), c)
	}
	const columns = new Map<number, Column>()
	const header = ws.getRow(1)
	header.eachCell({ includeEmpty: false }, (cell, col) => {
		const v = cellValue(cell.value)
		if (v === null || asText(v).trim() === '') return
		const c = lookup.get(normaliseHeader(asText(v)))
		if (c) columns.set(col, c)
		else problems.push(problem({ type: sheet.type, row: 1 }, asText(v), { code: 'file.unknownColumn', vars: { value: asText(v) } }, locale))
	})
	const childPrefix = sheet.children ? `${sheet.children}.` : null
	let current: { data: Record<string, unknown>; raw: RawRecord } | null = null
	const byKey = new Map<string, { data: Record<string, unknown>; raw: RawRecord }>()
	let count = 0

	for (let r = 2; r <= ws.rowCount; r++) {
		const row = ws.getRow(r)
		const top: Record<string, unknown> = {}
		const child: Record<string, unknown> = {}
		let any = false
		for (const [col, c] of columns) {
			const v = cellValue(row.getCell(col).value)
			if (v === null || (typeof v === 'string' && v.trim() === '')) continue
			any = true
			const conv = convert(c.kind, v)
			const isChild = childPrefix !== null && c.path.startsWith(childPrefix)
			if (!conv.ok) {
				problems.push(problem({ type: sheet.type, row: r }, c.path, { code: conv.code, vars: conv.vars }, locale))
				continue
			}
			if (isChild) setPath(child, c.path.slice(childPrefix.length).split('.'), conv.value)
			else setPath(top, c.path.split('.'), conv.value)
		}
		if (!any) continue
		const key = typeof top[sheet.key] === 'string' ? (top[sheet.key] as string).trim() : undefined

		if (!sheet.children) {
			count++
			records.push({ type: sheet.type, data: top, index: count, row: r })
			continue
		}
		// Rows of one record share its key; a blank key continues the record above (merged cells in Excel).
		let group: { data: Record<string, unknown>; raw: RawRecord } | null | undefined = key !== undefined ? byKey.get(key) : current
		if (!group) {
			count++
			const data: Record<string, unknown> = { [sheet.children]: [] }
			group = { data, raw: { type: sheet.type, data, index: count, row: r } }
			if (key !== undefined) byKey.set(key, group)
			records.push(group.raw)
		}
		current = group
		for (const c of sheet.columns) {
			if (childPrefix && c.path.startsWith(childPrefix)) continue
			const path = c.path.split('.')
			const v = getPath(top, path)
			if (v === undefined) continue
			const before = getPath(group.data, path)
			if (before === undefined) setPath(group.data, path, v)
			else if (JSON.stringify(before) !== JSON.stringify(v))
				problems.push(problem({ type: sheet.type, ref: key, row: r }, c.path, { code: 'xlsx.inconsistent', vars: { field: c.path } }, locale))
		}
		if (Object.keys(child).length) (group.data[sheet.children] as unknown[]).push(child)
	}
}

// ---------------------------------------------------------------------------------------------------------------
// Writing

function flatten(sheet: Sheet, record: Record<string, unknown>): Record<string, unknown>[] {
	const top: Record<string, unknown> = {}
	const childPrefix = sheet.children ? `${sheet.children}.` : null
	for (const c of sheet.columns) {
		if (childPrefix && c.path.startsWith(childPrefix)) continue
		top[c.path] = getPath(record, c.path.split('.'))
	}
	if (!sheet.children || !childPrefix) return [top]
	const children = (record[sheet.children] as Record<string, unknown>[] | undefined) ?? []
	if (!children.length) return [top]
	return children.map((child) => {
		const row = { ...top }
		for (const c of sheet.columns) {
			if (!c.path.startsWith(childPrefix)) continue
			row[c.path] = getPath(child, c.path.slice(childPrefix.length).split('.'))
		}
		return row
	})
}

function formatCell(kind: Kind, v: unknown): string | number | boolean | null {
	if (v === undefined || v === null) return null
	switch (kind) {
		case 'list':
			return formatList(v as string[])
		case 'specs':
			return formatSpecs(v as Parameters<typeof formatSpecs>[0])
		case 'constraints':
			return formatConstraints(v as Parameters<typeof formatConstraints>[0])
		case 'certifications':
			return formatCertifications(v as Parameters<typeof formatCertifications>[0])
		case 'boolean':
			return v ? '是' : '否'
		case 'number':
			return v as number
		default:
			return String(v)
	}
}

function styleHeader(ws: ExcelJS.Worksheet) {
	const header = ws.getRow(1)
	header.font = { bold: true }
	header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } }
	ws.views = [{ state: 'frozen', ySplit: 1 }]
}

/** The whole document as a workbook whose header row holds field names (round-trip safe); `only` limits the sheets. */
export async function writeXlsx(doc: ImportDocument, only?: readonly RecordType[]): Promise<Buffer> {
	const wb = new ExcelJS.Workbook()
	wb.creator = '应急装备供需对接平台'
	for (const sheet of SHEETS.filter((s) => !only || only.includes(s.type))) {
		const ws = wb.addWorksheet(PLURAL[sheet.type])
		ws.columns = sheet.columns.map((c) => ({ header: c.path, key: c.path, width: Math.max(12, Math.min(40, c.zh.length * 3)) }))
		for (const record of doc[PLURAL[sheet.type] as keyof ImportDocument] as unknown as Record<string, unknown>[]) {
			for (const row of flatten(sheet, record)) {
				// Text cells are written as text so codes such as 360100 keep their form.
				ws.addRow(Object.fromEntries(sheet.columns.map((c) => [c.path, formatCell(c.kind, row[c.path])])))
			}
		}
		styleHeader(ws)
	}
	return Buffer.from(await wb.xlsx.writeBuffer())
}

/** An empty workbook with Chinese headers and an instructions sheet, for bureaus that fill spreadsheets by hand. */
export async function writeTemplate(): Promise<Buffer> {
	const wb = new ExcelJS.Workbook()
	wb.creator = '应急装备供需对接平台'
	const help = wb.addWorksheet('说明')
	help.columns = [
		{ header: '工作表', key: 'sheet', width: 10 },
		{ header: '列名', key: 'zh', width: 18 },
		{ header: '字段名', key: 'path', width: 24 },
		{ header: '必填', key: 'required', width: 6 },
		{ header: '填写说明', key: 'help', width: 60 },
		{ header: '示例', key: 'example', width: 40 },
	]
	help.addRow({ sheet: '总则', help: '一个文件可包含机构、装备、需求、标准、队伍五个工作表，缺少的工作表表示不导入该类记录。整个文件在一个事务中导入：任何一条记录有错误，整个文件都不会写入，并列出全部问题。以编号（ref）为唯一键：重复导入同一文件不会产生变化，修改后的记录原地更新。' })
	help.addRow({ sheet: '总则', help: '需求、标准：每行一个条目，同一记录的各行重复填写编号（或留空表示同上）。队伍：每行一批在用装备。列表字段用分号分隔。' })
	help.addRow({
		sheet: '总则',
		help: `文件不超过 ${LIMITS.fileBytes / 1024 / 1024} MB；解压后不超过 ${LIMITS.xlsxUnpackedBytes / 1024 / 1024} MB、${LIMITS.xlsxRows.toLocaleString('en-US')} 行、${LIMITS.xlsxCells.toLocaleString('en-US')} 个单元格。文字中的控制字符（如 NUL）会被删除。`,
	})
	// The certification columns take codes; a person filling the sheet reads what each one means.
	help.addRow({ sheet: '总则', help: `认证类型代码：${CERTIFICATION_TYPES.map((c) => `${c.code} = ${c.zh}`).join('；')}` })
	for (const sheet of SHEETS) {
		for (const c of sheet.columns) help.addRow({ sheet: sheet.zh, zh: c.zh, path: c.path, required: c.required ? '是' : '', help: c.help ?? '', example: c.example ?? '' })
	}
	styleHeader(help)
	help.getColumn('help').alignment = { wrapText: true, vertical: 'top' }
	for (const sheet of SHEETS) {
		const ws = wb.addWorksheet(sheet.zh)
		ws.columns = sheet.columns.map((c) => ({ header: c.required ? `${c.zh}*` : c.zh, key: c.path, width: Math.max(12, c.zh.length * 3) }))
		styleHeader(ws)
	}
	return Buffer.from(await wb.xlsx.writeBuffer())
}

export { RECORD_TYPES }
