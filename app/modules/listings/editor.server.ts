// The listing editor's services: a new listing's ref, spec-name suggestions, and the save of a valid form through the
// one write path (`listingRecord` → `saveListing` in a transaction), always scoped to the acting organization.
import { and, count, eq, sql } from 'drizzle-orm'
import type { z } from 'zod'
import type { Db } from '#db/client.server.ts'
import { listingSpecs, listings, organizations } from '#db/schema/index.ts'
import type { Membership } from '#app/modules/accounts/session.server.ts'
import { writeContext } from '#app/modules/audit/changes.server.ts'
import { recordFromForm, type ListingFormValue } from './form.ts'
import { publicListing } from './queries.server.ts'
import { ownedListingRow } from './owned.server.ts'
import { listingRecord } from './schema.ts'
import { saveListing } from './write.server.ts'

/** A fresh ref for a new listing of the organization: `LST-<org ref>-<n>`, or a random one when that would be too long. */
export function newListingRef(db: Db, orgId: number, orgRef: string): string {
	const taken = (ref: string) => db.select({ id: listings.id }).from(listings).where(eq(listings.ref, ref)).get() !== undefined
	const start = (db.select({ n: count() }).from(listings).where(eq(listings.orgId, orgId)).get()?.n ?? 0) + 1
	const prefix = `LST-${orgRef}-`
	if (prefix.length <= 90 && !/\s/.test(orgRef)) {
		for (let n = start; n < start + 1000; n++) if (!taken(`${prefix}${n}`)) return `${prefix}${n}`
	}
	for (;;) {
		const ref = `LST-${crypto.randomUUID().slice(0, 8).toUpperCase()}`
		if (!taken(ref)) return ref
	}
}

/**
 * The spec names suppliers most often state in each category (a category's counts include its subcategories), top
 * `limit` per category, from public listings only: one organization's drafts never show up in another's suggestions.
 */
export function specNameSuggestions(db: Db, limit = 15): Record<string, string[]> {
	const rows = db
		.select({ code: listings.categoryCode, name: listingSpecs.name, n: count() })
		.from(listingSpecs)
		.innerJoin(listings, eq(listings.id, listingSpecs.listingId))
		.innerJoin(organizations, eq(organizations.id, listings.orgId))
		.where(and(publicListing, sql`${listings.categoryCode} is not null`))
		.groupBy(listings.categoryCode, listingSpecs.name)
		.all()
	const byCategory = new Map<string, Map<string, number>>()
	for (const r of rows) {
		for (let len = 2; len <= r.code!.length; len += 2) {
			const prefix = r.code!.slice(0, len)
			const names = byCategory.get(prefix) ?? new Map<string, number>()
			names.set(r.name, (names.get(r.name) ?? 0) + r.n)
			byCategory.set(prefix, names)
		}
	}
	const out: Record<string, string[]> = {}
	for (const [code, names] of byCategory)
		out[code] = [...names]
			.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
			.slice(0, limit)
			.map(([name]) => name)
	return out
}

export type EditorOrg = { orgId: number; orgRef: string; orgName: string; orgKind: Membership['orgKind']; verified: boolean }

type Saved = { ok: true; ref: string } | { ok: false; notFound: true } | { ok: false; issues: z.core.$ZodIssue[] }

/** Saves a valid form as the organization's listing `ref` (null: a new one), all in one transaction. */
export function saveListingForm(db: Db, org: Pick<EditorOrg, 'orgId' | 'orgRef'>, userId: number, value: ListingFormValue, ref: string | null): Saved {
	return db.transaction((tx) => {
		const t = tx as unknown as Db
		// The owner is checked again inside the transaction: the row is written only if it is (still) this organization's.
		if (ref !== null && !ownedListingRow(t, org.orgId, ref)) return { ok: false, notFound: true } as const
		const theRef = ref ?? newListingRef(t, org.orgId, org.orgRef)
		const parsed = listingRecord.safeParse(recordFromForm(value, { ref: theRef, org: org.orgRef }), { reportInput: true })
		if (!parsed.success) return { ok: false, issues: parsed.error.issues } as const
		saveListing(writeContext(t, { kind: 'organization', orgId: org.orgId, orgRef: org.orgRef, userId }, 'web'), parsed.data)
		return { ok: true, ref: theRef } as const
	})
}
