// An organization read back as an interchange record (the exact shape the importer accepts): the exporter, the
// importer (to tell "unchanged" from "updated") and the JSON API read organizations through here.
import { eq } from 'drizzle-orm'
import type { Db } from '#db/client.server.ts'
import { organizationQualifications, organizations } from '#db/schema/index.ts'
import { compact, orUndefined } from '#app/utils/records.ts'
import type { OrganizationRecord } from './schema.ts'

export function organizationRecordById(db: Db, id: number): OrganizationRecord | null {
	const o = db.select().from(organizations).where(eq(organizations.id, id)).get()
	if (!o) return null
	const quals = db
		.select({ code: organizationQualifications.code })
		.from(organizationQualifications)
		.where(eq(organizationQualifications.orgId, id))
		.all()
		.map((q) => q.code)
		.sort()
	return compact({
		ref: o.ref,
		name: o.name,
		uscc: o.uscc,
		kind: o.kind,
		region: o.regionCode,
		qualifications: orUndefined(quals),
		teamType: o.teamType,
		headcount: o.headcount,
		level: o.level,
		contact: o.contact,
		phone: o.phone,
		email: o.email,
		address: o.address,
		website: o.website,
		verified: o.verifiedAt !== null,
	}) as OrganizationRecord
}
