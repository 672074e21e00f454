// Findings of the outside penetration test (issue 9) about the importer, one `describe` per finding: the import and
// API paths obey the same rules as the web forms, a spreadsheet is measured before it is unpacked, a team is held
// only against a standard it may see, and control characters never reach the database. Each of these failed before
// the fix (the refusals were accepted with 200, the bombs were unpacked by exceljs).
import { readFileSync } from 'node:fs'
import { constants, crc32, deflateRawSync } from 'node:zlib'
import { eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { importDocument, importFile, readImportFile } from '#app/modules/imports/import-file.server.ts'
import { checkWorkbook } from '#app/modules/imports/workbook-limits.server.ts'
import { problemsFromIssues } from '#app/utils/problems.ts'
import { listingRecordById } from '#app/modules/listings/records.server.ts'
import { organizationRecordById } from '#app/modules/organizations/records.server.ts'
import { teamRecordByOrgId } from '#app/modules/standards/records.server.ts'
import { listingRecord } from '#app/modules/listings/schema.ts'
import * as importApiRoute from '#app/routes/api.v1.import.tsx'
import * as listingsApiRoute from '#app/routes/api.v1.listings.tsx'
import * as gapApiRoute from '#app/routes/api.v1.teams.$org.gap.tsx'
import { action as myImportAction } from '#app/routes/my.import.tsx'
import * as gapPage from '#app/routes/my.gap.tsx'
import * as inventoryPage from '#app/routes/my.inventory.tsx'
import { action as tokensAction } from '#app/routes/my.tokens.tsx'
import { action as listingNewAction } from '#app/routes/my.listings.new.tsx'
import type { Db } from '#db/client.server.ts'
import { listings, organizations, standards, teams } from '#db/schema/index.ts'
import { addMember, BASE, bodyOf, cookieFor, createOrg, createUser, CSRF_TOKEN, formRequest, getRequest, installAppDb, settle, statusOf } from '#tests/setup/app.ts'
import { dump, SAMPLE_FILE } from '#tests/setup/db.ts'

const SAMPLE = JSON.parse(readFileSync(SAMPLE_FILE, 'utf8')) as Record<string, Record<string, unknown>[]>
const args = (request: Request, params: Record<string, string> = {}) => ({ request, params, context: {} }) as never

type Problem = { type: string; ref?: string; row?: number; field: string; code: string; message: string }
type Outcome = { kind: string; problems?: Problem[]; counts?: [string, { created: number; updated: number; unchanged: number }][] }
type ApiAnswer = { status: number; body: { ok?: boolean; problems?: Problem[]; error?: { code: string; message: string; issues?: { path: string; message: string }[] } } }

let db: Db
beforeAll(() => {
	db = installAppDb()
	const report = importDocument(db, SAMPLE, { actor: { kind: 'operator', label: 'test' } })
	expect(report.ok).toBe(true)
})

const orgRow = (id: number) => db.select().from(organizations).where(eq(organizations.id, id)).get()!
const orgIdOf = (ref: string) => db.select({ id: organizations.id }).from(organizations).where(eq(organizations.ref, ref)).get()!.id

/** A logged-in user with this role in the organization. */
async function person(orgId: number, role: 'owner' | 'member') {
	const user = await createUser(db)
	addMember(db, orgId, user.id, role)
	return { user, cookie: await cookieFor(db, user.id) }
}

/** An API token made through /my/tokens by an owner (a token acts as a plain member of its organization). */
async function tokenOf(ownerCookie: string): Promise<string> {
	const res = await tokensAction(args(formRequest('/my/tokens', { intent: 'create', name: '对接系统' }, ownerCookie)))
	return ((await bodyOf(res)) as { created: { token: string } }).created.token
}

/** POST /my/import as the browser sends it (multipart, with the CSRF field). */
async function webImport(cookie: string, content: string | Uint8Array<ArrayBuffer>, name = 'import.json', query = '') {
	const form = new FormData()
	form.set('csrf', CSRF_TOKEN)
	form.set('file', new File([content], name))
	const res = await settle(myImportAction(args(new Request(`${BASE}/my/import${query}`, { method: 'POST', body: form, headers: { Cookie: cookie } }))))
	return { status: statusOf(res), body: (await bodyOf(res)) as Outcome }
}

/** Calls an /api/v1 route with a bearer token (JSON body, or a prepared body such as FormData). */
async function api(route: { action: (a: never) => Promise<Response> }, path: string, token: string, body: unknown): Promise<ApiAnswer> {
	const headers = new Headers({ Authorization: `Bearer ${token}` })
	let payload: BodyInit
	if (body instanceof FormData) payload = body
	else {
		payload = JSON.stringify(body)
		headers.set('Content-Type', 'application/json')
	}
	const res = await route.action(args(new Request(BASE + path, { method: 'POST', headers, body: payload })))
	return { status: res.status, body: (await res.json()) as ApiAnswer['body'] }
}

async function gapStatus(teamRef: string, cookie: string): Promise<number> {
	const res = (await gapApiRoute.loader(args(new Request(`${BASE}/api/v1/teams/${encodeURIComponent(teamRef)}/gap`, { headers: { Cookie: cookie } }), { org: teamRef }))) as Response
	return res.status
}

const codes = (problems: Problem[] | undefined) => (problems ?? []).map((p) => [p.type, p.field, p.code])

// -----------------------------------------------------------------------------------------------------------------

describe('Finding 1 (High): an organization rewrites its own verified record (and other locked fields) through import', () => {
	/** The organization record a verified enterprise would send to make itself a bureau. */
	const asBureau = (orgId: number) => {
		const o = orgRow(orgId)
		return { organizations: [{ ref: o.ref, name: o.name, uscc: o.uscc, kind: 'bureau', region: '360100' }] }
	}

	it('a plain member cannot make its verified enterprise a bureau at /my/import, so it still cannot read a team’s gap', async () => {
		const org = createOrg(db, { kind: 'enterprise' })
		const member = await person(org.id, 'member')
		expect(await gapStatus('ORG-EX-3', member.cookie)).toBe(403)
		const before = dump(db)

		const res = await webImport(member.cookie, JSON.stringify(asBureau(org.id)))

		expect(res.status).toBe(422)
		expect(res.body.kind).toBe('rejected')
		expect(codes(res.body.problems)).toEqual([
			['organization', '', 'scope.ownersOnly'],
			['organization', 'kind', 'org.kindLocked'],
		])
		expect(res.body.problems!.map((p) => p.message)).toEqual(['只有机构所有者可以修改机构信息', '机构已通过认证，机构类型不能修改'])
		expect(dump(db)).toEqual(before)
		expect(orgRow(org.id).kind).toBe('enterprise')
		expect(await gapStatus('ORG-EX-3', member.cookie)).toBe(403)
	})

	it('an organization API token gets the same refusal from POST /api/v1/import, as a JSON body or an upload, in English on request', async () => {
		const org = createOrg(db, { kind: 'enterprise' })
		const owner = await person(org.id, 'owner')
		const token = await tokenOf(owner.cookie)
		const before = dump(db)

		const json = await api(importApiRoute, '/api/v1/import?lang=en', token, asBureau(org.id))
		expect(json.status).toBe(422)
		expect(json.body.ok).toBe(false)
		expect(json.body.problems!.map((p) => [p.field, p.code, p.message])).toEqual([
			['', 'scope.ownersOnly', 'only an owner of the organization may change its details'],
			['kind', 'org.kindLocked', 'the organization is verified, so its type cannot be changed'],
		])
		const form = new FormData()
		form.set('file', new File([JSON.stringify(asBureau(org.id))], 'org.json'))
		const upload = await api(importApiRoute, '/api/v1/import', token, form)
		expect(upload.status).toBe(422)
		expect(codes(upload.body.problems)).toEqual([
			['organization', '', 'scope.ownersOnly'],
			['organization', 'kind', 'org.kindLocked'],
		])
		const after = dump(db)
		// Using the token stamps its last use; nothing else changes.
		delete before.api_tokens
		delete after.api_tokens
		expect(after).toEqual(before)
		expect(orgRow(org.id).kind).toBe('enterprise')
	})

	it('an owner may change the details, but never the kind, credit code, verification or qualifications of a verified organization', async () => {
		const org = createOrg(db, { kind: 'enterprise' })
		const owner = await person(org.id, 'owner')
		const stored = organizationRecordById(db, org.id)!
		const before = dump(db)

		const res = await webImport(
			owner.cookie,
			JSON.stringify({ organizations: [{ ...stored, kind: 'bureau', uscc: '91310110666007217T', verified: false, qualifications: ['little_giant'] }] }),
		)
		expect(res.status).toBe(422)
		expect(codes(res.body.problems)).toEqual([
			['organization', 'kind', 'org.kindLocked'],
			['organization', 'uscc', 'org.usccLocked'],
			['organization', 'verified', 'org.verificationLocked'],
			['organization', 'qualifications', 'org.qualificationsLocked'],
		])
		expect(dump(db)).toEqual(before)

		// What the /my/org form lets an owner change, an owner's import may change too.
		const ok = await webImport(owner.cookie, JSON.stringify({ organizations: [{ ...stored, phone: '0791-12345678', verified: true }] }))
		expect(ok.status).toBe(200)
		expect(ok.body.counts).toEqual([['organization', { created: 0, updated: 1, unchanged: 0 }]])
		expect(orgRow(org.id)).toMatchObject({ phone: '0791-12345678', kind: 'enterprise', uscc: stored.uscc })
		expect(orgRow(org.id).verifiedAt).not.toBeNull()
	})

	it('a member may send its organization record unchanged (an export imported back), but not change a detail', async () => {
		const org = createOrg(db, { kind: 'enterprise' })
		const member = await person(org.id, 'member')
		const stored = organizationRecordById(db, org.id)!
		const same = await webImport(member.cookie, JSON.stringify({ organizations: [stored] }))
		expect(same.status).toBe(200)
		expect(same.body.counts).toEqual([['organization', { created: 0, updated: 0, unchanged: 1 }]])
		const changed = await webImport(member.cookie, JSON.stringify({ organizations: [{ ...stored, name: '改个名字' }] }))
		expect(changed.status).toBe(422)
		expect(codes(changed.body.problems)).toEqual([['organization', '', 'scope.ownersOnly']])
		expect(orgRow(org.id).name).toBe(stored.name)
	})

	it('a listing’s kind follows the organization’s kind on the import and API paths, as in the editor', async () => {
		const org = createOrg(db, { kind: 'enterprise' })
		const owner = await person(org.id, 'owner')
		const token = await tokenOf(owner.cookie)
		const listing = { ref: `${org.ref}-L1`, org: org.ref, kind: 'finance_product', title: '应急装备融资租赁' }

		const imported = await webImport(owner.cookie, JSON.stringify({ listings: [listing] }))
		expect(imported.status).toBe(422)
		expect(imported.body.problems!.map((p) => [p.field, p.code, p.message])).toEqual([['kind', 'oneOf', '应为以下之一：equipment, service']])

		const viaApi = await api(listingsApiRoute, '/api/v1/listings', token, listing)
		expect(viaApi.status).toBe(422)
		expect(viaApi.body.error!.issues).toEqual([{ path: 'kind', message: '应为以下之一：equipment, service' }])

		// The editor refuses it too (the rule all three share).
		const form = await settle(listingNewAction(args(formRequest('/my/listings/new', { kind: 'finance_product', title: '应急装备融资租赁', status: 'published' }, owner.cookie))))
		expect(statusOf(form)).toBe(400)
		expect(db.select().from(listings).where(eq(listings.orgId, org.id)).all()).toEqual([])
	})

	it('a bureau’s import cannot rewrite or unpublish a standard that teams use, nor archive a draft, as the standards editor cannot', async () => {
		const bureau = createOrg(db, { kind: 'bureau' })
		const member = await person(bureau.id, 'member')
		const standard = {
			code: `${bureau.ref}/特勤站`,
			title: '特勤站装备配备标准',
			teamType: 'fire_station',
			items: [{ ref: 'T-1', name: '正压式空气呼吸器', quantity: { perPerson: 1 } }],
		}
		expect((await webImport(member.cookie, JSON.stringify({ standards: [standard] }))).status).toBe(200)
		const team = createOrg(db, { kind: 'rescue_team' })
		expect(importDocument(db, { teams: [{ org: team.ref, standard: standard.code, headcount: 10, inventory: [] }] }).ok).toBe(true)
		const before = dump(db)

		const retitled = await webImport(member.cookie, JSON.stringify({ standards: [{ ...standard, title: '改过的标准' }] }))
		expect(retitled.status).toBe(422)
		expect(retitled.body.problems!.map((p) => [p.field, p.code, p.message])).toEqual([
			['code', 'standard.locked', `配备标准 “${standard.code}” 已发布且有队伍使用，不能直接修改；请在“配备标准”中创建新版本`],
		])
		const unpublished = await webImport(member.cookie, JSON.stringify({ standards: [{ ...standard, status: 'draft' }] }))
		expect(codes(unpublished.body.problems)).toEqual([['standard', 'code', 'standard.locked']])
		const draftArchived = await webImport(member.cookie, JSON.stringify({ standards: [{ ...standard, code: `${bureau.ref}/新标准`, status: 'archived' }] }))
		expect(codes(draftArchived.body.problems)).toEqual([['standard', 'status', 'standard.archiveUnpublished']])
		expect(dump(db)).toEqual(before)
		// Sending it unchanged is fine.
		expect((await webImport(member.cookie, JSON.stringify({ standards: [standard] }))).status).toBe(200)
	})
})

// -----------------------------------------------------------------------------------------------------------------
// A spreadsheet built by hand: a real workbook (content types, relationships, one `listings` sheet) whose sheet is a
// header row and `copies` of a block of rows. Each part is deflated on its own and flushed, so a block compressed
// once can be repeated to make a sheet of hundreds of MB in a file of a few hundred KB, without ever holding it.

const MB = 1024 * 1024
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
const PARTS: [string, string][] = [
	[
		'[Content_Types].xml',
		`${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
	],
	[
		'_rels/.rels',
		`${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
	],
	[
		'xl/workbook.xml',
		`${XML}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="listings" sheetId="1" r:id="rId1"/></sheets></workbook>`,
	],
	[
		'xl/_rels/workbook.xml.rels',
		`${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
	],
]

/** An inline-text cell; `at` is its address (a cell without one follows the cell before it). */
const cell = (text: string, at?: string) => `<c${at ? ` r="${at}"` : ''} t="inlineStr"><is><t>${text}</t></is></c>`

type Entry = { name: string; data: Buffer; size: number; crc: number }

function entry(name: string, text: string): Entry {
	const raw = Buffer.from(text)
	return { name, data: deflateRawSync(raw), size: raw.length, crc: crc32(raw) }
}

/** The sheet: header, then `copies` × `block` (each block deflated once, then repeated), then the closing tags. */
function sheetEntry(block: string, copies: number): Entry {
	const head = Buffer.from(`${XML}<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">${cell('ref', 'A1')}${cell('org', 'B1')}${cell('title', 'C1')}${cell('category', 'D1')}</row>`)
	const body = Buffer.from(block)
	const tail = Buffer.from('</sheetData></worksheet>')
	const flushed = (b: Buffer) => deflateRawSync(b, { finishFlush: constants.Z_FULL_FLUSH })
	const bodyDeflated = flushed(body)
	let crc = crc32(head)
	for (let i = 0; i < copies; i++) crc = crc32(body, crc)
	crc = crc32(tail, crc)
	const data = Buffer.concat([flushed(head), ...Array<Buffer>(copies).fill(bodyDeflated), deflateRawSync(tail)])
	return { name: 'xl/worksheets/sheet1.xml', data, size: head.length + body.length * copies + tail.length, crc }
}

/** A ZIP archive of the entries; `declare` may state other sizes than the real ones (a lying header). */
function zip(entries: Entry[], declare: (e: Entry) => number = (e) => e.size): Buffer {
	const locals: Buffer[] = []
	const centrals: Buffer[] = []
	let offset = 0
	for (const e of entries) {
		const name = Buffer.from(e.name)
		const size = declare(e)
		const local = Buffer.alloc(30)
		local.writeUInt32LE(0x04034b50, 0)
		local.writeUInt16LE(20, 4)
		local.writeUInt16LE(0x0800, 6)
		local.writeUInt16LE(8, 8)
		local.writeUInt32LE(e.crc >>> 0, 14)
		local.writeUInt32LE(e.data.length, 18)
		local.writeUInt32LE(size, 22)
		local.writeUInt16LE(name.length, 26)
		const central = Buffer.alloc(46)
		central.writeUInt32LE(0x02014b50, 0)
		central.writeUInt16LE(20, 4)
		central.writeUInt16LE(20, 6)
		central.writeUInt16LE(0x0800, 8)
		central.writeUInt16LE(8, 10)
		central.writeUInt32LE(e.crc >>> 0, 16)
		central.writeUInt32LE(e.data.length, 20)
		central.writeUInt32LE(size, 24)
		central.writeUInt16LE(name.length, 28)
		central.writeUInt32LE(offset, 42)
		locals.push(local, name, e.data)
		centrals.push(central, name)
		offset += local.length + name.length + e.data.length
	}
	const directory = Buffer.concat(centrals)
	const end = Buffer.alloc(22)
	end.writeUInt32LE(0x06054b50, 0)
	end.writeUInt16LE(entries.length, 8)
	end.writeUInt16LE(entries.length, 10)
	end.writeUInt32LE(directory.length, 12)
	end.writeUInt32LE(offset, 16)
	return Buffer.concat([...locals, directory, end])
}

function workbook(block: string, copies: number, declare?: (e: Entry) => number): Uint8Array<ArrayBuffer> {
	const buf = zip([...PARTS.map(([name, text]) => entry(name, text)), sheetEntry(block, copies)], declare)
	return new Uint8Array(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength)) as Uint8Array<ArrayBuffer>
}

/**
 * About 1 MB of identical listing rows (no `r`: a row without one follows the row above), padded with the blank space
 * XML allows between elements, which deflate packs about a thousand to one.
 */
const BOMB_BLOCK = `<row>${cell('LST-BOMB')}${cell('ORG-EX-1')}</row>${' '.repeat(16 * 1024)}`.repeat(64)

/** Runs `fn`, sampling the process's memory, and says how long it took and how much the memory rose at most. */
async function measured<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number; riseMB: number }> {
	const base = process.memoryUsage().rss
	let peak = base
	const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5)
	const start = performance.now()
	try {
		const value = await fn()
		peak = Math.max(peak, process.memoryUsage().rss)
		return { value, ms: performance.now() - start, riseMB: (peak - base) / MB }
	} finally {
		clearInterval(timer)
	}
}

describe('Finding 4 (Medium): spreadsheet zip bomb', () => {
	it('the fixture is a real workbook: a small one is read like any other spreadsheet', async () => {
		const rows = [2, 3].map((r) => `<row r="${r}">${cell(`LST-ZIP-${r}`, `A${r}`)}${cell('ORG-EX-1', `B${r}`)}${cell('排水泵', `C${r}`)}${cell('030301', `D${r}`)}</row>`).join('')
		const read = await readImportFile(workbook(rows, 1), 'small.xlsx')
		expect(read.problems).toEqual([])
		expect(read.records.map((r) => r.data)).toEqual([
			{ ref: 'LST-ZIP-2', org: 'ORG-EX-1', title: '排水泵', category: '030301' },
			{ ref: 'LST-ZIP-3', org: 'ORG-EX-1', title: '排水泵', category: '030301' },
		])
	})

	it('a ~400 KB file whose sheet unpacks to 400 MB is refused from the sizes it declares, at once and without inflating it', async () => {
		const bomb = workbook(BOMB_BLOCK, 400)
		expect(bomb.byteLength).toBeLessThan(1 * MB)
		const org = createOrg(db, { kind: 'enterprise' })
		const member = await person(org.id, 'member')
		const before = dump(db)
		const { value: res, ms, riseMB } = await measured(() => webImport(member.cookie, bomb, 'bomb.xlsx'))
		expect(res.status).toBe(422)
		expect(res.body.problems!.map((p) => [p.type, p.code, p.message])).toEqual([['file', 'xlsx.tooLarge', '工作簿解压后超过 50 MB 上限（.xlsx 文件是压缩包，按解压后的大小计算）']])
		expect(ms).toBeLessThan(2_000)
		expect(riseMB).toBeLessThan(100)
		expect(dump(db)).toEqual(before)
	})

	it('a bomb whose headers understate the sheet’s size is stopped while inflating, as soon as it passes what it declared', async () => {
		const bomb = workbook(BOMB_BLOCK, 400, (e) => Math.min(e.size, 64 * 1024))
		const { value: read, ms, riseMB } = await measured(() => readImportFile(bomb, 'liar.xlsx', { locale: 'en' }))
		expect(read.records).toEqual([])
		expect(read.problems.map((p) => [p.code, p.message])).toEqual([['xlsx.corrupt', 'the file is damaged: part "xl/worksheets/sheet1.xml" unpacks to more than the size it declares']])
		expect(ms).toBeLessThan(2_000)
		expect(riseMB).toBeLessThan(100)
	})

	it('more rows than the limit are refused before exceljs parses the sheet, in English on request', async () => {
		// 100,001 short rows: under 10 MB unpacked, so only the row count stops it.
		const rows = workbook('<row/>'.repeat(1000), 101)
		const { value: read, ms } = await measured(() => readImportFile(rows, 'rows.xlsx', { locale: 'en' }))
		expect(read.problems.map((p) => [p.code, p.message])).toEqual([['xlsx.tooManyRows', 'the workbook has more than 100,000 rows']])
		expect(ms).toBeLessThan(2_000)
		// And the cells: a million and one empty cells in a handful of rows.
		const cells = workbook(`<row>${'<c/>'.repeat(100_001)}</row>`, 10)
		const report = await importFile(db, cells, 'cells.xlsx')
		expect(!report.ok && report.problems.map((p) => [p.code, p.message])).toEqual([['xlsx.tooManyCells', '工作簿超过 1,000,000 个单元格上限']])
	})

	it('counts exactly, across the chunks a part is inflated in: 100,000 rows pass, 100,001 do not', async () => {
		// The header row plus 99,999: `<row/>` is 6 bytes, so tags are cut at the 64 KB chunk boundaries.
		expect(await checkWorkbook(workbook('<row/>'.repeat(99_999), 1))).toBeNull()
		expect(await checkWorkbook(workbook('<row/>'.repeat(100_000), 1))).toEqual({ code: 'xlsx.tooManyRows', vars: { max: '100,000' } })
		expect(await checkWorkbook(workbook('<x:row/>'.repeat(50_000), 2))).toEqual({ code: 'xlsx.tooManyRows', vars: { max: '100,000' } })
		// What is not a ZIP archive is a clear error.
		expect(await checkWorkbook(new TextEncoder().encode('this is not a zip'))).toMatchObject({ code: 'file.badXlsx' })
	})
})

// -----------------------------------------------------------------------------------------------------------------

describe('Finding 6 (Medium): teams attach another bureau’s draft standard', () => {
	/** A verified bureau with a draft standard (its member imports it), and a team with an owner. */
	async function setup() {
		const bureau = createOrg(db, { kind: 'bureau' })
		const bureauMember = await person(bureau.id, 'member')
		const draft = {
			code: `${bureau.ref}/草案`,
			title: '尚未发布的草案标准',
			teamType: 'mine_rescue',
			status: 'draft',
			items: [{ ref: 'D-1', name: '草案里的保密条目', quantity: { fixed: 3 } }],
		}
		expect((await webImport(bureauMember.cookie, JSON.stringify({ standards: [draft] }))).status).toBe(200)
		const team = createOrg(db, { kind: 'rescue_team' })
		const teamOwner = await person(team.id, 'owner')
		return { bureau, bureauMember, draft, team, teamOwner }
	}

	it('/my/inventory refuses a draft’s code and does not offer it', async () => {
		const { draft, team, teamOwner } = await setup()
		const page = (await inventoryPage.loader(args(getRequest('/my/inventory', teamOwner.cookie)))) as { standards: { code: string }[] }
		expect(page.standards.map((s) => s.code)).not.toContain(draft.code)
		expect(page.standards.map((s) => s.code)).toContain('EX-矿山救护中队')

		const res = await settle(inventoryPage.action(args(formRequest('/my/inventory', { intent: 'settings', standard: draft.code, headcount: '20' }, teamOwner.cookie))))
		expect(statusOf(res)).toBe(400)
		const reply = (await bodyOf(res)) as { result: { error: Record<string, string[]> } }
		expect(reply.result.error['']).toEqual([`配备标准 “${draft.code}” 不存在或尚未发布`])
		expect(db.select().from(teams).where(eq(teams.orgId, team.id)).get()).toBeUndefined()

		// A published standard is accepted the same way.
		const ok = await settle(inventoryPage.action(args(formRequest('/my/inventory', { intent: 'settings', standard: 'EX-矿山救护中队', headcount: '20' }, teamOwner.cookie))))
		expect(statusOf(ok)).toBe(302)
	})

	it('a team’s import (web or API token) cannot name a draft of another organization; the operator’s cannot either', async () => {
		const { draft, team, teamOwner } = await setup()
		const record = { org: team.ref, standard: draft.code, headcount: 20, inventory: [{ item: 'D-1', quantity: 1 }] }
		const web = await webImport(teamOwner.cookie, JSON.stringify({ teams: [record] }))
		expect(web.status).toBe(422)
		expect(codes(web.body.problems)).toEqual([['team', 'standard', 'standard.notFound']])
		const token = await tokenOf(teamOwner.cookie)
		const viaApi = await api(importApiRoute, '/api/v1/import?lang=en', token, { teams: [record] })
		expect(viaApi.status).toBe(422)
		expect(viaApi.body.problems!.map((p) => p.message)).toEqual([`configuration standard "${draft.code}" does not exist or is not published`])
		const operator = importDocument(db, { teams: [record] })
		expect(!operator.ok && operator.problems.map((p) => p.code)).toEqual(['standard.notFound'])
		expect(teamRecordByOrgId(db, team.id)).toBeNull()
	})

	it('the gap page and the gap API never show another organization’s unpublished standard, even if a team was held against one', async () => {
		const { draft, team, teamOwner } = await setup()
		// A team record made before this fix (written straight to the table).
		const draftId = db.select({ id: standards.id }).from(standards).where(eq(standards.code, draft.code)).get()!.id
		db.insert(teams).values({ orgId: team.id, standardId: draftId, headcount: 20, updatedAt: new Date().toISOString() }).run()

		const page = (await gapPage.loader(args(getRequest('/my/gap', teamOwner.cookie)))) as { team: unknown }
		expect(page.team).toBeNull()
		const res = (await gapApiRoute.loader(args(new Request(`${BASE}/api/v1/teams/${team.ref}/gap`, { headers: { Cookie: teamOwner.cookie } }), { org: team.ref }))) as Response
		expect(res.status).toBe(404)
		expect(JSON.stringify(await res.json())).not.toContain('草案')
		const inventory = (await inventoryPage.loader(args(getRequest('/my/inventory', teamOwner.cookie)))) as { items: { name: string }[] }
		expect(inventory.items).toEqual([])
	})
})

// -----------------------------------------------------------------------------------------------------------------

describe('control characters in imported text', () => {
	const NUL = String.fromCharCode(0)
	const ESC = String.fromCharCode(0x1b)
	const DEL = String.fromCharCode(0x7f)
	const NEL = String.fromCharCode(0x85)
	const CSI = String.fromCharCode(0x9b)
	const listingRef = (ref: string) => listingRecordById(db, db.select({ id: listings.id }).from(listings).where(eq(listings.ref, ref)).get()!.id)!

	it('are removed from every string of a JSON import (refs included); tabs and line breaks are kept', () => {
		const report = importDocument(db, {
			listings: [
				{
					ref: `LST-CTRL${NUL}-1`,
					org: 'ORG-EX-1',
					title: `${ESC}[31m排水${NUL}泵`,
					category: '030301',
					description: `第一行${NEL}\n\t第二行\r\n第三行${DEL}`,
					keywords: [`关键${DEL}词`, NUL],
					specs: [{ name: `流量${CSI}`, value: `大${NUL}`, unit: 'm3/h' }],
				},
			],
		})
		expect(report.ok).toBe(true)
		expect(listingRef('LST-CTRL-1')).toMatchObject({
			title: '[31m排水泵',
			description: '第一行\n\t第二行\r\n第三行',
			keywords: ['关键词'],
			specs: [{ name: '流量', value: '大', unit: 'm3/h' }],
		})
	})

	it('a text that is nothing but control characters is absent, so a required field says so', () => {
		const report = importDocument(db, { listings: [{ ref: 'LST-CTRL-2', org: 'ORG-EX-1', title: `${NUL}${ESC}`, category: '030301' }] })
		expect(!report.ok && report.problems.map((p) => [p.field, p.code])).toEqual([['title', 'required']])
	})

	it('are removed from spreadsheet cells and API records too', async () => {
		// C1 controls and DEL are legal XML characters, so a spreadsheet can carry them.
		const rows = `<row r="2">${cell('LST-CTRL-3', 'A2')}${cell('ORG-EX-1', 'B2')}${cell(`排水${CSI}泵${DEL}`, 'C2')}${cell('030301', 'D2')}</row>`
		const report = await importFile(db, workbook(rows, 1), 'ctrl.xlsx')
		expect(report.ok).toBe(true)
		expect(listingRef('LST-CTRL-3').title).toBe('排水泵')

		const owner = await person(orgIdOf('ORG-EX-1'), 'owner')
		const token = await tokenOf(owner.cookie)
		const res = await api(listingsApiRoute, '/api/v1/listings', token, { ref: 'LST-CTRL-4', title: `排水${NUL}泵`, category: '030301' })
		expect(res.status).toBe(201)
		expect(listingRef('LST-CTRL-4').title).toBe('排水泵')
	})

	it('any left in a text field are refused by the shared field schemas (the forms, the API and the importer use them)', () => {
		const parsed = listingRecord.safeParse({ ref: 'L', org: 'O', title: `排水${NUL}泵`, category: '030301', description: `a${CSI}`, model: 'ok\tok' }, { reportInput: true })
		expect(parsed.success).toBe(false)
		const problems = problemsFromIssues(parsed.error!.issues, { type: 'listing' }, 'zh-CN')
		expect(problems.map((p) => [p.field, p.code, p.message])).toEqual([
			['title', 'text.control', '不能包含控制字符（如 NUL）'],
			['description', 'text.control', '不能包含控制字符（如 NUL）'],
		])
		expect(problemsFromIssues(listingRecord.safeParse({ ref: 'L', org: 'O', title: `a${DEL}` }).error!.issues, { type: 'listing' }, 'en')[0]!.message).toBe(
			'must not contain control characters (such as NUL)',
		)
	})
})
