// Editing configuration standards (/my/standards): who may edit which (a bureau its own, a platform admin any; the
// scope is in every query's `where`), saving through saveStandard in one transaction, publishing a new version
// (the old one archived, its teams moved), archiving, the version history, and the spreadsheet export.
import { and, asc, count, desc, eq, inArray, isNull, sql } from 'drizzle-orm'
import type { Db } from '#db/client.server.ts'
import { auditLog, organizations, standardItems, standards, teams, users } from '#db/schema/index.ts'
import { writeContext, type Actor } from '../audit/changes.server.ts'
import { standardRecordById, teamRecordByOrgId } from '#app/modules/standards/records.server.ts'
import { withStandard } from './inventory.server.ts'
import { standardRecord, type StandardRecord } from './schema.ts'
import { baseCode, inChain, isLocked, nextVersionLabel, versionCode, versionNumber } from './versions.ts'
import { saveStandard, saveTeam } from './write.server.ts'

export type StandardScope = { kind: 'any' } | { kind: 'own'; orgId: number }
export type StandardManager = { scope: StandardScope; actor: Actor; org: { name: string; verified: boolean } | null }

const inScope = (scope: StandardScope) => (scope.kind === 'own' ? eq(standards.ownerOrgId, scope.orgId) : undefined)
const sameOwner = (ownerOrgId: number | null) => (ownerOrgId === null ? isNull(standards.ownerOrgId) : eq(standards.ownerOrgId, ownerOrgId))

function teamCounts(db: Db, ids: number[]): Map<number, number> {
	if (!ids.length) return new Map()
	return new Map(db.select({ id: teams.standardId, n: count() }).from(teams).where(inArray(teams.standardId, ids)).groupBy(teams.standardId).all().map((r) => [r.id, r.n]))
}

/** The standards the manager may edit, newest change first, with item and team counts. */
export function listManagedStandards(db: Db, scope: StandardScope) {
	const rows = db
		.select({
			id: standards.id,
			code: standards.code,
			title: standards.title,
			teamType: standards.teamType,
			version: standards.version,
			status: standards.status,
			updatedAt: standards.updatedAt,
			ownerName: organizations.name,
		})
		.from(standards)
		.leftJoin(organizations, eq(organizations.id, standards.ownerOrgId))
		.where(inScope(scope))
		.orderBy(desc(standards.updatedAt), desc(standards.id))
		.all()
	const ids = rows.map((r) => r.id)
	const items = new Map(
		ids.length
			? db.select({ id: standardItems.standardId, n: count() }).from(standardItems).where(inArray(standardItems.standardId, ids)).groupBy(standardItems.standardId).all().map((r) => [r.id, r.n])
			: [],
	)
	const used = teamCounts(db, ids)
	return rows.map((r) => ({ ...r, itemCount: items.get(r.id) ?? 0, teamCount: used.get(r.id) ?? 0 }))
}
export type ManagedStandardRow = ReturnType<typeof listManagedStandards>[number]

/** One standard the manager may edit, with its record and how many teams use it; null when absent or not theirs. */
export function managedStandard(db: Db, scope: StandardScope, id: number) {
	const row = db
		.select({ id: standards.id, code: standards.code, status: standards.status, ownerOrgId: standards.ownerOrgId, updatedAt: standards.updatedAt })
		.from(standards)
		.where(and(eq(standards.id, id), inScope(scope)))
		.get()
	if (!row) return null
	const record = standardRecordById(db, row.id)
	if (!record) return null
	const teamCount = teamCounts(db, [row.id]).get(row.id) ?? 0
	return { ...row, record, teamCount, locked: isLocked(row.status, teamCount) }
}
export type ManagedStandard = NonNullable<ReturnType<typeof managedStandard>>


/** The versions of a standard's chain (same owner, `<base>` and `<base>@v<n>`), first version first. */
export function versionChain(db: Db, code: string, ownerOrgId: number | null) {
	const base = baseCode(code)
	const rows = db
		.select({ id: standards.id, code: standards.code, version: standards.version, status: standards.status, updatedAt: standards.updatedAt })
		.from(standards)
		.where(and(sameOwner(ownerOrgId), sql`(${standards.code} = ${base} OR substr(${standards.code}, 1, ${base.length + 2}) = ${`${base}@v`})`))
		.all()
		.filter((r) => inChain(base, r.code))
		.sort((a, b) => versionNumber(a.code) - versionNumber(b.code))
	const used = teamCounts(db, rows.map((r) => r.id))
	return rows.map((r) => ({ ...r, number: versionNumber(r.code), teamCount: used.get(r.id) ?? 0 }))
}

/** The audit log of the chain's standards (who created, changed, published, archived which version), newest first. */
export function standardHistory(db: Db, ids: number[], limit = 30) {
	if (!ids.length) return []
	return db
		.select({ at: auditLog.at, action: auditLog.action, entityId: auditLog.entityId, actor: auditLog.actor, userName: users.name, after: auditLog.after })
		.from(auditLog)
		.leftJoin(users, eq(users.id, auditLog.userId))
		.where(and(eq(auditLog.entity, 'standard'), inArray(auditLog.entityId, ids)))
		.orderBy(desc(auditLog.at), desc(auditLog.id))
		.limit(limit)
		.all()
}

export type SaveOutcome =
	| { ok: true; id: number; moved: number }
	| { ok: false; reason: 'taken' | 'notFound' | 'locked' }

type Tx = Db

/** Publishes `id` inside the caller's transaction: other published versions of its chain are archived and their teams moved. */
function publishInTx(t: Tx, mgr: StandardManager, id: number, ip: string | null | undefined): number {
	const ctx = writeContext(t, mgr.actor, 'web', new Date(), ip)
	const row = t.select({ code: standards.code, ownerOrgId: standards.ownerOrgId }).from(standards).where(eq(standards.id, id)).get()!
	let moved = 0
	for (const old of versionChain(t, row.code, row.ownerOrgId)) {
		if (old.id === id || old.status !== 'published') continue
		const oldRecord = standardRecordById(t, old.id)!
		saveStandard(ctx, { ...oldRecord, status: 'archived' })
		const using = t.select({ orgId: teams.orgId }).from(teams).where(eq(teams.standardId, old.id)).all()
		for (const { orgId } of using) {
			const team = teamRecordByOrgId(t, orgId)
			if (!team) continue
			// Lots keyed to items the new version dropped stay on hand as named lots (see withStandard).
			saveTeam(ctx, withStandard(t, team, row.code))
			moved++
		}
	}
	return moved
}

/**
 * Creates (`id` null; the code must be free platform-wide) or updates one of the manager's standards, in one
 * transaction that re-reads the owner and the lock. Publishing also archives the chain's published versions.
 */
export function saveManagedStandard(db: Db, mgr: StandardManager, id: number | null, record: StandardRecord, ip?: string | null): SaveOutcome {
	return db.transaction((tx) => {
		const t = tx as unknown as Tx
		if (id === null) {
			if (t.select({ id: standards.id }).from(standards).where(eq(standards.code, record.code)).get()) return { ok: false, reason: 'taken' } as const
		} else {
			const current = managedStandard(t, mgr.scope, id)
			if (!current || current.code !== record.code) return { ok: false, reason: 'notFound' } as const
			if (current.locked) return { ok: false, reason: 'locked' } as const
		}
		const saved = saveStandard(writeContext(t, mgr.actor, 'web', new Date(), ip), record)
		const moved = record.status === 'published' ? publishInTx(t, mgr, saved.id, ip) : 0
		return { ok: true, id: saved.id, moved } as const
	})
}

/** Publishes or archives one of the manager's standards as it is stored. */
export function setManagedStatus(db: Db, mgr: StandardManager, id: number, status: 'published' | 'archived', ip?: string | null): SaveOutcome {
	return db.transaction((tx) => {
		const t = tx as unknown as Tx
		const current = managedStandard(t, mgr.scope, id)
		if (!current) return { ok: false, reason: 'notFound' } as const
		if (status === 'published' && current.status !== 'draft') return { ok: false, reason: 'locked' } as const
		if (status === 'archived' && current.status !== 'published') return { ok: false, reason: 'locked' } as const
		saveStandard(writeContext(t, mgr.actor, 'web', new Date(), ip), { ...current.record, status })
		const moved = status === 'published' ? publishInTx(t, mgr, id, ip) : 0
		return { ok: true, id, moved } as const
	})
}

/**
 * A new draft version of one of the manager's standards: the same items under `<base>@v<n>`, the version label
 * bumped. When the chain already has a draft, that draft is returned instead of a second one.
 */
export function newVersion(db: Db, mgr: StandardManager, id: number, ip?: string | null): { ok: true; id: number; existing: boolean } | { ok: false; reason: 'notFound' | 'invalid' } {
	return db.transaction((tx) => {
		const t = tx as unknown as Tx
		const current = managedStandard(t, mgr.scope, id)
		if (!current) return { ok: false, reason: 'notFound' } as const
		const chain = versionChain(t, current.code, current.ownerOrgId)
		const draft = chain.find((v) => v.status === 'draft')
		if (draft) return { ok: true, id: draft.id, existing: true } as const
		const base = baseCode(current.code)
		let n = Math.max(...chain.map((v) => v.number)) + 1
		// Another owner may hold the next code: skip to a free one (the code is unique platform-wide).
		while (t.select({ id: standards.id }).from(standards).where(eq(standards.code, versionCode(base, n))).get()) n++
		const parsed = standardRecord.safeParse({ ...current.record, code: versionCode(base, n), version: nextVersionLabel(current.record.version, n), status: 'draft' })
		if (!parsed.success) return { ok: false, reason: 'invalid' } as const
		const saved = saveStandard(writeContext(t, mgr.actor, 'web', new Date(), ip), parsed.data)
		return { ok: true, id: saved.id, existing: false } as const
	})
}

/** The teams held against a standard (for the version notice): names only, within the standard the manager may see. */
export function teamsUsing(db: Db, standardId: number, limit = 20) {
	return db
		.select({ name: organizations.name, ref: organizations.ref })
		.from(teams)
		.innerJoin(organizations, eq(organizations.id, teams.orgId))
		.where(eq(teams.standardId, standardId))
		.orderBy(asc(organizations.name))
		.limit(limit)
		.all()
}
