// The importer (interchange.md §1): validates every record, checks references, then writes the whole file in one
// transaction or nothing at all. `ref` is the natural key, so importing the same file twice changes nothing.
import { and, eq, inArray, notInArray, sql } from 'drizzle-orm'
import type { z } from 'zod'
import { DEFAULT_LOCALE, type Locale } from '#app/i18n/translate.ts'
import type { Db } from '#db/client.server.ts'
import {
	auditLog,
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
	searchOutbox,
	standardItems,
	standards,
	teams,
} from '#db/schema/index.ts'
import { toCanonical } from '../catalog/units.ts'
import type { SpecConstraintInput, SpecInput } from '../catalog/fields.ts'
import { demandRecord, DEMAND_OWNER_KINDS, type DemandRecord } from '../demands/schema.ts'
import { listingRecord, LISTING_OWNER_KINDS, type ListingRecord } from '../listings/schema.ts'
import { organizationRecord, type OrganizationRecord } from '../organizations/schema.ts'
import { standardRecord, teamRecord, type StandardRecord, type TeamRecord } from '../standards/schema.ts'
import { problem, problemsFromIssues, RECORD_TYPES, type Problem, type RecordType } from './problems.ts'
import {
	canonicalJson,
	demandRecordById,
	listingRecordById,
	organizationRecordById,
	standardRecordById,
	teamRecordByOrgId,
} from './records.server.ts'

/** A record as read from a file, before validation. */
export type RawRecord = { type: RecordType; data: unknown; index: number; row?: number }

/** Who imports: an operator (CLI, platform admin, seed) vouches for the file; an organization may touch only its own records. */
export type ImportActor =
	| { kind: 'operator'; label: string; userId?: number }
	| { kind: 'organization'; orgId: number; orgRef: string; userId?: number }

export type ImportOptions = { locale?: Locale; actor?: ImportActor; now?: Date }

export type Counts = { created: number; updated: number; unchanged: number }
export type ImportReport =
	| { ok: true; counts: Record<RecordType, Counts> }
	| { ok: false; problems: Problem[] }

const SCHEMAS = {
	organization: organizationRecord,
	listing: listingRecord,
	demand: demandRecord,
	standard: standardRecord,
	team: teamRecord,
} satisfies Record<RecordType, z.ZodType>

type Parsed = {
	organization: OrganizationRecord
	listing: ListingRecord
	demand: DemandRecord
	standard: StandardRecord
	team: TeamRecord
}
type Entry<T extends RecordType> = { record: Parsed[T]; where: Where }
type Where = Omit<Problem, 'field' | 'code' | 'message'>

/** The natural key of a record, as written (for error reports and duplicate checks). */
export function naturalKey(type: RecordType, data: unknown): string | undefined {
	if (!data || typeof data !== 'object') return undefined
	const d = data as Record<string, unknown>
	const k = type === 'standard' ? d.code : type === 'team' ? d.org : d.ref
	return typeof k === 'string' && k.trim() ? k.trim() : undefined
}

/** Strings trimmed; empty strings and nulls treated as absent (interchange.md). */
export function clean(x: unknown): unknown {
	if (typeof x === 'string') return x.trim()
	if (Array.isArray(x)) return x.map(clean).filter((v) => v !== '' && v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0))
	if (x && typeof x === 'object') {
		const out: Record<string, unknown> = {}
		for (const [k, v] of Object.entries(x)) {
			const c = clean(v)
			if (c === '' || c === null || c === undefined || (Array.isArray(c) && c.length === 0)) continue
			out[k] = c
		}
		return out
	}
	return x
}

/** Validates and writes records; `readProblems` (from the file reader) also reject the import but are reported together. */
export function importRecords(db: Db, raw: RawRecord[], options: ImportOptions = {}, readProblems: Problem[] = []): ImportReport {
	const locale = options.locale ?? DEFAULT_LOCALE
	const actor: ImportActor = options.actor ?? { kind: 'operator', label: 'cli' }
	const problems: Problem[] = [...readProblems]
	const parsed: { [T in RecordType]: Entry<T>[] } = { organization: [], listing: [], demand: [], standard: [], team: [] }

	for (const r of raw) {
		const where: Where = { type: r.type, ref: naturalKey(r.type, r.data), row: r.row, index: r.row === undefined ? r.index : undefined }
		const result = SCHEMAS[r.type].safeParse(clean(r.data), { reportInput: true })
		if (!result.success) problems.push(...problemsFromIssues(result.error.issues, where, locale))
		else (parsed[r.type] as Entry<typeof r.type>[]).push({ record: result.data as never, where })
	}
	// Organizations whose records were invalid are still "in the file": records that refer to them are not
	// reported a second time as referring to an unknown organization.
	const invalidOrgRefs = new Set(raw.filter((r) => r.type === 'organization').map((r) => naturalKey('organization', r.data)).filter((k) => k !== undefined))
	problems.push(...checkReferences(db, parsed, actor, locale, invalidOrgRefs))
	if (problems.length) return { ok: false, problems }

	try {
		const counts = db.transaction((tx) => write(tx as unknown as Db, parsed, actor, options.now ?? new Date()))
		return { ok: true, counts }
	} catch (e) {
		// A constraint the checks above did not foresee: the transaction rolled back, nothing was written.
		const detail = e instanceof Error ? e.message : String(e)
		return { ok: false, problems: [problem({ type: 'file' }, '', { code: 'db.write', vars: { detail } }, locale)] }
	}
}

// ---------------------------------------------------------------------------------------------------------------
// Reference checks: everything that needs the database or other records, all problems collected.

function checkReferences(
	db: Db,
	parsed: { [T in RecordType]: Entry<T>[] },
	actor: ImportActor,
	locale: Locale,
	orgRefsInFile: Set<string>,
): Problem[] {
	const problems: Problem[] = []
	const p = (where: Where, field: string, code: string, vars?: Record<string, unknown>) =>
		problems.push(problem(where, field, { code, vars }, locale))

	for (const type of RECORD_TYPES) {
		const seen = new Set<string>()
		for (const e of parsed[type]) {
			const key = naturalKey(type, e.record)!
			if (seen.has(key)) p(e.where, type === 'standard' ? 'code' : type === 'team' ? 'org' : 'ref', 'ref.duplicateInFile', { value: key })
			seen.add(key)
		}
	}

	// Organizations known to the database, and those the file brings.
	const orgRefs = new Set([
		...parsed.organization.map((e) => e.record.ref),
		...parsed.listing.map((e) => e.record.org),
		...parsed.demand.map((e) => e.record.org),
		...parsed.team.map((e) => e.record.org),
	])
	const dbOrgs = new Map(
		(orgRefs.size
			? db.select({ id: organizations.id, ref: organizations.ref, kind: organizations.kind }).from(organizations).where(inArray(organizations.ref, [...orgRefs])).all()
			: []
		).map((o) => [o.ref, o]),
	)
	const fileOrgs = new Map(parsed.organization.map((e) => [e.record.ref, e.record]))
	const kindOf = (ref: string) => fileOrgs.get(ref)?.kind ?? dbOrgs.get(ref)?.kind

	const usccs = parsed.organization.map((e) => e.record.uscc)
	const usccOwners = new Map(
		(usccs.length ? db.select({ ref: organizations.ref, uscc: organizations.uscc }).from(organizations).where(inArray(organizations.uscc, usccs)).all() : []).map(
			(o) => [o.uscc, o.ref],
		),
	)
	const fileUscc = new Map<string, string>()
	for (const e of parsed.organization) {
		const { uscc, ref } = e.record
		const other = fileUscc.get(uscc) ?? usccOwners.get(uscc)
		if (other !== undefined && other !== ref) p(e.where, 'uscc', 'uscc.taken', { other })
		else fileUscc.set(uscc, ref)
	}

	const checkOwner = (where: Where, orgRef: string, allowed: readonly string[]) => {
		const kind = kindOf(orgRef)
		if (!kind && orgRefsInFile.has(orgRef)) return
		if (!kind) p(where, 'org', 'org.notFound', { value: orgRef })
		else if (!allowed.includes(kind)) p(where, 'org', 'org.wrongKind', { value: orgRef, kind, allowed: allowed.join(',') })
	}
	for (const e of parsed.listing) checkOwner(e.where, e.record.org, LISTING_OWNER_KINDS)
	for (const e of parsed.demand) checkOwner(e.where, e.record.org, DEMAND_OWNER_KINDS)
	for (const e of parsed.team) checkOwner(e.where, e.record.org, ['rescue_team'])

	// Teams: the standard exists (in the file or the database) and every keyed lot names one of its items.
	const fileStandards = new Map(parsed.standard.map((e) => [e.record.code, e.record]))
	for (const e of parsed.team) {
		const code = e.record.standard
		let itemRefs: Set<string> | undefined
		const inFile = fileStandards.get(code)
		if (inFile) itemRefs = new Set(inFile.items.map((i) => i.ref))
		else {
			const s = db.select({ id: standards.id }).from(standards).where(eq(standards.code, code)).get()
			if (s) itemRefs = new Set(db.select({ ref: standardItems.ref }).from(standardItems).where(eq(standardItems.standardId, s.id)).all().map((i) => i.ref))
		}
		if (!itemRefs) {
			p(e.where, 'standard', 'standard.notFound', { value: code })
			continue
		}
		e.record.inventory.forEach((lot, i) => {
			if (lot.item !== undefined && !itemRefs.has(lot.item)) p(e.where, `inventory.${i}.item`, 'standardItem.notFound', { standard: code, value: lot.item })
		})
	}

	if (actor.kind === 'organization') {
		const own = actor.orgRef
		const scope = (where: Where, field: string, orgRef: string) => {
			if (orgRef !== own) p(where, field, 'scope.otherOrg', { own })
		}
		for (const e of parsed.organization) scope(e.where, 'ref', e.record.ref)
		for (const e of parsed.team) scope(e.where, 'org', e.record.org)
		for (const e of parsed.standard) p(e.where, 'code', 'scope.standardsForbidden')
		// An existing listing or demand of another organization must not be taken over by reusing its ref.
		const ownedElsewhere = (table: typeof listings | typeof demandLists, refs: string[]) =>
			new Set(
				refs.length
					? db
							.select({ ref: table.ref })
							.from(table)
							.where(and(inArray(table.ref, refs), sql`${table.orgId} <> ${actor.orgId}`))
							.all()
							.map((r) => r.ref)
					: [],
			)
		const foreignListings = ownedElsewhere(listings, parsed.listing.map((e) => e.record.ref))
		for (const e of parsed.listing) {
			scope(e.where, 'org', e.record.org)
			if (foreignListings.has(e.record.ref)) p(e.where, 'ref', 'scope.otherOrg', { own })
		}
		const foreignDemands = ownedElsewhere(demandLists, parsed.demand.map((e) => e.record.ref))
		for (const e of parsed.demand) {
			scope(e.where, 'org', e.record.org)
			if (foreignDemands.has(e.record.ref)) p(e.where, 'ref', 'scope.otherOrg', { own })
		}
	}
	return problems
}

// ---------------------------------------------------------------------------------------------------------------
// Writing: inside one transaction. Each record is compared with what is stored; unchanged records are not touched.

function write(db: Db, parsed: { [T in RecordType]: Entry<T>[] }, actor: ImportActor, now: Date): Record<RecordType, Counts> {
	const stamp = now.toISOString()
	const counts = Object.fromEntries(RECORD_TYPES.map((t) => [t, { created: 0, updated: 0, unchanged: 0 }])) as Record<RecordType, Counts>
	const audit = (action: 'create' | 'update', entity: string, entityId: number, orgId: number | null) =>
		db
			.insert(auditLog)
			.values({
				at: stamp,
				userId: actor.userId ?? null,
				orgId: orgId ?? (actor.kind === 'organization' ? actor.orgId : null),
				actor: actor.kind === 'operator' ? actor.label : `org:${actor.orgRef}`,
				action: `import.${action}`,
				entity,
				entityId,
			})
			.run()
	const outbox = (entity: string, entityId: number) =>
		db
			.insert(searchOutbox)
			.values({ entity, entityId, op: 'upsert', updatedAt: stamp })
			.onConflictDoUpdate({
				target: [searchOutbox.entity, searchOutbox.entityId],
				set: { op: 'upsert', revision: sql`${searchOutbox.revision} + 1`, attempts: 0, deadAt: null, lastError: null, updatedAt: stamp },
			})
			.run()
	const tally = (type: RecordType, outcome: 'created' | 'updated' | 'unchanged') => counts[type][outcome]++

	// Organizations first: the other records refer to them.
	const orgIds = new Map<string, number>()
	for (const { record } of parsed.organization) {
		const existing = db.select({ id: organizations.id, verifiedAt: organizations.verifiedAt }).from(organizations).where(eq(organizations.ref, record.ref)).get()
		const verified = actor.kind === 'operator' ? (record.verified ?? true) : existing ? existing.verifiedAt !== null : false
		const desired = { ...record, verified, qualifications: record.qualifications?.length ? [...record.qualifications].sort() : undefined }
		if (existing && sameRecord(organizationRecordById(db, existing.id), desired)) {
			orgIds.set(record.ref, existing.id)
			tally('organization', 'unchanged')
			continue
		}
		const values = {
			ref: record.ref,
			name: record.name,
			uscc: record.uscc,
			kind: record.kind,
			regionCode: record.region,
			teamType: record.teamType ?? null,
			headcount: record.headcount ?? null,
			level: record.level ?? null,
			contact: record.contact ?? null,
			phone: record.phone ?? null,
			email: record.email ?? null,
			address: record.address ?? null,
			website: record.website ?? null,
			verifiedAt: verified ? (existing?.verifiedAt ?? stamp) : null,
			verifiedBy: verified ? (actor.userId ?? null) : null,
			updatedAt: stamp,
		}
		let id: number
		if (existing) {
			id = existing.id
			db.update(organizations).set(values).where(eq(organizations.id, id)).run()
			db.delete(organizationQualifications).where(eq(organizationQualifications.orgId, id)).run()
		} else {
			id = db.insert(organizations).values({ ...values, createdAt: stamp }).returning({ id: organizations.id }).get().id
		}
		for (const code of desired.qualifications ?? []) db.insert(organizationQualifications).values({ orgId: id, code }).run()
		orgIds.set(record.ref, id)
		tally('organization', existing ? 'updated' : 'created')
		audit(existing ? 'update' : 'create', 'organization', id, id)
		outbox('organization', id)
	}
	const orgId = (ref: string): number => {
		const known = orgIds.get(ref)
		if (known !== undefined) return known
		const row = db.select({ id: organizations.id }).from(organizations).where(eq(organizations.ref, ref)).get()
		if (!row) throw new Error(`organization ${ref} vanished during import`)
		orgIds.set(ref, row.id)
		return row.id
	}

	// Standards before teams.
	for (const { record } of parsed.standard) {
		const existing = db.select({ id: standards.id }).from(standards).where(eq(standards.code, record.code)).get()
		if (existing && sameRecord(standardRecordById(db, existing.id), record)) {
			tally('standard', 'unchanged')
			continue
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
		} else id = db.insert(standards).values({ ...values, createdAt: stamp }).returning({ id: standards.id }).get().id
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
		tally('standard', existing ? 'updated' : 'created')
		audit(existing ? 'update' : 'create', 'standard', id, null)
	}

	for (const { record } of parsed.listing) {
		const existing = db.select({ id: listings.id, publishedAt: listings.publishedAt }).from(listings).where(eq(listings.ref, record.ref)).get()
		if (existing && sameRecord(listingRecordById(db, existing.id), record)) {
			tally('listing', 'unchanged')
			continue
		}
		const owner = orgId(record.org)
		const values = {
			ref: record.ref,
			orgId: owner,
			kind: record.kind,
			title: record.title,
			model: record.model ?? null,
			categoryCode: record.category ?? null,
			description: record.description ?? null,
			keywords: record.keywords?.length ? record.keywords : null,
			priceMin: record.price?.min ?? null,
			priceMax: record.price?.max ?? null,
			leadTimeDays: record.leadTimeDays ?? null,
			monthlyCapacity: record.monthlyCapacity ?? null,
			stock: record.stock ?? null,
			status: record.status,
			publishedAt: existing?.publishedAt ?? (record.status === 'published' ? stamp : null),
			updatedAt: stamp,
		}
		let id: number
		if (existing) {
			id = existing.id
			db.update(listings).set(values).where(eq(listings.id, id)).run()
			db.delete(listingScenarios).where(eq(listingScenarios.listingId, id)).run()
			db.delete(listingSpecs).where(eq(listingSpecs.listingId, id)).run()
			db.delete(listingCertifications).where(eq(listingCertifications.listingId, id)).run()
		} else id = db.insert(listings).values({ ...values, createdAt: stamp }).returning({ id: listings.id }).get().id
		;(record.scenarios ?? []).forEach((scenarioCode, position) => db.insert(listingScenarios).values({ listingId: id, scenarioCode, position }).run())
		;(record.specs ?? []).forEach((s, position) => db.insert(listingSpecs).values({ listingId: id, position, ...specColumns(s) }).run())
		;(record.certifications ?? []).forEach((c, position) =>
			db.insert(listingCertifications).values({ listingId: id, position, typeCode: c.type, number: c.number ?? null, validUntil: c.validUntil ?? null }).run(),
		)
		tally('listing', existing ? 'updated' : 'created')
		audit(existing ? 'update' : 'create', 'listing', id, owner)
		outbox('listing', id)
	}

	for (const { record } of parsed.demand) {
		const existing = db.select({ id: demandLists.id, publishedAt: demandLists.publishedAt }).from(demandLists).where(eq(demandLists.ref, record.ref)).get()
		if (existing && sameRecord(demandRecordById(db, existing.id), record)) {
			tally('demand', 'unchanged')
			continue
		}
		const owner = orgId(record.org)
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
		tally('demand', existing ? 'updated' : 'created')
		audit(existing ? 'update' : 'create', 'demand_list', id, owner)
		outbox('demand_list', id)
	}

	for (const { record } of parsed.team) {
		const owner = orgId(record.org)
		const existing = db.select({ orgId: teams.orgId }).from(teams).where(eq(teams.orgId, owner)).get()
		if (existing && sameRecord(teamRecordByOrgId(db, owner), record)) {
			tally('team', 'unchanged')
			continue
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
		tally('team', existing ? 'updated' : 'created')
		audit(existing ? 'update' : 'create', 'team', owner, owner)
	}
	return counts
}

function sameRecord(stored: unknown, incoming: unknown): boolean {
	return stored !== null && canonicalJson(stored) === canonicalJson(incoming)
}

export function specColumns(s: SpecInput) {
	if (typeof s.value === 'number') {
		const c = toCanonical(s.value, s.unit)
		return { name: s.name, valueNum: s.value, valueText: null, unit: s.unit ?? null, dimension: c?.dimension ?? null, canonicalValue: c?.value ?? null }
	}
	return { name: s.name, valueNum: null, valueText: s.value, unit: s.unit ?? null, dimension: null, canonicalValue: null }
}

export function constraintColumns(c: SpecConstraintInput) {
	const num = typeof c.value === 'number' ? c.value : null
	const lo = num !== null ? toCanonical(num, c.unit) : null
	const hi = c.value2 !== undefined ? toCanonical(c.value2, c.unit) : null
	return {
		name: c.name,
		op: c.op,
		valueNum: num,
		value2Num: c.value2 ?? null,
		valuesText: Array.isArray(c.value) ? JSON.stringify(c.value) : typeof c.value === 'string' ? c.value : null,
		unit: c.unit ?? null,
		dimension: lo?.dimension ?? null,
		canonicalValue: lo?.value ?? null,
		canonicalValue2: hi?.value ?? null,
	}
}

function deleteConstraints(db: Db, ownerKind: 'demand_item' | 'standard_item', ownerId: number) {
	db.delete(constraints).where(and(eq(constraints.ownerKind, ownerKind), eq(constraints.ownerId, ownerId))).run()
	db.delete(requiredCertifications).where(and(eq(requiredCertifications.ownerKind, ownerKind), eq(requiredCertifications.ownerId, ownerId))).run()
}

function writeConstraints(db: Db, ownerKind: 'demand_item' | 'standard_item', ownerId: number, specs: SpecConstraintInput[], certs: string[]) {
	deleteConstraints(db, ownerKind, ownerId)
	specs.forEach((c, position) => db.insert(constraints).values({ ownerKind, ownerId, position, ...constraintColumns(c) }).run())
	certs.forEach((typeCode, position) => db.insert(requiredCertifications).values({ ownerKind, ownerId, position, typeCode }).run())
}
