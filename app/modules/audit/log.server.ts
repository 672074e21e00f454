// Reading the audit log (platform admins and reviewers): newest first, filtered by entity and by organization.
import { and, count, desc, eq } from 'drizzle-orm'
import { alias } from 'drizzle-orm/sqlite-core'
import type { Db } from '#db/client.server.ts'
import { auditLog, organizations, users } from '#db/schema/index.ts'

export const AUDIT_PAGE_SIZE = 50

export type AuditFilters = { entity?: string; orgRef?: string; page?: number }

export function auditEntities(db: Db): string[] {
	return db
		.selectDistinct({ entity: auditLog.entity })
		.from(auditLog)
		.orderBy(auditLog.entity)
		.all()
		.map((r) => r.entity)
}

export function auditPage(db: Db, f: AuditFilters = {}) {
	const page = f.page ?? 1
	const org = alias(organizations, 'org')
	const where = and(f.entity ? eq(auditLog.entity, f.entity) : undefined, f.orgRef ? eq(org.ref, f.orgRef) : undefined)
	const total =
		db
			.select({ n: count() })
			.from(auditLog)
			.leftJoin(org, eq(org.id, auditLog.orgId))
			.where(where)
			.get()?.n ?? 0
	const rows = db
		.select({
			id: auditLog.id,
			at: auditLog.at,
			userEmail: users.email,
			actor: auditLog.actor,
			action: auditLog.action,
			entity: auditLog.entity,
			entityId: auditLog.entityId,
			orgRef: org.ref,
			orgName: org.name,
			before: auditLog.before,
			after: auditLog.after,
			ip: auditLog.ip,
		})
		.from(auditLog)
		.leftJoin(users, eq(users.id, auditLog.userId))
		.leftJoin(org, eq(org.id, auditLog.orgId))
		.where(where)
		.orderBy(desc(auditLog.id))
		.limit(AUDIT_PAGE_SIZE)
		.offset((page - 1) * AUDIT_PAGE_SIZE)
		.all()
	return { total, page, perPage: AUDIT_PAGE_SIZE, rows }
}
