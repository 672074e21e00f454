// Unknown URLs get the 404 page, not an error.
import { RouteErrorBoundary } from '#app/components/route-error.tsx'
export async function loader() {
	throw new Response('Not Found', { status: 404 })
}
export default function NotFound() {
	return null
}

export function ErrorBoundary() {
	return <RouteErrorBoundary />
}
