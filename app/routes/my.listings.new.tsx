// A new listing of the active organization (enterprises: equipment and services; finance: products; research: results).
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { ListingEditor } from '#app/components/listing-editor.tsx'
import { translate } from '#app/i18n/translate.ts'
import { editorAction, editorLoader } from '#app/http/listing-editor.server.ts'
import { pageMeta } from '#app/utils/meta.ts'
import { RouteErrorBoundary } from '#app/components/route-error.tsx'

export async function loader({ request }: LoaderFunctionArgs) {
	return editorLoader(request, null)
}

export async function action({ request }: ActionFunctionArgs) {
	return editorAction(request, null)
}

export default function NewListing() {
	const data = useLoaderData<typeof loader>()
	const lastResult = useActionData<typeof action>()
	return <ListingEditor data={data} lastResult={lastResult} />
}

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (l) => translate(l, 'listingEditor.newTitle'))

export function ErrorBoundary() {
	return <RouteErrorBoundary />
}
