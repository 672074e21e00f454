// A configuration standard and a team's inventory read back as interchange records (the exact shapes the importer
// accepts): the exporter, the importer, the editor, the gap report and the JSON API read them through here.
import { asc, eq } from 'drizzle-orm'
import type { Db } from '#db/client.server.ts'
import { inventoryLots, organizations, standardItems, standards, teams } from '#db/schema/index.ts'
import { compact, orUndefined } from '#app/utils/records.ts'
import { constraintsOf, requiredCertificationsOf } from '../catalog/constraints.server.ts'
import type { StandardRecord, TeamRecord } from './schema.ts'

export function standardRecordById(db: Db, id: number): StandardRecord | null {
	const s = db.select().from(standards).where(eq(standards.id, id)).get()
	if (!s) return null
	const items = db.select().from(standardItems).where(eq(standardItems.standardId, id)).orderBy(asc(standardItems.position)).all()
	return compact({
		code: s.code,
		title: s.title,
		issuer: s.issuer,
		teamType: s.teamType,
		level: s.level,
		version: s.version,
		status: s.status,
		items: items.map((i) =>
			compact({
				ref: i.ref,
				name: i.name,
				category: i.categoryCode,
				quantity: compact({ fixed: i.qtyFixed, perPerson: i.qtyPerPerson, min: i.qtyMin }),
				mandatory: i.mandatory,
				specs: orUndefined(constraintsOf(db, 'standard_item', i.id)),
				certifications: orUndefined(requiredCertificationsOf(db, 'standard_item', i.id)),
				serviceLifeYears: i.serviceLifeYears,
			}),
		),
	}) as StandardRecord
}

export function teamRecordByOrgId(db: Db, orgId: number): TeamRecord | null {
	const t = db
		.select({ team: teams, orgRef: organizations.ref, standardCode: standards.code })
		.from(teams)
		.innerJoin(organizations, eq(organizations.id, teams.orgId))
		.innerJoin(standards, eq(standards.id, teams.standardId))
		.where(eq(teams.orgId, orgId))
		.get()
	if (!t) return null
	const lots = db
		.select({ lot: inventoryLots, itemRef: standardItems.ref })
		.from(inventoryLots)
		.leftJoin(standardItems, eq(standardItems.id, inventoryLots.standardItemId))
		.where(eq(inventoryLots.teamOrgId, orgId))
		.orderBy(asc(inventoryLots.position))
		.all()
	return compact({
		org: t.orgRef,
		standard: t.standardCode,
		headcount: t.team.headcount,
		asOf: t.team.asOf,
		inventory: lots.map((l) => compact({ item: l.itemRef, name: l.lot.name, quantity: l.lot.quantity, acquiredYear: l.lot.acquiredYear })),
	}) as TeamRecord
}
