// Run by `npm start` and `npm run dev` before serving: migrates the database and, when it holds no organizations,
// loads the demo data (db/seed/demo.json) through the importer, so the demo passes the same checks as any file.
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { databasePath, env } from '#app/env.server.ts'
import { formatProblem } from '#app/utils/problems.ts'
import { importDocument } from '#app/modules/imports/import-file.server.ts'
import { closeDatabase, isEmpty, openDatabase } from '#db/client.server.ts'
import { projectRoot } from '#db/paths.server.ts'
import { DEMO_PASSWORD, seedDemoUsers } from '#app/modules/accounts/demo-users.server.ts'

const file = databasePath()
const db = openDatabase(file)
try {
	if (env().DEMO_DATA === 'true' && isEmpty(db)) {
		const doc: unknown = JSON.parse(await readFile(path.join(projectRoot(), 'db', 'seed', 'demo.json'), 'utf8'))
		const report = importDocument(db, doc, { actor: { kind: 'operator', label: 'seed' } })
		if (!report.ok) {
			console.error(`demo data rejected:\n${report.problems.map((p) => formatProblem(p, 'en')).join('\n')}`)
			process.exit(1)
		}
		const summary = Object.entries(report.counts)
			.map(([type, c]) => `${type} ${c.created}`)
			.join(', ')
		const accounts = await seedDemoUsers(db)
		console.log(`database ${file}: demo data loaded (${summary}); demo accounts ${accounts.join(', ')} (password ${DEMO_PASSWORD})`)
	} else {
		console.log(`database ${file}: migrated`)
	}
} finally {
	closeDatabase(db)
}
