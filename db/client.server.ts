// Opens a SQLite database, applies the committed migrations and the reference data (taxonomy, scenarios, regions,
// certification types). The app, the CLI and the tests all open databases through here.
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { sql } from 'drizzle-orm'
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3'
import { migrate } from 'drizzle-orm/better-sqlite3/migrator'
import { projectRoot } from './paths.server.ts'
import * as schema from './schema/index.ts'
import { seedReferenceData } from './seed/reference.server.ts'

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database }
export { schema }

export function openDatabase(file: string, options: { readonly?: boolean } = {}): Db {
	if (file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
	const sqlite = new Database(file, { readonly: options.readonly ?? false })
	sqlite.pragma('journal_mode = WAL')
	sqlite.pragma('foreign_keys = ON')
	sqlite.pragma('busy_timeout = 5000')
	sqlite.pragma('synchronous = NORMAL')
	const db = drizzle(sqlite, { schema }) as Db
	// Write transactions start IMMEDIATE: a deferred one that reads and then writes fails at once with SQLITE_BUSY when
	// another process (the CLI, a worker) wrote in between, without waiting for busy_timeout. Readers use the raw
	// client's deferred transactions and are not affected. Nested transactions (savepoints) keep their own behaviour.
	const deferredDefault = db.transaction.bind(db)
	db.transaction = ((fn, config) => deferredDefault(fn, { behavior: 'immediate', ...config })) as Db['transaction']
	if (!options.readonly) {
		migrate(db, { migrationsFolder: path.join(projectRoot(), 'db', 'migrations') })
		seedReferenceData(db)
	}
	return db
}

export function closeDatabase(db: Db): void {
	db.$client.close()
}

/** True when the database holds no organizations (the demo data is loaded only then). */
export function isEmpty(db: Db): boolean {
	const row = db.get<{ n: number }>(sql`select count(*) as n from organizations`)
	return (row?.n ?? 0) === 0
}
