// Listing pictures: only real images pass, they are re-encoded and stripped of metadata, and only those who may see
// the listing may see its pictures.
import { eq } from 'drizzle-orm'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'
import { loader as mediaLoader } from '#app/routes/media.$file.tsx'
import { action as imagesAction, loader as imagesLoader } from '#app/routes/my.listings.$ref_.images.tsx'
import { importDocument } from '#app/modules/imports/import-file.server.ts'
import type { Db } from '#db/client.server.ts'
import { listingMedia, listings } from '#db/schema/index.ts'
import { addMember, bodyOf, cookieFor, createOrg, createUser, CSRF_TOKEN, installAppDb, settle, statusOf } from '#tests/setup/app.ts'
import { tempDir } from '#tests/setup/db.ts'
import { reloadEnv } from '#app/env.server.ts'

let db: Db
let owner: string
let stranger: string
beforeAll(async () => {
	process.env.MEDIA_DIR = tempDir()
	reloadEnv()
	db = installAppDb()
	const org = createOrg(db, { kind: 'enterprise', ref: 'ORG-PIC' })
	const other = createOrg(db, { kind: 'enterprise', ref: 'ORG-OTHER' })
	importDocument(db, {
		listings: [
			{ ref: 'PIC-PUB', org: 'ORG-PIC', title: '有图的供给', category: '030301' },
			{ ref: 'PIC-DRAFT', org: 'ORG-PIC', title: '草稿', category: '030301', status: 'draft' },
		],
	})
	const u = await createUser(db)
	addMember(db, org.id, u.id)
	owner = await cookieFor(db, u.id)
	const s = await createUser(db)
	addMember(db, other.id, s.id)
	stranger = await cookieFor(db, s.id)
})

const args = (request: Request, ref: string) => ({ request, params: { ref }, context: {} })

function upload(ref: string, cookie: string, file: Blob, name: string): Request {
	const form = new FormData()
	form.set('csrf', CSRF_TOKEN)
	form.set('image', file, name)
	form.set('alt', '正面照片')
	return new Request(`http://localhost/my/listings/${ref}/images`, { method: 'POST', body: form, headers: { Cookie: cookie } })
}

async function jpegWithGps(): Promise<Blob> {
	const buf = await sharp({ create: { width: 2400, height: 1200, channels: 3, background: '#c0392b' } })
		.jpeg()
		.withExif({ IFD0: { Copyright: 'secret-location' } })
		.toBuffer()
	return new Blob([new Uint8Array(buf)], { type: 'image/jpeg' })
}

describe('uploading pictures', () => {
	it('re-encodes a JPEG to WebP at most 1600 px wide, without its metadata, and lists it', async () => {
		const res = await imagesAction(args(upload('PIC-PUB', owner, await jpegWithGps(), 'photo.jpg'), 'PIC-PUB'))
		expect(await bodyOf(res)).toEqual({ ok: true, message: 'uploaded' })
		const row = db.select().from(listingMedia).get()!
		expect([row.width, row.height, row.alt]).toEqual([1600, 800, '正面照片'])
		const file = await mediaLoader({ request: new Request(`http://localhost/media/${row.hash}.webp`), params: { file: `${row.hash}.webp` }, context: {} })
		const bytes = Buffer.from(await file.arrayBuffer())
		const meta = await sharp(bytes).metadata()
		expect(meta.format).toBe('webp')
		expect(meta.exif).toBeUndefined()
		expect(bytes.includes(Buffer.from('secret-location'))).toBe(false)
		const page = await imagesLoader(args(new Request('http://localhost/my/listings/PIC-PUB/images', { headers: { Cookie: owner } }), 'PIC-PUB'))
		expect(page.images).toHaveLength(1)
	})

	it('refuses files that are not pictures, whatever they are called', async () => {
		const fake = new Blob(['<script>alert(1)</script>'], { type: 'image/png' })
		const res = await imagesAction(args(upload('PIC-PUB', owner, fake, 'evil.png'), 'PIC-PUB'))
		expect(statusOf(res)).toBe(400)
		expect(await bodyOf(res)).toEqual({ ok: false, message: 'notImage' })
	})

	it('refuses pictures over 5 MB with 413', async () => {
		const big = new Blob([new Uint8Array(5 * 1024 * 1024 + 10)], { type: 'image/png' })
		const res = await imagesAction(args(upload('PIC-PUB', owner, big, 'big.png'), 'PIC-PUB'))
		expect(statusOf(res)).toBe(413)
	})

	it("another organization can neither see nor change a listing's pictures", async () => {
		const res = await settle(imagesAction(args(upload('PIC-PUB', stranger, await jpegWithGps(), 'x.jpg'), 'PIC-PUB')))
		expect(statusOf(res)).toBe(404)
		const page = await settle(imagesLoader(args(new Request('http://localhost/my/listings/PIC-PUB/images', { headers: { Cookie: stranger } }), 'PIC-PUB')))
		expect(statusOf(page)).toBe(404)
	})
})

describe('serving pictures', () => {
	it("a draft's pictures are visible to its organization only; a public listing's to everyone", async () => {
		await imagesAction(args(upload('PIC-DRAFT', owner, await jpegWithGps(), 'p.jpg'), 'PIC-DRAFT'))
		const draftId = db.select({ id: listings.id }).from(listings).where(eq(listings.ref, 'PIC-DRAFT')).get()!.id
		const row = db.select().from(listingMedia).where(eq(listingMedia.listingId, draftId)).get()!
		const get = (cookie?: string) =>
			settle(mediaLoader({ request: new Request(`http://localhost/media/${row.hash}.thumb.webp`, { headers: cookie ? { Cookie: cookie } : {} }), params: { file: `${row.hash}.thumb.webp` }, context: {} }))
		// the draft and the public listing got the same picture bytes, so the same hash: it is public through the published one
		const pub = db.select().from(listingMedia).all().find((m) => m.listingId !== draftId)!
		expect(pub.hash).toBe(row.hash)
		db.delete(listingMedia).where(eq(listingMedia.id, pub.id)).run()
		expect(statusOf(await get())).toBe(404)
		expect(statusOf(await get(stranger))).toBe(404)
		const mine = (await get(owner)) as Response
		expect(mine.status).toBe(200)
		expect(mine.headers.get('Content-Type')).toBe('image/webp')
		expect(mine.headers.get('X-Content-Type-Options')).toBe('nosniff')
	})

	it('rejects names that are not content hashes (no path tricks)', async () => {
		for (const file of ['../app.db', 'x.webp', `${'a'.repeat(64)}.png`]) {
			expect(statusOf(await settle(mediaLoader({ request: new Request('http://localhost/media/x'), params: { file }, context: {} })))).toBe(404)
		}
	})
})
