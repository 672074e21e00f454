// Demo accounts, created with the demo data only (never on a database that had data): a platform admin and an
// owner for the first enterprise, rescue team and bureau, so every role can be tried at once.
import { and, asc, eq, isNull, like } from 'drizzle-orm'
import { hashPassword } from '#app/modules/accounts/password.server.ts'
import type { Db } from '#db/client.server.ts'
import { memberships, organizations, standards, users } from '#db/schema/index.ts'

export const DEMO_PASSWORD = 'demo12345'
export const DEMO_USERS = [
	{ email: 'admin@example.com', name: '平台管理员', platformRole: 'admin' as const, orgKind: null },
	{ email: 'supplier@example.com', name: '王供应', platformRole: 'none' as const, orgKind: 'enterprise' as const },
	{ email: 'team@example.com', name: '李队长', platformRole: 'none' as const, orgKind: 'rescue_team' as const },
	{ email: 'bureau@example.com', name: '张科长', platformRole: 'none' as const, orgKind: 'bureau' as const },
]

export async function seedDemoUsers(db: Db): Promise<string[]> {
	const passwordHash = await hashPassword(DEMO_PASSWORD)
	const created: string[] = []
	for (const u of DEMO_USERS) {
		if (db.select({ id: users.id }).from(users).where(eq(users.email, u.email)).get()) continue
		// Demo addresses count as confirmed, so the demo accounts can accept invitations like any confirmed user.
		const id = db
			.insert(users)
			.values({ email: u.email, name: u.name, passwordHash, platformRole: u.platformRole, emailVerifiedAt: new Date().toISOString() })
			.returning({ id: users.id })
			.get().id
		if (u.orgKind) {
			const org = db.select({ id: organizations.id, name: organizations.name }).from(organizations).where(eq(organizations.kind, u.orgKind)).orderBy(asc(organizations.id)).get()
			if (org) db.insert(memberships).values({ orgId: org.id, userId: id, role: 'owner' }).run()
			// The demo bureau maintains the standards it issued (loaded by the operator, so owned by no one yet).
			if (org && u.orgKind === 'bureau') db.update(standards).set({ ownerOrgId: org.id }).where(and(isNull(standards.ownerOrgId), like(standards.issuer, `${org.name}%`))).run()
		}
		created.push(u.email)
	}
	return created
}
