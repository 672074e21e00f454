// One entry point for importing a file in any of the three encodings (CLI, web upload, JSON API).
import { DEFAULT_LOCALE } from '#app/i18n/translate.ts'
import type { Db } from '#db/client.server.ts'
import { checkSize, detectFormat, fromDocument, readJson, readNdjson, type ReadResult } from './formats.ts'
import { importRecords, type ImportOptions, type ImportReport } from './importer.server.ts'
import { problem } from '#app/utils/problems.ts'
import { readXlsx } from './xlsx.server.ts'

export async function readImportFile(bytes: Uint8Array, filename: string | undefined, options: ImportOptions = {}): Promise<ReadResult> {
	const locale = options.locale ?? DEFAULT_LOCALE
	const tooBig = checkSize(bytes, locale)
	if (tooBig) return { records: [], problems: [tooBig] }
	const format = detectFormat(filename, bytes)
	if (format === 'xlsx') return readXlsx(bytes, locale)
	if (format === 'ndjson') return readNdjson(bytes, locale)
	if (format === 'json') return readJson(bytes, locale)
	return { records: [], problems: [problem({ type: 'file' }, '', { code: 'file.unknownFormat' }, locale)] }
}

export async function importFile(db: Db, bytes: Uint8Array, filename: string | undefined, options: ImportOptions = {}): Promise<ImportReport> {
	const read = await readImportFile(bytes, filename, options)
	return importRecords(db, read.records, options, read.problems)
}

/** Several files imported as one: all of them, or none (the CLI's `import a.json b.xlsx`). */
export async function importFiles(db: Db, files: { bytes: Uint8Array; filename: string }[], options: ImportOptions = {}): Promise<ImportReport> {
	const records = []
	const problems = []
	for (const f of files) {
		const read = await readImportFile(f.bytes, f.filename, options)
		records.push(...read.records)
		problems.push(...read.problems)
	}
	return importRecords(db, records, options, problems)
}

export function importDocument(db: Db, doc: unknown, options: ImportOptions = {}): ImportReport {
	const read = fromDocument(doc, options.locale ?? DEFAULT_LOCALE)
	return importRecords(db, read.records, options, read.problems)
}
