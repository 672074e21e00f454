// A demand list read back as an interchange record (the exact shape the importer accepts): the exporter, the
// importer (to tell "unchanged" from "updated"), the editor and the JSON API read demand lists through here.
import { asc, eq, inArray } from 'drizzle-orm'
import type { Db } from '#db/client.server.ts'
import { demandItemScenarios, demandItems, demandLists, organizations } from '#db/schema/index.ts'
import { compact, orUndefined } from '#app/utils/records.ts'
import { constraintsOf, requiredCertificationsOf } from '../catalog/constraints.server.ts'
import type { DemandRecord } from './schema.ts'

export function demandRecordById(db: Db, id: number): DemandRecord | null {
	const d = db
		.select({ list: demandLists, orgRef: organizations.ref })
		.from(demandLists)
		.innerJoin(organizations, eq(organizations.id, demandLists.orgId))
		.where(eq(demandLists.id, id))
		.get()
	if (!d) return null
	const items = db.select().from(demandItems).where(eq(demandItems.listId, id)).orderBy(asc(demandItems.position)).all()
	const itemIds = items.map((i) => i.id)
	const scenarioRows = itemIds.length
		? db.select().from(demandItemScenarios).where(inArray(demandItemScenarios.itemId, itemIds)).orderBy(asc(demandItemScenarios.position)).all()
		: []
	return compact({
		ref: d.list.ref,
		org: d.orgRef,
		title: d.list.title,
		kind: d.list.kind,
		deadline: d.list.deadline,
		region: d.list.regionCode,
		status: d.list.status,
		items: items.map((i) =>
			compact({
				ref: i.ref,
				name: i.name,
				category: i.categoryCode,
				quantity: i.quantity,
				unit: i.unit,
				scenarios: orUndefined(scenarioRows.filter((s) => s.itemId === i.id).map((s) => s.scenarioCode)),
				specs: orUndefined(constraintsOf(db, 'demand_item', i.id)),
				certifications: orUndefined(requiredCertificationsOf(db, 'demand_item', i.id)),
				budgetPerUnit: i.budgetPerUnit,
				neededBy: i.neededBy,
				notes: i.notes,
			}),
		),
	}) as DemandRecord
}
