// A team's record (its standard, headcount and inventory) saved from the inventory page goes through the importer, so
// the page and a file import apply one rule set and one transaction.
import type { Locale } from '#app/i18n/translate.ts'
import type { Problem } from '#app/utils/problems.ts'
import type { OrgActor } from '#app/modules/standards/inventory.server.ts'
import type { TeamRecord } from '#app/modules/standards/schema.ts'
import type { Db } from '#db/client.server.ts'
import { importDocument } from './import-file.server.ts'

/** Saves the team's whole record through the importer (atomic; the actor may only write its own team). */
export function saveOwnedTeam(db: Db, actor: OrgActor, record: TeamRecord, locale: Locale): { ok: true } | { ok: false; problems: Problem[] } {
	const report = importDocument(db, { teams: [{ ...record, org: actor.orgRef }] }, { locale, actor })
	return report.ok ? { ok: true } : { ok: false, problems: report.problems }
}
