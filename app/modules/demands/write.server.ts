// Saves a demand list with its items (upserted by item ref so their ids stay stable), constraints and scenarios.
// The one write path for the importer, the web forms and the JSON API; the caller holds the transaction.
import { and, count, eq, inArray, notInArray } from 'drizzle-orm'
import { changedFields, enqueueSearch, recordAudit, type WriteContext } from '../audit/changes.server.ts'
import { demandItemScenarios, demandItems, demandLists, responses } from '#db/schema/index.ts'
import { deleteConstraints, writeConstraints } from '../catalog/constraints.server.ts'
import { RecordProblemError } from '#app/utils/problems.ts'
import { demandRecordById } from '#app/modules/demands/records.server.ts'
import { orgIdByRef, sameRecord, type Saved } from '../organizations/write.server.ts'
import type { DemandRecord } from './schema.ts'

export function saveDemand(ctx: WriteContext, record: DemandRecord): Saved {
	const { db, stamp } = ctx
	const existing = db.select({ id: demandLists.id, publishedAt: demandLists.publishedAt }).from(demandLists).where(eq(demandLists.ref, record.ref)).get()
	const stored = existing ? demandRecordById(db, existing.id) : null
	if (existing && sameRecord(stored, record)) {
		return { id: existing.id, outcome: 'unchanged' }
	}
	const owner = orgIdByRef(db, record.org)
	const values = {
		ref: record.ref,
		orgId: owner,
		kind: record.kind,
		title: record.title,
		deadline: record.deadline ?? null,
		regionCode: record.region ?? null,
		status: record.status,
		publishedAt: existing?.publishedAt ?? (record.status === 'published' ? stamp : null),
		updatedAt: stamp,
	}
	let id: number
	if (existing) {
		id = existing.id
		db.update(demandLists).set(values).where(eq(demandLists.id, id)).run()
		const keep = record.items.map((i) => i.ref)
		const dropped = db.select({ id: demandItems.id }).from(demandItems).where(and(eq(demandItems.listId, id), notInArray(demandItems.ref, keep))).all()
		// Responses are what suppliers wrote: an item that has any is never dropped silently (the cascade would delete them).
		const answered = dropped.length
			? db
					.select({ ref: demandItems.ref, n: count() })
					.from(responses)
					.innerJoin(demandItems, eq(demandItems.id, responses.demandItemId))
					.where(inArray(responses.demandItemId, dropped.map((d) => d.id)))
					.groupBy(demandItems.ref)
					.all()
			: []
		if (answered.length)
			throw new RecordProblemError('demand', record.ref, answered.map((a) => ({ field: 'items', key: { code: 'demandItem.hasResponses', vars: { value: a.ref, count: a.n } } })))
		for (const d of dropped) deleteConstraints(db, 'demand_item', d.id)
		db.delete(demandItems).where(and(eq(demandItems.listId, id), notInArray(demandItems.ref, keep))).run()
	} else id = db.insert(demandLists).values({ ...values, createdAt: stamp }).returning({ id: demandLists.id }).get().id
	record.items.forEach((item, position) => {
		const itemValues = {
			listId: id,
			ref: item.ref,
			position,
			name: item.name,
			categoryCode: item.category ?? null,
			quantity: item.quantity,
			unit: item.unit ?? null,
			budgetPerUnit: item.budgetPerUnit ?? null,
			neededBy: item.neededBy ?? null,
			notes: item.notes ?? null,
		}
		const itemId = db
			.insert(demandItems)
			.values(itemValues)
			.onConflictDoUpdate({ target: [demandItems.listId, demandItems.ref], set: itemValues })
			.returning({ id: demandItems.id })
			.get().id
		db.delete(demandItemScenarios).where(eq(demandItemScenarios.itemId, itemId)).run()
		;(item.scenarios ?? []).forEach((scenarioCode, p) => db.insert(demandItemScenarios).values({ itemId, scenarioCode, position: p }).run())
		writeConstraints(db, 'demand_item', itemId, item.specs ?? [], item.certifications ?? [])
	})
	recordAudit(ctx, existing ? 'update' : 'create', 'demand_list', id, owner, changedFields(stored, record))
	enqueueSearch(ctx, 'demand_list', id)
	return { id, outcome: existing ? 'updated' : 'created' }
}
