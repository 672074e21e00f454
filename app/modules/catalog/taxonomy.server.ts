// The equipment taxonomy as platform admins maintain it: the category tree with its labels, and label edits that reach
// the search index at once (the code is the interchange contract and never changes here).
import { and, asc, eq, sql } from 'drizzle-orm'
import type { Db } from '#db/client.server.ts'
import { categories, demandItems, demandLists, listings } from '#db/schema/index.ts'
import { enqueueSearch, recordAudit, writeContext, type Actor } from '../audit/changes.server.ts'
import type { CategoryLabelInput } from './taxonomy-schema.ts'

export const CATEGORY_ENTITY = 'category'

export type CategoryNode = {
	code: string
	parentCode: string | null
	nameZh: string
	nameEn: string
	level: number
	labelsEditedAt: string | null
	/** Published listings and open demand items filed under exactly this code (what a label edit re-indexes). */
	listings: number
	demandItems: number
}

const tx = <T>(db: Db, fn: (t: Db) => T): T => db.transaction((t) => fn(t as unknown as Db))

/** Every category in tree order (parents before their children, siblings by position). */
export function categoryTree(db: Db): CategoryNode[] {
	const listingCounts = new Map(
		db
			.select({ code: listings.categoryCode, n: sql<number>`count(*)` })
			.from(listings)
			.where(eq(listings.status, 'published'))
			.groupBy(listings.categoryCode)
			.all()
			.map((r) => [r.code, r.n]),
	)
	const itemCounts = new Map(
		db
			.select({ code: demandItems.categoryCode, n: sql<number>`count(*)` })
			.from(demandItems)
			.innerJoin(demandLists, eq(demandLists.id, demandItems.listId))
			.where(eq(demandLists.status, 'published'))
			.groupBy(demandItems.categoryCode)
			.all()
			.map((r) => [r.code, r.n]),
	)
	// The code is hierarchical (two digits per level), so ordering by code is tree order; position breaks nothing.
	return db
		.select()
		.from(categories)
		.orderBy(asc(categories.code))
		.all()
		.map((c) => ({
			code: c.code,
			parentCode: c.parentCode,
			nameZh: c.nameZh,
			nameEn: c.nameEn,
			level: c.level,
			labelsEditedAt: c.labelsEditedAt,
			listings: listingCounts.get(c.code) ?? 0,
			demandItems: itemCounts.get(c.code) ?? 0,
		}))
}

export type LabelWrite =
	| { ok: true; outcome: 'updated' | 'unchanged'; reindexed: { listings: number; demandLists: number } }
	| { ok: false; reason: 'notFound' }

/**
 * Changes a category's labels. In the same transaction: an audit row, and every published listing and published demand
 * list with an item in the category is enqueued for search (the embedded index is re-derived right there, so a search
 * for the new label finds them as soon as this returns). Drafts and closed lists are not in any index: they pick up
 * the label when they are next published.
 */
export function updateCategoryLabels(db: Db, actor: Actor, code: string, input: CategoryLabelInput): LabelWrite {
	return tx(db, (t) => {
		const before = t.select().from(categories).where(eq(categories.code, code)).get()
		if (!before) return { ok: false, reason: 'notFound' }
		if (before.nameZh === input.nameZh && before.nameEn === input.nameEn) return { ok: true, outcome: 'unchanged', reindexed: { listings: 0, demandLists: 0 } }
		const ctx = writeContext(t, actor, 'web')
		t.update(categories).set({ nameZh: input.nameZh, nameEn: input.nameEn, labelsEditedAt: ctx.stamp }).where(eq(categories.code, code)).run()
		recordAudit(ctx, 'category.update', CATEGORY_ENTITY, null, null, {
			before: { code, nameZh: before.nameZh, nameEn: before.nameEn },
			after: { code, nameZh: input.nameZh, nameEn: input.nameEn },
		})
		const listingIds = t
			.select({ id: listings.id })
			.from(listings)
			.where(and(eq(listings.categoryCode, code), eq(listings.status, 'published')))
			.all()
		for (const { id } of listingIds) enqueueSearch(ctx, 'listing', id)
		const listIds = t
			.selectDistinct({ id: demandLists.id })
			.from(demandItems)
			.innerJoin(demandLists, eq(demandLists.id, demandItems.listId))
			.where(and(eq(demandItems.categoryCode, code), eq(demandLists.status, 'published')))
			.all()
		for (const { id } of listIds) enqueueSearch(ctx, 'demand_list', id)
		return { ok: true, outcome: 'updated', reindexed: { listings: listingIds.length, demandLists: listIds.length } }
	})
}
