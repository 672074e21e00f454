// The search synonym dictionary as platform admins edit it: list, add, change, delete. Every write is one transaction
// with an audit row and a `synonyms` search-outbox row (an external engine reloads the whole dictionary from it).
import { asc, eq } from 'drizzle-orm'
import type { Db } from '#db/client.server.ts'
import { searchSynonyms } from '#db/schema/index.ts'
import { enqueueSearch, recordAudit, writeContext, type Actor } from '../audit/changes.server.ts'
import { synonymKey, type SynonymInput } from '../catalog/synonym-schema.ts'

export type SynonymEntry = { id: number; term: string; expansions: string[]; related: string[]; source: SynonymSource; updatedAt: string }
export type SynonymSource = (typeof searchSynonyms.$inferSelect)['source']

/** The audit log's name for a dictionary entry; the outbox's entity (id 0 = the whole dictionary). */
export const SYNONYM_ENTITY = 'search_synonym'

const tx = <T>(db: Db, fn: (t: Db) => T): T => db.transaction((t) => fn(t as unknown as Db))

function expansionsOf(v: unknown): string[] {
	return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []
}

function entry(r: typeof searchSynonyms.$inferSelect): SynonymEntry {
	return { id: r.id, term: r.term, expansions: expansionsOf(r.expansions), related: expansionsOf(r.related), source: r.source, updatedAt: r.updatedAt }
}

/** Every entry (the dictionary is small: hundreds, not millions), by term; `q` keeps those whose term or expansions contain it. */
export function listSynonyms(db: Db, opts: { q?: string } = {}): { rows: SynonymEntry[]; total: number } {
	const all = db.select().from(searchSynonyms).orderBy(asc(searchSynonyms.term)).all().map(entry)
	const q = opts.q ? synonymKey(opts.q) : ''
	const rows = q ? all.filter((e) => synonymKey(e.term).includes(q) || [...e.expansions, ...e.related].some((x) => synonymKey(x).includes(q))) : all
	return { rows, total: all.length }
}

export function synonymById(db: Db, id: number): SynonymEntry | null {
	const r = db.select().from(searchSynonyms).where(eq(searchSynonyms.id, id)).get()
	return r ? entry(r) : null
}

/** The entry whose term equals this one ignoring case and width, other than `except`. */
function sameTerm(db: Db, term: string, except?: number): { id: number; term: string } | null {
	const key = synonymKey(term)
	const hit = db
		.select({ id: searchSynonyms.id, term: searchSynonyms.term })
		.from(searchSynonyms)
		.all()
		.find((r) => r.id !== except && synonymKey(r.term) === key)
	return hit ?? null
}

export type SynonymWrite = { ok: true; id: number } | { ok: false; reason: 'conflict'; existing: { id: number; term: string } } | { ok: false; reason: 'notFound' }

function afterWrite(db: Db, actor: Actor, action: string, id: number, before: unknown, after: unknown): void {
	const ctx = writeContext(db, actor, 'web')
	recordAudit(ctx, action, SYNONYM_ENTITY, id, null, { before, after })
	enqueueSearch(ctx, 'synonyms', 0)
}

/** What the audit log keeps of an entry: its term and words (related ones only when there are any). */
const shown = (e: { term: string; expansions: string[]; related: string[] }) => ({ term: e.term, expansions: e.expansions, ...(e.related.length ? { related: e.related } : {}) })

export function createSynonym(db: Db, actor: Actor, input: SynonymInput): SynonymWrite {
	return tx(db, (t) => {
		const existing = sameTerm(t, input.term)
		if (existing) return { ok: false, reason: 'conflict', existing }
		const id = t.insert(searchSynonyms).values({ term: input.term, expansions: input.expansions, related: input.related }).returning({ id: searchSynonyms.id }).get().id
		afterWrite(t, actor, 'synonym.create', id, null, shown(input))
		return { ok: true, id }
	})
}

export function updateSynonym(db: Db, actor: Actor, id: number, input: SynonymInput): SynonymWrite {
	return tx(db, (t) => {
		const before = synonymById(t, id)
		if (!before) return { ok: false, reason: 'notFound' }
		const existing = sameTerm(t, input.term, id)
		if (existing) return { ok: false, reason: 'conflict', existing }
		t.update(searchSynonyms)
			// An entry an admin edited is the admins' from then on, whatever it came from.
			.set({ term: input.term, expansions: input.expansions, related: input.related, source: 'admin', updatedAt: new Date().toISOString() })
			.where(eq(searchSynonyms.id, id))
			.run()
		afterWrite(t, actor, 'synonym.update', id, shown(before), shown(input))
		return { ok: true, id }
	})
}

export function deleteSynonym(db: Db, actor: Actor, id: number): SynonymWrite {
	return tx(db, (t) => {
		const before = synonymById(t, id)
		if (!before) return { ok: false, reason: 'notFound' }
		t.delete(searchSynonyms).where(eq(searchSynonyms.id, id)).run()
		afterWrite(t, actor, 'synonym.delete', id, shown(before), null)
		return { ok: true, id }
	})
}
