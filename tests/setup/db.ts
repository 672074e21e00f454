// Fresh migrated databases for tests: one temporary file each, removed when the test process ends.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createHash } from 'node:crypto'
import os from 'node:os'
import path from 'node:path'
import { closeDatabase, openDatabase, type Db } from '#db/client.server.ts'

const dirs: string[] = []
process.on('exit', () => {
	for (const d of dirs) rmSync(d, { recursive: true, force: true })
})

export function tempDir(): string {
	const dir = mkdtempSync(path.join(os.tmpdir(), 'eex-test-'))
	dirs.push(dir)
	return dir
}

export function createTestDb(): { db: Db; file: string } {
	const file = path.join(tempDir(), 'test.db')
	return { db: openDatabase(file), file }
}

/** SHA-256 of the database file after folding the WAL into it (the database's bytes as a reader would see them). */
export function fileHash(db: Db, file: string): string {
	db.$client.pragma('wal_checkpoint(TRUNCATE)')
	return createHash('sha256').update(readFileSync(file)).digest('hex')
}

/** Every row of every table, in rowid order: a logical snapshot for "nothing changed" assertions (attempt counters
 * excepted: counting a refused attempt is the point of them). */
export function dump(db: Db): Record<string, unknown[]> {
	const tables = db.$client
		.prepare(`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '__drizzle%' and name != 'rate_limits' order by name`)
		.all() as { name: string }[]
	return Object.fromEntries(tables.map((t) => [t.name, db.$client.prepare(`select * from "${t.name}"`).all()]))
}

export { closeDatabase }
export const FIXTURES = path.resolve(import.meta.dirname, '../fixtures')
export const SAMPLE_FILE = path.join(FIXTURES, 'sample-import.json')
