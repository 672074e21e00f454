// Response attachments (PDF, JPEG, PNG, WebP): the type is read from the file's first bytes, never from its name or
// declared type; files are stored by content hash; a download is allowed only to the responding organization and the
// organization that owns the demand list, both in the query.
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { and, eq, or } from 'drizzle-orm'
import { databasePath, env } from '#app/env.server.ts'
import type { Db } from '#db/client.server.ts'
import { demandLists, responseAttachments, responses } from '#db/schema/index.ts'
import { MAX_ATTACHMENT_BYTES } from './schema.ts'

export function attachmentsDir(): string {
	return env().ATTACHMENTS_DIR ?? path.join(path.dirname(path.resolve(databasePath())), 'attachments')
}

export type AttachmentMime = 'application/pdf' | 'image/jpeg' | 'image/png' | 'image/webp'

const startsWith = (b: Uint8Array, sig: number[], at = 0) => b.length >= at + sig.length && sig.every((x, i) => b[at + i] === x)
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0))

/** The content type by magic bytes, or null for anything else. */
export function sniffAttachment(bytes: Uint8Array): AttachmentMime | null {
	if (startsWith(bytes, ascii('%PDF-'))) return 'application/pdf'
	if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg'
	if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png'
	if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp'
	return null
}

export type CheckedFile = { fileName: string; bytes: Uint8Array; mime: AttachmentMime; hash: string }
export type FileRefusal = { name: string; reason: 'tooLarge' | 'badType' }

/** Reads and checks uploads; empty file inputs are skipped. */
export async function checkFiles(files: readonly File[]): Promise<{ ok: CheckedFile[]; refused: FileRefusal[] }> {
	const ok: CheckedFile[] = []
	const refused: FileRefusal[] = []
	for (const f of files) {
		if (f.size === 0 && !f.name) continue
		if (f.size > MAX_ATTACHMENT_BYTES) {
			refused.push({ name: f.name, reason: 'tooLarge' })
			continue
		}
		const bytes = new Uint8Array(await f.arrayBuffer())
		const mime = sniffAttachment(bytes)
		if (!mime) {
			refused.push({ name: f.name, reason: 'badType' })
			continue
		}
		ok.push({ fileName: cleanName(f.name), bytes, mime, hash: createHash('sha256').update(bytes).digest('hex') })
	}
	return { ok, refused }
}

/** The name as shown and offered for download: no path, no control characters, at most 200 characters. */
export function cleanName(name: string): string {
	const base = name.split(/[\\/]/).pop() ?? ''
	return base.replace(/[\u0000-\u001f\u007f"]/g, '').trim().slice(0, 200) || 'attachment'
}

/** Writes the files (content-addressed; written before the transaction, so a rolled-back write leaves only an unused file). */
export function storeFiles(files: readonly CheckedFile[]): void {
	if (!files.length) return
	const dir = attachmentsDir()
	mkdirSync(dir, { recursive: true })
	for (const f of files) {
		const target = path.join(dir, f.hash)
		if (!existsSync(target)) writeFileSync(target, f.bytes)
	}
}

/** The attachment if the viewer's organization responded or owns the demand list; else null. */
export function visibleAttachment(db: Db, id: number, viewerOrgId: number) {
	return (
		db
			.select({ id: responseAttachments.id, fileName: responseAttachments.fileName, hash: responseAttachments.hash, mime: responseAttachments.mime, bytes: responseAttachments.bytes })
			.from(responseAttachments)
			.innerJoin(responses, eq(responses.id, responseAttachments.responseId))
			.innerJoin(demandLists, eq(demandLists.id, responses.demandListId))
			.where(and(eq(responseAttachments.id, id), or(eq(responses.orgId, viewerOrgId), eq(demandLists.orgId, viewerOrgId))))
			.get() ?? null
	)
}

/** Content-Disposition with the original (possibly Chinese) name: an ASCII fallback and the RFC 5987 form. */
export function contentDisposition(fileName: string): string {
	const fallback = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/[\\"]/g, '_')
	return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(fileName)}`
}
