// /my/standards/:id/export.xlsx: one of the caller's standards (drafts included) in the importer's own columns.
import type { LoaderFunctionArgs } from '@remix-run/node'
import { idParam } from '#app/http/standard-editor.server.ts'
import { standardWorkbook, workbookHeaders } from '#app/modules/imports/standard-workbook.server.ts'
import { requireStandardManager } from '#app/http/standard-editor.server.ts'
import { managedStandard } from '#app/modules/standards/editor.server.ts'
import { getDb } from '#app/utils/db.server.ts'

export async function loader({ request, params }: LoaderFunctionArgs) {
	const mgr = await requireStandardManager(request)
	const owned = managedStandard(getDb(), mgr.scope, idParam(params.id))
	if (!owned) throw new Response('Not Found', { status: 404 })
	return new Response(new Uint8Array(await standardWorkbook(owned.record)), { headers: workbookHeaders(owned.code, 'private, no-store') })
}
