// Reads of configuration standards (public once published) and their items; which standards a team may use.
import { and, asc, count, eq, isNull, ne, or, sql, type SQL, type SQLWrapper } from 'drizzle-orm'
import type { Db } from '#db/client.server.ts'
import { categories, organizations, standardItems, standards, teams } from '#db/schema/index.ts'
import { constraintsOf, requiredCertificationsOf } from '#app/modules/catalog/constraints.server.ts'
import { standardRecordById } from '#app/modules/standards/records.server.ts'

// Public: not a draft, and the platform's own (no owner) or a verified organization's. The owner is looked up in a
// subquery, so the condition also holds in queries that join organizations for another purpose (a team's).
const ownerVerified = sql`exists (select 1 from organizations standard_owner where standard_owner.id = ${standards.ownerOrgId} and standard_owner.verified_at is not null)`
const isPublic = and(ne(standards.status, 'draft'), or(isNull(standards.ownerOrgId), ownerVerified))!

/**
 * The standards an organization may hold a team against, and whose items its inventory and gap may show: public ones
 * and its own. Another organization's draft (or an unverified one's) never, on any path: the inventory form, an
 * import, the API, the gap page and the gap API all put this in their `where`.
 */
export function usableStandardFor(orgId: number | SQLWrapper | undefined): SQL {
	if (orgId === undefined) return isPublic
	return or(isPublic, eq(standards.ownerOrgId, orgId))!
}

export function getPublicStandard(db: Db, code: string) {
	const standard = db
		.select({ standard: standards })
		.from(standards)
		.leftJoin(organizations, eq(organizations.id, standards.ownerOrgId))
		.where(and(eq(standards.code, code), isPublic))
		.get()?.standard
	if (!standard) return null
	const items = db
		.select({ item: standardItems, category: categories })
		.from(standardItems)
		.leftJoin(categories, eq(categories.code, standardItems.categoryCode))
		.where(eq(standardItems.standardId, standard.id))
		.orderBy(asc(standardItems.position))
		.all()
	const teamCount = db.select({ n: count() }).from(teams).where(eq(teams.standardId, standard.id)).get()?.n ?? 0
	return {
		standard,
		teamCount,
		items: items.map(({ item, category }) => ({
			...item,
			category,
			constraints: constraintsOf(db, 'standard_item', item.id),
			certifications: requiredCertificationsOf(db, 'standard_item', item.id),
		})),
	}
}
export type PublicStandard = NonNullable<ReturnType<typeof getPublicStandard>>

export function listPublicStandards(db: Db) {
	const rows = db
		.select({ standard: standards })
		.from(standards)
		.leftJoin(organizations, eq(organizations.id, standards.ownerOrgId))
		.where(isPublic)
		.orderBy(asc(standards.teamType), asc(standards.code))
		.all()
		.map((r) => r.standard)
	const counts = db.select({ id: standardItems.standardId, n: count() }).from(standardItems).groupBy(standardItems.standardId).all()
	const teamCounts = db.select({ id: teams.standardId, n: count() }).from(teams).groupBy(teams.standardId).all()
	return rows.map((s) => ({ ...s, itemCount: counts.find((c) => c.id === s.id)?.n ?? 0, teamCount: teamCounts.find((c) => c.id === s.id)?.n ?? 0 }))
}

/** A public standard as an interchange record (for the public Excel export), or null. */
export function publicStandardRecord(db: Db, code: string) {
	const row = db
		.select({ id: standards.id })
		.from(standards)
		.leftJoin(organizations, eq(organizations.id, standards.ownerOrgId))
		.where(and(eq(standards.code, code), isPublic))
		.get()
	return row ? standardRecordById(db, row.id) : null
}
