// Serves a response attachment, only to the responding organization and the organization that owns the demand list
// (both in the query); always as a download, never rendered inline.
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { LoaderFunctionArgs } from '@remix-run/node'
import { activeMembership, getUser } from '#app/modules/accounts/session.server.ts'
import { attachmentsDir, contentDisposition, visibleAttachment } from '#app/modules/responses/attachments.server.ts'
import { getDb } from '#app/utils/db.server.ts'

const notFound = () => new Response('Not Found', { status: 404 })

export async function loader({ request, params }: LoaderFunctionArgs) {
	const id = Number(params.id)
	if (!/^[1-9]\d{0,15}$/.test(params.id ?? '') || !Number.isSafeInteger(id)) throw notFound()
	const db = getDb()
	const user = await getUser(request)
	const orgId = user ? (activeMembership(db, user)?.orgId ?? null) : null
	// Anyone else gets the same 404 as a missing file: the address tells nothing.
	if (orgId === null) throw notFound()
	const file = visibleAttachment(db, id, orgId)
	if (!file || !/^[0-9a-f]{64}$/.test(file.hash)) throw notFound()
	let body: Buffer
	try {
		body = await readFile(path.join(attachmentsDir(), file.hash))
	} catch {
		throw notFound()
	}
	return new Response(new Uint8Array(body), {
		headers: {
			'Content-Type': file.mime,
			'Content-Length': String(body.byteLength),
			'Content-Disposition': contentDisposition(file.fileName),
			'X-Content-Type-Options': 'nosniff',
			'Content-Security-Policy': "default-src 'none'; sandbox",
			'Cache-Control': 'private, no-store',
		},
	})
}
