// A rescue team's own inventory (在用装备台账): read with the team in the `where`, changed by building the whole team
// record and importing it with the team as the actor, so the importer's checks, saveTeam and the audit log are shared.
import { and, asc, eq } from 'drizzle-orm'
import type { Db } from '#db/client.server.ts'
import { organizations, standardItems, standards, teams } from '#db/schema/index.ts'
import { standardRecordById, teamRecordByOrgId } from '#app/modules/standards/records.server.ts'
import { usableStandardFor } from './queries.server.ts'
import type { TeamRecord } from './schema.ts'

export type OrgActor = { kind: 'organization'; orgId: number; orgRef: string; userId?: number }

/** The team's record and its version (null when none yet), its standard's items, and the standards to choose from. */
export function ownedInventory(db: Db, orgId: number) {
	const team = db.select({ updatedAt: teams.updatedAt, standardId: teams.standardId }).from(teams).where(eq(teams.orgId, orgId)).get()
	const record = team ? teamRecordByOrgId(db, orgId) : null
	// The items of the team's standard, only if the team may see that standard (never another organization's draft).
	const items = team
		? db
				.select({ ref: standardItems.ref, name: standardItems.name })
				.from(standardItems)
				.innerJoin(standards, eq(standards.id, standardItems.standardId))
				.where(and(eq(standardItems.standardId, team.standardId), usableStandardFor(orgId)))
				.orderBy(asc(standardItems.position))
				.all()
		: []
	const teamType = db.select({ teamType: organizations.teamType }).from(organizations).where(eq(organizations.id, orgId)).get()?.teamType ?? null
	// Exactly the standards the importer accepts for this team.
	const choices = db
		.select({ code: standards.code, title: standards.title, teamType: standards.teamType })
		.from(standards)
		.where(usableStandardFor(orgId))
		.orderBy(asc(standards.teamType), asc(standards.code))
		.all()
		// The standards for the team's own type first.
		.sort((a, b) => Number(b.teamType === teamType) - Number(a.teamType === teamType))
	return { record, version: team?.updatedAt ?? null, items, standards: choices }
}

/**
 * The record with a new standard: lots keyed to items the new standard does not have are kept as free-named lots
 * (the item's name), so changing the standard never loses equipment on hand.
 */
export function withStandard(db: Db, record: TeamRecord, code: string): TeamRecord {
	if (record.standard === code) return record
	const oldId = db.select({ id: standards.id }).from(standards).where(eq(standards.code, record.standard)).get()?.id
	const newId = db.select({ id: standards.id }).from(standards).where(eq(standards.code, code)).get()?.id
	if (newId === undefined) return { ...record, standard: code }
	const oldNames = new Map((oldId !== undefined ? (standardRecordById(db, oldId)?.items ?? []) : []).map((i) => [i.ref, i.name]))
	const newRefs = new Set(db.select({ ref: standardItems.ref }).from(standardItems).where(and(eq(standardItems.standardId, newId))).all().map((i) => i.ref))
	return {
		...record,
		standard: code,
		inventory: record.inventory.map((lot) => {
			if (lot.item === undefined || newRefs.has(lot.item)) return lot
			const { item, ...rest } = lot
			return { ...rest, name: lot.name ?? oldNames.get(item) ?? item }
		}),
	}
}
