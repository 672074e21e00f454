// Demo pictures: every listing without a picture gets the illustration of its category (illustrations.ts), rendered
// once per motif and colour by sharp, stored by content hash like an upload, and marked as an illustration so pages
// label it 示意图. The demo's 300-odd listings share a few dozen small files.
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { eq, isNull } from 'drizzle-orm'
import sharp from 'sharp'
import type { Db } from '#db/client.server.ts'
import { categories, listingMedia, listings } from '#db/schema/index.ts'
import { illustrationKey, illustrationSvg } from './illustrations.ts'
import { mediaDir } from './media.server.ts'

type Stored = { hash: string; width: number; height: number; bytes: number }

async function storeIllustration(categoryCode: string | null, dir: string): Promise<Stored> {
	// Drawn here, so no upload checks: the SVG is rasterised once, then encoded as the stored WebP and its thumbnail
	// (the sizes processImage makes for uploads).
	const { data, info } = await sharp(Buffer.from(illustrationSvg(categoryCode))).raw().toBuffer({ resolveWithObject: true })
	const raster = () => sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } })
	const [full, thumb] = await Promise.all([
		raster().webp({ quality: 82, effort: 2 }).toBuffer(),
		raster().resize({ width: 480, height: 360, fit: 'cover' }).webp({ quality: 78, effort: 2 }).toBuffer(),
	])
	const hash = createHash('sha256').update(full).digest('hex')
	if (!existsSync(path.join(dir, `${hash}.webp`))) {
		writeFileSync(path.join(dir, `${hash}.thumb.webp`), thumb)
		writeFileSync(path.join(dir, `${hash}.webp`), full)
	}
	return { hash, width: info.width, height: info.height, bytes: full.byteLength }
}

/** Gives each listing that has no picture its category's illustration; returns how many listings got one. */
export async function attachDemoIllustrations(db: Db, dir: string = mediaDir()): Promise<number> {
	const bare = db
		.select({ id: listings.id, categoryCode: listings.categoryCode, category: categories.nameZh })
		.from(listings)
		.leftJoin(listingMedia, eq(listingMedia.listingId, listings.id))
		.leftJoin(categories, eq(categories.code, listings.categoryCode))
		.where(isNull(listingMedia.id))
		.all()
	if (!bare.length) return 0
	mkdirSync(dir, { recursive: true })
	const byKey = new Map<string, string | null>()
	for (const l of bare) if (!byKey.has(illustrationKey(l.categoryCode))) byKey.set(illustrationKey(l.categoryCode), l.categoryCode)
	const stored = new Map(await Promise.all([...byKey].map(async ([key, code]) => [key, await storeIllustration(code, dir)] as const)))
	db.transaction((tx) => {
		for (const l of bare) {
			const s = stored.get(illustrationKey(l.categoryCode))!
			tx.insert(listingMedia)
				.values({ listingId: l.id, position: 0, hash: s.hash, width: s.width, height: s.height, bytes: s.bytes, alt: `${l.category ?? '应急装备'}示意图`, illustration: true })
				.run()
		}
	})
	return bare.length
}
