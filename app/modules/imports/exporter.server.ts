// Exports everything the importer reads, in the importer's own format, so import(export(x)) = x.
import { asc } from 'drizzle-orm'
import type { Db } from '#db/client.server.ts'
import { demandLists, listings, organizations, standards, teams } from '#db/schema/index.ts'
import type { DemandRecord } from '../demands/schema.ts'
import type { ListingRecord } from '../listings/schema.ts'
import type { OrganizationRecord } from '../organizations/schema.ts'
import type { StandardRecord, TeamRecord } from '../standards/schema.ts'
import { demandRecordById } from '#app/modules/demands/records.server.ts'
import { listingRecordById } from '#app/modules/listings/records.server.ts'
import { organizationRecordById } from '#app/modules/organizations/records.server.ts'
import { standardRecordById, teamRecordByOrgId } from '#app/modules/standards/records.server.ts'

export type ImportDocument = {
	organizations: OrganizationRecord[]
	listings: ListingRecord[]
	demands: DemandRecord[]
	standards: StandardRecord[]
	teams: TeamRecord[]
}

export function exportAll(db: Db): ImportDocument {
	const ids = <T extends { id: number }>(rows: T[]) => rows.map((r) => r.id)
	return {
		organizations: ids(db.select({ id: organizations.id }).from(organizations).orderBy(asc(organizations.id)).all()).map((id) => organizationRecordById(db, id)!),
		listings: ids(db.select({ id: listings.id }).from(listings).orderBy(asc(listings.id)).all()).map((id) => listingRecordById(db, id)!),
		demands: ids(db.select({ id: demandLists.id }).from(demandLists).orderBy(asc(demandLists.id)).all()).map((id) => demandRecordById(db, id)!),
		standards: ids(db.select({ id: standards.id }).from(standards).orderBy(asc(standards.id)).all()).map((id) => standardRecordById(db, id)!),
		teams: db
			.select({ orgId: teams.orgId })
			.from(teams)
			.orderBy(asc(teams.orgId))
			.all()
			.map((t) => teamRecordByOrgId(db, t.orgId)!),
	}
}
