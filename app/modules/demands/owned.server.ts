// A member's own demand lists, drafts included: every query takes the acting organization and puts it in its `where`,
// and every write goes through saveDemand in one transaction that re-checks who owns the ref.
import { and, count, desc, eq, inArray, like } from 'drizzle-orm'
import type { Db } from '#db/client.server.ts'
import { demandItems, demandLists, organizations } from '#db/schema/index.ts'
import { writeContext } from '../audit/changes.server.ts'
import { demandRecordById } from '#app/modules/demands/records.server.ts'
import { duplicateRecord } from './form.ts'
import type { DemandRecord } from './schema.ts'
import { saveDemand } from './write.server.ts'

export type OrgActor = { kind: 'organization'; orgId: number; orgRef: string; userId?: number }
export type DemandStatus = DemandRecord['status']

export function ownedDemandCounts(db: Db, orgId: number): Record<DemandStatus | 'all', number> {
	const rows = db.select({ status: demandLists.status, n: count() }).from(demandLists).where(eq(demandLists.orgId, orgId)).groupBy(demandLists.status).all()
	const by = (s: DemandStatus) => rows.find((r) => r.status === s)?.n ?? 0
	return { all: rows.reduce((a, r) => a + r.n, 0), draft: by('draft'), published: by('published'), closed: by('closed') }
}

export function listOwnedDemands(db: Db, orgId: number, f: { status?: DemandStatus; page?: number; perPage?: number } = {}) {
	const where = and(eq(demandLists.orgId, orgId), f.status ? eq(demandLists.status, f.status) : undefined)
	const perPage = Math.min(Math.max(f.perPage ?? 50, 1), 200)
	const page = Math.max(f.page ?? 1, 1)
	const total = db.select({ n: count() }).from(demandLists).where(where).get()?.n ?? 0
	const rows = db
		.select({
			id: demandLists.id,
			ref: demandLists.ref,
			title: demandLists.title,
			kind: demandLists.kind,
			status: demandLists.status,
			deadline: demandLists.deadline,
			publishedAt: demandLists.publishedAt,
			updatedAt: demandLists.updatedAt,
		})
		.from(demandLists)
		.where(where)
		.orderBy(desc(demandLists.updatedAt), desc(demandLists.id))
		.limit(perPage)
		.offset((page - 1) * perPage)
		.all()
	const itemCounts = rows.length
		? db
				.select({ listId: demandItems.listId, n: count() })
				.from(demandItems)
				.innerJoin(demandLists, eq(demandLists.id, demandItems.listId))
				.where(and(eq(demandLists.orgId, orgId), inArray(demandItems.listId, rows.map((r) => r.id))))
				.groupBy(demandItems.listId)
				.all()
		: []
	return { total, page, perPage, rows: rows.map((r) => ({ ...r, itemCount: itemCounts.find((c) => c.listId === r.id)?.n ?? 0 })) }
}

/** One of the organization's lists with its record, or null when the ref does not exist or belongs to someone else. */
export function ownedDemand(db: Db, orgId: number, ref: string) {
	const row = db
		.select({ id: demandLists.id, status: demandLists.status, publishedAt: demandLists.publishedAt, updatedAt: demandLists.updatedAt })
		.from(demandLists)
		.where(and(eq(demandLists.orgId, orgId), eq(demandLists.ref, ref)))
		.get()
	if (!row) return null
	const record = demandRecordById(db, row.id)
	return record ? { ...row, record } : null
}

/** The acting organization's own region (a list without a region is needed there). */
export function orgRegion(db: Db, orgId: number): string {
	return db.select({ region: organizations.regionCode }).from(organizations).where(eq(organizations.id, orgId)).get()?.region ?? ''
}

/**
 * The next free `DEM-<year>-NNN`, the numbering the demo data and bureaus use. Refs are the platform-wide natural key,
 * so this looks at every organization's refs, but only to skip numbers in use; nothing else about them is read.
 */
export function nextDemandRef(db: Db, year: number = new Date().getFullYear()): string {
	const prefix = `DEM-${year}-`
	const used = db
		.select({ ref: demandLists.ref })
		.from(demandLists)
		.where(like(demandLists.ref, `${prefix}%`))
		.all()
		.map((r) => /^DEM-\d{4}-(\d+)$/.exec(r.ref)?.[1])
		.filter((n): n is string => n !== undefined)
		.map(Number)
	const next = (used.length ? Math.max(...used) : 0) + 1
	return `${prefix}${String(next).padStart(3, '0')}`
}

export type SaveResult = { ok: true; id: number; ref: string } | { ok: false; reason: 'taken' | 'notFound' }

/**
 * Creates (`mode: 'create'`, the ref must be unused) or updates (`mode: 'update'`, the ref must be the organization's)
 * a list, in one transaction that checks the owner of the ref before writing.
 */
export function saveOwnedDemand(db: Db, actor: OrgActor, record: DemandRecord, mode: 'create' | 'update', ip?: string | null): SaveResult {
	if (record.org !== actor.orgRef) return { ok: false, reason: 'notFound' }
	return db.transaction((tx) => {
		const t = tx as unknown as Db
		const existing = t.select({ orgId: demandLists.orgId }).from(demandLists).where(eq(demandLists.ref, record.ref)).get()
		if (mode === 'create' && existing) return { ok: false, reason: 'taken' } as const
		if (mode === 'update' && (!existing || existing.orgId !== actor.orgId)) return { ok: false, reason: 'notFound' } as const
		const saved = saveDemand(writeContext(t, actor, 'web', new Date(), ip), record)
		return { ok: true, id: saved.id, ref: record.ref } as const
	})
}

/** Sets the status of one of the organization's lists (closing a call for responses); false when not the org's. */
export function setOwnedDemandStatus(db: Db, actor: OrgActor, ref: string, status: DemandStatus, ip?: string | null): boolean {
	const owned = ownedDemand(db, actor.orgId, ref)
	if (!owned) return false
	return saveOwnedDemand(db, actor, { ...owned.record, status }, 'update', ip).ok
}

/** A new draft copying one of the organization's lists (new list and item refs); its ref, or null when not the org's. */
export function duplicateOwnedDemand(db: Db, actor: OrgActor, ref: string, titleSuffix: string, ip?: string | null): string | null {
	const owned = ownedDemand(db, actor.orgId, ref)
	if (!owned) return null
	const copy = duplicateRecord(owned.record, nextDemandRef(db), titleSuffix)
	const saved = saveOwnedDemand(db, actor, copy, 'create', ip)
	return saved.ok ? saved.ref : null
}
