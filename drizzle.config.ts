import { defineConfig } from 'drizzle-kit'

export default defineConfig({
	dialect: 'sqlite',
	schema: './db/schema/index.ts',
	out: './db/migrations',
	// FTS5 virtual tables and their shadow tables live in custom migrations; never offer to drop them.
	tablesFilter: ['!*_fts*'],
	dbCredentials: { url: process.env.DATABASE_URL ?? './data/app.db' },
})
