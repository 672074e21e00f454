// The request side of /my/listings/new and /my/listings/:ref: who may edit, which listing (always looked up with the
// acting organization in the query), and turning a posted form into a saved listing or field errors next to the fields.
// The form may carry pictures (multipart): they are checked before anything is saved and stored with the save, and
// pictures ticked for deletion are removed with it.
import { data, redirect } from '@remix-run/node'
import { getLocale } from '#app/i18n/locale.server.ts'
import { validateCsrf } from '#app/http/csrf.server.ts'
import { BODY_LIMITS, readForm } from '#app/http/request-body.server.ts'
import { requireOrgPermission } from '#app/modules/accounts/auth.server.ts'
import { writeContext } from '#app/modules/audit/changes.server.ts'
import { translate } from '#app/i18n/translate.ts'
import { addListingImage, ImageError, imageCount, imagesOf, MAX_IMAGE_BYTES, MAX_IMAGES_PER_LISTING, ownedListingId, processImage, removeListingImage, type ProcessedImage } from '#app/modules/listings/media.server.ts'
import { saveListingForm, specNameSuggestions } from '#app/modules/listings/editor.server.ts'
import { allowedKinds, formDefaults, listingFormSchema, trimmedForm, type ListingFormValue, type ListingKind } from '#app/modules/listings/form.ts'
import { ownedListing, ownedListingRow } from '#app/modules/listings/owned.server.ts'
import { getDb } from '#app/utils/db.server.ts'
import { parseForm } from '#app/utils/forms.ts'
import { issueKey, messageFor } from '#app/utils/problems.ts'

const notFound = () => new Response('Not Found', { status: 404 })

/** What the new and edit pages show; the edit page 404s for a ref the active organization does not own. */
export async function editorLoader(request: Request, ref: string | null) {
	const { membership: m } = await requireOrgPermission(request, ref === null ? 'create:listing:own' : 'update:listing:own')
	const db = getDb()
	const owned = ref === null ? null : ownedListing(db, m.orgId, ref)
	if (ref !== null && !owned) throw notFound()
	const kinds = allowedKinds(m.orgKind, owned?.record.kind)
	const status = owned?.record.status ?? null
	const listingId = ref === null ? null : ownedListingId(db, m.orgId, ref)
	const params = new URL(request.url).searchParams
	const count = (name: string) => Math.max(0, Math.min(MAX_IMAGES_PER_LISTING, Number(params.get(name)) || 0))
	return {
		images: listingId === null ? [] : imagesOf(db, listingId).map((i) => ({ id: i.id, hash: i.hash, alt: i.alt, illustration: i.illustration })),
		pictureNotice: { uploaded: count('pictures'), removed: count('removed') },
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

/** Room for four pictures at the size limit in one save, besides the form's fields. */
const EDITOR_BODY_BYTES = 4 * MAX_IMAGE_BYTES + BODY_LIMITS.envelope

/** Handles the editor's POST: list intents (add/remove rows) answer with the updated form, a valid save redirects. */
export async function editorAction(request: Request, ref: string | null) {
	// Who may save comes first, as on the pictures page and the import: a body of several pictures is read only for them.
	const { user, membership: m } = await requireOrgPermission(request, ref === null ? 'create:listing:own' : 'update:listing:own')
	const raw = await readForm(request, { multipart: true, maxBytes: EDITOR_BODY_BYTES })
	await validateCsrf(request, raw)
	// The listing's fields go to the form schema; the pictures and the deletions are handled beside it.
	const files = raw.getAll('images').filter((f): f is File => f instanceof File && f.size > 0)
	const removals = [...new Set(raw.getAll('removeImage').map((v) => Number(v)).filter((n) => Number.isSafeInteger(n) && n > 0))]
	const formData = new FormData()
	for (const [k, v] of raw.entries()) if (typeof v === 'string' && k !== 'images' && k !== 'removeImage') formData.append(k, v)
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
	// Pictures are checked before anything is written: a bad file leaves the listing as it was, with the reason beside the field.
	const images: ProcessedImage[] = []
	const imageProblem = (problem: string) => data(submission.reply({ fieldErrors: { images: [translate(locale, `media.${problem}`)] } }), { status: 400 })
	if (files.length) {
		const keep = ref === null ? 0 : Math.max(0, imageCount(db, m.orgId, ref) - removals.length)
		if (keep + files.length > MAX_IMAGES_PER_LISTING) return imageProblem('tooMany')
		for (const f of files) {
			if (f.size > MAX_IMAGE_BYTES) return imageProblem('tooLarge')
			try {
				images.push(await processImage(new Uint8Array(await f.arrayBuffer())))
			} catch (e) {
				if (e instanceof ImageError) return imageProblem(e.problem)
				throw e
			}
		}
	}
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
	const ctx = writeContext(db, { kind: 'organization', orgId: m.orgId, orgRef: m.orgRef, userId: user.id }, 'web')
	// Deletions and uploads are scoped to the organization's listing (a foreign picture id removes nothing).
	let removed = 0
	for (const id of removals) if (removeListingImage(ctx, m.orgId, saved.ref, id)) removed++
	let uploaded = 0
	for (const img of images) {
		try {
			await addListingImage(ctx, m.orgId, saved.ref, img, null)
			uploaded++
		} catch (e) {
			if (!(e instanceof ImageError)) throw e
		}
	}
	const notice = `${uploaded ? `&pictures=${uploaded}` : ''}${removed ? `&removed=${removed}` : ''}`
	return redirect(`/my/listings/${encodeURIComponent(saved.ref)}?saved=1${notice}`)
}
