// POST /api/v1/import: the importer behind the JSON API (interchange.md §1, §3). A multipart upload (field `file`),
// an NDJSON body or a JSON document; the caller's organization is the actor (its own records only), a platform admin
// logged in by session imports as an operator.
import { translate } from '#app/i18n/translate.ts'
import type { Actor } from '#app/modules/audit/changes.server.ts'
import { importDocument, importFile } from '#app/modules/imports/import-file.server.ts'
import type { ImportReport } from '#app/modules/imports/importer.server.ts'
import { ApiError, errorBody, json, MAX_MULTIPART_BYTES, orgActor, parseJson, readBody, requireOrg, type ApiContext, type Handlers } from './http.server.ts'

function importActor(ctx: ApiContext): Actor {
	const { caller } = ctx
	if (caller.via === 'session' && caller.platformAdmin && caller.userId !== null) return { kind: 'operator', label: 'admin', userId: caller.userId }
	const org = requireOrg(caller)
	if (!caller.permissions.has('import:records:own')) throw new ApiError('forbidden', 'forbidden')
	return orgActor(caller, org)
}

async function runImport(ctx: ApiContext, actor: Actor): Promise<ImportReport> {
	const { request, db, locale } = ctx
	const type = (request.headers.get('Content-Type') ?? '').toLowerCase()
	if (type.startsWith('multipart/form-data')) {
		const bytes = await readBody(request, MAX_MULTIPART_BYTES)
		let form: FormData
		try {
			form = await new Response(bytes, { headers: { 'Content-Type': request.headers.get('Content-Type')! } }).formData()
		} catch {
			throw new ApiError('bad_request', 'badMultipart')
		}
		const file = form.get('file')
		if (!(file instanceof Blob)) throw new ApiError('bad_request', 'fileRequired', {}, [{ path: 'file', message: translate(locale, 'api.errors.fileRequired') }])
		const name = file instanceof File ? file.name : undefined
		return importFile(db, new Uint8Array(await file.arrayBuffer()), name, { locale, actor })
	}
	const bytes = await readBody(request)
	if (type.includes('ndjson') || type.includes('jsonl')) return importFile(db, bytes, 'body.ndjson', { locale, actor })
	return importDocument(db, parseJson(bytes), { locale, actor })
}

export const importHandlers: Handlers = {
	POST: async (ctx) => {
		const actor = importActor(ctx)
		const report = await runImport(ctx, actor)
		if (report.ok) return json(report)
		// The importer's report, plus the API's error shape so clients can treat every refusal alike.
		const error = errorBody(new ApiError('validation_failed', 'importRejected', { count: report.problems.length }), ctx.locale).error
		return json({ ...report, error }, 422)
	},
}
