// The listing editor's server side: what the new/edit pages load, and the save of a submitted form through the one
// write path (`listingRecord` → `saveListing` in a transaction), always scoped to the member's active organization.
import { data, redirect } from '@remix-run/node'
import { and, count, eq, sql } from 'drizzle-orm'
import type { z } from 'zod'
import type { Db } from '#db/client.server.ts'
import { listingSpecs, listings, organizations } from '#db/schema/index.ts'
import { getLocale } from '#app/i18n/locale.server.ts'
import { requireOrgPermission } from '#app/modules/accounts/auth.server.ts'
import { validateCsrf } from '#app/modules/accounts/csrf.server.ts'
import type { Membership } from '#app/modules/accounts/session.server.ts'
import { writeContext } from '#app/modules/audit/changes.server.ts'
import { issueKey, messageFor } from '#app/modules/imports/problems.ts'
import { getDb } from '#app/utils/db.server.ts'
import { parseForm } from '#app/utils/forms.ts'
import { allowedKinds, formDefaults, listingFormSchema, recordFromForm, trimmedForm, type ListingFormValue, type ListingKind } from './form.ts'
import { ownedListing, ownedListingRow } from './owned.server.ts'
import { publicListing } from './queries.server.ts'
import { listingRecord } from './schema.ts'
import { saveListing } from './write.server.ts'
import { readForm } from '#app/utils/request-body.server.ts'

const notFound = () => new Response('Not Found', { status: 404 })

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

/** What the new and edit pages show; the edit page 404s for a ref the active organization does not own. */
export async function editorLoader(request: Request, ref: string | null) {
	const { membership: m } = await requireOrgPermission(request, ref === null ? 'create:listing:own' : 'update:listing:own')
	const db = getDb()
	const owned = ref === null ? null : ownedListing(db, m.orgId, ref)
	if (ref !== null && !owned) throw notFound()
	const kinds = allowedKinds(m.orgKind, owned?.record.kind)
	const status = owned?.record.status ?? null
	return {
		ref,
		status,
		kinds,
		defaults: formDefaults(owned?.record ?? null, kinds),
		updatedAt: owned?.updatedAt ?? null,
		org: { ref: m.orgRef, name: m.orgName, kind: m.orgKind, verified: m.verified },
		saved: new URL(request.url).searchParams.has('saved'),
		publicHref: status === 'published' && m.verified && ref !== null ? `/listings/${encodeURIComponent(ref)}` : null,
		specNames: specNameSuggestions(db),
	}
}

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

/** A record path (`specs.1.unit`) as the form's field name, counting rows as the form does (empty rows included). */
function formFieldName(path: readonly PropertyKey[], value: ListingFormValue): string {
	const segs = [...path]
	const list = segs[0] === 'specs' ? value.specs : segs[0] === 'certifications' ? value.certifications : undefined
	if (list && typeof segs[1] === 'number') {
		const rows = list.map((row, i) => [row, i] as const).filter(([row]) => Object.values(row).some((v) => v !== undefined))
		segs[1] = rows[segs[1]]?.[1] ?? segs[1]
	}
	return segs.reduce<string>((name, s) => (typeof s === 'number' ? `${name}[${s}]` : name ? `${name}.${String(s)}` : String(s)), '')
}

/** Handles the editor's POST: list intents (add/remove rows) answer with the updated form, a valid save redirects. */
export async function editorAction(request: Request, ref: string | null) {
	const formData = await readForm(request)
	await validateCsrf(request, formData)
	const { user, membership: m } = await requireOrgPermission(request, ref === null ? 'create:listing:own' : 'update:listing:own')
	const db = getDb()
	let current: ListingKind | undefined
	if (ref !== null) {
		const row = ownedListingRow(db, m.orgId, ref)
		if (!row) throw notFound()
		current = row.kind
	}
	const locale = await getLocale(request)
	const schema = listingFormSchema(allowedKinds(m.orgKind, current))
	let submission: ReturnType<typeof parseForm<typeof schema>>
	try {
		submission = parseForm(trimmedForm(formData), schema, locale)
	} catch {
		// A forged or garbled list intent: Conform cannot read it.
		throw new Response('Bad Request', { status: 400 })
	}
	if (submission.status === undefined) return data(submission.reply(), { status: 200 })
	if (submission.status !== 'success') return data(submission.reply(), { status: 400 })
	const saved = saveListingForm(db, m, user.id, submission.value, ref)
	if (!saved.ok && 'notFound' in saved) throw notFound()
	if (!saved.ok) {
		const fieldErrors: Record<string, string[]> = {}
		for (const issue of saved.issues) {
			const name = formFieldName(issue.path, submission.value)
			;(fieldErrors[name] ??= []).push(messageFor(issueKey(issue), locale))
		}
		return data(submission.reply({ fieldErrors }), { status: 400 })
	}
	return redirect(`/my/listings/${encodeURIComponent(saved.ref)}?saved=1`)
}
