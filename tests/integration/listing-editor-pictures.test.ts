// Issue 12, point 10: pictures in the listing editor itself (one multipart form: the fields, new pictures and pictures
// ticked for deletion, applied by Save, also on a new listing's first save), and the demo loader giving every demo
// listing an illustration marked as such.
import { existsSync } from 'node:fs'
import path from 'node:path'
import { eq } from 'drizzle-orm'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'
import { reloadEnv } from '#app/env.server.ts'
import { writeContext } from '#app/modules/audit/changes.server.ts'
import { loadDemoData } from '#app/modules/imports/demo.server.ts'
import { importDocument } from '#app/modules/imports/import-file.server.ts'
import { illustrationSvg } from '#app/modules/listings/illustrations.ts'
import { addListingImage, coverImages } from '#app/modules/listings/media.server.ts'
import { getPublicListing } from '#app/modules/listings/queries.server.ts'
import { action as editAction, loader as editLoader } from '#app/routes/my.listings.$ref.tsx'
import { action as newAction, loader as newLoader } from '#app/routes/my.listings.new.tsx'
import type { Db } from '#db/client.server.ts'
import { listingMedia, listings } from '#db/schema/index.ts'
import { addMember, BASE, bodyOf, cookieFor, createOrg, createUser, CSRF_TOKEN, getRequest, installAppDb, settle, statusOf } from '#tests/setup/app.ts'
import { createTestDb, tempDir } from '#tests/setup/db.ts'

let db: Db
let memberA: string
let orgA: { id: number; ref: string }
let bPictureId: number

beforeAll(async () => {
	process.env.MEDIA_DIR = tempDir()
	reloadEnv()
	db = installAppDb()
	orgA = createOrg(db, { kind: 'enterprise', ref: 'ENT-PA' })
	const orgB = createOrg(db, { kind: 'enterprise', ref: 'ENT-PB' })
	expect(importDocument(db, { listings: [{ ref: 'PB-1', org: 'ENT-PB', title: 'B 的泵车', category: '030301' }] }).ok).toBe(true)
	const ctxB = writeContext(db, { kind: 'organization', orgId: orgB.id, orgRef: orgB.ref }, 'web')
	bPictureId = (await addListingImage(ctxB, orgB.id, 'PB-1', await png('#1d4ed8'), null)).id
	const u = await createUser(db)
	addMember(db, orgA.id, u.id, 'member')
	memberA = await cookieFor(db, u.id)
})

async function png(color: string): Promise<Uint8Array> {
	return new Uint8Array(await sharp({ create: { width: 640, height: 480, channels: 3, background: color } }).png().toBuffer())
}

const args = (request: Request, params: Record<string, string> = {}) => ({ request, params, context: {} })

/** The editor's form as a browser posts it with pictures: multipart. */
function multipart(url: string, fields: Record<string, string | string[]>, files: { bytes: Uint8Array; name: string; type: string }[] = []): Request {
	const form = new FormData()
	form.set('csrf', CSRF_TOKEN)
	for (const [k, v] of Object.entries(fields)) for (const x of Array.isArray(v) ? v : [v]) form.append(k, x)
	for (const f of files) form.append('images', new Blob([new Uint8Array(f.bytes)], { type: f.type }), f.name)
	return new Request(BASE + url, { method: 'POST', body: form, headers: { Cookie: memberA } })
}

const picturesOf = (ref: string) =>
	db
		.select({ id: listingMedia.id, illustration: listingMedia.illustration })
		.from(listingMedia)
		.innerJoin(listings, eq(listings.id, listingMedia.listingId))
		.where(eq(listings.ref, ref))
		.all()

describe('pictures in the listing editor', () => {
	let ref = ''

	it('shows an empty picture section on a new listing, and stores pictures with the first save', async () => {
		const blank = await newLoader(args(getRequest('/my/listings/new', memberA)))
		expect(blank.images).toEqual([])
		const res = (await settle(
			newAction(args(multipart('/my/listings/new', { kind: 'equipment', title: '移动式排水抢险泵车', category: '030301', status: 'draft' }, [{ bytes: await png('#c2410c'), name: 'front.png', type: 'image/png' }]))),
		)) as Response
		expect(res.status).toBe(302)
		const location = res.headers.get('Location')!
		expect(location).toMatch(/^\/my\/listings\/LST-[^?]+\?saved=1&pictures=1$/)
		ref = decodeURIComponent(location.split('/')[3]!.split('?')[0]!)
		expect(picturesOf(ref)).toEqual([{ id: expect.any(Number), illustration: false }])
		const page = await editLoader(args(getRequest(location, memberA), { ref }))
		expect(page.images).toHaveLength(1)
		expect(page.pictureNotice).toEqual({ uploaded: 1, removed: 0 })
	})

	it('refuses a file that is not a picture beside the field, in Chinese, and saves nothing', async () => {
		const before = db.select({ id: listings.id }).from(listings).all().length
		const res = await settle(
			newAction(args(multipart('/my/listings/new', { kind: 'equipment', title: '不应保存的供给', category: '030301', status: 'draft' }, [{ bytes: new TextEncoder().encode('<script>alert(1)</script>'), name: 'x.png', type: 'image/png' }]))),
		)
		expect(statusOf(res)).toBe(400)
		const reply = (await bodyOf(res)) as { error: Record<string, string[]> }
		expect(reply.error.images).toEqual(['这不是可识别的图片文件（支持 JPEG、PNG、WebP、GIF）'])
		expect(db.select({ id: listings.id }).from(listings).all()).toHaveLength(before)
	})

	it('deletes ticked pictures of its own listing on save, never another organization’s', async () => {
		const own = picturesOf(ref)[0]!.id
		const fields = { kind: 'equipment', title: '移动式排水抢险泵车', category: '030301', status: 'draft', removeImage: [String(own), String(bPictureId)] }
		const res = (await settle(editAction(args(multipart(`/my/listings/${ref}`, fields, [{ bytes: await png('#15803d'), name: 'side.png', type: 'image/png' }]), { ref })))) as Response
		expect(res.headers.get('Location')).toBe(`/my/listings/${ref}?saved=1&pictures=1&removed=1`)
		const now = picturesOf(ref)
		expect(now).toHaveLength(1)
		expect(now[0]!.id).not.toBe(own)
		expect(picturesOf('PB-1').map((p) => p.id)).toEqual([bPictureId])
	})

	it('still accepts the plain form without pictures (no JavaScript, no file chosen)', async () => {
		const body = new URLSearchParams({ csrf: CSRF_TOKEN, kind: 'equipment', title: '移动式排水抢险泵车（改）', category: '030301', status: 'draft' })
		const res = (await settle(editAction(args(new Request(`${BASE}/my/listings/${ref}`, { method: 'POST', body, headers: { Cookie: memberA, 'Content-Type': 'application/x-www-form-urlencoded' } }), { ref })))) as Response
		expect(res.headers.get('Location')).toBe(`/my/listings/${ref}?saved=1`)
		expect(picturesOf(ref)).toHaveLength(1)
	})
})

describe('the demo loader', () => {
	it('gives every demo listing its category illustration, marked as one, in a few shared files', async () => {
		const { db: demo } = createTestDb()
		const dir = tempDir()
		const started = Date.now()
		const report = await loadDemoData(demo, { mediaDir: dir })
		expect(report.ok).toBe(true)
		const all = demo.select({ id: listings.id }).from(listings).all()
		const media = demo.select().from(listingMedia).all()
		expect(media).toHaveLength(all.length)
		expect(media.every((m) => m.illustration && m.position === 0 && m.alt?.endsWith('示意图'))).toBe(true)
		const hashes = new Set(media.map((m) => m.hash))
		expect(hashes.size).toBeGreaterThan(20)
		expect(hashes.size).toBeLessThanOrEqual(40)
		for (const h of hashes) {
			expect(existsSync(path.join(dir, `${h}.webp`))).toBe(true)
			expect(existsSync(path.join(dir, `${h}.thumb.webp`))).toBe(true)
		}
		// cards and the public page know the picture is an illustration
		const pub = demo.select({ id: listings.id, ref: listings.ref }).from(listings).where(eq(listings.status, 'published')).get()!
		expect(coverImages(demo, [pub.id]).get(pub.id)?.illustration).toBe(true)
		expect(getPublicListing(demo, pub.ref)?.images[0]?.illustration).toBe(true)
		// loading the demo stays quick (import and pictures together, on a busy two-core machine)
		expect(Date.now() - started).toBeLessThan(30_000)
	}, 60_000)

	it('draws a picture for every category, and a plain one for none', () => {
		for (const code of ['030301', '030306', '0404', '02', null, 'unknown']) expect(illustrationSvg(code)).toMatch(/^<svg [^>]*width="640" height="480" viewBox="0 0 800 600"[\s\S]*<\/svg>$/)
		expect(illustrationSvg('030301')).not.toBe(illustrationSvg('030306'))
	})
})
