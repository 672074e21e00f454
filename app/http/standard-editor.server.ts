// The loader and action behind /my/standards/new and /my/standards/:id: who may edit (requireStandardManager), which
// standard (always looked up within the manager's scope), and turning a posted form into a saved record or field errors.
import { data, redirect } from '@remix-run/node'
import { getLocale } from '#app/i18n/locale.server.ts'
import { translate } from '#app/i18n/translate.ts'
import { validateCsrf } from '#app/http/csrf.server.ts'
import { clientAddress } from '#app/http/rate-limit.server.ts'
import { getDb } from '#app/utils/db.server.ts'
import { parseForm } from '#app/utils/forms.ts'
import { managedStandard, newVersion, saveManagedStandard, setManagedStatus, standardHistory, teamsUsing, versionChain, type StandardManager } from '#app/modules/standards/editor.server.ts'
import { myStandardHref, NEW_ITEM, standardForm, standardToFormValue, type StandardFormValue } from '#app/modules/standards/form.ts'
import type { StandardRecord } from '#app/modules/standards/schema.ts'
import { readForm } from '#app/http/request-body.server.ts'
import { forbidden, requireCaller } from '#app/modules/accounts/auth.server.ts'

/** A platform admin edits every standard (as the operator); a bureau member those of the bureau; anyone else: 403. */
export async function requireStandardManager(request: Request): Promise<StandardManager> {
	const caller = await requireCaller(request)
	if (caller.permissions.has('manage:standard:any'))
		return { scope: { kind: 'any' }, actor: { kind: 'operator', label: 'admin', userId: caller.user.id }, org: null }
	const m = caller.membership
	if (!m || !caller.permissions.has('manage:standard:own')) throw forbidden('manage:standard:own')
	return {
		scope: { kind: 'own', orgId: m.orgId },
		actor: { kind: 'organization', orgId: m.orgId, orgRef: m.orgRef, userId: caller.user.id },
		org: { name: m.orgName, verified: m.verified },
	}
}

const NOTICES = ['draft', 'published', 'archived', 'version', 'versionExists', 'moved'] as const
export type StandardNotice = (typeof NOTICES)[number]

const notFound = () => new Response('Not Found', { status: 404 })

/** The id in the URL, or a 404 (ids are positive integers). */
export function idParam(raw: string | undefined): number {
	const id = /^\d{1,15}$/.test(raw ?? '') ? Number(raw) : NaN
	if (!Number.isSafeInteger(id) || id <= 0) throw notFound()
	return id
}

export async function standardEditorLoader(request: Request, id: number | null) {
	const mgr = await requireStandardManager(request)
	const db = getDb()
	const owned = id === null ? null : managedStandard(db, mgr.scope, id)
	if (id !== null && !owned) throw notFound()
	const url = new URL(request.url)
	const notice = url.searchParams.get('saved')
	const moved = Number(url.searchParams.get('moved') ?? 0)
	const chain = owned ? versionChain(db, owned.code, owned.ownerOrgId) : []
	return {
		mode: owned ? ('edit' as const) : ('create' as const),
		id: owned?.id ?? null,
		code: owned?.code ?? null,
		title: owned?.record.title ?? null,
		status: owned?.status ?? null,
		teamCount: owned?.teamCount ?? 0,
		locked: owned?.locked ?? false,
		/** Changes with every save, so the editor starts again from what was stored. */
		version: owned?.updatedAt ?? null,
		org: mgr.org,
		admin: mgr.scope.kind === 'any',
		defaultValue: owned ? standardToFormValue(owned.record) : ({ items: [NEW_ITEM] } satisfies StandardFormValue),
		chain: chain.map((v) => ({ id: v.id, code: v.code, version: v.version, status: v.status, updatedAt: v.updatedAt, teamCount: v.teamCount })),
		history: owned
			? standardHistory(
					db,
					chain.map((v) => v.id),
				).map((h) => ({ ...h, after: (h.after ?? null) as { code?: string; status?: string } | null }))
			: [],
		teams: owned && owned.teamCount ? teamsUsing(db, owned.id) : [],
		notice: NOTICES.includes(notice as StandardNotice) ? (notice as StandardNotice) : null,
		moved: Number.isFinite(moved) ? moved : 0,
	}
}

const saved = (id: number, notice: StandardNotice, moved = 0) => redirect(`${myStandardHref(id)}?saved=${notice}${moved ? `&moved=${moved}` : ''}`)

export async function standardEditorAction(request: Request, id: number | null) {
	const form = await readForm(request)
	await validateCsrf(request, form)
	const mgr = await requireStandardManager(request)
	const locale = await getLocale(request)
	const ip = clientAddress(request)
	const db = getDb()
	const owned = id === null ? null : managedStandard(db, mgr.scope, id)
	if (id !== null && !owned) throw notFound()
	const intent = form.get('_action')
	const refuse = (key: string, status: number) => data({ status: 'error' as const, error: { '': [translate(locale, key)] } }, { status })

	if (owned && intent === 'newVersion') {
		const v = newVersion(db, mgr, owned.id, ip)
		if (!v.ok) return v.reason === 'notFound' ? notFound() : refuse('validation.invalid', 400)
		return saved(v.id, v.existing ? 'versionExists' : 'version')
	}
	if (owned && (intent === 'archive' || intent === 'publishStored')) {
		const r = setManagedStatus(db, mgr, owned.id, intent === 'archive' ? 'archived' : 'published', ip)
		if (!r.ok) return r.reason === 'notFound' ? notFound() : refuse('standardEditor.lockedError', 409)
		return saved(owned.id, intent === 'archive' ? 'archived' : r.moved ? 'moved' : 'published', r.moved)
	}
	if (owned?.locked) return refuse('standardEditor.lockedError', 409)

	const status: StandardRecord['status'] = intent === 'publish' ? 'published' : intent === 'draft' ? 'draft' : (owned?.status ?? 'draft')
	const schema = standardForm({ code: owned?.code ?? null, status })
	let submission: ReturnType<typeof parseForm<typeof schema>>
	try {
		submission = parseForm(form, schema, locale)
	} catch {
		// A tampered list intent (`__intent__` that is not Conform's JSON) is bad input, not a server error.
		return refuse('validation.invalid', 400)
	}
	// Adding, removing or moving a row (without JavaScript) comes back here: show the form again, nothing is saved.
	if (submission.status === undefined) return data(submission.reply(), { status: 200 })
	if (submission.status !== 'success') return data(submission.reply(), { status: 400 })

	const record = submission.value
	const result = saveManagedStandard(db, mgr, owned?.id ?? null, record, ip)
	if (!result.ok) {
		if (result.reason === 'notFound') throw notFound()
		if (result.reason === 'locked') return refuse('standardEditor.lockedError', 409)
		return data(submission.reply({ fieldErrors: { code: [translate(locale, 'standardEditor.codeTaken', { code: record.code })] } }), { status: 409 })
	}
	return saved(result.id, result.moved ? 'moved' : record.status, result.moved)
}
