// The signed-in user's places, in the order their kind of organization needs them: a bureau's standards first, an
// enterprise's listings and responses, a team's demand lists and gap; then what every member has; then the platform's
// administration. One list for the header's menu and the /my dashboard's cards. Pure; the pages check again.
import type { Permission } from './permissions.ts'

export type WorkspaceKey =
	| 'standards'
	| 'listings'
	| 'responses'
	| 'demands'
	| 'gap'
	| 'inventory'
	| 'import'
	| 'org'
	| 'tokens'
	| 'alerts'
	| 'notifications'
	| 'review'
	| 'allStandards'
	| 'audit'
	| 'search'
	| 'synonyms'
	| 'categories'
	| 'jobs'
	| 'mailbox'

/** `org`: the organization's work; `account`: the user's own; `platform`: administration. */
export type WorkspaceGroup = 'org' | 'account' | 'platform'

export type WorkspaceLink = { key: WorkspaceKey; to: string; group: WorkspaceGroup; permission: Permission | 'signedIn' | 'mailbox' }

export const WORKSPACE_LINKS: readonly WorkspaceLink[] = [
	{ key: 'standards', to: '/my/standards', group: 'org', permission: 'manage:standard:own' },
	{ key: 'listings', to: '/my/listings', group: 'org', permission: 'create:listing:own' },
	{ key: 'responses', to: '/my/responses', group: 'org', permission: 'respond:demand:own' },
	{ key: 'demands', to: '/my/demands', group: 'org', permission: 'create:demand:own' },
	{ key: 'gap', to: '/my/gap', group: 'org', permission: 'manage:inventory:own' },
	{ key: 'inventory', to: '/my/inventory', group: 'org', permission: 'manage:inventory:own' },
	{ key: 'import', to: '/my/import', group: 'org', permission: 'import:records:own' },
	// Every member reads the organization's page; its owners edit it.
	{ key: 'org', to: '/my/org', group: 'org', permission: 'import:records:own' },
	{ key: 'tokens', to: '/my/tokens', group: 'org', permission: 'manage:tokens:own' },
	{ key: 'notifications', to: '/my/notifications', group: 'account', permission: 'signedIn' },
	{ key: 'alerts', to: '/my/alerts', group: 'account', permission: 'signedIn' },
	{ key: 'review', to: '/admin/review', group: 'platform', permission: 'verify:organization:any' },
	{ key: 'allStandards', to: '/my/standards', group: 'platform', permission: 'manage:standard:any' },
	{ key: 'audit', to: '/admin/audit', group: 'platform', permission: 'read:audit:any' },
	{ key: 'search', to: '/admin/search', group: 'platform', permission: 'manage:search:any' },
	{ key: 'synonyms', to: '/admin/synonyms', group: 'platform', permission: 'manage:search:any' },
	{ key: 'categories', to: '/admin/categories', group: 'platform', permission: 'manage:taxonomy:any' },
	{ key: 'jobs', to: '/admin/jobs', group: 'platform', permission: 'run:jobs:any' },
	{ key: 'mailbox', to: '/mailbox', group: 'account', permission: 'mailbox' },
]

/**
 * The places of a signed-in user with these permissions, in order. `mailbox`: whether the mailbox is open to them
 * (app/modules/notifications/mail.server.ts mailboxAccess). A platform admin who is also a bureau's member edits every
 * standard from one page (/my/standards lists all of them for an admin), so it is listed once, as the platform's.
 */
export function workspaceLinks(permissions: readonly Permission[], o: { mailbox: boolean }): WorkspaceLink[] {
	const has = (p: WorkspaceLink['permission']) => (p === 'signedIn' ? true : p === 'mailbox' ? o.mailbox : permissions.includes(p))
	return WORKSPACE_LINKS.filter((l) => has(l.permission) && !(l.key === 'standards' && permissions.includes('manage:standard:any')))
}
