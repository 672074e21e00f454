// `npm run cli -- gap <teamOrgRef> [--json]`: a team's gap against its standard (interchange.md §4), the same
// document as GET /api/v1/teams/:org/gap with --json, a table otherwise. The operator's CLI reads any team.
import { translate, type Locale } from '#app/i18n/translate.ts'
import { gapDocument, teamGapFor, teamOrgIdByRef } from '#app/modules/standards/gap.server.ts'
import type { Db } from '#db/client.server.ts'

export type CommandResult = { code: number; human: string; json: unknown }

/** Display width in a terminal: CJK and full-width characters take two columns. */
function width(s: string): number {
	let w = 0
	for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1
	return w
}
const pad = (s: string, w: number, right = false) => (right ? ' '.repeat(Math.max(0, w - width(s))) + s : s + ' '.repeat(Math.max(0, w - width(s))))

function table(header: string[], rows: string[][], numeric: boolean[]): string[] {
	const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i]!))))
	const line = (cells: string[]) => cells.map((c, i) => pad(c, widths[i]!, numeric[i])).join('  ').trimEnd()
	return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)]
}

export function gapCommand(db: Db, orgRef: string, locale: Locale, today?: string): CommandResult {
	const t = (key: string, vars: Record<string, unknown> = {}) => translate(locale, `gap.${key}`, vars)
	const orgId = teamOrgIdByRef(db, orgRef, { kind: 'any' })
	const team = orgId === null ? null : teamGapFor(db, orgId, today)
	if (!team) {
		const message = t('cli.notFound', { org: orgRef })
		return { code: 1, human: message, json: { error: { code: 'not_found', message } } }
	}
	const doc = gapDocument(team)
	const lines = [t('cli.header', { org: team.org.ref, name: team.org.name, standard: team.standard.code, title: team.standard.title, headcount: team.headcount, year: team.gap.year })]
	if (doc.shortfalls.length) {
		const header = t('cli.columns').split(' | ')
		const kind = (m: boolean) => (m ? t('table.mandatory') : t('table.optional'))
		lines.push(
			'',
			...table(
				header,
				doc.shortfalls.map((s) => [s.item, s.name, String(s.required), String(s.have), String(s.shortfall), kind(s.mandatory)]),
				[false, false, true, true, true, false],
			),
		)
	} else lines.push('', t('cli.none'))
	lines.push('')
	if (doc.expiring.length) {
		lines.push(t('cli.expiring', { date: doc.expiring[0]!.expiresOn }))
		for (const e of doc.expiring) lines.push('  ' + t('cli.expiringLine', { item: e.item, name: e.name, count: e.quantity }))
	} else lines.push(t('cli.expiringNone'))
	return { code: 0, human: lines.join('\n'), json: doc }
}
