// Platform review of organizations: the queue of unverified ones, verification (which makes their published records
// public and re-queues them for search), rejection with a reason mailed to the owners, and withdrawal of verification.
import { and, asc, count, desc, eq, inArray, isNotNull, isNull, like, or } from 'drizzle-orm'
import type { Db } from '#db/client.server.ts'
import { auditLog, demandLists, listings, memberships, organizations, users } from '#db/schema/index.ts'
import { translate } from '#app/i18n/translate.ts'
import { enqueueSearch, recordAudit, writeContext, type WriteContext } from '../audit/changes.server.ts'
import { enqueueMail } from '../notifications/mail.server.ts'
import { isValidUscc } from '../catalog/uscc.ts'

export const REVIEW_PAGE_SIZE = 50
export type Reviewer = { userId: number; platformRole: string }

const tx = <T>(db: Db, fn: (t: Db) => T): T => db.transaction((t) => fn(t as unknown as Db))
const reviewerContext = (db: Db, r: Reviewer, now: Date): WriteContext =>
	writeContext(db, { kind: 'operator', label: r.platformRole, userId: r.userId }, 'web', now)

const summary = {
	id: organizations.id,
	ref: organizations.ref,
	name: organizations.name,
	kind: organizations.kind,
	regionCode: organizations.regionCode,
	uscc: organizations.uscc,
	createdAt: organizations.createdAt,
	verifiedAt: organizations.verifiedAt,
}

function membersByOrg(db: Db, orgIds: number[]) {
	const out = new Map<number, { email: string; role: 'owner' | 'member' }[]>()
	if (!orgIds.length) return out
	const rows = db
		.select({ orgId: memberships.orgId, email: users.email, role: memberships.role })
		.from(memberships)
		.innerJoin(users, eq(users.id, memberships.userId))
		.where(inArray(memberships.orgId, orgIds))
		.orderBy(asc(memberships.createdAt))
		.all()
	for (const r of rows) {
		const list = out.get(r.orgId) ?? []
		list.push({ email: r.email, role: r.role })
		out.set(r.orgId, list)
	}
	return out
}

/** The last reason a reviewer gave for rejecting each organization (rejections keep the organization in the queue). */
function lastRejections(db: Db, orgIds: number[]) {
	const out = new Map<number, { reason: string; at: string }>()
	if (!orgIds.length) return out
	const rows = db
		.select({ orgId: auditLog.entityId, action: auditLog.action, after: auditLog.after, at: auditLog.at })
		.from(auditLog)
		.where(and(eq(auditLog.entity, 'organization'), inArray(auditLog.action, ['web.reject', 'web.verify', 'web.unverify']), inArray(auditLog.entityId, orgIds)))
		.orderBy(asc(auditLog.id))
		.all()
	for (const r of rows) {
		if (r.orgId === null) continue
		// A later verification (or its withdrawal) closes the earlier rejection.
		if (r.action !== 'web.reject') out.delete(r.orgId)
		const reason = (r.after as { reason?: unknown } | null)?.reason
		if (r.action === 'web.reject' && typeof reason === 'string') out.set(r.orgId, { reason, at: r.at })
	}
	return out
}

/** One page of organizations awaiting review (oldest first) or of verified ones (newest verification first). */
export function reviewList(db: Db, opts: { status: 'pending' | 'verified'; q?: string; page?: number }) {
	const page = opts.page ?? 1
	const q = opts.q?.trim()
	const where = and(
		opts.status === 'pending' ? isNull(organizations.verifiedAt) : isNotNull(organizations.verifiedAt),
		q ? or(like(organizations.name, `%${q}%`), like(organizations.ref, `%${q}%`), like(organizations.uscc, `%${q.toUpperCase()}%`)) : undefined,
	)
	const total = db.select({ n: count() }).from(organizations).where(where).get()?.n ?? 0
	const rows = db
		.select(summary)
		.from(organizations)
		.where(where)
		.orderBy(opts.status === 'pending' ? asc(organizations.createdAt) : desc(organizations.verifiedAt), asc(organizations.id))
		.limit(REVIEW_PAGE_SIZE)
		.offset((page - 1) * REVIEW_PAGE_SIZE)
		.all()
	const ids = rows.map((r) => r.id)
	const members = membersByOrg(db, ids)
	const rejections = lastRejections(db, ids)
	return {
		total,
		page,
		perPage: REVIEW_PAGE_SIZE,
		rows: rows.map((r) => ({ ...r, usccValid: isValidUscc(r.uscc), members: members.get(r.id) ?? [], rejection: rejections.get(r.id) ?? null })),
	}
}

export function pendingCount(db: Db): number {
	return db.select({ n: count() }).from(organizations).where(isNull(organizations.verifiedAt)).get()?.n ?? 0
}

/** Everything of the organization the search index shows depends on whether it is verified: queue it all again. */
function requeueForSearch(ctx: WriteContext, orgId: number): void {
	enqueueSearch(ctx, 'organization', orgId)
	for (const l of ctx.db.select({ id: listings.id }).from(listings).where(eq(listings.orgId, orgId)).all()) enqueueSearch(ctx, 'listing', l.id)
	for (const d of ctx.db.select({ id: demandLists.id }).from(demandLists).where(eq(demandLists.orgId, orgId)).all()) enqueueSearch(ctx, 'demand_list', d.id)
}

/** Mails every owner of the organization, each in their own language. */
function mailOwners(db: Db, orgId: number, orgName: string, kind: 'verified' | 'rejected' | 'unverified', reason: string | undefined): void {
	const owners = db
		.select({ email: users.email, name: users.name, locale: users.locale })
		.from(memberships)
		.innerJoin(users, eq(users.id, memberships.userId))
		.where(and(eq(memberships.orgId, orgId), eq(memberships.role, 'owner')))
		.all()
	for (const o of owners) {
		const none = translate(o.locale, 'admin.mail.noReason')
		enqueueMail(db, {
			to: o.email,
			kind: `organization_${kind}`,
			subject: translate(o.locale, `admin.mail.${kind}Subject`, { org: orgName }),
			text: translate(o.locale, `admin.mail.${kind}Text`, { name: o.name, org: orgName, reason: reason ?? none }),
		})
	}
}

type Decision = { ok: true } | { ok: false; reason: 'notFound' | 'alreadyVerified' | 'notVerified' }

function orgById(db: Db, orgId: number) {
	return db.select({ id: organizations.id, name: organizations.name, verifiedAt: organizations.verifiedAt }).from(organizations).where(eq(organizations.id, orgId)).get()
}

export function verifyOrganization(db: Db, reviewer: Reviewer, orgId: number, now = new Date()): Decision {
	return tx(db, (t) => {
		const org = orgById(t, orgId)
		if (!org) return { ok: false as const, reason: 'notFound' as const }
		if (org.verifiedAt) return { ok: false as const, reason: 'alreadyVerified' as const }
		const ctx = reviewerContext(t, reviewer, now)
		t.update(organizations).set({ verifiedAt: ctx.stamp, verifiedBy: reviewer.userId, updatedAt: ctx.stamp }).where(and(eq(organizations.id, orgId), isNull(organizations.verifiedAt))).run()
		recordAudit(ctx, 'verify', 'organization', orgId, orgId)
		requeueForSearch(ctx, orgId)
		mailOwners(t, orgId, org.name, 'verified', undefined)
		return { ok: true as const }
	})
}

/** A rejection keeps the organization unverified; the reason goes to the audit log and to the owners. */
export function rejectOrganization(db: Db, reviewer: Reviewer, orgId: number, reason: string, now = new Date()): Decision {
	return tx(db, (t) => {
		const org = orgById(t, orgId)
		if (!org) return { ok: false as const, reason: 'notFound' as const }
		if (org.verifiedAt) return { ok: false as const, reason: 'alreadyVerified' as const }
		recordAudit(reviewerContext(t, reviewer, now), 'reject', 'organization', orgId, orgId, { after: { reason } })
		mailOwners(t, orgId, org.name, 'rejected', reason)
		return { ok: true as const }
	})
}

/** Withdraws verification: the organization's records leave the public pages and the search index. */
export function unverifyOrganization(db: Db, reviewer: Reviewer, orgId: number, reason: string | undefined, now = new Date()): Decision {
	return tx(db, (t) => {
		const org = orgById(t, orgId)
		if (!org) return { ok: false as const, reason: 'notFound' as const }
		if (!org.verifiedAt) return { ok: false as const, reason: 'notVerified' as const }
		const ctx = reviewerContext(t, reviewer, now)
		t.update(organizations).set({ verifiedAt: null, verifiedBy: null, updatedAt: ctx.stamp }).where(eq(organizations.id, orgId)).run()
		recordAudit(ctx, 'unverify', 'organization', orgId, orgId, { before: { verifiedAt: org.verifiedAt }, after: reason ? { reason } : undefined })
		requeueForSearch(ctx, orgId)
		mailOwners(t, orgId, org.name, 'unverified', reason)
		return { ok: true as const }
	})
}

/** The reason of the latest rejection of an organization still awaiting verification, for its owners to read. */
export function lastRejection(db: Db, orgId: number): { reason: string; at: string } | null {
	return lastRejections(db, [orgId]).get(orgId) ?? null
}
