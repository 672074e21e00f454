// Spreadsheets as bureaus fill them: the template's Chinese sheets and headers, merged (blank) ref cells, bad cells.
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { exportAll } from '#app/modules/imports/exporter.server.ts'
import { importFile } from '#app/modules/imports/import-file.server.ts'
import { readXlsx, writeTemplate } from '#app/modules/imports/xlsx.server.ts'
import { createTestDb } from '#tests/setup/db.ts'

async function workbook(fill: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
	const wb = new ExcelJS.Workbook()
	fill(wb)
	return new Uint8Array(await wb.xlsx.writeBuffer())
}

describe('the XLSX template', () => {
	it('has an instructions sheet and one sheet per record type with Chinese headers', async () => {
		const wb = new ExcelJS.Workbook()
		await wb.xlsx.load((await writeTemplate()) as unknown as ExcelJS.Buffer)
		expect(wb.worksheets.map((w) => w.name)).toEqual(['说明', '机构', '装备', '需求', '标准', '队伍'])
		expect(wb.getWorksheet('装备')!.getRow(1).getCell(1).value).toBe('供给编号*')
		// the certification columns take codes; the instructions say what each one is
		const help: string[] = []
		wb.getWorksheet('说明')!.eachRow((row) => help.push(String(row.getCell('E').value ?? '')))
		expect(help.find((h) => h.startsWith('认证类型代码'))).toContain('FIRE_VOL = 消防产品自愿性认证')
	})

	it('an empty template imports as nothing, without errors', async () => {
		const read = await readXlsx(await writeTemplate(), 'zh-CN')
		expect(read).toEqual({ records: [], problems: [] })
	})

	it('imports sheets filled in under Chinese names and headers, with blank ref cells continuing a demand', async () => {
		const bytes = await workbook((wb) => {
			const orgs = wb.addWorksheet('机构')
			orgs.addRow(['机构编号*', '机构名称*', '统一社会信用代码*', '机构类型*', '地区代码*', '企业资质'])
			orgs.addRow(['ORG-A', '江西测试装备有限公司', '91310110666007217T', 'enterprise', 360100, '专精特新; 高新技术企业'])
			orgs.addRow(['ORG-B', '测试市消防救援支队', '12360300MB1729384Q', 'rescue_team', '360300', null])
			const listings = wb.addWorksheet('装备')
			listings.addRow(['供给编号', '机构编号', '名称', '分类代码', '规格参数', '认证', '最低单价(元)', '交货期(天)'])
			listings.addRow(['L-1', 'ORG-A', '排水泵', '030301', '排水流量=250L/s; 扬程=20米', 'CCCF|A-1|2030-01-01', '160,000', 20])
			const demands = wb.addWorksheet('需求')
			demands.addRow(['需求编号', '机构编号', '需求标题', '截止日期', '条目编号', '条目名称', '数量', '技术要求', '认证要求'])
			demands.addRow(['D-1', 'ORG-B', '排涝装备', new Date(Date.UTC(2027, 2, 31)), 'D-1-1', '排水泵', 2, '排水流量>=800m3/h', 'CCCF'])
			demands.addRow([null, null, null, null, 'D-1-2', '照明灯', 5, '功率 between 100..500W', null])
		})
		const { db } = createTestDb()
		const report = await importFile(db, bytes, 'filled.xlsx')
		expect(report.ok, JSON.stringify(report)).toBe(true)
		const doc = exportAll(db)
		expect(doc.organizations[0]).toMatchObject({ ref: 'ORG-A', region: '360100', qualifications: ['high_tech', 'srdi'] })
		expect(doc.listings[0]).toMatchObject({
			specs: [
				{ name: '排水流量', value: 250, unit: 'L/s' },
				{ name: '扬程', value: 20, unit: '米' },
			],
			certifications: [{ type: 'CCCF', number: 'A-1', validUntil: '2030-01-01' }],
			price: { min: 160000 },
			leadTimeDays: 20,
		})
		expect(doc.demands[0]).toMatchObject({
			ref: 'D-1',
			deadline: '2027-03-31',
			items: [
				{ ref: 'D-1-1', quantity: 2, specs: [{ name: '排水流量', op: '>=', value: 800, unit: 'm3/h' }], certifications: ['CCCF'] },
				{ ref: 'D-1-2', quantity: 5, specs: [{ name: '功率', op: 'between', value: 100, value2: 500, unit: 'W' }] },
			],
		})
	})

	it('reports bad cells, unknown columns and unknown sheets with their rows, and writes nothing', async () => {
		const bytes = await workbook((wb) => {
			const listings = wb.addWorksheet('listings')
			listings.addRow(['ref', 'org', 'title', 'category', 'stock', 'colour', 'specs'])
			listings.addRow(['L-1', 'ORG-A', '泵', '030301', '很多', 'red', '扬程'])
			wb.addWorksheet('杂项').addRow(['x'])
			const demands = wb.addWorksheet('demands')
			demands.addRow(['ref', 'org', 'title', 'items.ref', 'items.name', 'items.quantity'])
			demands.addRow(['D', 'ORG-A', '甲', 'I1', 'n', 1])
			demands.addRow(['D', 'ORG-A', '乙', 'I2', 'n', 1])
		})
		const { db } = createTestDb()
		const report = await importFile(db, bytes, 'bad.xlsx', { locale: 'en' })
		expect(report.ok).toBe(false)
		if (report.ok) return
		expect(report.problems.map((p) => [p.type, p.row, p.field, p.code])).toEqual(
			expect.arrayContaining([
				['listing', 1, 'colour', 'file.unknownColumn'],
				['listing', 2, 'stock', 'xlsx.badNumber'],
				['listing', 2, 'specs', 'xlsx.badSpec'],
				['file', undefined, '杂项', 'file.unknownSheet'],
				['demand', 3, 'title', 'xlsx.inconsistent'],
			]),
		)
		expect(exportAll(db).listings).toEqual([])
	})

	it('a file that is not a spreadsheet is a clear error', async () => {
		const { db } = createTestDb()
		const report = await importFile(db, new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]), 'broken.xlsx')
		expect(!report.ok && report.problems[0]!.code).toBe('file.badXlsx')
	})
})
