// Listing pictures: uploads are decoded by sharp (so only real JPEG/PNG/WebP/GIF images pass, whatever their name
// or declared type), re-encoded to WebP without metadata (no GPS in EXIF), limited in size and count, thumbnailed,
// and stored by content hash. Reads check that the picture's listing is public or owned by the viewer's organization.
import { createHash } from 'node:crypto'
import { mkdirSync, existsSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { and, asc, count, eq, isNotNull, or, sql } from 'drizzle-orm'
import sharp from 'sharp'
import { databasePath, env } from '#app/env.server.ts'
import type { Db } from '#db/client.server.ts'
import { listingMedia, listings, organizations } from '#db/schema/index.ts'
import { enqueueSearch, recordAudit, type WriteContext } from '../audit/changes.server.ts'

export const MAX_IMAGE_BYTES = 5 * 1024 * 1024
export const MAX_IMAGES_PER_LISTING = 8
const ACCEPTED = new Set(['jpeg', 'png', 'webp', 'gif'])

export function mediaDir(): string {
	return env().MEDIA_DIR ?? path.join(path.dirname(path.resolve(databasePath())), 'media')
}

export type ImageProblem = 'tooLarge' | 'notImage' | 'tooMany' | 'notFound'
export class ImageError extends Error {
	constructor(readonly problem: ImageProblem) {
		super(problem)
	}
}

/** Decodes, checks and re-encodes an upload; throws ImageError('notImage') for anything that is not a picture. */
export async function processImage(bytes: Uint8Array): Promise<{ full: Buffer; thumb: Buffer; width: number; height: number }> {
	if (bytes.byteLength > MAX_IMAGE_BYTES) throw new ImageError('tooLarge')
	let format: string | undefined
	try {
		format = (await sharp(bytes, { limitInputPixels: 40_000_000 }).metadata()).format
	} catch {
		throw new ImageError('notImage')
	}
	if (!format || !ACCEPTED.has(format)) throw new ImageError('notImage')
	try {
		const base = () => sharp(bytes, { limitInputPixels: 40_000_000, animated: false }).rotate()
		const { data: full, info } = await base().resize({ width: 1600, height: 1600, fit: 'inside', withoutEnlargement: true }).webp({ quality: 82 }).toBuffer({ resolveWithObject: true })
		const thumb = await base().resize({ width: 480, height: 360, fit: 'cover' }).webp({ quality: 78 }).toBuffer()
		return { full, thumb, width: info.width, height: info.height }
	} catch {
		throw new ImageError('notImage')
	}
}

/** The organization's listing by ref, or null: the owner is part of the query. */
export function ownedListingId(db: Db, orgId: number, ref: string): number | null {
	return db.select({ id: listings.id }).from(listings).where(and(eq(listings.ref, ref), eq(listings.orgId, orgId))).get()?.id ?? null
}

export type ProcessedImage = Awaited<ReturnType<typeof processImage>>

/** How many pictures a listing has (0 for a listing that is not the organization's). */
export function imageCount(db: Db, orgId: number, ref: string): number {
	const listingId = ownedListingId(db, orgId, ref)
	return listingId === null ? 0 : (db.select({ n: count() }).from(listingMedia).where(eq(listingMedia.listingId, listingId)).get()?.n ?? 0)
}

/** Adds a picture (the upload's bytes, or an image processImage already checked) to the organization's listing. */
export async function addListingImage(ctx: WriteContext, orgId: number, ref: string, bytes: Uint8Array | ProcessedImage, alt: string | null) {
	const { db } = ctx
	const listingId = ownedListingId(db, orgId, ref)
	if (listingId === null) throw new ImageError('notFound')
	const existing = db.select({ n: count() }).from(listingMedia).where(eq(listingMedia.listingId, listingId)).get()?.n ?? 0
	if (existing >= MAX_IMAGES_PER_LISTING) throw new ImageError('tooMany')
	const img = bytes instanceof Uint8Array ? await processImage(bytes) : bytes
	const hash = createHash('sha256').update(img.full).digest('hex')
	const dir = mediaDir()
	mkdirSync(dir, { recursive: true })
	// Content-addressed: the same picture uploaded twice is stored once.
	if (!existsSync(path.join(dir, `${hash}.webp`))) {
		writeFileSync(path.join(dir, `${hash}.thumb.webp`), img.thumb)
		writeFileSync(path.join(dir, `${hash}.webp`), img.full)
	}
	return db.transaction((tx) => {
		const position = (tx.get<{ p: number | null }>(sql`select max(position) as p from listing_media where listing_id = ${listingId}`)?.p ?? -1) + 1
		const id = tx
			.insert(listingMedia)
			.values({ listingId, position, hash, width: img.width, height: img.height, bytes: img.full.byteLength, alt })
			.returning({ id: listingMedia.id })
			.get().id
		const t = { ...ctx, db: tx as unknown as Db }
		recordAudit(t, 'create', 'listing_media', id, orgId)
		enqueueSearch(t, 'listing', listingId)
		return { id, hash }
	})
}

export function removeListingImage(ctx: WriteContext, orgId: number, ref: string, mediaId: number): boolean {
	const { db } = ctx
	const listingId = ownedListingId(db, orgId, ref)
	if (listingId === null) return false
	return db.transaction((tx) => {
		const deleted = tx.delete(listingMedia).where(and(eq(listingMedia.id, mediaId), eq(listingMedia.listingId, listingId))).run().changes
		if (deleted) recordAudit({ ...ctx, db: tx as unknown as Db }, 'delete', 'listing_media', mediaId, orgId)
		return deleted > 0
	})
}

export function imagesOf(db: Db, listingId: number) {
	return db.select().from(listingMedia).where(eq(listingMedia.listingId, listingId)).orderBy(asc(listingMedia.position)).all()
}

/** First picture of each listing (for cards), and whether it is an illustration (示意图) rather than a photograph. */
export function coverImages(db: Db, listingIds: number[]): Map<number, { hash: string; illustration: boolean }> {
	if (!listingIds.length) return new Map()
	const rows = db.all<{ listing_id: number; hash: string; illustration: number }>(
		sql`select listing_id, hash, illustration from listing_media m where position = (select min(position) from listing_media where listing_id = m.listing_id) and listing_id in (${sql.join(listingIds, sql`, `)})`,
	)
	return new Map(rows.map((r) => [r.listing_id, { hash: r.hash, illustration: r.illustration === 1 }]))
}

/** May this viewer see this picture? Its listing is public, or belongs to the viewer's organization. */
export function mediaVisible(db: Db, hash: string, viewerOrgId: number | null): boolean {
	const visible = or(
		and(eq(listings.status, 'published'), isNotNull(organizations.verifiedAt)),
		viewerOrgId !== null ? eq(listings.orgId, viewerOrgId) : sql`0`,
	)
	return !!db
		.select({ id: listingMedia.id })
		.from(listingMedia)
		.innerJoin(listings, eq(listings.id, listingMedia.listingId))
		.innerJoin(organizations, eq(organizations.id, listings.orgId))
		.where(and(eq(listingMedia.hash, hash), visible))
		.get()
}
