// Reading import files: JSON (`{ organizations: [...], ... }`) and NDJSON (one record per line with a `type`).
// XLSX lives in xlsx.server.ts. Readers never throw on bad input: they return problems.
import type { Locale } from '#app/i18n/translate.ts'
import { LIMITS } from '../catalog/fields.ts'
import { problem, RECORD_TYPES, type Problem, type RecordType } from '#app/utils/problems.ts'
import type { RawRecord } from './importer.server.ts'
import { jsonDepth, MAX_JSON_DEPTH } from '#app/utils/json-depth.ts'

export type ReadResult = { records: RawRecord[]; problems: Problem[] }
export type Format = 'json' | 'ndjson' | 'xlsx'

export const PLURAL: Record<RecordType, string> = {
	organization: 'organizations',
	listing: 'listings',
	demand: 'demands',
	standard: 'standards',
	team: 'teams',
}
const BY_PLURAL = new Map(RECORD_TYPES.map((t) => [PLURAL[t], t]))

export function detectFormat(filename: string | undefined, bytes: Uint8Array): Format | null {
	const name = (filename ?? '').toLowerCase()
	if (name.endsWith('.xlsx')) return 'xlsx'
	if (name.endsWith('.ndjson') || name.endsWith('.jsonl')) return 'ndjson'
	if (name.endsWith('.json')) return 'json'
	// Sniff: XLSX is a ZIP file; JSON starts with `{` and holds one document.
	if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'xlsx'
	const head = new TextDecoder().decode(bytes.subarray(0, 4096)).replace(/^\uFEFF/, '').trimStart()
	if (head.startsWith('{')) {
		const firstLine = head.split('\n', 1)[0]!
		try {
			const o = JSON.parse(firstLine) as Record<string, unknown>
			if (typeof o.type === 'string') return 'ndjson'
		} catch {
			// not a one-line record: a JSON document
		}
		return 'json'
	}
	return null
}

export function checkSize(bytes: Uint8Array, locale: Locale): Problem | null {
	if (bytes.byteLength > LIMITS.fileBytes) return problem({ type: 'file' }, '', { code: 'file.tooLarge', vars: { max: LIMITS.fileBytes / 1024 / 1024 } }, locale)
	if (bytes.byteLength === 0) return problem({ type: 'file' }, '', { code: 'file.empty' }, locale)
	return null
}

function decode(bytes: Uint8Array): string {
	return new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '')
}

export function readJson(bytes: Uint8Array, locale: Locale): ReadResult {
	let doc: unknown
	try {
		const text = decode(bytes)
		if (jsonDepth(text) > MAX_JSON_DEPTH) throw new Error(`nested more than ${MAX_JSON_DEPTH} levels deep`)
		doc = JSON.parse(text)
	} catch (e) {
		return { records: [], problems: [problem({ type: 'file' }, '', { code: 'file.badJson', vars: { detail: (e as Error).message } }, locale)] }
	}
	return fromDocument(doc, locale)
}

/** The records of a JSON document (also the JSON API's import body). */
export function fromDocument(doc: unknown, locale: Locale): ReadResult {
	const problems: Problem[] = []
	const records: RawRecord[] = []
	if (!doc || typeof doc !== 'object' || Array.isArray(doc)) {
		return { records, problems: [problem({ type: 'file' }, '', { code: 'file.notObject' }, locale)] }
	}
	for (const [key, value] of Object.entries(doc)) {
		const type = BY_PLURAL.get(key)
		if (!type) {
			problems.push(problem({ type: 'file' }, key, { code: 'file.unknownKey', vars: { value: key } }, locale))
			continue
		}
		if (value === null) continue
		if (!Array.isArray(value)) {
			problems.push(problem({ type: 'file' }, key, { code: 'file.notArray' }, locale))
			continue
		}
		value.forEach((data, i) => records.push({ type, data, index: i + 1 }))
	}
	return { records, problems }
}

export function readNdjson(bytes: Uint8Array, locale: Locale): ReadResult {
	const problems: Problem[] = []
	const records: RawRecord[] = []
	const counters = new Map<RecordType, number>()
	decode(bytes)
		.split(/\r?\n/)
		.forEach((line, i) => {
			const row = i + 1
			if (!line.trim()) return
			let o: unknown
			try {
				if (jsonDepth(line) > MAX_JSON_DEPTH) throw new Error(`nested more than ${MAX_JSON_DEPTH} levels deep`)
				o = JSON.parse(line)
			} catch (e) {
				problems.push(problem({ type: 'file', row }, '', { code: 'file.badLine', vars: { detail: (e as Error).message } }, locale))
				return
			}
			if (!o || typeof o !== 'object' || Array.isArray(o)) {
				problems.push(problem({ type: 'file', row }, '', { code: 'file.notObject' }, locale))
				return
			}
			const { type, ...data } = o as Record<string, unknown>
			if (typeof type !== 'string' || !(RECORD_TYPES as readonly string[]).includes(type)) {
				problems.push(problem({ type: 'file', row }, 'type', { code: 'file.unknownType', vars: { value: String(type ?? '') } }, locale))
				return
			}
			const t = type as RecordType
			counters.set(t, (counters.get(t) ?? 0) + 1)
			records.push({ type: t, data, index: counters.get(t)!, row })
		})
	return { records, problems }
}

export function toNdjson(doc: Record<string, unknown[] | undefined>): string {
	const lines: string[] = []
	for (const t of RECORD_TYPES) for (const r of doc[PLURAL[t]] ?? []) lines.push(JSON.stringify({ type: t, ...(r as object) }))
	return lines.join('\n') + '\n'
}
