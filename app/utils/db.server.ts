// The app's one database connection, opened (and migrated) on first use.
import { databasePath } from '#app/env.server.ts'
import { openDatabase, type Db } from '#db/client.server.ts'

const g = globalThis as unknown as { __db?: Db }
export function getDb(): Db {
	g.__db ??= openDatabase(databasePath())
	return g.__db
}
