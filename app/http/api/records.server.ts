// CRUD of the caller's own listings and demand lists through the JSON API. Every owned read and write puts the
// caller's organization in the `where`; records are validated by the importer's schemas and worded like its reports.
import { and, count, desc, eq, type SQL } from 'drizzle-orm'
import { z } from 'zod'
import { translate, type Locale } from '#app/i18n/translate.ts'
import type { Db } from '#db/client.server.ts'
import { demandLists, listings, organizations } from '#db/schema/index.ts'
import { DEMAND_STATUSES } from '#db/schema/demands.ts'
import { LISTING_STATUSES } from '#db/schema/listings.ts'
import type { Permission } from '#app/modules/accounts/permissions.ts'
import { writeContext } from '#app/modules/audit/changes.server.ts'
import { publicDemand } from '#app/modules/demands/queries.server.ts'
import { demandRecord, type DemandRecord } from '#app/modules/demands/schema.ts'
import { saveDemand } from '#app/modules/demands/write.server.ts'
import { clean } from '#app/modules/imports/importer.server.ts'
import { demandRecordById } from '#app/modules/demands/records.server.ts'
import { listingRecordById } from '#app/modules/listings/records.server.ts'
import { publicListing } from '#app/modules/listings/queries.server.ts'
import { listingRecord, type ListingRecord } from '#app/modules/listings/schema.ts'
import { saveListing } from '#app/modules/listings/write.server.ts'
import { ApiError, invalid, issuesOf, json, orgActor, readJson, requireOrg, type ApiCaller, type ApiContext, type ApiOrg, type Handlers } from './http.server.ts'

export type ApiRecordType = 'listing' | 'demand'
type AnyRecord = ListingRecord | DemandRecord

/** What differs between listings and demand lists; the endpoints below are the same for both. */
const TYPES = {
	listing: {
		table: listings,
		schema: listingRecord,
		publicWhere: publicListing,
		statuses: LISTING_STATUSES,
		/** DELETE keeps the record (others may refer to it) and takes it off the market. */
		retiredStatus: 'archived',
		permission: 'create:listing:own',
		forbiddenKey: 'cannotPublishListing',
		read: listingRecordById,
		save: (ctx: Parameters<typeof saveListing>[0], r: AnyRecord) => saveListing(ctx, r as ListingRecord),
	},
	demand: {
		table: demandLists,
		schema: demandRecord,
		publicWhere: publicDemand,
		statuses: DEMAND_STATUSES,
		retiredStatus: 'closed',
		permission: 'create:demand:own',
		forbiddenKey: 'cannotPublishDemand',
		read: demandRecordById,
		save: (ctx: Parameters<typeof saveDemand>[0], r: AnyRecord) => saveDemand(ctx, r as DemandRecord),
	},
} as const satisfies Record<ApiRecordType, { permission: Permission; retiredStatus: string; forbiddenKey: string } & Record<string, unknown>>

// ---------------------------------------------------------------------------------------------------------------
// Queries

/** The id of the organization's own record with this ref, or null (also when another organization owns it). */
export function ownedId(db: Db, type: ApiRecordType, orgId: number, ref: string): number | null {
	const t = TYPES[type].table
	return db.select({ id: t.id }).from(t).where(and(eq(t.ref, ref), eq(t.orgId, orgId))).get()?.id ?? null
}

/** The id of a record anyone may read (published by a verified organization), or null. */
export function publicId(db: Db, type: ApiRecordType, ref: string): number | null {
	const { table: t, publicWhere } = TYPES[type]
	return db.select({ id: t.id }).from(t).innerJoin(organizations, eq(organizations.id, t.orgId)).where(and(eq(t.ref, ref), publicWhere)).get()?.id ?? null
}

function refTaken(db: Db, type: ApiRecordType, ref: string): boolean {
	const t = TYPES[type].table
	return db.select({ id: t.id }).from(t).where(eq(t.ref, ref)).get() !== undefined
}

function readRecord(db: Db, type: ApiRecordType, id: number): AnyRecord {
	const record = TYPES[type].read(db, id)
	if (!record) throw new ApiError('not_found', 'notFound')
	return record
}

type Page = { page: number; perPage: number }
function pageOf(db: Db, type: ApiRecordType, where: SQL | undefined, { page, perPage }: Page) {
	const t = TYPES[type].table
	const total = db.select({ n: count() }).from(t).innerJoin(organizations, eq(organizations.id, t.orgId)).where(where).get()?.n ?? 0
	const ids = db
		.select({ id: t.id })
		.from(t)
		.innerJoin(organizations, eq(organizations.id, t.orgId))
		.where(where)
		.orderBy(desc(t.updatedAt), desc(t.id))
		.limit(perPage)
		.offset((page - 1) * perPage)
		.all()
	return { total, page, perPage, records: ids.map(({ id }) => readRecord(db, type, id)) }
}

// ---------------------------------------------------------------------------------------------------------------
// Input

const flag = z.enum(['1', 'true', '0', 'false']).transform((v) => v === '1' || v === 'true')
const listQuery = (type: ApiRecordType) =>
	z.strictObject({
		mine: flag.optional(),
		status: z.enum(TYPES[type].statuses).optional(),
		page: z.coerce.number().int().min(1).max(100_000).default(1),
		perPage: z.coerce.number().int().min(1).max(100).default(20),
		lang: z.string().optional(),
		lng: z.string().optional(),
	})

function parseQuery(ctx: ApiContext, type: ApiRecordType) {
	const params = Object.fromEntries(new URL(ctx.request.url).searchParams)
	const result = listQuery(type).safeParse(params, { reportInput: true })
	if (!result.success) throw new ApiError('bad_request', 'badQuery', {}, issuesOf(result.error.issues, type, ctx.locale))
	return result.data
}

/** The organization that may write records of this type, or a 401/403 naming why not. */
function requirePublisher(caller: ApiCaller, type: ApiRecordType, locale: Locale): ApiOrg {
	const org = requireOrg(caller)
	if (!caller.permissions.has(TYPES[type].permission)) {
		throw new ApiError('forbidden', TYPES[type].forbiddenKey, { kind: translate(locale, `kinds.org.${org.kind}`) })
	}
	return org
}

/**
 * A request body as a record of the caller's organization: cleaned like an imported record (trimmed, empty = absent),
 * `org` defaulting to the caller's, `ref` defaulting to the path's; then the record schema, worded like the importer.
 */
export function parseRecord(type: ApiRecordType, body: unknown, org: ApiOrg, locale: Locale, pathRef?: string): AnyRecord {
	const input = clean(body)
	if (input && typeof input === 'object' && !Array.isArray(input)) {
		const o = input as Record<string, unknown>
		if (o.org === undefined) o.org = org.ref
		else if (typeof o.org === 'string' && o.org !== org.ref) {
			throw new ApiError('forbidden', 'otherOrg', { own: org.ref }, [{ path: 'org', message: translate(locale, 'api.errors.otherOrg', { own: org.ref }) }])
		}
		if (pathRef !== undefined) {
			if (o.ref === undefined) o.ref = pathRef
			else if (o.ref !== pathRef) throw invalid([{ path: 'ref', message: translate(locale, 'api.errors.refMismatch', { ref: pathRef }) }])
		}
	}
	const result = TYPES[type].schema.safeParse(input, { reportInput: true })
	if (!result.success) throw invalid(issuesOf(result.error.issues, type, locale))
	return result.data
}

/** Saves in one transaction (with the audit-log and search-outbox rows) and returns the record as stored. */
function save(ctx: ApiContext, type: ApiRecordType, org: ApiOrg, record: AnyRecord, mode: 'create' | { id: number }): AnyRecord {
	const { db } = ctx
	const id = db.transaction((tx) => {
		const txDb = tx as unknown as Db
		if (mode === 'create') {
			if (refTaken(txDb, type, record.ref)) throw new ApiError('conflict', 'conflict', { ref: record.ref })
		} else if (ownedId(txDb, type, org.id, record.ref) !== mode.id) throw new ApiError('not_found', 'notFound')
		return TYPES[type].save(writeContext(txDb, orgActor(ctx.caller, org), 'api', new Date(), ctx.ip), record).id
	})
	return readRecord(db, type, id)
}

function requireOwned(ctx: ApiContext, type: ApiRecordType, org: ApiOrg): { id: number; ref: string } {
	const ref = ctx.params.ref ?? ''
	const id = ownedId(ctx.db, type, org.id, ref)
	// Another organization's record is "not found": the API never tells whether it exists.
	if (id === null) throw new ApiError('not_found', 'notFound')
	return { id, ref }
}

// ---------------------------------------------------------------------------------------------------------------
// Endpoints

/** `/api/v1/listings` and `/api/v1/demands`: GET a page (public, or `?mine=1` for the caller's own incl. drafts), POST creates. */
export function collectionHandlers(type: ApiRecordType): Handlers {
	return {
		GET: (ctx) => {
			const q = parseQuery(ctx, type)
			const t = TYPES[type].table
			const statusWhere = q.status ? eq(t.status, q.status) : undefined
			if (q.mine) {
				const org = requireOrg(ctx.caller)
				return json(pageOf(ctx.db, type, and(eq(t.orgId, org.id), statusWhere), q))
			}
			return json(pageOf(ctx.db, type, and(TYPES[type].publicWhere, statusWhere), q))
		},
		POST: async (ctx) => {
			const org = requirePublisher(ctx.caller, type, ctx.locale)
			const record = parseRecord(type, await readJson(ctx.request), org, ctx.locale)
			return json(save(ctx, type, org, record, 'create'), 201, { Location: `/api/v1/${type}s/${encodeURIComponent(record.ref)}` })
		},
	}
}

/** `/api/v1/listings/:ref` and `/api/v1/demands/:ref`: GET, PUT (replace), PATCH (merge top-level fields), DELETE (retire). */
export function itemHandlers(type: ApiRecordType): Handlers {
	return {
		GET: (ctx) => {
			const ref = ctx.params.ref ?? ''
			const own = ctx.caller.org ? ownedId(ctx.db, type, ctx.caller.org.id, ref) : null
			const id = own ?? publicId(ctx.db, type, ref)
			if (id === null) throw new ApiError('not_found', 'notFound')
			return json(readRecord(ctx.db, type, id))
		},
		PUT: async (ctx) => {
			const org = requirePublisher(ctx.caller, type, ctx.locale)
			const { id, ref } = requireOwned(ctx, type, org)
			const record = parseRecord(type, await readJson(ctx.request), org, ctx.locale, ref)
			return json(save(ctx, type, org, record, { id }))
		},
		PATCH: async (ctx) => {
			const org = requirePublisher(ctx.caller, type, ctx.locale)
			const { id, ref } = requireOwned(ctx, type, org)
			const patch = await readJson(ctx.request)
			// A JSON merge patch on the top level: given fields replace the stored ones, `null` removes one.
			const merged = patch && typeof patch === 'object' && !Array.isArray(patch) ? { ...readRecord(ctx.db, type, id), ...patch } : patch
			const record = parseRecord(type, merged, org, ctx.locale, ref)
			return json(save(ctx, type, org, record, { id }))
		},
		DELETE: (ctx) => {
			const org = requirePublisher(ctx.caller, type, ctx.locale)
			const { id, ref } = requireOwned(ctx, type, org)
			const current = readRecord(ctx.db, type, id)
			const record = parseRecord(type, { ...current, status: TYPES[type].retiredStatus }, org, ctx.locale, ref)
			return json(save(ctx, type, org, record, { id }))
		},
	}
}
