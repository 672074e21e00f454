// Reads stored entities back as interchange records (the exact shape the importer accepts). Used by the exporter,
// by the importer to tell "unchanged" from "updated", and by the JSON API.
import { and, asc, eq, inArray } from 'drizzle-orm'
import type { Db } from '#db/client.server.ts'
import {
	constraints,
	demandItemScenarios,
	demandItems,
	demandLists,
	inventoryLots,
	listingCertifications,
	listingScenarios,
	listingSpecs,
	listings,
	organizationQualifications,
	organizations,
	requiredCertifications,
	standardItems,
	standards,
	teams,
} from '#db/schema/index.ts'
import type { DemandRecord } from '../demands/schema.ts'
import type { ListingRecord } from '../listings/schema.ts'
import type { OrganizationRecord } from '../organizations/schema.ts'
import type { StandardRecord, TeamRecord } from '../standards/schema.ts'
import type { SpecConstraintInput } from '../catalog/fields.ts'

type Owner = 'demand_item' | 'standard_item'

/** Drops undefined and null fields so records compare and serialise like the files they came from. */
export function compact<T extends Record<string, unknown>>(o: T): T {
	const out: Record<string, unknown> = {}
	for (const [k, v] of Object.entries(o)) if (v !== undefined && v !== null) out[k] = v
	return out as T
}
const orUndefined = <T>(xs: T[]): T[] | undefined => (xs.length ? xs : undefined)

export function organizationRecordById(db: Db, id: number): OrganizationRecord | null {
	const o = db.select().from(organizations).where(eq(organizations.id, id)).get()
	if (!o) return null
	const quals = db
		.select({ code: organizationQualifications.code })
		.from(organizationQualifications)
		.where(eq(organizationQualifications.orgId, id))
		.all()
		.map((q) => q.code)
		.sort()
	return compact({
		ref: o.ref,
		name: o.name,
		uscc: o.uscc,
		kind: o.kind,
		region: o.regionCode,
		qualifications: orUndefined(quals),
		teamType: o.teamType,
		headcount: o.headcount,
		level: o.level,
		contact: o.contact,
		phone: o.phone,
		email: o.email,
		address: o.address,
		website: o.website,
		verified: o.verifiedAt !== null,
	}) as OrganizationRecord
}

export function constraintsOf(db: Db, ownerKind: Owner, ownerId: number): SpecConstraintInput[] {
	return db
		.select()
		.from(constraints)
		.where(and(eq(constraints.ownerKind, ownerKind), eq(constraints.ownerId, ownerId)))
		.orderBy(asc(constraints.position))
		.all()
		.map((c) => {
			let value: SpecConstraintInput['value']
			if (c.op === 'in') value = JSON.parse(c.valuesText ?? '[]') as string[]
			else if (c.valueNum !== null) value = c.valueNum
			else if (c.valuesText !== null) value = c.valuesText
			return compact({ name: c.name, op: c.op, value, value2: c.value2Num, unit: c.unit }) as SpecConstraintInput
		})
}

export function requiredCertificationsOf(db: Db, ownerKind: Owner, ownerId: number): string[] {
	return db
		.select({ code: requiredCertifications.typeCode })
		.from(requiredCertifications)
		.where(and(eq(requiredCertifications.ownerKind, ownerKind), eq(requiredCertifications.ownerId, ownerId)))
		.orderBy(asc(requiredCertifications.position))
		.all()
		.map((r) => r.code)
}

export function listingRecordById(db: Db, id: number): ListingRecord | null {
	const l = db
		.select({ listing: listings, orgRef: organizations.ref })
		.from(listings)
		.innerJoin(organizations, eq(organizations.id, listings.orgId))
		.where(eq(listings.id, id))
		.get()
	if (!l) return null
	const { listing } = l
	const scenarios = db
		.select({ code: listingScenarios.scenarioCode })
		.from(listingScenarios)
		.where(eq(listingScenarios.listingId, id))
		.orderBy(asc(listingScenarios.position))
		.all()
		.map((s) => s.code)
	const specs = db
		.select()
		.from(listingSpecs)
		.where(eq(listingSpecs.listingId, id))
		.orderBy(asc(listingSpecs.position))
		.all()
		.map((s) => compact({ name: s.name, value: (s.valueNum ?? s.valueText)!, unit: s.unit }))
	const certifications = db
		.select()
		.from(listingCertifications)
		.where(eq(listingCertifications.listingId, id))
		.orderBy(asc(listingCertifications.position))
		.all()
		.map((c) => compact({ type: c.typeCode, number: c.number, validUntil: c.validUntil }))
	const price = compact({ min: listing.priceMin, max: listing.priceMax })
	return compact({
		ref: listing.ref,
		org: l.orgRef,
		kind: listing.kind,
		title: listing.title,
		model: listing.model,
		category: listing.categoryCode,
		scenarios: orUndefined(scenarios),
		description: listing.description,
		keywords: listing.keywords && listing.keywords.length ? listing.keywords : undefined,
		specs: orUndefined(specs),
		certifications: orUndefined(certifications),
		price: Object.keys(price).length ? price : undefined,
		leadTimeDays: listing.leadTimeDays,
		monthlyCapacity: listing.monthlyCapacity,
		stock: listing.stock,
		status: listing.status,
	}) as ListingRecord
}

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

/** Deterministic JSON with sorted keys, for comparing records. */
export function canonicalJson(x: unknown): string {
	return JSON.stringify(x, (_k, v: unknown) => {
		if (v && typeof v === 'object' && !Array.isArray(v)) {
			return Object.fromEntries(
				Object.entries(v as Record<string, unknown>)
					.filter(([, val]) => val !== undefined)
					.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
			)
		}
		return v
	})
}
