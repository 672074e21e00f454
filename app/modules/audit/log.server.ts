// Reading the audit log (platform admins and reviewers): newest first, filtered by entity and by organization.
import { and, count, desc, eq, inArray } from 'drizzle-orm'
import { alias } from 'drizzle-orm/sqlite-core'
import type { Db } from '#db/client.server.ts'
import { apiTokens, auditLog, demandItems, demandLists, invitations, listingMedia, listings, organizations, responses, standards, users } from '#db/schema/index.ts'

export const AUDIT_PAGE_SIZE = 50

export type AuditFilters = { entity?: string; orgRef?: string; page?: number }

export function auditEntities(db: Db): string[] {
	return db
		.selectDistinct({ entity: auditLog.entity })
		.from(auditLog)
		.orderBy(auditLog.entity)
		.all()
		.map((r) => r.entity)
}

export function auditPage(db: Db, f: AuditFilters = {}) {
	const page = f.page ?? 1
	const org = alias(organizations, 'org')
	const where = and(f.entity ? eq(auditLog.entity, f.entity) : undefined, f.orgRef ? eq(org.ref, f.orgRef) : undefined)
	const total =
		db
			.select({ n: count() })
			.from(auditLog)
			.leftJoin(org, eq(org.id, auditLog.orgId))
			.where(where)
			.get()?.n ?? 0
	const rows = db
		.select({
			id: auditLog.id,
			at: auditLog.at,
			userEmail: users.email,
			actor: auditLog.actor,
			action: auditLog.action,
			entity: auditLog.entity,
			entityId: auditLog.entityId,
			orgRef: org.ref,
			orgName: org.name,
			before: auditLog.before,
			after: auditLog.after,
			ip: auditLog.ip,
		})
		.from(auditLog)
		.leftJoin(users, eq(users.id, auditLog.userId))
		.leftJoin(org, eq(org.id, auditLog.orgId))
		.where(where)
		.orderBy(desc(auditLog.id))
		.limit(AUDIT_PAGE_SIZE)
		.offset((page - 1) * AUDIT_PAGE_SIZE)
		.all()
	return { total, page, perPage: AUDIT_PAGE_SIZE, rows }
}

/** What a log row is about, resolved for the page: a name from the data and, when the admin may open it, its page. */
export type AuditObject = { label: string | null; ref: string | null; href: string | null }

type RowRef = { entity: string; entityId: number | null; before: unknown; after: unknown }

const key = (entity: string, id: number | null) => `${entity}:${id ?? ''}`

function field(value: unknown, name: string): unknown {
	return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>)[name] : undefined
}

function idsOf(rows: RowRef[], entity: string): number[] {
	return [...new Set(rows.filter((r) => r.entity === entity && r.entityId !== null).map((r) => r.entityId!))]
}

/** A listing (or a picture of it) as the log names it: its public page when the public can see it. */
const listingObject = (l: { title: string; ref: string; status: string; verified: string | null }): AuditObject => ({
	label: l.title,
	ref: l.ref,
	href: l.status === 'published' && l.verified ? `/listings/${encodeURIComponent(l.ref)}` : null,
})

/**
 * Names and links for the objects of a page of log rows, by `entity:id`: a listing, demand list, organization or
 * standard links to its public page when it is public (the admin sees what the public sees there), a response to its
 * demand list, synonyms and categories to their admin pages. A deleted object keeps no name.
 */
export function auditObjects(db: Db, rows: RowRef[]): Record<string, AuditObject> {
	const out: Record<string, AuditObject> = {}
	const listingIds = idsOf(rows, 'listing')
	if (listingIds.length)
		for (const l of db
			.select({ id: listings.id, ref: listings.ref, title: listings.title, status: listings.status, verified: organizations.verifiedAt })
			.from(listings)
			.innerJoin(organizations, eq(organizations.id, listings.orgId))
			.where(inArray(listings.id, listingIds))
			.all())
			out[key('listing', l.id)] = listingObject(l)
	const mediaIds = idsOf(rows, 'listing_media')
	if (mediaIds.length)
		for (const m of db
			.select({ id: listingMedia.id, ref: listings.ref, title: listings.title, status: listings.status, verified: organizations.verifiedAt })
			.from(listingMedia)
			.innerJoin(listings, eq(listings.id, listingMedia.listingId))
			.innerJoin(organizations, eq(organizations.id, listings.orgId))
			.where(inArray(listingMedia.id, mediaIds))
			.all())
			out[key('listing_media', m.id)] = listingObject(m)
	const listIds = idsOf(rows, 'demand_list')
	if (listIds.length)
		for (const d of db
			.select({ id: demandLists.id, ref: demandLists.ref, title: demandLists.title, status: demandLists.status, verified: organizations.verifiedAt })
			.from(demandLists)
			.innerJoin(organizations, eq(organizations.id, demandLists.orgId))
			.where(inArray(demandLists.id, listIds))
			.all())
			out[key('demand_list', d.id)] = { label: d.title, ref: d.ref, href: d.status !== 'draft' && d.verified ? `/demands/${encodeURIComponent(d.ref)}` : null }
	const orgIds = [...new Set([...idsOf(rows, 'organization'), ...idsOf(rows, 'team')])]
	if (orgIds.length)
		for (const o of db.select({ id: organizations.id, ref: organizations.ref, name: organizations.name, verified: organizations.verifiedAt }).from(organizations).where(inArray(organizations.id, orgIds)).all()) {
			// An organization not yet verified has no public page; the review queue shows it.
			const obj = { label: o.name, ref: o.ref, href: o.verified ? `/orgs/${encodeURIComponent(o.ref)}` : '/admin/review' }
			out[key('organization', o.id)] = obj
			out[key('team', o.id)] = obj
		}
	const standardIds = idsOf(rows, 'standard')
	if (standardIds.length)
		for (const s of db
			.select({ id: standards.id, code: standards.code, title: standards.title, status: standards.status, owner: standards.ownerOrgId, verified: organizations.verifiedAt })
			.from(standards)
			.leftJoin(organizations, eq(organizations.id, standards.ownerOrgId))
			.where(inArray(standards.id, standardIds))
			.all())
			out[key('standard', s.id)] = {
				label: s.title,
				ref: s.code,
				href: s.status !== 'draft' && (s.owner === null || s.verified) ? `/standards/${encodeURIComponent(s.code)}` : `/my/standards/${s.id}`,
			}
	const responseIds = idsOf(rows, 'response')
	if (responseIds.length)
		for (const r of db
			.select({ id: responses.id, item: demandItems.name, ref: demandLists.ref, list: demandLists.title, status: demandLists.status, verified: organizations.verifiedAt })
			.from(responses)
			.innerJoin(demandItems, eq(demandItems.id, responses.demandItemId))
			.innerJoin(demandLists, eq(demandLists.id, responses.demandListId))
			.innerJoin(organizations, eq(organizations.id, demandLists.orgId))
			.where(inArray(responses.id, responseIds))
			.all())
			// Responses have no page of their own an admin may open: the demand list they answer.
			out[key('response', r.id)] = { label: `${r.list} · ${r.item}`, ref: r.ref, href: r.status !== 'draft' && r.verified ? `/demands/${encodeURIComponent(r.ref)}` : null }
	const memberIds = idsOf(rows, 'membership')
	if (memberIds.length)
		for (const u of db.select({ id: users.id, email: users.email }).from(users).where(inArray(users.id, memberIds)).all()) out[key('membership', u.id)] = { label: u.email, ref: null, href: null }
	const invitationIds = idsOf(rows, 'invitation')
	if (invitationIds.length)
		for (const i of db.select({ id: invitations.id, email: invitations.email }).from(invitations).where(inArray(invitations.id, invitationIds)).all())
			out[key('invitation', i.id)] = { label: i.email, ref: null, href: null }
	const tokenIds = idsOf(rows, 'api_token')
	if (tokenIds.length)
		for (const tk of db.select({ id: apiTokens.id, name: apiTokens.name, prefix: apiTokens.prefix }).from(apiTokens).where(inArray(apiTokens.id, tokenIds)).all())
			out[key('api_token', tk.id)] = { label: tk.name, ref: tk.prefix, href: null }
	for (const r of rows) {
		const k = key(r.entity, r.entityId)
		if (out[k]) continue
		if (r.entity === 'search_synonym') {
			const term = field(r.after, 'term') ?? field(r.before, 'term')
			out[k] = { label: typeof term === 'string' ? term : null, ref: null, href: '/admin/synonyms' }
		} else if (r.entity === 'category') {
			const code = field(r.after, 'code') ?? field(r.before, 'code')
			const name = field(r.after, 'nameZh') ?? field(r.before, 'nameZh')
			out[k] = { label: typeof name === 'string' ? name : null, ref: typeof code === 'string' ? code : null, href: '/admin/categories' }
		} else if (r.entity === 'search_index' || r.entity === 'search_outbox') out[k] = { label: null, ref: null, href: '/admin/search' }
	}
	return out
}

/** E-mail addresses of the accounts that log details name by id (`userId`, `owner`). */
export function auditUsers(db: Db, rows: { before: unknown; after: unknown }[]): Record<number, string> {
	const ids = new Set<number>()
	for (const r of rows)
		for (const side of [r.before, r.after])
			for (const name of ['userId', 'owner']) {
				const v = field(side, name)
				if (typeof v === 'number') ids.add(v)
			}
	if (!ids.size) return {}
	return Object.fromEntries(db.select({ id: users.id, email: users.email }).from(users).where(inArray(users.id, [...ids])).all().map((u) => [u.id, u.email]))
}
