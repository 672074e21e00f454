// /downloads/standard.xlsx?code=…: a public (published or archived) configuration standard as a spreadsheet in the
// importer's own columns, so a bureau or team can adapt it and import it back.
import type { LoaderFunctionArgs } from '@remix-run/node'
import { standardWorkbook, workbookHeaders } from '#app/modules/imports/standard-workbook.server.ts'
import { publicStandardRecord } from '#app/modules/standards/queries.server.ts'
import { getDb } from '#app/utils/db.server.ts'

export async function loader({ request }: LoaderFunctionArgs) {
	const code = new URL(request.url).searchParams.get('code') ?? ''
	const record = code ? publicStandardRecord(getDb(), code) : null
	if (!record) throw new Response('Not Found', { status: 404 })
	return new Response(new Uint8Array(await standardWorkbook(record)), { headers: workbookHeaders(record.code, 'public, max-age=60') })
}
