// Measures a spreadsheet before exceljs reads it. An .xlsx file is a ZIP archive whose parts exceljs inflates and
// parses in memory, so a few hundred KB can unpack to gigabytes (a zip bomb). Here the archive's central directory is
// read for the sizes it declares, then every part is inflated as a stream — counting bytes, rows and cells, keeping
// nothing — and stopped as soon as a part passes its declared size or a limit (LIMITS in catalog/fields.ts) is passed.
import { createInflateRaw } from 'node:zlib'
import { LIMITS } from '../catalog/fields.ts'
import type { ProblemKey } from '#app/utils/problems.ts'

export type WorkbookLimits = { unpackedBytes: number; rows: number; cells: number; parts: number }

export const WORKBOOK_LIMITS: WorkbookLimits = {
	unpackedBytes: LIMITS.xlsxUnpackedBytes,
	rows: LIMITS.xlsxRows,
	cells: LIMITS.xlsxCells,
	parts: LIMITS.xlsxParts,
}

type Part = { name: string; method: number; compressedSize: number; size: number; localOffset: number }

const EOCD = 0x06054b50
const ZIP64_EOCD = 0x06064b50
const ZIP64_LOCATOR = 0x07064b50
const CENTRAL = 0x02014b50
const LOCAL = 0x04034b50
const MAX32 = 0xffffffff

class BadZip extends Error {}

const grouped = (n: number) => n.toLocaleString('en-US')
const bad = (detail: string): ProblemKey => ({ code: 'file.badXlsx', vars: { detail } })

/** The problem with the workbook, or null when exceljs may read it. */
export async function checkWorkbook(bytes: Uint8Array, limits: WorkbookLimits = WORKBOOK_LIMITS): Promise<ProblemKey | null> {
	const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
	let parts: Part[]
	try {
		parts = readDirectory(buf, limits.parts)
	} catch (e) {
		if (e instanceof TooManyParts) return { code: 'xlsx.tooManyParts', vars: { max: grouped(limits.parts) } }
		if (e instanceof BadZip) return bad(e.message)
		throw e
	}
	// What the archive declares, before anything is inflated.
	const declared = parts.reduce((sum, p) => sum + p.size, 0)
	if (declared > limits.unpackedBytes) return tooLarge(limits)

	// What it holds: a part that inflates to more than it declares is refused (exceljs would trust the data, not the
	// header), and rows and cells are counted in every part (a sheet may be stored under any name).
	const count = { rows: 0, cells: 0 }
	for (const part of parts) {
		const problem = await measurePart(buf, part, count, limits)
		if (problem) return problem
	}
	return null
}

function tooLarge(limits: WorkbookLimits): ProblemKey {
	return { code: 'xlsx.tooLarge', vars: { max: limits.unpackedBytes / 1024 / 1024 } }
}

class TooManyParts extends Error {}

/** The parts listed in the central directory (ZIP64 sizes and offsets included). */
function readDirectory(buf: Buffer, maxParts: number): Part[] {
	const eocd = findEnd(buf)
	let entries = buf.readUInt16LE(eocd + 10)
	let size = buf.readUInt32LE(eocd + 12)
	let offset = buf.readUInt32LE(eocd + 16)
	if (entries === 0xffff || size === MAX32 || offset === MAX32) {
		const locator = eocd - 20
		if (locator < 0 || buf.readUInt32LE(locator) !== ZIP64_LOCATOR) throw new BadZip('ZIP64 end of central directory not found')
		const at = readSize(buf, locator + 8)
		if (at + 56 > buf.length || buf.readUInt32LE(at) !== ZIP64_EOCD) throw new BadZip('ZIP64 end of central directory not found')
		entries = readSize(buf, at + 32)
		size = readSize(buf, at + 40)
		offset = readSize(buf, at + 48)
	}
	if (entries > maxParts) throw new TooManyParts()
	if (offset + size > buf.length) throw new BadZip('central directory out of bounds')
	const parts: Part[] = []
	let p = offset
	for (let i = 0; i < entries; i++) {
		if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL) throw new BadZip('bad central directory entry')
		const nameLength = buf.readUInt16LE(p + 28)
		const extraLength = buf.readUInt16LE(p + 30)
		const commentLength = buf.readUInt16LE(p + 32)
		if (p + 46 + nameLength + extraLength > buf.length) throw new BadZip('bad central directory entry')
		const part: Part = {
			name: buf.toString('utf8', p + 46, p + 46 + nameLength),
			method: buf.readUInt16LE(p + 10),
			compressedSize: buf.readUInt32LE(p + 20),
			size: buf.readUInt32LE(p + 24),
			localOffset: buf.readUInt32LE(p + 42),
		}
		if (part.size === MAX32 || part.compressedSize === MAX32 || part.localOffset === MAX32) readZip64Extra(buf, p + 46 + nameLength, extraLength, part)
		parts.push(part)
		p += 46 + nameLength + extraLength + commentLength
	}
	return parts
}

/** The end-of-central-directory record: the last one in the file's final 64 KB (+ its 22 bytes). */
function findEnd(buf: Buffer): number {
	for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) if (buf.readUInt32LE(i) === EOCD) return i
	throw new BadZip('not a ZIP archive (end of central directory not found)')
}

function readSize(buf: Buffer, at: number): number {
	if (at + 8 > buf.length) throw new BadZip('truncated ZIP64 field')
	const n = buf.readBigUInt64LE(at)
	if (n > BigInt(Number.MAX_SAFE_INTEGER)) throw new BadZip('ZIP64 size out of range')
	return Number(n)
}

/** ZIP64 extended information (header 0x0001): the 64-bit values of the fields that read 0xFFFFFFFF, in this order. */
function readZip64Extra(buf: Buffer, start: number, length: number, part: Part) {
	for (let q = start; q + 4 <= start + length; ) {
		const id = buf.readUInt16LE(q)
		const len = buf.readUInt16LE(q + 2)
		if (id === 0x0001) {
			let r = q + 4
			const next = () => {
				const n = readSize(buf, r)
				r += 8
				return n
			}
			if (part.size === MAX32) part.size = next()
			if (part.compressedSize === MAX32) part.compressedSize = next()
			if (part.localOffset === MAX32) part.localOffset = next()
			return
		}
		q += 4 + len
	}
	throw new BadZip('ZIP64 sizes missing')
}

/** `<row` and `<c` start tags, with or without a namespace prefix (`<x:row`); `<c:chart` and `<cols>` are not cells. */
const TAG = /<(?:[A-Za-z_][\w.-]*:)?(row|c)[\s/>]/g
/** Long enough to hold the end of a tag cut between two chunks. */
const CARRY = 64

async function measurePart(buf: Buffer, part: Part, count: { rows: number; cells: number }, limits: WorkbookLimits): Promise<ProblemKey | null> {
	const local = part.localOffset
	if (local + 30 > buf.length || buf.readUInt32LE(local) !== LOCAL) return bad(`bad local header for "${part.name}"`)
	const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28)
	const end = start + part.compressedSize
	if (end > buf.length) return bad(`"${part.name}" is truncated`)
	const data = buf.subarray(start, end)

	let carry = ''
	let inflated = 0
	const scan = (chunk: Buffer): ProblemKey | null => {
		inflated += chunk.length
		if (inflated > part.size) return { code: 'xlsx.corrupt', vars: { part: part.name } }
		const text = carry + chunk.toString('latin1')
		TAG.lastIndex = 0
		for (let m = TAG.exec(text); m; m = TAG.exec(text)) {
			// A tag that ends inside the carried text was counted with the chunk before.
			if (m.index + m[0].length <= carry.length) continue
			if (m[1] === 'row') count.rows++
			else count.cells++
		}
		carry = text.slice(-CARRY)
		if (count.rows > limits.rows) return { code: 'xlsx.tooManyRows', vars: { max: grouped(limits.rows) } }
		if (count.cells > limits.cells) return { code: 'xlsx.tooManyCells', vars: { max: grouped(limits.cells) } }
		return null
	}

	if (part.method === 0) {
		for (let i = 0; i < data.length; i += 64 * 1024) {
			const problem = scan(data.subarray(i, i + 64 * 1024))
			if (problem) return problem
		}
		return null
	}
	if (part.method !== 8) return bad(`"${part.name}" uses unsupported compression method ${part.method}`)
	// Inflated in zlib's thread pool, chunk by chunk: the event loop keeps serving other requests meanwhile.
	const inflate = createInflateRaw({ chunkSize: 64 * 1024 })
	inflate.end(data)
	try {
		for await (const chunk of inflate as AsyncIterable<Buffer>) {
			const problem = scan(chunk)
			if (problem) return problem
		}
	} catch (e) {
		return bad(`"${part.name}": ${(e as Error).message}`)
	} finally {
		inflate.destroy()
	}
	return null
}
