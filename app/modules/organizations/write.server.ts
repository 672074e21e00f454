// Saves an organization record (create or update in place by ref); the caller holds the transaction.
import { eq } from 'drizzle-orm'
import type { Db } from '#db/client.server.ts'
import { changedFields, enqueueSearch, recordAudit, type Outcome, type WriteContext } from '../audit/changes.server.ts'
import { organizationQualifications, organizations } from '#db/schema/index.ts'
import { RecordProblemError } from '#app/utils/problems.ts'
import { canonicalJson } from '#app/utils/records.ts'
import { organizationRecordById } from '#app/modules/organizations/records.server.ts'
import { keepPlatformFields, ownOrganizationRefusals } from './rules.ts'
import type { OrganizationRecord } from './schema.ts'

export type Saved = { id: number; outcome: Outcome }

/** The id of an organization by ref; throws when it does not exist (callers check references first). */
export function orgIdByRef(db: Db, ref: string): number {
	const row = db.select({ id: organizations.id }).from(organizations).where(eq(organizations.ref, ref)).get()
	if (!row) throw new Error(`organization ${ref} does not exist`)
	return row.id
}

export function saveOrganization(ctx: WriteContext, incoming: OrganizationRecord): Saved {
	const { db, stamp } = ctx
	const existing = db.select({ id: organizations.id, verifiedAt: organizations.verifiedAt, verifiedBy: organizations.verifiedBy }).from(organizations).where(eq(organizations.ref, incoming.ref)).get()
	let record = incoming
	const stored = existing ? organizationRecordById(db, existing.id) : null
	if (existing && ctx.actor.kind === 'organization') {
		// An organization writes only its own record, and only what its owners may change on the /my/org form (the
		// caller has checked that the person is an owner); the last line of defence whatever the path.
		if (existing.id !== ctx.actor.orgId) throw new RecordProblemError('organization', incoming.ref, [{ field: 'ref', key: { code: 'scope.otherOrg', vars: { own: ctx.actor.orgRef } } }])
		const refusals = ownOrganizationRefusals(stored!, incoming, true)
		if (refusals.length) throw new RecordProblemError('organization', incoming.ref, refusals.map((r) => ({ field: r.field, key: { code: r.code } })))
		record = keepPlatformFields(stored!, incoming)
	}
	const verified = ctx.actor.kind === 'operator' ? (record.verified ?? true) : existing ? existing.verifiedAt !== null : false
	const desired = { ...record, verified, qualifications: record.qualifications?.length ? [...record.qualifications].sort() : undefined }
	if (existing && sameRecord(stored, desired)) {
		return { id: existing.id, outcome: 'unchanged' }
	}
	const values = {
		ref: record.ref,
		name: record.name,
		uscc: record.uscc,
		kind: record.kind,
		regionCode: record.region,
		teamType: record.teamType ?? null,
		headcount: record.headcount ?? null,
		level: record.level ?? null,
		contact: record.contact ?? null,
		phone: record.phone ?? null,
		email: record.email ?? null,
		address: record.address ?? null,
		website: record.website ?? null,
		verifiedAt: verified ? (existing?.verifiedAt ?? stamp) : null,
		// Who verified stays who verified: later edits by members or imports do not take it over.
		verifiedBy: verified ? (existing?.verifiedAt ? existing.verifiedBy : (ctx.actor.userId ?? null)) : null,
		updatedAt: stamp,
	}
	let id: number
	if (existing) {
		id = existing.id
		db.update(organizations).set(values).where(eq(organizations.id, id)).run()
		db.delete(organizationQualifications).where(eq(organizationQualifications.orgId, id)).run()
	} else {
		id = db.insert(organizations).values({ ...values, createdAt: stamp }).returning({ id: organizations.id }).get().id
	}
	for (const code of desired.qualifications ?? []) db.insert(organizationQualifications).values({ orgId: id, code }).run()
	recordAudit(ctx, existing ? 'update' : 'create', 'organization', id, id, changedFields(stored, desired))
	enqueueSearch(ctx, 'organization', id)
	return { id, outcome: existing ? 'updated' : 'created' }
}

export const sameRecord = (stored: unknown, incoming: unknown): boolean => stored !== null && canonicalJson(stored) === canonicalJson(incoming)
