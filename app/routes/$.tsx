// Unknown URLs get the 404 page, not an error.
export async function loader() {
	throw new Response('Not Found', { status: 404 })
}
export default function NotFound() {
	return null
}
