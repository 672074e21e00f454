// The /my dashboard's numbers: for each place of the user (accounts/workspace.ts) what it holds, and what waits for
// the user there (responses to decide, drafts, a gap, organizations to review, failed jobs). Every count of an
// organization's records has the organization in its `where`; platform counts only for those with the permission.
import { and, count, eq, gt, isNull, lt } from 'drizzle-orm'
import type { Db } from '#db/client.server.ts'
import { apiTokens, demandLists, inventoryLots, invitations, listings, memberships, notifications, responses, savedSearches, standards } from '#db/schema/index.ts'
import { outboxStats } from '#search/outbox.server.ts'
import { todayIso } from '#app/utils/format.ts'
import type { Permission } from '../accounts/permissions.ts'
import type { WorkspaceKey } from '../accounts/workspace.ts'
import { jobStatuses } from '../jobs/queries.server.ts'
import { pendingCount } from '../organizations/review.server.ts'
import { teamGapFor } from '../standards/gap.server.ts'

export type StatKey =
	| 'published'
	| 'draft'
	| 'open'
	| 'awaiting'
	| 'awarded'
	| 'total'
	| 'readiness'
	| 'shortfalls'
	| 'lots'
	| 'members'
	| 'invitations'
	| 'tokens'
	| 'unread'
	| 'saved'
	| 'pending'
	| 'failed'
	| 'dead'
	| 'noTeam'

/** A number on a card; `attention`: something waits for the user there. */
export type Stat = { key: StatKey; count: number; attention?: boolean }

export type WaitingKey = 'responsesToDecide' | 'opportunities' | 'draftDemands' | 'draftListings' | 'draftStandards' | 'awarded' | 'shortfalls' | 'noTeam' | 'invitations' | 'unread' | 'orgsToReview' | 'failedJobs' | 'deadLetters'

/** A line of the dashboard's 待办: `to` is where it is done. */
export type Waiting = { key: WaitingKey; count: number; to: string }

export type DashboardFacts = { stats: Partial<Record<WorkspaceKey, Stat[]>>; waiting: Waiting[] }

export type DashboardReader = {
	userId: number
	membership: { orgId: number; role: 'owner' | 'member' } | null
	permissions: readonly Permission[]
	/** Open demand items the organization's listings are eligible for (the 商机 panel), when it was computed. */
	opportunities?: number
}

const byStatus = <S extends string>(rows: { status: S; n: number }[], s: S) => rows.find((r) => r.status === s)?.n ?? 0

export function dashboardFacts(db: Db, r: DashboardReader, now: Date = new Date()): DashboardFacts {
	const can = (p: Permission) => r.permissions.includes(p)
	const stats: DashboardFacts['stats'] = {}
	const waiting: Waiting[] = []
	const wait = (key: WaitingKey, n: number, to: string) => {
		if (n > 0) waiting.push({ key, count: n, to })
	}
	const m = r.membership
	const nowIso = now.toISOString()
	/** Published and draft counts of the organization's records by status; drafts wait to be finished at `to`. */
	const publishedAndDrafts = (rows: { status: string; n: number }[], key: WaitingKey, to: string): Stat[] => {
		const draft = byStatus(rows, 'draft')
		wait(key, draft, to)
		return [
			{ key: 'published', count: byStatus(rows, 'published') },
			{ key: 'draft', count: draft, attention: draft > 0 },
		]
	}

	if (m && can('manage:standard:own') && !can('manage:standard:any')) {
		const rows = db.select({ status: standards.status, n: count() }).from(standards).where(eq(standards.ownerOrgId, m.orgId)).groupBy(standards.status).all()
		stats.standards = publishedAndDrafts(rows, 'draftStandards', '/my/standards')
	}
	if (m && can('create:listing:own')) {
		const rows = db.select({ status: listings.status, n: count() }).from(listings).where(eq(listings.orgId, m.orgId)).groupBy(listings.status).all()
		stats.listings = publishedAndDrafts(rows, 'draftListings', '/my/listings?status=draft')
	}
	if (m && can('respond:demand:own')) {
		const rows = db.select({ status: responses.status, n: count() }).from(responses).where(eq(responses.orgId, m.orgId)).groupBy(responses.status).all()
		const awarded = byStatus(rows, 'awarded')
		stats.responses = [
			{ key: 'total', count: rows.reduce((a, x) => a + x.n, 0) },
			{ key: 'awaiting', count: byStatus(rows, 'submitted') + byStatus(rows, 'shortlisted') },
			{ key: 'awarded', count: awarded },
		]
		if (r.opportunities !== undefined) wait('opportunities', r.opportunities, '#opportunities')
	}
	if (m && can('create:demand:own')) {
		const rows = db.select({ status: demandLists.status, n: count() }).from(demandLists).where(eq(demandLists.orgId, m.orgId)).groupBy(demandLists.status).all()
		// Responses no decision was taken on yet (neither shortlisted, awarded nor declined), on the organization's lists.
		const undecided =
			db
				.select({ n: count() })
				.from(responses)
				.innerJoin(demandLists, eq(demandLists.id, responses.demandListId))
				.where(and(eq(demandLists.orgId, m.orgId), eq(responses.status, 'submitted')))
				.get()?.n ?? 0
		const draft = byStatus(rows, 'draft')
		stats.demands = [
			{ key: 'published', count: byStatus(rows, 'published') },
			{ key: 'draft', count: draft, attention: draft > 0 },
			{ key: 'open', count: undecided, attention: undecided > 0 },
		]
		wait('responsesToDecide', undecided, '#received')
		wait('draftDemands', draft, '/my/demands?status=draft')
	}
	if (m && can('manage:inventory:own')) {
		const lots = db.select({ n: count() }).from(inventoryLots).where(eq(inventoryLots.teamOrgId, m.orgId)).get()?.n ?? 0
		const gap = teamGapFor(db, m.orgId, todayIso(now))
		if (gap) {
			const shortfalls = gap.gap.shortfalls.length
			stats.gap = [
				{ key: 'readiness', count: Math.round(gap.gap.readiness.all * 100) },
				{ key: 'shortfalls', count: shortfalls, attention: shortfalls > 0 },
			]
			wait('shortfalls', shortfalls, '/my/gap')
		} else {
			stats.gap = [{ key: 'noTeam', count: 0, attention: true }]
			waiting.push({ key: 'noTeam', count: 0, to: '/my/inventory' })
		}
		stats.inventory = [{ key: 'lots', count: lots }]
	}
	if (m) {
		const members = db.select({ n: count() }).from(memberships).where(eq(memberships.orgId, m.orgId)).get()?.n ?? 0
		stats.org = [{ key: 'members', count: members }]
		if (m.role === 'owner') {
			const open = db
				.select({ n: count() })
				.from(invitations)
				.where(and(eq(invitations.orgId, m.orgId), isNull(invitations.acceptedAt), isNull(invitations.revokedAt), gt(invitations.expiresAt, nowIso)))
				.get()?.n ?? 0
			stats.org.push({ key: 'invitations', count: open })
		}
	}
	if (m && can('manage:tokens:own')) {
		const live = db.select({ n: count() }).from(apiTokens).where(and(eq(apiTokens.orgId, m.orgId), isNull(apiTokens.revokedAt))).get()?.n ?? 0
		stats.tokens = [{ key: 'tokens', count: live }]
	}
	const unread = db.select({ n: count() }).from(notifications).where(and(eq(notifications.userId, r.userId), isNull(notifications.readAt))).get()?.n ?? 0
	stats.notifications = [{ key: 'unread', count: unread, attention: unread > 0 }]
	wait('unread', unread, '/my/notifications')
	stats.alerts = [{ key: 'saved', count: db.select({ n: count() }).from(savedSearches).where(eq(savedSearches.userId, r.userId)).get()?.n ?? 0 }]
	if (m && can('respond:demand:own')) {
		// Awarded and not yet delivered in full: the supplier's to-do.
		const toDeliver = db
			.select({ n: count() })
			.from(responses)
			.where(and(eq(responses.orgId, m.orgId), eq(responses.status, 'awarded'), lt(responses.deliveredQuantity, responses.awardedQuantity)))
			.get()?.n ?? 0
		wait('awarded', toDeliver, '/my/responses')
	}

	if (can('verify:organization:any')) {
		const pending = pendingCount(db)
		stats.review = [{ key: 'pending', count: pending, attention: pending > 0 }]
		wait('orgsToReview', pending, '/admin/review')
	}
	if (can('manage:standard:any')) {
		const rows = db.select({ status: standards.status, n: count() }).from(standards).groupBy(standards.status).all()
		stats.allStandards = [
			{ key: 'published', count: byStatus(rows, 'published') },
			{ key: 'draft', count: byStatus(rows, 'draft') },
		]
	}
	if (can('run:jobs:any')) {
		const failed = jobStatuses(db).filter((j) => j.lastStatus === 'failed').length
		stats.jobs = [{ key: 'failed', count: failed, attention: failed > 0 }]
		wait('failedJobs', failed, '/admin/jobs')
	}
	if (can('manage:search:any')) {
		const o = outboxStats(db, now)
		stats.search = [{ key: 'dead', count: o.dead, attention: o.dead > 0 }]
		wait('deadLetters', o.dead, '/admin/search')
	}
	return { stats, waiting }
}
