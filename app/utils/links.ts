// URLs of public pages. Every user-supplied ref or code is percent-encoded here, so pages never build links by hand.

export const orgHref = (ref: string) => `/orgs/${encodeURIComponent(ref)}`
export const listingHref = (ref: string) => `/listings/${encodeURIComponent(ref)}`
export const demandHref = (ref: string) => `/demands/${encodeURIComponent(ref)}`
export const categoryListingsHref = (code: string) => `/listings?category=${encodeURIComponent(code)}`

/**
 * Standard codes hold slashes and Chinese (`建标152-2017/一级站`); the page is a splat route, so each segment is
 * encoded on its own and the slashes stay readable. Codes whose segments a browser would rewrite (empty, `.`, `..`)
 * are encoded whole instead (`%2F`), which the splat route reads back the same way.
 */
export function standardHref(code: string): string {
	const segments = code.split('/')
	if (segments.some((s) => s === '' || s === '.' || s === '..')) return `/standards/${encodeURIComponent(code).replace(/\./g, '%2E')}`
	return `/standards/${segments.map(encodeURIComponent).join('/')}`
}
