// Serves listing pictures by content hash, only to those who may see the listing (public, or the owner organization).
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { LoaderFunctionArgs } from '@remix-run/node'
import { activeMembership, getUser } from '#app/modules/accounts/session.server.ts'
import { mediaDir, mediaVisible } from '#app/modules/listings/media.server.ts'
import { getDb } from '#app/utils/db.server.ts'

export async function loader({ request, params }: LoaderFunctionArgs) {
	const m = /^([0-9a-f]{64})(\.thumb)?\.webp$/.exec(params.file ?? '')
	if (!m) throw new Response('Not Found', { status: 404 })
	const db = getDb()
	const user = await getUser(request)
	const orgId = user ? (activeMembership(db, user)?.orgId ?? null) : null
	if (!mediaVisible(db, m[1]!, orgId)) throw new Response('Not Found', { status: 404 })
	let body: Buffer
	try {
		body = await readFile(path.join(mediaDir(), params.file!))
	} catch {
		throw new Response('Not Found', { status: 404 })
	}
	return new Response(new Uint8Array(body), {
		headers: {
			'Content-Type': 'image/webp',
			'Content-Length': String(body.byteLength),
			'X-Content-Type-Options': 'nosniff',
			// Content-addressed files never change; private because drafts' pictures are not public.
			'Cache-Control': 'private, max-age=31536000, immutable',
		},
	})
}
