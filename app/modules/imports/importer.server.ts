// The importer (interchange.md §1): validates every record, checks references, then writes the whole file in one
// transaction or nothing at all. `ref` is the natural key, so importing the same file twice changes nothing.
import { and, eq, inArray, sql } from 'drizzle-orm'
import type { z } from 'zod'
import { DEFAULT_LOCALE, type Locale } from '#app/i18n/translate.ts'
import { stripControlChars } from '#app/utils/text.ts'
import type { Db } from '#db/client.server.ts'
import { demandLists, listings, organizations, standardItems, standards, teams } from '#db/schema/index.ts'
import { permissionsOf } from '../accounts/permissions.ts'
import { writeContext, type Actor, type WriteContext } from '../audit/changes.server.ts'
import { demandRecord, DEMAND_OWNER_KINDS, type DemandRecord } from '../demands/schema.ts'
import { saveDemand } from '../demands/write.server.ts'
import { allowedKinds } from '../listings/form.ts'
import { listingRecord, LISTING_OWNER_KINDS, type ListingRecord } from '../listings/schema.ts'
import { saveListing } from '../listings/write.server.ts'
import { organizationRecord, type OrganizationRecord } from '../organizations/schema.ts'
import { roleOf } from '../organizations/members.server.ts'
import { ownOrganizationRefusals } from '../organizations/rules.ts'
import { sameRecord, saveOrganization, type Saved } from '../organizations/write.server.ts'
import { isLocked } from '../standards/versions.ts'
import { usableStandardFor } from '../standards/queries.server.ts'
import { standardRecord, teamRecord, type StandardRecord, type TeamRecord } from '../standards/schema.ts'
import { saveStandard, saveTeam } from '../standards/write.server.ts'
import { problem, problemsFromIssues, RECORD_TYPES, RecordProblemError, type Problem, type RecordType } from '#app/utils/problems.ts'
import { organizationRecordById } from '#app/modules/organizations/records.server.ts'
import { standardRecordById } from '#app/modules/standards/records.server.ts'

/** A record as read from a file, before validation. */
export type RawRecord = { type: RecordType; data: unknown; index: number; row?: number }

/** Who imports: an operator (CLI, platform admin, seed) vouches for the file; an organization may touch only its own records. */
export type ImportActor = Actor

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
	const key = typeof k === 'string' ? stripControlChars(k).trim() : ''
	return key ? key : undefined
}

/**
 * Strings trimmed; empty strings and nulls treated as absent (interchange.md). Control characters (NUL, ESC, DEL, C1;
 * not tab or line breaks) are removed first, from JSON, NDJSON and spreadsheet cells alike, and from API records.
 */
export function clean(x: unknown): unknown {
	if (typeof x === 'string') return stripControlChars(x).trim()
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
		const counts = db.transaction((tx) => write(writeContext(tx as unknown as Db, actor, 'import', options.now ?? new Date()), parsed))
		return { ok: true, counts }
	} catch (e) {
		if (e instanceof RecordProblemError) return { ok: false, problems: e.problems(locale) }
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

	// Teams: the standard is one the team may use — published (by the platform or a verified organization) or its
	// own organization's, in the file or the database; never another organization's draft, whoever imports — and
	// every keyed lot names one of its items. An unusable standard is reported as not found: it is not the team's to see.
	const fileStandards = new Map(parsed.standard.map((e) => [e.record.code, e.record]))
	for (const e of parsed.team) {
		const code = e.record.standard
		const teamOrgId = dbOrgs.get(e.record.org)?.id
		let itemRefs: Set<string> | undefined
		const inFile = fileStandards.get(code)
		if (inFile) {
			const stored = db.select({ ownerOrgId: standards.ownerOrgId }).from(standards).where(eq(standards.code, code)).get()
			const owner = stored ? stored.ownerOrgId : actor.kind === 'organization' ? actor.orgId : null
			if (inFile.status !== 'draft' || (teamOrgId !== undefined && owner === teamOrgId)) itemRefs = new Set(inFile.items.map((i) => i.ref))
		} else {
			const s = db.select({ id: standards.id }).from(standards).where(and(eq(standards.code, code), usableStandardFor(teamOrgId))).get()
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
		const actorOrg = db.select({ kind: organizations.kind }).from(organizations).where(eq(organizations.id, actor.orgId)).get()
		// Its own organization record: the rules of the /my/org form (ownOrganizationRefusals), with the person's
		// permissions read from the membership — an API token (no person) acts as a plain member.
		const ownRecords = parsed.organization.filter((e) => e.record.ref === own)
		if (ownRecords.length && actorOrg) {
			const stored = organizationRecordById(db, actor.orgId)!
			const role = actor.userId === undefined ? null : roleOf(db, actor.orgId, actor.userId)
			const mayEdit = role !== null && permissionsOf({ platformRole: 'none', membership: { role, orgKind: actorOrg.kind } }).has('update:organization:own')
			for (const e of ownRecords) for (const r of ownOrganizationRefusals(stored, e.record, mayEdit)) p(e.where, r.field, r.code)
		}
		// Bureaus publish configuration standards: a bureau may create standards and change those it owns, never
		// another organization's or the platform's (owner null).
		if (parsed.standard.length) {
			const isBureau = db.select({ kind: organizations.kind }).from(organizations).where(eq(organizations.id, actor.orgId)).get()?.kind === 'bureau'
			const codes = parsed.standard.map((e) => e.record.code)
			const foreign = new Set(
				db
					.select({ code: standards.code })
					.from(standards)
					.where(and(inArray(standards.code, codes), sql`${standards.ownerOrgId} IS NOT ${actor.orgId}`))
					.all()
					.map((r) => r.code),
			)
			for (const e of parsed.standard) {
				if (!isBureau) p(e.where, 'code', 'scope.standardsForbidden')
				else if (foreign.has(e.record.code)) p(e.where, 'code', 'scope.standardOwnedElsewhere', { value: e.record.code })
				else checkStandardChange(db, e, p)
			}
		}
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
		const listingRefs = parsed.listing.map((e) => e.record.ref)
		const ownKinds = new Map(
			listingRefs.length
				? db
						.select({ ref: listings.ref, kind: listings.kind })
						.from(listings)
						.where(and(inArray(listings.ref, listingRefs), eq(listings.orgId, actor.orgId)))
						.all()
						.map((l) => [l.ref, l.kind])
				: [],
		)
		for (const e of parsed.listing) {
			scope(e.where, 'org', e.record.org)
			if (foreignListings.has(e.record.ref)) p(e.where, 'ref', 'scope.otherOrg', { own })
			// The kinds the listing editor offers this organization (a stored listing keeps its own).
			else if (e.record.org === own && actorOrg) {
				const kinds = allowedKinds(actorOrg.kind, ownKinds.get(e.record.ref))
				if (!kinds.includes(e.record.kind)) p(e.where, 'kind', 'oneOf', { values: kinds.join(', ') })
			}
		}
		const foreignDemands = ownedElsewhere(demandLists, parsed.demand.map((e) => e.record.ref))
		for (const e of parsed.demand) {
			scope(e.where, 'org', e.record.org)
			if (foreignDemands.has(e.record.ref)) p(e.where, 'ref', 'scope.otherOrg', { own })
		}
	}
	return problems
}

/**
 * A bureau's standard obeys the standards editor's rules: a published standard that teams use, or an archived one, is
 * not changed in place (a new version is made instead), and only a published standard is archived.
 */
function checkStandardChange(db: Db, e: Entry<'standard'>, p: (where: Where, field: string, code: string, vars?: Record<string, unknown>) => void) {
	const { record } = e
	const stored = db.select({ id: standards.id, status: standards.status }).from(standards).where(eq(standards.code, record.code)).get()
	if (stored && sameRecord(standardRecordById(db, stored.id), record)) return
	const teamCount = stored ? db.select({ n: sql<number>`count(*)` }).from(teams).where(eq(teams.standardId, stored.id)).get()!.n : 0
	if (stored && isLocked(stored.status, teamCount)) p(e.where, 'code', stored.status === 'archived' ? 'standard.archived' : 'standard.locked', { value: record.code })
	else if (record.status === 'archived' && stored?.status !== 'published') p(e.where, 'status', 'standard.archiveUnpublished')
}

// ---------------------------------------------------------------------------------------------------------------
// Writing: inside one transaction. Each record is compared with what is stored; unchanged records are not touched.

function write(ctx: WriteContext, parsed: { [T in RecordType]: Entry<T>[] }): Record<RecordType, Counts> {
	const counts = Object.fromEntries(RECORD_TYPES.map((t) => [t, { created: 0, updated: 0, unchanged: 0 }])) as Record<RecordType, Counts>
	const tally = (type: RecordType, saved: Saved) => counts[type][saved.outcome]++
	// Organizations first and standards before teams: later records refer to them.
	for (const { record } of parsed.organization) tally('organization', saveOrganization(ctx, record))
	for (const { record } of parsed.standard) tally('standard', saveStandard(ctx, record))
	for (const { record } of parsed.listing) tally('listing', saveListing(ctx, record))
	for (const { record } of parsed.demand) tally('demand', saveDemand(ctx, record))
	for (const { record } of parsed.team) tally('team', saveTeam(ctx, record))
	return counts
}
