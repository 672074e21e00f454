import { describe, expect, it } from 'vitest'
import { can, permissionsOf } from './permissions.ts'

describe('permissions', () => {
	it('a user without an organization can do nothing owned', () => {
		expect([...permissionsOf({ platformRole: 'none', membership: null })]).toEqual([])
	})
	it('enterprises publish listings and finance/technology demands; bureaus publish demands, not listings', () => {
		const ent = { platformRole: 'none' as const, membership: { role: 'member' as const, orgKind: 'enterprise' as const } }
		expect(can(ent, 'create:listing:own')).toBe(true)
		expect(can(ent, 'create:demand:own')).toBe(true)
		const bureau = { platformRole: 'none' as const, membership: { role: 'member' as const, orgKind: 'bureau' as const } }
		expect(can(bureau, 'create:listing:own')).toBe(false)
		expect(can(bureau, 'create:demand:own')).toBe(true)
	})
	it('only owners manage members, tokens and the organization itself', () => {
		const member = { platformRole: 'none' as const, membership: { role: 'member' as const, orgKind: 'enterprise' as const } }
		const owner = { ...member, membership: { ...member.membership, role: 'owner' as const } }
		for (const p of ['manage:members:own', 'manage:tokens:own', 'update:organization:own'] as const) {
			expect(can(member, p)).toBe(false)
			expect(can(owner, p)).toBe(true)
		}
	})
	it('reviewers verify organizations; only admins import for anyone', () => {
		expect(can({ platformRole: 'reviewer', membership: null }, 'verify:organization:any')).toBe(true)
		expect(can({ platformRole: 'reviewer', membership: null }, 'import:records:any')).toBe(false)
		expect(can({ platformRole: 'admin', membership: null }, 'import:records:any')).toBe(true)
	})
	it('only platform admins read the mailbox of a production server without SMTP', () => {
		expect(can({ platformRole: 'admin', membership: null }, 'read:mail:any')).toBe(true)
		expect(can({ platformRole: 'reviewer', membership: null }, 'read:mail:any')).toBe(false)
		expect(can({ platformRole: 'none', membership: { role: 'owner', orgKind: 'enterprise' } }, 'read:mail:any')).toBe(false)
	})
})
