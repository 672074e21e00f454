// The demo data `npm start` loads into an empty database: db/seed/demo.json through the importer (so the demo passes
// the same checks as any file), an illustration (示意图) for each listing, and the four demo accounts.
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Db } from '#db/client.server.ts'
import { projectRoot } from '#db/paths.server.ts'
import { seedDemoUsers } from '#app/modules/accounts/demo-users.server.ts'
import { attachDemoIllustrations } from '#app/modules/listings/illustrations.server.ts'
import { importDocument } from './import-file.server.ts'

export async function loadDemoData(db: Db, opts: { mediaDir?: string } = {}) {
	const doc: unknown = JSON.parse(await readFile(path.join(projectRoot(), 'db', 'seed', 'demo.json'), 'utf8'))
	const report = importDocument(db, doc, { actor: { kind: 'operator', label: 'seed' } })
	if (!report.ok) return report
	const pictures = await attachDemoIllustrations(db, opts.mediaDir)
	const accounts = await seedDemoUsers(db)
	return { ...report, pictures, accounts }
}
