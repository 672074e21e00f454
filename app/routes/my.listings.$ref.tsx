// Editing one of the active organization's listings: every field, and publish / unpublish to draft / archive.
// A ref the organization does not own is a 404, for reading and for writing alike.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { ListingEditor } from '#app/components/listing-editor.tsx'
import { translate } from '#app/i18n/translate.ts'
import { editorAction, editorLoader } from '#app/http/listing-editor.server.ts'
import { notFoundMeta, pageMeta } from '#app/utils/meta.ts'
import { RouteErrorBoundary } from '#app/components/route-error.tsx'

export async function loader({ request, params }: LoaderFunctionArgs) {
	return editorLoader(request, params.ref ?? '')
}

export async function action({ request, params }: ActionFunctionArgs) {
	return editorAction(request, params.ref ?? '')
}

export default function EditListing() {
	const data = useLoaderData<typeof loader>()
	const lastResult = useActionData<typeof action>()
	// A save redirects back here: start the form afresh from what was stored (normalised keywords, dropped empty rows).
	return <ListingEditor key={data.updatedAt} data={data} lastResult={lastResult} />
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
	data ? pageMeta(matches, (l) => `${translate(l, 'listingEditor.editTitle')} · ${String(data.defaults.title ?? data.ref)}`) : notFoundMeta(matches)

export function ErrorBoundary() {
	return <RouteErrorBoundary />
}
