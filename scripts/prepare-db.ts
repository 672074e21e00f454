// Run by `npm start` and `npm run dev` before serving: migrates the database and, when it holds no organizations,
// loads the demo data (db/seed/demo.json) through the importer, so the demo passes the same checks as any file, with
// an illustration (示意图) for each listing (app/modules/imports/demo.server.ts).
import { databasePath, env } from '#app/env.server.ts'
import { formatProblem } from '#app/utils/problems.ts'
import { loadDemoData } from '#app/modules/imports/demo.server.ts'
import { closeDatabase, isEmpty, openDatabase } from '#db/client.server.ts'
import { DEMO_PASSWORD } from '#app/modules/accounts/demo-users.server.ts'

const file = databasePath()
const db = openDatabase(file)
try {
	if (env().DEMO_DATA === 'true' && isEmpty(db)) {
		const report = await loadDemoData(db)
		if (!report.ok) {
			console.error(`demo data rejected:\n${report.problems.map((p) => formatProblem(p, 'en')).join('\n')}`)
			process.exit(1)
		}
		const summary = Object.entries(report.counts)
			.map(([type, c]) => `${type} ${c.created}`)
			.join(', ')
		console.log(`database ${file}: demo data loaded (${summary}, ${report.pictures} illustrative pictures); demo accounts ${report.accounts.join(', ')} (password ${DEMO_PASSWORD})`)
	} else {
		console.log(`database ${file}: migrated`)
	}
} finally {
	closeDatabase(db)
}
