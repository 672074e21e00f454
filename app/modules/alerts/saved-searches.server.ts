// A user's saved searches and e-mail setting (every query has the user in its `where`), and how a saved search is run
// against the search engine to find results it has not alerted about yet.
import { and, desc, eq, sql } from 'drizzle-orm'
import type { Db } from '#db/client.server.ts'
import { alertSettings, savedSearches, type AlertFrequency, type SavedSearch } from '#db/schema/index.ts'
import type { SearchEngine } from '#search/engine.ts'
import { DEFAULT_EMAIL_FREQUENCY } from '#app/modules/notifications/notify.server.ts'
import { stateOf } from './search-query.ts'

/** A user keeps at most this many saved searches. */
export const MAX_SAVED_SEARCHES = 30
/** How many of the newest results a run looks at; more new ones than this are reported as "100+". */
export const RUN_WINDOW = 100

export type NewResults = { ids: number[]; titles: string[]; maxId: number; more: boolean }

/** The newest results of the search (only documents with every word); ids above `lastSeenId` are new. */
export async function newResults(engine: SearchEngine, query: string, lastSeenId: number): Promise<NewResults> {
	const s = stateOf(query)
	const found = await engine.search({ index: s.index, q: s.q, filters: s.filters, sort: 'newest', page: 1, perPage: RUN_WINDOW, facets: [], strict: true })
	const fresh = found.hits.filter((h) => h.id > lastSeenId)
	return {
		ids: fresh.map((h) => h.id),
		titles: fresh.map((h) => h.title),
		maxId: found.hits.reduce((m, h) => Math.max(m, h.id), 0),
		more: fresh.length === found.hits.length && found.total > found.hits.length,
	}
}

export function savedSearchesOf(db: Db, userId: number): SavedSearch[] {
	return db.select().from(savedSearches).where(eq(savedSearches.userId, userId)).orderBy(desc(savedSearches.id)).all()
}

export type CreateResult = { ok: true; id: number } | { ok: false; reason: 'limit' | 'duplicate' }

/** Saves a search; its cursor starts at the current newest result so that only results published later alert. */
export async function createSavedSearch(db: Db, engine: SearchEngine, userId: number, input: { name: string; query: string; frequency: AlertFrequency }, now = new Date()): Promise<CreateResult> {
	const { maxId } = await newResults(engine, input.query, 0)
	return db.transaction(() => {
		const count = db.select({ n: sql<number>`count(*)` }).from(savedSearches).where(eq(savedSearches.userId, userId)).get()!.n
		if (count >= MAX_SAVED_SEARCHES) return { ok: false, reason: 'limit' } as const
		const same = db.select({ id: savedSearches.id }).from(savedSearches).where(and(eq(savedSearches.userId, userId), eq(savedSearches.query, input.query))).get()
		if (same) return { ok: false, reason: 'duplicate' } as const
		const id = db
			.insert(savedSearches)
			.values({ userId, name: input.name, query: input.query, frequency: input.frequency, lastSeenId: maxId, lastRunAt: now.toISOString() })
			.returning({ id: savedSearches.id })
			.get().id
		return { ok: true, id } as const
	})
}

/** Changes the frequency of the user's own saved search; false when it is not theirs (or gone). */
export function setSavedSearchFrequency(db: Db, userId: number, id: number, frequency: AlertFrequency): boolean {
	return db.update(savedSearches).set({ frequency }).where(and(eq(savedSearches.id, id), eq(savedSearches.userId, userId))).run().changes > 0
}

export function deleteSavedSearch(db: Db, userId: number, id: number): string | null {
	const row = db.delete(savedSearches).where(and(eq(savedSearches.id, id), eq(savedSearches.userId, userId))).returning({ name: savedSearches.name }).get()
	return row?.name ?? null
}

export function emailFrequencyOf(db: Db, userId: number): AlertFrequency {
	return db.select({ email: alertSettings.email }).from(alertSettings).where(eq(alertSettings.userId, userId)).get()?.email ?? DEFAULT_EMAIL_FREQUENCY
}

export function setEmailFrequency(db: Db, userId: number, email: AlertFrequency, now = new Date()): void {
	const stamp = now.toISOString()
	db.insert(alertSettings).values({ userId, email, updatedAt: stamp }).onConflictDoUpdate({ target: alertSettings.userId, set: { email, updatedAt: stamp } }).run()
}
