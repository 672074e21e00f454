// Reads of configuration standards (public once published) and their items.
import { and, asc, count, eq, isNotNull, isNull, ne, or } from 'drizzle-orm'
import type { Db } from '#db/client.server.ts'
import { categories, organizations, standardItems, standards, teams } from '#db/schema/index.ts'
import { constraintsOf, requiredCertificationsOf, standardRecordById } from '../imports/records.server.ts'

// Public: not a draft, and the platform's own (no owner) or a verified organization's.
const isPublic = and(ne(standards.status, 'draft'), or(isNull(standards.ownerOrgId), isNotNull(organizations.verifiedAt)))

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
