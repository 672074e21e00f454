// Public reads of demand lists: published or closed lists of verified organizations, never drafts.
import { and, asc, count, desc, eq, gte, inArray, isNotNull, isNull, lt, ne, or, sql, type SQL } from 'drizzle-orm'
import type { Db } from '#db/client.server.ts'
import { categories, demandItemScenarios, demandItems, demandLists, organizations } from '#db/schema/index.ts'
import { constraintsOf, requiredCertificationsOf } from '#app/modules/catalog/constraints.server.ts'

export const publicDemand = and(ne(demandLists.status, 'draft'), isNotNull(organizations.verifiedAt))

export function getPublicDemand(db: Db, ref: string) {
	const row = db
		.select({ list: demandLists, org: organizations })
		.from(demandLists)
		.innerJoin(organizations, eq(organizations.id, demandLists.orgId))
		.where(and(eq(demandLists.ref, ref), publicDemand))
		.get()
	if (!row) return null
	const items = db
		.select({ item: demandItems, category: categories })
		.from(demandItems)
		.leftJoin(categories, eq(categories.code, demandItems.categoryCode))
		.where(eq(demandItems.listId, row.list.id))
		.orderBy(asc(demandItems.position))
		.all()
	const scenarios = items.length
		? db.select().from(demandItemScenarios).where(inArray(demandItemScenarios.itemId, items.map((i) => i.item.id))).orderBy(asc(demandItemScenarios.position)).all()
		: []
	return {
		...row,
		items: items.map(({ item, category }) => ({
			...item,
			category,
			scenarios: scenarios.filter((s) => s.itemId === item.id).map((s) => s.scenarioCode),
			constraints: constraintsOf(db, 'demand_item', item.id),
			certifications: requiredCertificationsOf(db, 'demand_item', item.id),
		})),
	}
}
export type PublicDemand = NonNullable<ReturnType<typeof getPublicDemand>>

export type DemandFilters = {
	orgId?: number
	kind?: string
	status?: 'published' | 'closed'
	/** As shown to visitors (see isOpen): open = published and not past its deadline; closed = the rest. Needs `today`. */
	state?: 'open' | 'closed'
	today?: string
	page?: number
	perPage?: number
}

export function listPublicDemands(db: Db, f: DemandFilters = {}) {
	const conds: (SQL | undefined)[] = [publicDemand]
	if (f.orgId !== undefined) conds.push(eq(demandLists.orgId, f.orgId))
	if (f.kind) conds.push(eq(demandLists.kind, f.kind as 'procurement'))
	if (f.status) conds.push(eq(demandLists.status, f.status))
	if (f.state && f.today) {
		const open = and(eq(demandLists.status, 'published'), or(isNull(demandLists.deadline), gte(demandLists.deadline, f.today)))
		conds.push(f.state === 'open' ? open : or(eq(demandLists.status, 'closed'), and(eq(demandLists.status, 'published'), lt(demandLists.deadline, f.today))))
	}
	const where = and(...conds)
	const perPage = Math.min(Math.max(f.perPage ?? 20, 1), 100)
	const page = Math.max(f.page ?? 1, 1)
	const total = db.select({ n: count() }).from(demandLists).innerJoin(organizations, eq(organizations.id, demandLists.orgId)).where(where).get()?.n ?? 0
	const rows = db
		.select({
			id: demandLists.id,
			ref: demandLists.ref,
			title: demandLists.title,
			kind: demandLists.kind,
			status: demandLists.status,
			deadline: demandLists.deadline,
			regionCode: demandLists.regionCode,
			orgRef: organizations.ref,
			orgName: organizations.name,
			orgRegion: organizations.regionCode,
			publishedAt: demandLists.publishedAt,
		})
		.from(demandLists)
		.innerJoin(organizations, eq(organizations.id, demandLists.orgId))
		.where(where)
		.orderBy(...(f.today ? [openFirst(f.today)] : []), desc(demandLists.publishedAt), desc(demandLists.id))
		.limit(perPage)
		.offset((page - 1) * perPage)
		.all()
	const itemCounts = rows.length
		? db
				.select({ listId: demandItems.listId, n: count() })
				.from(demandItems)
				.where(inArray(demandItems.listId, rows.map((r) => r.id)))
				.groupBy(demandItems.listId)
				.all()
		: []
	return { total, page, perPage, rows: rows.map((r) => ({ ...r, itemCount: itemCounts.find((c) => c.listId === r.id)?.n ?? 0 })) }
}
export type DemandCard = ReturnType<typeof listPublicDemands>['rows'][number]

/** Lists still taking responses before closed and past-deadline ones (as isOpen tells them). */
const openFirst = (today: string) =>
	sql`case when ${demandLists.status} = 'published' and (${demandLists.deadline} is null or ${demandLists.deadline} >= ${today}) then 0 else 1 end`

/** Open means published with a deadline not yet passed (or none). */
export function isOpen(d: { status: string; deadline: string | null }, today: string): boolean {
	return d.status === 'published' && (d.deadline === null || d.deadline >= today)
}
