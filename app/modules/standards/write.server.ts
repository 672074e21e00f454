// Saves configuration standards (items upserted by ref) and team inventories; the caller holds the transaction.
import { and, eq, notInArray } from 'drizzle-orm'
import { recordAudit, type WriteContext } from '../audit/changes.server.ts'
import { inventoryLots, standardItems, standards, teams } from '#db/schema/index.ts'
import { deleteConstraints, writeConstraints } from '../catalog/constraints.server.ts'
import { standardRecordById, teamRecordByOrgId } from '#app/modules/standards/records.server.ts'
import { orgIdByRef, sameRecord, type Saved } from '../organizations/write.server.ts'
import type { StandardRecord, TeamRecord } from './schema.ts'

export function saveStandard(ctx: WriteContext, record: StandardRecord): Saved {
	const { db, stamp } = ctx
	const existing = db.select({ id: standards.id, ownerOrgId: standards.ownerOrgId }).from(standards).where(eq(standards.code, record.code)).get()
	if (existing && sameRecord(standardRecordById(db, existing.id), record)) {
		return { id: existing.id, outcome: 'unchanged' }
	}
	const values = {
		code: record.code,
		title: record.title,
		issuer: record.issuer ?? null,
		teamType: record.teamType,
		level: record.level ?? null,
		version: record.version ?? null,
		status: record.status,
		updatedAt: stamp,
	}
	let id: number
	if (existing) {
		id = existing.id
		db.update(standards).set(values).where(eq(standards.id, id)).run()
	} else {
		// A new standard belongs to the organization that writes it (a bureau); an operator's (CLI, admin) to the platform.
		const ownerOrgId = ctx.actor.kind === 'organization' ? ctx.actor.orgId : null
		id = db.insert(standards).values({ ...values, ownerOrgId, createdAt: stamp }).returning({ id: standards.id }).get().id
	}
	const keep = record.items.map((i) => i.ref)
	const dropped = db.select({ id: standardItems.id }).from(standardItems).where(and(eq(standardItems.standardId, id), notInArray(standardItems.ref, keep))).all()
	for (const d of dropped) deleteConstraints(db, 'standard_item', d.id)
	db.delete(standardItems).where(and(eq(standardItems.standardId, id), notInArray(standardItems.ref, keep))).run()
	record.items.forEach((item, position) => {
		const itemValues = {
			standardId: id,
			ref: item.ref,
			position,
			name: item.name,
			categoryCode: item.category ?? null,
			qtyFixed: item.quantity.fixed ?? null,
			qtyPerPerson: item.quantity.perPerson ?? null,
			qtyMin: item.quantity.min ?? null,
			mandatory: item.mandatory,
			serviceLifeYears: item.serviceLifeYears ?? null,
		}
		const itemId = db
			.insert(standardItems)
			.values(itemValues)
			.onConflictDoUpdate({ target: [standardItems.standardId, standardItems.ref], set: itemValues })
			.returning({ id: standardItems.id })
			.get().id
		writeConstraints(db, 'standard_item', itemId, item.specs ?? [], item.certifications ?? [])
	})
	recordAudit(ctx, existing ? 'update' : 'create', 'standard', id, existing ? existing.ownerOrgId : ctx.actor.kind === 'organization' ? ctx.actor.orgId : null, {
		after: { code: record.code, status: record.status, version: record.version ?? null, items: record.items.length },
	})
	return { id, outcome: existing ? 'updated' : 'created' }
}

export function saveTeam(ctx: WriteContext, record: TeamRecord): Saved {
	const { db, stamp } = ctx
	const owner = orgIdByRef(db, record.org)
	const existing = db.select({ orgId: teams.orgId }).from(teams).where(eq(teams.orgId, owner)).get()
	if (existing && sameRecord(teamRecordByOrgId(db, owner), record)) {
		return { id: owner, outcome: 'unchanged' }
	}
	const standard = db.select({ id: standards.id }).from(standards).where(eq(standards.code, record.standard)).get()!
	const values = { orgId: owner, standardId: standard.id, headcount: record.headcount, asOf: record.asOf ?? null, updatedAt: stamp }
	if (existing) {
		db.update(teams).set(values).where(eq(teams.orgId, owner)).run()
		db.delete(inventoryLots).where(eq(inventoryLots.teamOrgId, owner)).run()
	} else db.insert(teams).values(values).run()
	const itemIds = new Map(
		db.select({ id: standardItems.id, ref: standardItems.ref }).from(standardItems).where(eq(standardItems.standardId, standard.id)).all().map((i) => [i.ref, i.id]),
	)
	record.inventory.forEach((lot, position) =>
		db
			.insert(inventoryLots)
			.values({
				teamOrgId: owner,
				position,
				standardItemId: lot.item !== undefined ? itemIds.get(lot.item)! : null,
				name: lot.name ?? null,
				quantity: lot.quantity,
				acquiredYear: lot.acquiredYear ?? null,
			})
			.run(),
	)
	recordAudit(ctx, existing ? 'update' : 'create', 'team', owner, owner)
	return { id: owner, outcome: existing ? 'updated' : 'created' }
}
