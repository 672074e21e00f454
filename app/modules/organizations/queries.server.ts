// Public reads of organizations: only verified organizations have a public page.
import { and, asc, count, eq, isNotNull, sql } from 'drizzle-orm'
import type { Db } from '#db/client.server.ts'
import { demandLists, listings, organizationQualifications, organizations, standards, teams } from '#db/schema/index.ts'

export function getPublicOrganization(db: Db, ref: string) {
	const org = db
		.select()
		.from(organizations)
		.where(and(eq(organizations.ref, ref), isNotNull(organizations.verifiedAt)))
		.get()
	if (!org) return null
	const qualifications = db
		.select({ code: organizationQualifications.code })
		.from(organizationQualifications)
		.where(eq(organizationQualifications.orgId, org.id))
		.all()
		.map((q) => q.code)
	const row = db
		.select({ headcount: teams.headcount, asOf: teams.asOf, standardCode: standards.code, standardTitle: standards.title, standardStatus: standards.status })
		.from(teams)
		.innerJoin(standards, eq(standards.id, teams.standardId))
		.where(eq(teams.orgId, org.id))
		.get()
	// A draft standard has no public page: the team is shown without naming it.
	const team = row
		? {
				headcount: row.headcount,
				asOf: row.asOf,
				standardCode: row.standardStatus === 'draft' ? null : row.standardCode,
				standardTitle: row.standardStatus === 'draft' ? null : row.standardTitle,
			}
		: null
	return { org, qualifications, team }
}
export type PublicOrganization = NonNullable<ReturnType<typeof getPublicOrganization>>

export function organizationStats(db: Db) {
	const byKind = db
		.select({ kind: organizations.kind, n: count() })
		.from(organizations)
		.where(isNotNull(organizations.verifiedAt))
		.groupBy(organizations.kind)
		.orderBy(asc(organizations.kind))
		.all()
	const listingsN =
		db
			.select({ n: count() })
			.from(listings)
			.innerJoin(organizations, eq(organizations.id, listings.orgId))
			.where(and(eq(listings.status, 'published'), isNotNull(organizations.verifiedAt)))
			.get()?.n ?? 0
	const demandsN =
		db
			.select({ n: count() })
			.from(demandLists)
			.innerJoin(organizations, eq(organizations.id, demandLists.orgId))
			.where(and(eq(demandLists.status, 'published'), isNotNull(organizations.verifiedAt)))
			.get()?.n ?? 0
	const cities = db.get<{ n: number }>(sql`select count(distinct region_code) as n from organizations where verified_at is not null and region_code not like '__0000'`)?.n ?? 0
	return { byKind, listings: listingsN, demands: demandsN, cities }
}

/** The fields of an organization a page shows (no internal ids, reviewer, or record timestamps). */
export function organizationProfile(org: typeof organizations.$inferSelect) {
	const { ref, name, kind, uscc, regionCode, teamType, headcount, level, contact, phone, email, address, website } = org
	return { ref, name, kind, uscc, regionCode, teamType, headcount, level, contact, phone, email, address, website }
}
