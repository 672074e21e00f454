// GET /search/suggest?q=&index=: autocomplete for the search box, as JSON `{ suggestions: string[] }` (at most eight
// public titles). A resource route: no UI; bad input gives an empty list, never an error.
import type { LoaderFunctionArgs } from '@remix-run/node'
import { suggestTitles } from '#app/modules/discovery/page.server.ts'
import { getDb } from '#app/utils/db.server.ts'

export async function loader({ request }: LoaderFunctionArgs) {
	const params = new URL(request.url).searchParams
	const q = params.get('q') ?? ''
	const index = params.get('index') === 'demands' ? 'demands' : 'listings'
	const suggestions = await suggestTitles(getDb(), index, q)
	return Response.json({ suggestions }, { headers: { 'Cache-Control': 'public, max-age=60' } })
}
