// Reads of configuration standards (public once published) and their items.
import { and, asc, count, eq, ne } from 'drizzle-orm'
import type { Db } from '#db/client.server.ts'
import { categories, standardItems, standards, teams } from '#db/schema/index.ts'
import { constraintsOf, requiredCertificationsOf } from '../imports/records.server.ts'

export function getPublicStandard(db: Db, code: string) {
	const standard = db
		.select()
		.from(standards)
		.where(and(eq(standards.code, code), ne(standards.status, 'draft')))
		.get()
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
	const rows = db.select().from(standards).where(ne(standards.status, 'draft')).orderBy(asc(standards.teamType), asc(standards.code)).all()
	const counts = db.select({ id: standardItems.standardId, n: count() }).from(standardItems).groupBy(standardItems.standardId).all()
	const teamCounts = db.select({ id: teams.standardId, n: count() }).from(teams).groupBy(teams.standardId).all()
	return rows.map((s) => ({ ...s, itemCount: counts.find((c) => c.id === s.id)?.n ?? 0, teamCount: teamCounts.find((c) => c.id === s.id)?.n ?? 0 }))
}
