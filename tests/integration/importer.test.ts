import { readFileSync } from 'node:fs'
import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { exportAll } from '#app/modules/imports/exporter.server.ts'
import { toNdjson } from '#app/modules/imports/formats.ts'
import { importDocument, importFile } from '#app/modules/imports/import-file.server.ts'
import { writeXlsx } from '#app/modules/imports/xlsx.server.ts'
import { listings, searchOutbox, organizations } from '#db/schema/index.ts'
import { createTestDb, dump, fileHash, SAMPLE_FILE } from '#tests/setup/db.ts'

const sample = () => JSON.parse(readFileSync(SAMPLE_FILE, 'utf8')) as Record<string, Record<string, unknown>[]>

describe('importing the sample file', () => {
	it('creates every record and reports the counts', () => {
		const { db } = createTestDb()
		const report = importDocument(db, sample())
		expect(report).toEqual({
			ok: true,
			counts: {
				organization: { created: 4, updated: 0, unchanged: 0 },
				listing: { created: 3, updated: 0, unchanged: 0 },
				demand: { created: 1, updated: 0, unchanged: 0 },
				standard: { created: 1, updated: 0, unchanged: 0 },
				team: { created: 1, updated: 0, unchanged: 0 },
			},
		})
	})

	it('is idempotent: a second import changes nothing, not even a timestamp', () => {
		const { db, file } = createTestDb()
		importDocument(db, sample())
		const before = dump(db)
		const hash = fileHash(db, file)
		const again = importDocument(db, sample())
		expect(again.ok && Object.values(again.counts).every((c) => c.created === 0 && c.updated === 0)).toBe(true)
		expect(dump(db)).toEqual(before)
		expect(fileHash(db, file)).toBe(hash)
	})

	it('exports what it imported: import(export(x)) = x', () => {
		const a = createTestDb().db
		importDocument(a, sample())
		const exported = exportAll(a)
		const b = createTestDb().db
		expect(importDocument(b, JSON.parse(JSON.stringify(exported))).ok).toBe(true)
		expect(exportAll(b)).toEqual(exported)
		// and the export is the sample's meaning: the same listings with the same specs
		expect(exported.listings.find((l) => l.ref === 'LST-EX-1')?.specs).toEqual(sample().listings![0]!.specs)
		expect(exported.listings.find((l) => l.ref === 'LST-EX-2')?.status).toBe('draft')
	})

	it('updates a changed record in place: same id, new values, search outbox revision bumped', () => {
		const { db } = createTestDb()
		importDocument(db, sample())
		const before = db.select().from(listings).where(eq(listings.ref, 'LST-EX-1')).get()!
		const outboxBefore = db.select().from(searchOutbox).where(eq(searchOutbox.entityId, before.id)).all()
		const changed = sample()
		changed.listings![0]!.title = '大流量排水抢险车（第二代）'
		const report = importDocument(db, changed)
		expect(report.ok && report.counts.listing).toEqual({ created: 0, updated: 1, unchanged: 2 })
		const after = db.select().from(listings).where(eq(listings.ref, 'LST-EX-1')).get()!
		expect(after.id).toBe(before.id)
		expect(after.title).toBe('大流量排水抢险车（第二代）')
		const outboxAfter = db.select().from(searchOutbox).where(eq(searchOutbox.entityId, before.id)).all()
		expect(outboxAfter.find((o) => o.entity === 'listing')!.revision).toBe(outboxBefore.find((o) => o.entity === 'listing')!.revision + 1)
	})

	it('verifies organizations imported by an operator unless the record says otherwise', () => {
		const { db } = createTestDb()
		const doc = sample()
		doc.organizations![1]!.verified = false
		importDocument(db, doc)
		const orgs = db.select({ ref: organizations.ref, verifiedAt: organizations.verifiedAt }).from(organizations).all()
		expect(orgs.filter((o) => o.verifiedAt === null).map((o) => o.ref)).toEqual(['ORG-EX-2'])
	})
})

describe('atomicity', () => {
	it('a bad record in the middle of a file leaves the database byte-for-byte unchanged', () => {
		const { db, file } = createTestDb()
		importDocument(db, sample())
		const before = dump(db)
		const hash = fileHash(db, file)
		const doc = sample()
		// valid new records before and after one bad record
		doc.listings = [
			{ ...doc.listings![0]!, ref: 'LST-NEW-1', title: '新供给一' },
			{ ...doc.listings![0]!, ref: 'LST-BAD', category: '999999' },
			{ ...doc.listings![0]!, ref: 'LST-NEW-2', title: '新供给二' },
		]
		doc.organizations![0]!.name = '改过的名字'
		const report = importDocument(db, doc)
		expect(report.ok).toBe(false)
		if (!report.ok) expect(report.problems).toEqual([expect.objectContaining({ type: 'listing', ref: 'LST-BAD', field: 'category' })])
		expect(dump(db)).toEqual(before)
		expect(fileHash(db, file)).toBe(hash)
	})

	it('a database error during the write rolls everything back', () => {
		const { db, file } = createTestDb()
		importDocument(db, sample())
		// A trigger that fails the write of one listing after others were written in the same transaction.
		db.$client.exec(`create trigger fail_one before insert on listings when new.ref = 'LST-BOOM' begin select raise(abort, 'boom'); end;`)
		const before = dump(db)
		const hash = fileHash(db, file)
		const doc = sample()
		doc.listings = [{ ...doc.listings![0]!, ref: 'LST-OK', title: '先写入的' }, { ...doc.listings![0]!, ref: 'LST-BOOM' }]
		const report = importDocument(db, doc, { locale: 'en' })
		expect(report.ok).toBe(false)
		if (!report.ok) expect(report.problems[0]!.message).toContain('boom')
		expect(dump(db)).toEqual(before)
		expect(fileHash(db, file)).toBe(hash)
	})
})

describe('problem reports', () => {
	it('lists every problem with record type, ref or position, field and a Chinese message', () => {
		const { db } = createTestDb()
		const report = importDocument(db, {
			organizations: [
				{ ref: 'O1', name: '甲', uscc: '91310110666007217A', kind: 'enterprise', region: '360100' },
				{ ref: 'O2', name: '乙', uscc: '91310110666007217T', kind: 'galaxy', region: '36' },
				{ name: '无编号', uscc: '91310110666007217T', kind: 'enterprise', region: '360100' },
			],
			listings: [{ ref: 'L1', org: 'NOPE', title: 'x' }],
			teams: [{ org: 'O1', standard: 'NO-SUCH', headcount: 3 }],
			widgets: [],
		})
		expect(report.ok).toBe(false)
		if (report.ok) return
		const brief = report.problems.map((p) => [p.type, p.ref ?? `#${p.index}`, p.field, p.code])
		expect(brief).toEqual(
			expect.arrayContaining([
				['file', '#undefined', 'widgets', 'file.unknownKey'],
				['organization', 'O1', 'uscc', 'uscc.check'],
				['organization', 'O2', 'kind', 'oneOf'],
				['organization', 'O2', 'region', 'region.invalid'],
				['organization', '#3', 'ref', 'required'],
				['listing', 'L1', 'category', 'listing.categoryRequired'],
			]),
		)
		const check = report.problems.find((p) => p.code === 'uscc.check')!
		expect(check.message).toBe('统一社会信用代码校验位错误：应为 “T”，实际为 “A”')
	})

	it('reports reference problems: unknown organizations, wrong kinds, taken credit codes, unknown standard items', () => {
		const { db } = createTestDb()
		importDocument(db, sample())
		const report = importDocument(db, {
			organizations: [{ ref: 'O-NEW', name: '抄号机构', uscc: '91360100MA35XK0Q1X', kind: 'enterprise', region: '360100' }],
			listings: [{ ref: 'L-X', org: 'ORG-EX-4', title: '局里的供给', category: '030301' }, { ref: 'L-Y', org: 'GHOST', title: 't', category: '030301' }],
			teams: [{ org: 'ORG-EX-3', standard: 'EX-矿山救护中队', headcount: 5, inventory: [{ item: 'NOPE', quantity: 1 }] }],
		}, { locale: 'en' })
		expect(report.ok).toBe(false)
		if (report.ok) return
		expect(report.problems.map((p) => [p.ref, p.field, p.code, p.message])).toEqual([
			['O-NEW', 'uscc', 'uscc.taken', 'this credit code already belongs to organization "ORG-EX-1"'],
			['L-X', 'org', 'org.wrongKind', 'organization "ORG-EX-4" is a emergency bureau and cannot publish this record (allowed: enterprise, financial institution, research institution)'],
			['L-Y', 'org', 'org.notFound', 'organization "GHOST" does not exist (neither in the file nor in the database)'],
			['ORG-EX-3', 'inventory.0.item', 'standardItem.notFound', 'standard "EX-矿山救护中队" has no item "NOPE"'],
		])
	})

	it('rejects duplicate refs within a file', () => {
		const { db } = createTestDb()
		const doc = sample()
		doc.listings!.push({ ...doc.listings![0]! })
		const report = importDocument(db, doc)
		expect(!report.ok && report.problems.map((p) => [p.ref, p.code])).toEqual([['LST-EX-1', 'ref.duplicateInFile']])
	})
})

describe('limits', () => {
	const withListing = (patch: Record<string, unknown>) => {
		const doc = sample()
		doc.listings = [{ ...doc.listings![0]!, ...patch }]
		return doc
	}
	it.each([
		['title', { title: '长'.repeat(201) }, 'title', 'tooLongString'],
		['description', { description: 'x'.repeat(10_001) }, 'description', 'tooLongString'],
		['specs', { specs: Array.from({ length: 101 }, (_, i) => ({ name: `p${i}`, value: i })) }, 'specs', 'tooManyItems'],
	])('%s over its limit is a clear error', (_name, patch, field, code) => {
		const { db } = createTestDb()
		const report = importDocument(db, withListing(patch))
		expect(!report.ok && report.problems.map((p) => [p.field, p.code])).toEqual([[field, code]])
	})
	it('accepts exactly the limit', () => {
		const { db } = createTestDb()
		const report = importDocument(db, withListing({ title: '长'.repeat(200), description: 'x'.repeat(10_000), specs: Array.from({ length: 100 }, (_, i) => ({ name: `p${i}`, value: i })) }))
		expect(report.ok).toBe(true)
	})
	it('2,000 items per demand are accepted, 2,001 are not', () => {
		const items = (n: number) => Array.from({ length: n }, (_, i) => ({ ref: `I${i}`, name: `条目${i}`, quantity: 1 }))
		const base = sample()
		const { db } = createTestDb()
		expect(importDocument(db, { ...base, demands: [{ ...base.demands![0]!, items: items(2000) }] }).ok).toBe(true)
		const report = importDocument(db, { ...base, demands: [{ ...base.demands![0]!, items: items(2001) }] })
		expect(!report.ok && report.problems.map((p) => [p.field, p.code])).toEqual([['items', 'tooManyItems']])
	})
	it('a file over 50 MB is refused before it is read', async () => {
		const { db } = createTestDb()
		const big = new Uint8Array(50 * 1024 * 1024 + 1).fill(0x20)
		const report = await importFile(db, big, 'big.json')
		expect(!report.ok && report.problems.map((p) => p.code)).toEqual(['file.tooLarge'])
	})
})

describe('user text is stored exactly', () => {
	it.each([
		['script', '<script>alert("x")</script>'],
		['quotes', `他说："引号" 'single' “全角”`],
		['sql', "'; DROP TABLE listings; --"],
		['emoji', '🚒 消防车 🔥'],
		['rare CJK', '𠮷野家 𪚥 龘'],
		['full-width', 'ＡＢＣ１２３ （全角）'],
	])('%s survives import and export unchanged', (_name, text) => {
		const { db } = createTestDb()
		const doc = sample()
		doc.listings![0]!.title = text
		doc.listings![0]!.description = text
		doc.listings![0]!.keywords = [text]
		expect(importDocument(db, doc).ok).toBe(true)
		const l = exportAll(db).listings.find((x) => x.ref === 'LST-EX-1')!
		expect([l.title, l.description, l.keywords]).toEqual([text, text, [text]])
	})
	it('trims strings and treats empty strings as absent', () => {
		const { db } = createTestDb()
		const doc = sample()
		doc.listings![0]!.title = '  带空格的标题  '
		doc.listings![0]!.model = '   '
		importDocument(db, doc)
		const l = exportAll(db).listings.find((x) => x.ref === 'LST-EX-1')!
		expect(l.title).toBe('带空格的标题')
		expect(l.model).toBeUndefined()
	})
})

describe('encodings', () => {
	it('NDJSON and XLSX exports import back to the same data', async () => {
		const a = createTestDb().db
		importDocument(a, sample())
		const expected = exportAll(a)
		for (const [name, bytes] of [
			['all.ndjson', new TextEncoder().encode(toNdjson(expected))],
			['all.xlsx', await writeXlsx(expected)],
		] as const) {
			const b = createTestDb().db
			const report = await importFile(b, bytes, name)
			expect(report.ok, `${name}: ${JSON.stringify(report)}`).toBe(true)
			expect(exportAll(b)).toEqual(expected)
		}
	})
	it('NDJSON problems name the line', async () => {
		const { db } = createTestDb()
		const text = '{"type":"organization","ref":"A","name":"a","uscc":"91310110666007217T","kind":"enterprise","region":"360100"}\nnot json\n{"type":"gizmo"}\n'
		const report = await importFile(db, new TextEncoder().encode(text), 'x.ndjson')
		expect(!report.ok && report.problems.map((p) => [p.row, p.code])).toEqual([
			[2, 'file.badLine'],
			[3, 'file.unknownType'],
		])
	})
	it('unknown formats and broken JSON are clear errors', async () => {
		const { db } = createTestDb()
		const bin = await importFile(db, new Uint8Array([0, 1, 2, 3]), 'x.bin')
		expect(!bin.ok && bin.problems[0]!.code).toBe('file.unknownFormat')
		const broken = await importFile(db, new TextEncoder().encode('{"organizations": ['), 'x.json')
		expect(!broken.ok && broken.problems[0]!.code).toBe('file.badJson')
	})
})

describe('scoped imports', () => {
	it('an organization may only touch its own records', () => {
		const { db } = createTestDb()
		importDocument(db, sample())
		const org2 = db.select().from(organizations).where(eq(organizations.ref, 'ORG-EX-2')).get()!
		const before = dump(db)
		const doc = sample()
		const report = importDocument(
			db,
			{ listings: [{ ...doc.listings![0]!, org: 'ORG-EX-2', title: '抢别人的编号' }, { ...doc.listings![2]!, title: '改自己的' }], organizations: [doc.organizations![0]!], standards: doc.standards },
			{ actor: { kind: 'organization', orgId: org2.id, orgRef: 'ORG-EX-2' } },
		)
		expect(!report.ok && report.problems.map((p) => [p.type, p.ref, p.code])).toEqual([
			['organization', 'ORG-EX-1', 'scope.otherOrg'],
			['standard', 'EX-矿山救护中队', 'scope.standardsForbidden'],
			['listing', 'LST-EX-1', 'scope.otherOrg'],
		])
		expect(dump(db)).toEqual(before)
		const ok = importDocument(db, { listings: [{ ...doc.listings![2]!, title: '改自己的' }] }, { actor: { kind: 'organization', orgId: org2.id, orgRef: 'ORG-EX-2' } })
		expect(ok.ok && ok.counts.listing.updated).toBe(1)
	})
})

describe('messages', () => {
	it('tells a missing field from a wrong type, and a missing enum from a wrong one', () => {
		const { db } = createTestDb()
		const report = importDocument(db, {
			listings: [{ ref: 'L', org: 'ORG', title: 'x', category: '030301', leadTimeDays: 1.5, stock: '3' }],
			organizations: [{ ref: 'O', name: 'n', uscc: '91310110666007217T', region: '360100' }, { ref: 'P', name: 'n', uscc: '91310110666007217T', region: '360100', kind: 'x' }],
		})
		expect(!report.ok && report.problems.map((p) => [p.ref, p.field, p.message])).toEqual([
			['L', 'leadTimeDays', '类型错误：应为整数'],
			['L', 'stock', '类型错误：应为数字'],
			['O', 'kind', '必填，不能为空'],
			['P', 'kind', '应为以下之一：enterprise, rescue_team, bureau, organizer, finance, research'],
		])
	})
})
