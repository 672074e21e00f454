// The alert jobs, each safe to run at any time and from several processes at once: the matching scan (newly published
// demand lists and listings → the organizations whose records match them), saved searches (new results → one
// notification), and the daily digest mail. Work per run is bounded; what is left is picked up by the next run.
import { and, asc, eq, gt, isNull, lt, lte, ne, or, sql } from 'drizzle-orm'
import type { Db } from '#db/client.server.ts'
import { alertSettings, demandLists, jobState, listings, notifications, organizations, savedSearches, users } from '#db/schema/index.ts'
import { listingCandidates, loadListings, matchContext, publicDemandItems, rankListing } from '#app/modules/matching/load.server.ts'
import { assess, type MatchContext, type MatchItem, type MatchListing } from '#app/modules/matching/match.ts'
import { todayIso } from '#app/utils/format.ts'
import type { SearchEngine } from '#search/engine.ts'
import { getSearchEngine } from '#app/utils/search-engine.server.ts'
import { appUrl } from '#app/env.server.ts'
import { enqueueMail } from '#app/modules/notifications/mail.server.ts'
import { digestMail } from '#app/modules/notifications/mail-text.ts'
import { LIST_SHOWN } from '#app/modules/notifications/message.ts'
import { DEFAULT_EMAIL_FREQUENCY, notifyOrg, notifyUser } from '#app/modules/notifications/notify.server.ts'
import { newResults } from './saved-searches.server.ts'
import { savedSearchLink, savedSearchMessage } from './search-query.ts'

/** At most this many newly published demand lists, and as many listings, are looked at per run. */
export const SCAN_BATCH = 50
/** At most this many saved searches are run per run (the least recently run first). */
export const SAVED_SEARCH_BATCH = 200
/** At most this many users get their digest per run. */
export const DIGEST_BATCH = 200
/** Digests go out once per China calendar day, from this hour (China time) on. */
export const DIGEST_HOUR = 8

export const LISTING_CURSOR = 'alerts.listings'
export const DEMAND_CURSOR = 'alerts.demands'

type Cursor = { at: string; id: number }
type Options = { now?: Date; engine?: SearchEngine }

const tx = <T>(db: Db, fn: () => T): T => db.transaction(() => fn())

function readCursor(db: Db, name: string): Cursor | null {
	const row = db.select({ cursor: jobState.cursor }).from(jobState).where(eq(jobState.name, name)).get()
	if (!row?.cursor) return null
	try {
		const c = JSON.parse(row.cursor) as Cursor
		return typeof c.at === 'string' && Number.isInteger(c.id) ? c : null
	} catch {
		return null
	}
}

/** Moves a cursor forward only (another process may have gone further). */
function advanceCursor(db: Db, name: string, to: Cursor, now: Date): void {
	const current = readCursor(db, name)
	if (current && (current.at > to.at || (current.at === to.at && current.id >= to.id))) return
	const cursor = JSON.stringify(to)
	db.insert(jobState)
		.values({ name, cursor, updatedAt: now.toISOString() })
		.onConflictDoUpdate({ target: jobState.name, set: { cursor, updatedAt: now.toISOString() } })
		.run()
}

type Published = { id: number; at: string }

/**
 * The next records published after the cursor, in publication order; (published_at, id) orders records stamped in the
 * same millisecond. Without a cursor (first run ever) the cursor is set to the newest record and nothing is returned:
 * alerts are about what is published from now on, not the back catalogue.
 */
function nextPublished(db: Db, table: typeof listings | typeof demandLists, name: string, now: Date): Published[] {
	const cursor = readCursor(db, name)
	const published = and(eq(table.status, 'published'), sql`${table.publishedAt} is not null`)
	if (!cursor) {
		const last = db
			.select({ id: table.id, at: table.publishedAt })
			.from(table)
			.where(published)
			.orderBy(sql`${table.publishedAt} desc`, sql`${table.id} desc`)
			.get()
		tx(db, () => advanceCursor(db, name, last?.at ? { at: last.at, id: last.id } : { at: '', id: 0 }, now))
		return []
	}
	return db
		.select({ id: table.id, at: sql<string>`${table.publishedAt}` })
		.from(table)
		.where(and(published, or(gt(table.publishedAt, cursor.at), and(eq(table.publishedAt, cursor.at), gt(table.id, cursor.id)))))
		.orderBy(asc(table.publishedAt), asc(table.id))
		.limit(SCAN_BATCH)
		.all()
}

const orgIdsByRef = (db: Db, refs: string[]): Map<string, number> =>
	new Map(
		refs.length
			? db
					.select({ id: organizations.id, ref: organizations.ref })
					.from(organizations)
					.where(sql`${organizations.ref} in (select value from json_each(${JSON.stringify(refs)}))`)
					.all()
					.map((r) => [r.ref, r.id])
			: [],
	)

const fmt = (n: number) => (Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100))

/**
 * Worth an alert: eligible (every hard rule met; an item without specs and certifications needs a listing that names
 * it) and about the same thing — the same category (or subtree), or words in common: a protective suit is no news to
 * someone who needs breathing apparatus.
 */
function relevant(item: MatchItem, listing: MatchListing, ctx: MatchContext): boolean {
	const a = assess(item, listing, ctx, false)
	return a.eligible && (a.components.category >= 1 || a.components.text > 0)
}

export type ScanResult = { demands: number; listings: number; notifications: number }

/** Notifies organizations of newly published demand items they can supply, and of newly published listings that meet their open items. */
export async function runAlertScan(db: Db, o: Options = {}): Promise<ScanResult> {
	const now = o.now ?? new Date()
	const today = todayIso(now)
	const ctx = matchContext(db, today)
	const engine = o.engine ?? getSearchEngine(db)
	const result: ScanResult = { demands: 0, listings: 0, notifications: 0 }

	for (const rec of nextPublished(db, demandLists, DEMAND_CURSOR, now)) {
		const list = db
			.select({ ref: demandLists.ref, title: demandLists.title, deadline: demandLists.deadline, orgRef: organizations.ref, orgName: organizations.name })
			.from(demandLists)
			.innerJoin(organizations, eq(organizations.id, demandLists.orgId))
			.where(eq(demandLists.id, rec.id))
			.get()
		const open = list && (!list.deadline || list.deadline >= today)
		const demand = open ? publicDemandItems(db, list.ref) : null
		// Computed first (the candidate recall is asynchronous), then written with the cursor in one transaction.
		const toNotify: { orgRef: string; item: { id: number; name: string; quantity: number; unit: string | null | undefined }; titles: string[] }[] = []
		for (const item of demand?.items ?? []) {
			const { listings: candidates } = await listingCandidates(db, item, engine, today)
			const byOrg = new Map<string, string[]>()
			for (const l of candidates) {
				if (l.org.ref === list!.orgRef) continue
				if (!relevant(item, l, ctx)) continue
				byOrg.set(l.org.ref, [...(byOrg.get(l.org.ref) ?? []), l.title])
			}
			for (const [orgRef, titles] of byOrg) toNotify.push({ orgRef, item: { id: item.id!, name: item.name, quantity: item.quantity, unit: item.unit }, titles })
		}
		const ids = orgIdsByRef(db, [...new Set(toNotify.map((n) => n.orgRef))])
		tx(db, () => {
			for (const n of toNotify) {
				const orgId = ids.get(n.orgRef)
				if (orgId === undefined) continue
				result.notifications += notifyOrg(db, {
					orgId,
					kind: 'matching_demand',
					message: { key: 'alerts.messages.matchingDemand', params: { item: n.item.name } },
					body: {
						key: 'alerts.messages.matchingDemandBody',
						params: { org: list!.orgName, list: list!.title, quantity: `${fmt(n.item.quantity)}${n.item.unit ? ` ${n.item.unit}` : ''}`, listings: n.titles },
					},
					link: `/demands/${encodeURIComponent(list!.ref)}`,
					dedupeKey: `matching_demand:item:${n.item.id}:org:${orgId}`,
				})
			}
			advanceCursor(db, DEMAND_CURSOR, rec, now)
		})
		result.demands++
	}

	for (const rec of nextPublished(db, listings, LISTING_CURSOR, now)) {
		const listing = loadListings(db, [rec.id])[0]
		const byOrg = new Map<string, string[]>()
		if (listing) {
			for (const opp of await rankListing(db, listing, engine, today)) {
				const owner = opp.item.demand?.org.ref
				if (!opp.eligible || !owner || owner === listing.org.ref || !relevant(opp.item, listing, ctx)) continue
				byOrg.set(owner, [...(byOrg.get(owner) ?? []), opp.item.name])
			}
		}
		const ids = orgIdsByRef(db, [...byOrg.keys()])
		tx(db, () => {
			for (const [orgRef, items] of byOrg) {
				const orgId = ids.get(orgRef)
				if (orgId === undefined || !listing) continue
				result.notifications += notifyOrg(db, {
					orgId,
					kind: 'matching_listing',
					message: { key: 'alerts.messages.matchingListing', params: { listing: listing.title } },
					body: { key: 'alerts.messages.matchingListingBody', params: { org: listing.org.name, listing: listing.title, items } },
					link: `/listings/${encodeURIComponent(listing.ref)}`,
					dedupeKey: `matching_listing:listing:${listing.id}:org:${orgId}`,
				})
			}
			advanceCursor(db, LISTING_CURSOR, rec, now)
		})
		result.listings++
	}
	return result
}

export type SavedSearchResult = { searches: number; notifications: number }

const DAY = 24 * 3600_000

/** Runs due saved searches (instant: every run; daily: once in 24 hours; off: never); new results become one notification. */
export async function runSavedSearches(db: Db, o: Options = {}): Promise<SavedSearchResult> {
	const now = o.now ?? new Date()
	const engine = o.engine ?? getSearchEngine(db)
	const dayAgo = new Date(now.getTime() - DAY).toISOString()
	const due = db
		.select()
		.from(savedSearches)
		.where(and(ne(savedSearches.frequency, 'off'), or(eq(savedSearches.frequency, 'instant'), isNull(savedSearches.lastRunAt), lte(savedSearches.lastRunAt, dayAgo))))
		.orderBy(sql`${savedSearches.lastRunAt} is not null`, asc(savedSearches.lastRunAt), asc(savedSearches.id))
		.limit(SAVED_SEARCH_BATCH)
		.all()
	const result: SavedSearchResult = { searches: 0, notifications: 0 }
	for (const s of due) {
		const found = await newResults(engine, s.query, s.lastSeenId)
		tx(db, () => {
			// Another run may have got here first: only a cursor that is still behind produces a notification.
			const current = db.select({ lastSeenId: savedSearches.lastSeenId }).from(savedSearches).where(eq(savedSearches.id, s.id)).get()
			if (!current) return
			const fresh = found.ids.filter((id) => id > current.lastSeenId)
			if (fresh.length) {
				const freshTitles = found.titles.filter((t, i) => found.ids[i]! > current.lastSeenId && t).slice(0, LIST_SHOWN)
				const created = notifyUser(db, s.userId, {
					kind: 'saved_search',
					message: savedSearchMessage(s.name, fresh.length, found.more),
					body: freshTitles.length ? { key: 'alerts.messages.savedSearchBody', params: { titles: freshTitles } } : null,
					link: savedSearchLink(s.query),
					dedupeKey: `saved_search:${s.id}:${Math.max(...fresh)}`,
				})
				if (created) result.notifications++
			}
			db.update(savedSearches)
				.set({ lastSeenId: Math.max(current.lastSeenId, found.maxId), lastRunAt: now.toISOString() })
				.where(eq(savedSearches.id, s.id))
				.run()
		})
		result.searches++
	}
	return result
}

/** The China calendar day and hour of an instant. */
const chinaDay = (d: Date) => todayIso(d)
const chinaHour = (d: Date) => new Date(d.getTime() + 8 * 3600_000).getUTCHours()

export type DigestResult = { users: number; mails: number }

/** Mails each user on the daily setting one digest of their unmailed notifications, once per (China) day from DIGEST_HOUR on. */
export function sendDigests(db: Db, o: { now?: Date } = {}): DigestResult {
	const now = o.now ?? new Date()
	const result: DigestResult = { users: 0, mails: 0 }
	if (chinaHour(now) < DIGEST_HOUR) return result
	const today = chinaDay(now)
	const dayStart = new Date(Date.parse(`${today}T00:00:00+08:00`)).toISOString()
	const candidates = db
		.selectDistinct({ userId: notifications.userId, email: users.email, name: users.name, locale: users.locale })
		.from(notifications)
		.innerJoin(users, eq(users.id, notifications.userId))
		.leftJoin(alertSettings, eq(alertSettings.userId, notifications.userId))
		.where(
			and(
				isNull(notifications.mailedAt),
				sql`coalesce(${alertSettings.email}, ${DEFAULT_EMAIL_FREQUENCY}) = 'daily'`,
				or(isNull(alertSettings.lastDigestAt), lt(alertSettings.lastDigestAt, dayStart)),
			),
		)
		.limit(DIGEST_BATCH)
		.all()
	for (const u of candidates) {
		tx(db, () => {
			// Re-read inside the transaction: a concurrent run may have sent it already.
			const setting = db.select({ lastDigestAt: alertSettings.lastDigestAt }).from(alertSettings).where(eq(alertSettings.userId, u.userId)).get()
			if (setting?.lastDigestAt && setting.lastDigestAt >= dayStart) return
			const pending = db
				.select({ id: notifications.id, title: notifications.title, body: notifications.body, link: notifications.link, readAt: notifications.readAt })
				.from(notifications)
				.where(and(eq(notifications.userId, u.userId), isNull(notifications.mailedAt)))
				.orderBy(asc(notifications.id))
				.all()
			const stamp = now.toISOString()
			// What was already read in the notification centre is not mailed again.
			const unread = pending.filter((n) => !n.readAt)
			if (unread.length) {
				enqueueMail(db, { to: u.email, kind: 'alert_digest', ...digestMail(u.name, unread, appUrl(), u.locale) })
				result.mails++
				db.insert(alertSettings)
					.values({ userId: u.userId, email: 'daily', lastDigestAt: stamp, updatedAt: stamp })
					.onConflictDoUpdate({ target: alertSettings.userId, set: { lastDigestAt: stamp } })
					.run()
			}
			db.update(notifications)
				.set({ mailedAt: stamp })
				.where(and(eq(notifications.userId, u.userId), isNull(notifications.mailedAt), lte(notifications.id, pending.at(-1)?.id ?? 0)))
				.run()
			result.users++
		})
	}
	return result
}

export type AlertRun = { scan: ScanResult; savedSearches: SavedSearchResult; digests: DigestResult }

/** The three jobs in order (the worker's tick and `npm run cli -- alerts`). */
export async function runAlerts(db: Db, o: Options = {}): Promise<AlertRun> {
	const scan = await runAlertScan(db, o)
	const saved = await runSavedSearches(db, o)
	const digests = sendDigests(db, o)
	return { scan, savedSearches: saved, digests }
}
