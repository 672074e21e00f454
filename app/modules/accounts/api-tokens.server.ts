// Organization API tokens: created by an owner, shown once, stored only as a SHA-256 hash with a short prefix
// for recognising them in the list; a revoked token stops working at once.
import { and, desc, eq, isNull } from 'drizzle-orm'
import { randomBytes } from 'node:crypto'
import type { Db } from '#db/client.server.ts'
import { apiTokens, organizations } from '#db/schema/index.ts'
import type { OrgKind } from './permissions.ts'
import { newToken, sha256 } from './tokens.server.ts'
import { recordAudit, writeContext, type Actor } from '#app/modules/audit/changes.server.ts'

export const TOKEN_SCHEME = 'eex'

export type TokenRow = { id: number; name: string; prefix: string; createdAt: string; lastUsedAt: string | null; revokedAt: string | null }

/** `eex_<8 hex>_<43 base64url>`: the prefix identifies the token in lists and logs, the rest is the secret. */
export function makeToken(): { token: string; prefix: string } {
	const prefix = `${TOKEN_SCHEME}_${randomBytes(4).toString('hex')}`
	return { token: `${prefix}_${newToken(32)}`, prefix }
}

/** Creates a token for the organization; the returned `token` is the only copy that will ever exist. */
export function createApiToken(db: Db, actor: Actor & { kind: 'organization' }, name: string): { id: number; token: string; prefix: string } {
	const { token, prefix } = makeToken()
	return db.transaction((tx) => {
		const id = tx
			.insert(apiTokens)
			.values({ orgId: actor.orgId, name, tokenHash: sha256(token), prefix, createdBy: actor.userId ?? null })
			.returning({ id: apiTokens.id })
			.get().id
		recordAudit(writeContext(tx as unknown as Db, actor, 'web'), 'create', 'api_token', id, actor.orgId)
		return { id, token, prefix }
	})
}

export function listApiTokens(db: Db, orgId: number): TokenRow[] {
	return db
		.select({
			id: apiTokens.id,
			name: apiTokens.name,
			prefix: apiTokens.prefix,
			createdAt: apiTokens.createdAt,
			lastUsedAt: apiTokens.lastUsedAt,
			revokedAt: apiTokens.revokedAt,
		})
		.from(apiTokens)
		.where(eq(apiTokens.orgId, orgId))
		.orderBy(desc(apiTokens.createdAt), desc(apiTokens.id))
		.all()
}

/** Revokes one of the organization's own active tokens and returns its name; null when there is no such token there. */
export function revokeApiToken(db: Db, actor: Actor & { kind: 'organization' }, id: number, now = new Date()): string | null {
	return db.transaction((tx) => {
		const done = tx
			.update(apiTokens)
			.set({ revokedAt: now.toISOString() })
			.where(and(eq(apiTokens.id, id), eq(apiTokens.orgId, actor.orgId), isNull(apiTokens.revokedAt)))
			.returning({ name: apiTokens.name })
			.get()
		if (!done) return null
		recordAudit(writeContext(tx as unknown as Db, actor, 'web', now), 'revoke', 'api_token', id, actor.orgId)
		return done.name
	})
}

export type TokenOwner = { tokenId: number; orgId: number; orgRef: string; orgKind: OrgKind; verified: boolean }

/** Who a presented token acts for, or null when it is unknown or revoked. Records the time of use (at most once a minute). */
export function tokenOwner(db: Db, token: string, now = new Date()): TokenOwner | null {
	if (!token.startsWith(`${TOKEN_SCHEME}_`) || token.length > 200) return null
	const row = db
		.select({ tokenId: apiTokens.id, lastUsedAt: apiTokens.lastUsedAt, orgId: organizations.id, orgRef: organizations.ref, orgKind: organizations.kind, verifiedAt: organizations.verifiedAt })
		.from(apiTokens)
		.innerJoin(organizations, eq(organizations.id, apiTokens.orgId))
		.where(and(eq(apiTokens.tokenHash, sha256(token)), isNull(apiTokens.revokedAt)))
		.get()
	if (!row) return null
	if (!row.lastUsedAt || now.getTime() - Date.parse(row.lastUsedAt) > 60_000) {
		db.update(apiTokens).set({ lastUsedAt: now.toISOString() }).where(eq(apiTokens.id, row.tokenId)).run()
	}
	return { tokenId: row.tokenId, orgId: row.orgId, orgRef: row.orgRef, orgKind: row.orgKind, verified: row.verifiedAt !== null }
}
