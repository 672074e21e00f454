// The search synonym dictionary (field words → what suppliers write), expanded at query time by every engine.
// The FTS5 tables of the embedded engine (listing_fts, demand_item_fts) live in a custom migration, not here.
// So do its per-document filter/facet attributes and index revisions (search_fts_docs, search_fts_state: migration 0005).
import { sql } from 'drizzle-orm'
import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'

export const searchSynonyms = sqliteTable('search_synonyms', {
	id: integer('id').primaryKey({ autoIncrement: true }),
	/** The word as users type it (matched case-insensitively inside the query). */
	term: text('term').notNull().unique(),
	/** JSON array of what the term also means (the same thing); a query for the term finds any of them. */
	expansions: text('expansions', { mode: 'json' }).notNull().$type<string[]>(),
	/** JSON array of words a search for the term also finds that are not the same thing (救生衣 for 救生圈): never read by
	 * the matcher, which takes `expansions` as the thing itself (ADR 021). */
	related: text('related', { mode: 'json' }).notNull().$type<string[]>().default(sql`'[]'`),
	/** Where the entry came from: `admin` (written at /admin/synonyms; also any entry an admin edited), `glossary` (trade
	 * names and abbreviations of the field), `taxonomy` (the categories' English and short names), `standard` (the
	 * configuration standards' item names). */
	source: text('source', { enum: ['admin', 'glossary', 'taxonomy', 'standard'] }).notNull().default('admin'),
	updatedAt: text('updated_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
})
export type SearchSynonym = typeof searchSynonyms.$inferSelect
