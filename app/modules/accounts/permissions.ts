// Permissions as typed strings (`action:entity:access`), shared by server checks and the UI (to hide what one cannot do).
// Pure: who may do what follows from the platform role, the membership role and the organization's kind.

export type Permission =
	| 'create:listing:own'
	| 'update:listing:own'
	| 'create:demand:own'
	| 'update:demand:own'
	| 'import:records:own'
	| 'update:organization:own'
	| 'manage:members:own'
	| 'manage:tokens:own'
	| 'verify:organization:any'
	| 'read:audit:any'
	| 'import:records:any'
	| 'manage:search:any'
	| 'manage:taxonomy:any'
	| 'manage:standard:any'
	| 'manage:standard:own'
	| 'manage:inventory:own'
	| 'respond:demand:own'
	| 'read:mail:any'
	| 'run:jobs:any'

export type PlatformRole = 'none' | 'reviewer' | 'admin'
export type MemberRole = 'owner' | 'member'
export type OrgKind = 'enterprise' | 'rescue_team' | 'bureau' | 'organizer' | 'finance' | 'research'

export const LISTING_PUBLISHERS: readonly OrgKind[] = ['enterprise', 'finance', 'research']
export const DEMAND_PUBLISHERS: readonly OrgKind[] = ['rescue_team', 'bureau', 'enterprise']

export type Principal = {
	platformRole: PlatformRole
	/** The membership in the organization the user is acting for, if any. */
	membership: { role: MemberRole; orgKind: OrgKind } | null
}

const PLATFORM: Record<PlatformRole, Permission[]> = {
	none: [],
	reviewer: ['verify:organization:any', 'read:audit:any'],
	// read:mail:any: the mailbox page of a production server without SMTP (every queued mail, reset links included).
	admin: ['verify:organization:any', 'read:audit:any', 'import:records:any', 'manage:search:any', 'manage:taxonomy:any', 'manage:standard:any', 'read:mail:any', 'run:jobs:any'],
}

export function permissionsOf(p: Principal): Set<Permission> {
	const out = new Set<Permission>(PLATFORM[p.platformRole])
	const m = p.membership
	if (!m) return out
	out.add('import:records:own')
	if (LISTING_PUBLISHERS.includes(m.orgKind)) {
		out.add('create:listing:own')
		out.add('update:listing:own')
	}
	if (LISTING_PUBLISHERS.includes(m.orgKind)) out.add('respond:demand:own')
	if (m.orgKind === 'bureau') out.add('manage:standard:own')
	if (m.orgKind === 'rescue_team') out.add('manage:inventory:own')
	if (DEMAND_PUBLISHERS.includes(m.orgKind)) {
		out.add('create:demand:own')
		out.add('update:demand:own')
	}
	if (m.role === 'owner') {
		out.add('update:organization:own')
		out.add('manage:members:own')
		out.add('manage:tokens:own')
	}
	return out
}

export function can(p: Principal, permission: Permission): boolean {
	return permissionsOf(p).has(permission)
}
