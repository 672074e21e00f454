// What /admin/search shows and does: the engine in use and its health, the documents per index, the outbox (pending,
// lag, dead letters) and the two operator actions, putting dead letters back in the queue and rebuilding the indexes.
import { sql } from 'drizzle-orm'
import { env } from '#app/env.server.ts'
import type { Db } from '#db/client.server.ts'
import { recordAudit, writeContext } from '#app/modules/audit/changes.server.ts'
import { EmbeddedEngine } from '#search/embedded.server.ts'
import type { EngineHealth } from '#search/engine.ts'
import { getSearchEngine } from '#app/utils/search-engine.server.ts'
import { clearCoveredByRebuild, deadLetters, errorText, isExternal, outboxStats, retryDead, type DeadLetter, type OutboxStats } from '#search/outbox.server.ts'

export { errorText }

export type DeadLetterRow = DeadLetter & { ref: string | null }

export type SearchStatus = {
	engine: string
	/** Whether the outbox is drained into the engine in use (false: the embedded engine, updated in each transaction). */
	external: boolean
	/** MEILI_HOST is set: Meilisearch is the engine meant to answer. */
	meiliConfigured: boolean
	health: Pick<EngineHealth, 'ok' | 'documents' | 'detail'>
	/** Set when Meilisearch is configured but cannot answer, so the embedded engine answers searches (why). */
	fallback: string | null
	/** With an external engine: the embedded index's documents (it answers while the external engine is down). */
	embeddedDocuments: EngineHealth['documents'] | null
	outbox: OutboxStats
	dead: DeadLetterRow[]
}

const REF_TABLES: Record<string, string> = { listing: 'listings', demand_list: 'demand_lists', organization: 'organizations' }

/** The public reference of each dead letter's record (null for the synonym dictionary or a deleted record). */
function withRefs(db: Db, rows: DeadLetter[]): DeadLetterRow[] {
	return rows.map((r) => {
		const table = REF_TABLES[r.entity]
		const ref = table ? db.get<{ ref: string } | undefined>(sql`select ref from ${sql.identifier(table)} where id = ${r.entityId}`)?.ref ?? null : null
		return { ...r, ref }
	})
}

export async function searchStatus(db: Db, now: Date = new Date()): Promise<SearchStatus> {
	const engine = getSearchEngine(db)
	const external = isExternal(engine)
	// Read like getSearchEngine reads it, so the page and the engine choice always agree.
	const meiliConfigured = Boolean(env().MEILI_HOST)
	let health: SearchStatus['health']
	try {
		const h = await engine.health()
		health = { ok: h.ok, documents: h.documents, ...(h.detail ? { detail: h.detail } : {}) }
	} catch (e) {
		health = { ok: false, documents: { listings: 0, demands: 0 }, detail: errorText(e) }
	}
	const fallback = meiliConfigured && (!external || !health.ok) ? (health.detail ?? 'Meilisearch is not answering') : null
	const embeddedDocuments = external ? (await new EmbeddedEngine(db).health()).documents : null
	return { engine: engine.name, external, meiliConfigured, health, fallback, embeddedDocuments, outbox: outboxStats(db, now), dead: withRefs(db, deadLetters(db, 100)) }
}

export type RebuildResult = { engine: string; listings: number; demands: number; ms: number; at: string }

/**
 * Rebuilds both indexes of the engine in use from the database. For an external engine every change recorded before
 * the rebuild started is then in the index, so those outbox rows go (changes made meanwhile stay queued).
 */
export async function rebuildIndexes(db: Db, userId: number, now: () => Date = () => new Date()): Promise<RebuildResult> {
	const engine = getSearchEngine(db)
	const startedAt = now()
	const listings = (await engine.reindex('listings')).documents
	const demands = (await engine.reindex('demands')).documents
	if (isExternal(engine)) clearCoveredByRebuild(db, startedAt)
	const finished = now()
	const result = { engine: engine.name, listings, demands, ms: Math.max(0, finished.getTime() - startedAt.getTime()), at: finished.toISOString() }
	recordAudit(writeContext(db, { kind: 'operator', label: 'admin', userId }, 'admin', finished), 'reindex', 'search_index', null, null, { after: { engine: engine.name, listings, demands } })
	return result
}

/** Puts dead letters (all, or one) back in the queue; returns how many, and records who did it. */
export function retryDeadLetters(db: Db, userId: number, id?: number): number {
	return db.transaction((t) => {
		const tx = t as unknown as Db
		const n = retryDead(tx, id === undefined ? undefined : [id])
		if (n) recordAudit(writeContext(tx, { kind: 'operator', label: 'admin', userId }, 'admin'), 'retry', 'search_outbox', id ?? null, null, { after: { count: n } })
		return n
	})
}
