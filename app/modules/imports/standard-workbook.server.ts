// One configuration standard as a workbook download, in the importer's own columns, so a bureau can edit it in Excel
// and import it back (the public standard page and the bureau's editor both offer it).
import type { StandardRecord } from '#app/modules/standards/schema.ts'
import { writeXlsx } from './xlsx.server.ts'

/** The standard as a one-sheet workbook in the importer's own columns (so it can be edited and imported back). */
export async function standardWorkbook(record: StandardRecord): Promise<Buffer> {
	return writeXlsx({ organizations: [], listings: [], demands: [], standards: [record], teams: [] }, ['standard'])
}

/** Response headers for a downloaded workbook named after the standard. */
export function workbookHeaders(code: string, cache: string): Record<string, string> {
	const name = `${code.replace(/[\\/:*?"<>|]+/g, '_')}.xlsx`
	return {
		'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
		'Content-Disposition': `attachment; filename="standard.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`,
		'Cache-Control': cache,
	}
}
