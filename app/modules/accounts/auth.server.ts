// Server-side permission checks: requirePermission(request, 'update:listing:own') returns who acts for which
// organization, or throws a redirect to log in / a 403 that names what is missing.
import type { Db } from '#db/client.server.ts'
import { getDb } from '#app/utils/db.server.ts'
import { can, permissionsOf, type Permission } from './permissions.ts'
import { activeMembership, requireUser, type Membership, type SessionUser } from './session.server.ts'

export type Caller = { user: SessionUser; membership: Membership | null; permissions: Set<Permission> }

export function callerFor(db: Db, user: SessionUser): Caller {
	const membership = activeMembership(db, user)
	const principal = { platformRole: user.platformRole, membership: membership ? { role: membership.role, orgKind: membership.orgKind } : null }
	return { user, membership, permissions: permissionsOf(principal) }
}

export async function requireCaller(request: Request): Promise<Caller> {
	return callerFor(getDb(), await requireUser(request))
}

export function forbidden(permission: Permission): Response {
	return new Response(`缺少权限 / missing permission: ${permission}`, { status: 403, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
}

export async function requirePermission(request: Request, permission: Permission): Promise<Caller> {
	const caller = await requireCaller(request)
	if (!caller.permissions.has(permission)) throw forbidden(permission)
	return caller
}

/** For ":own" permissions: the caller's organization, which every owned query must put in its `where`. */
export async function requireOrgPermission(request: Request, permission: Permission): Promise<Caller & { membership: Membership }> {
	const caller = await requirePermission(request, permission)
	if (!caller.membership) throw forbidden(permission)
	return caller as Caller & { membership: Membership }
}

export { can }
