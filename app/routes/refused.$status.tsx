// The error page for requests the server refuses before the app reads them (server/app.ts rewrites a refused page
// request to GET /refused/<status>): a body over the ceiling (413) or a form posted from another site (403). Its error
// boundary (app/components/route-error.tsx) words the page in the user's language.
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { RouteErrorBoundary } from '#app/components/route-error.tsx'
import { errorMeta } from '#app/utils/meta.ts'

const SHOWN = new Set([400, 403, 413, 415])

export function loader({ params }: LoaderFunctionArgs): never {
	const status = Number(params.status)
	throw new Response(null, { status: SHOWN.has(status) ? status : 404 })
}

export default function Refused() {
	return null
}

export const meta: MetaFunction = ({ error, matches }) => [...(error ? errorMeta(matches, error) : []), { name: 'robots', content: 'noindex' }]

export function ErrorBoundary() {
	return <RouteErrorBoundary />
}
