// Every write of a record goes through a WriteContext: who acts, when, and the side effects written in the same
// transaction as the change (an audit-log row, a search-outbox row).
import { sql } from 'drizzle-orm'
import type { Db } from '#db/client.server.ts'
import { auditLog, searchOutbox } from '#db/schema/index.ts'
import { applyEmbedded } from '#search/sync.server.ts'

/** Who writes: an operator (CLI, platform admin, seed) vouches for the data; an organization touches only its own records. */
export type Actor =
	| { kind: 'operator'; label: string; userId?: number }
	| { kind: 'organization'; orgId: number; orgRef: string; userId?: number }

export type Outcome = 'created' | 'updated' | 'unchanged'

export type WriteContext = { db: Db; actor: Actor; stamp: string; source: string; ip?: string | null }

export function writeContext(db: Db, actor: Actor, source: string, now: Date = new Date(), ip?: string | null): WriteContext {
	return { db, actor, source, stamp: now.toISOString(), ip }
}

export function actorLabel(actor: Actor): string {
	return actor.kind === 'operator' ? actor.label : `org:${actor.orgRef}`
}

export function recordAudit(
	ctx: WriteContext,
	action: string,
	entity: string,
	entityId: number | null,
	orgId: number | null,
	detail?: { before?: unknown; after?: unknown },
): void {
	ctx.db
		.insert(auditLog)
		.values({
			at: ctx.stamp,
			userId: ctx.actor.userId ?? null,
			orgId: orgId ?? (ctx.actor.kind === 'organization' ? ctx.actor.orgId : null),
			actor: actorLabel(ctx.actor),
			action: `${ctx.source}.${action}`,
			entity,
			entityId,
			before: detail?.before ?? null,
			after: detail?.after ?? null,
			ip: ctx.ip ?? null,
		})
		.run()
}

const blank = (v: unknown) => v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0)

/**
 * The top-level fields of a record that an update changed, old and new, for the audit row's before/after (the log
 * shows them as a field table). Nothing when the stored record is unknown.
 */
export function changedFields(before: object | null | undefined, after: object): { before: Record<string, unknown>; after: Record<string, unknown> } | undefined {
	if (!before) return undefined
	const b = before as Record<string, unknown>
	const a = after as Record<string, unknown>
	const out = { before: {} as Record<string, unknown>, after: {} as Record<string, unknown> }
	for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
		if ((blank(b[k]) && blank(a[k])) || JSON.stringify(b[k]) === JSON.stringify(a[k])) continue
		out.before[k] = b[k] ?? null
		out.after[k] = a[k] ?? null
	}
	return out
}

/**
 * Marks an entity for (re)indexing; repeated changes coalesce into one row with a higher revision (the Meilisearch
 * worker drains them). The embedded index is updated right here, in the caller's transaction.
 */
export function enqueueSearch(ctx: WriteContext, entity: string, entityId: number, op: 'upsert' | 'delete' = 'upsert'): void {
	ctx.db
		.insert(searchOutbox)
		.values({ entity, entityId, op, updatedAt: ctx.stamp })
		.onConflictDoUpdate({
			target: [searchOutbox.entity, searchOutbox.entityId],
			set: { op, revision: sql`${searchOutbox.revision} + 1`, attempts: 0, deadAt: null, lastError: null, updatedAt: ctx.stamp },
		})
		.run()
	applyEmbedded(ctx.db, entity, entityId)
}
