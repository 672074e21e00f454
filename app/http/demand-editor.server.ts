// The loader and action behind /my/demands/new and /my/demands/:ref: who may edit, which list (always looked up with
// the acting organization in the query), and turning a posted form into a saved record or field errors.
import { data, redirect } from '@remix-run/node'
import { getLocale } from '#app/i18n/locale.server.ts'
import { translate } from '#app/i18n/translate.ts'
import { requireOrgPermission } from '#app/modules/accounts/auth.server.ts'
import { validateCsrf } from '#app/http/csrf.server.ts'
import { clientAddress } from '#app/http/rate-limit.server.ts'
import { getDb } from '#app/utils/db.server.ts'
import { parseForm } from '#app/utils/forms.ts'
import { RecordProblemError } from '#app/utils/problems.ts'
import { demandForm, myDemandHref, recordToFormValue, statusFor, type DemandFormValue } from '#app/modules/demands/form.ts'
import { duplicateOwnedDemand, nextDemandRef, orgRegion, ownedDemand, saveOwnedDemand, setOwnedDemandStatus, type OrgActor } from '#app/modules/demands/owned.server.ts'
import { readForm } from '#app/http/request-body.server.ts'
import { baselineOf } from '#app/modules/demands/publishing.ts'
import { todayIso } from '#app/utils/format.ts'

const NOTICES = ['draft', 'published', 'closed', 'copied', 'existing'] as const
export type EditorNotice = (typeof NOTICES)[number]

const notFound = () => new Response('Not Found', { status: 404 })

/** The editor's data: a new list (ref null) or one of the acting organization's lists (404 when not theirs). */
export async function demandEditorLoader(request: Request, ref: string | null) {
	const caller = await requireOrgPermission(request, ref === null ? 'create:demand:own' : 'update:demand:own')
	const { orgId, orgRef, orgName, orgKind, verified } = caller.membership
	const db = getDb()
	const owned = ref === null ? null : ownedDemand(db, orgId, ref)
	if (ref !== null && !owned) throw notFound()
	const notice = new URL(request.url).searchParams.get('saved')
	return {
		mode: owned ? ('edit' as const) : ('create' as const),
		listRef: owned ? owned.record.ref : nextDemandRef(db),
		title: owned?.record.title ?? null,
		status: owned?.status ?? null,
		publishedAt: owned?.publishedAt ?? null,
		/** Changes with every save, so the editor starts again from what was stored (refs given to blank items). */
		version: owned?.updatedAt ?? null,
		org: { ref: orgRef, name: orgName, kind: orgKind, verified, region: orgRegion(db, orgId) },
		defaultValue: owned ? recordToFormValue(owned.record) : ({ kind: defaultKind(orgKind), items: [{}] } satisfies DemandFormValue),
		/** For the browser's check of what publishing needs (the server checks again). */
		today: todayIso(),
		baseline: baselineOf(owned?.record),
		notice: NOTICES.includes(notice as EditorNotice) ? (notice as EditorNotice) : null,
	}
}

function defaultKind(orgKind: string): string {
	return orgKind === 'enterprise' ? 'finance' : 'procurement'
}

/** Saves the posted form (save / draft / publish), or on an existing list closes it or copies it. */
export async function demandEditorAction(request: Request, ref: string | null) {
	const form = await readForm(request)
	await validateCsrf(request, form)
	const caller = await requireOrgPermission(request, ref === null ? 'create:demand:own' : 'update:demand:own')
	const { orgId, orgRef } = caller.membership
	const actor: OrgActor = { kind: 'organization', orgId, orgRef, userId: caller.user.id }
	const locale = await getLocale(request)
	const ip = clientAddress(request)
	const db = getDb()
	const owned = ref === null ? null : ownedDemand(db, orgId, ref)
	if (ref !== null && !owned) throw notFound()
	const intent = form.get('_action')

	if (owned && intent === 'close') {
		if (!setOwnedDemandStatus(db, actor, owned.record.ref, 'closed', ip)) throw notFound()
		return redirect(`${myDemandHref(owned.record.ref)}?saved=closed`)
	}
	if (owned && intent === 'duplicate') {
		const copy = duplicateOwnedDemand(db, actor, owned.record.ref, translate(locale, 'demandEditor.copySuffix'), ip)
		if (!copy) throw notFound()
		return redirect(`${myDemandHref(copy)}?saved=copied`)
	}

	const status = statusFor(typeof intent === 'string' ? intent : null, owned?.status ?? null)
	const schema = demandForm({ org: orgRef, ref: owned?.record.ref ?? nextDemandRef(db), refFixed: owned !== null, status, today: todayIso(), baseline: baselineOf(owned?.record) })
	let submission: ReturnType<typeof parseForm<typeof schema>>
	try {
		submission = parseForm(form, schema, locale)
	} catch {
		// A tampered list intent (`__intent__` that is not Conform's JSON) is bad input, not a server error.
		return data({ status: 'error' as const, error: { '': [translate(locale, 'validation.invalid')] } }, { status: 400 })
	}
	// Adding or removing a row (without JavaScript) comes back here: show the form again, nothing is saved.
	if (submission.status === undefined) return data(submission.reply(), { status: 200 })
	if (submission.status !== 'success') return data(submission.reply(), { status: 400 })

	const record = submission.value
	let saved: ReturnType<typeof saveOwnedDemand>
	try {
		saved = saveOwnedDemand(db, actor, record, owned ? 'update' : 'create', ip)
	} catch (e) {
		// Removing an item that suppliers have responded to: say so next to the items, keep what was typed.
		if (e instanceof RecordProblemError) return data(submission.reply({ fieldErrors: { items: e.problems(locale).map((p) => p.message) } }), { status: 409 })
		throw e
	}
	if (!saved.ok) {
		if (saved.reason === 'notFound') throw notFound()
		return data(submission.reply({ fieldErrors: { ref: [translate(locale, 'demandEditor.refTaken', { ref: record.ref })] } }), { status: 409 })
	}
	return redirect(`${myDemandHref(saved.ref)}?saved=${record.status}`)
}
