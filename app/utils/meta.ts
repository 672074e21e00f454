// Page titles in the visitor's language: meta functions run outside React, so they read the root loader's locale.
import { isRouteErrorResponse } from '@remix-run/react'
import { DEFAULT_LOCALE, isLocale, translate, type Locale } from '#app/i18n/translate.ts'

/** What Remix gives a meta function for each route; `error` is set on every match when the page shows an error. */
type Match = { id: string; data: unknown; error?: unknown }

export function metaLocale(matches: readonly Match[]): Locale {
	const data = matches.find((m) => m.id === 'root')?.data
	const locale = data && typeof data === 'object' && 'locale' in data ? data.locale : undefined
	return isLocale(locale) ? locale : DEFAULT_LOCALE
}

type Text = string | ((locale: Locale) => string)

/**
 * `<title>` and description for a page: "<page> · <brand>". When the page failed (its error boundary is shown, its
 * loader data is missing), the error's title instead, so every page that builds its title here is right either way.
 */
export function pageMeta(matches: readonly Match[], title: Text, description?: Text) {
	const failed = matches.find((m) => m.error != null)
	if (failed) return errorMeta(matches, failed.error)
	const locale = metaLocale(matches)
	const text = typeof title === 'function' ? title(locale) : title
	const desc = typeof description === 'function' ? description(locale) : description
	const tags: ({ title: string } | { name: string; content: string })[] = [{ title: `${text} · ${translate(locale, 'ui.brand')}` }]
	if (desc) tags.push({ name: 'description', content: desc })
	return tags
}

/** The title of the 404 page that a loader's `throw new Response(…, { status: 404 })` leads to. */
export function notFoundMeta(matches: readonly Match[]) {
	return pageMeta(matches, (l) => translate(l, 'ui.notFound.title'))
}

const REFUSED = new Set([400, 403, 405, 413, 415, 429])

/** The catalog entry (`.title`, `.text`) that words an error: 404, a refused request, or anything else. */
export function errorKey(status: number): string {
	return status === 404 ? 'ui.notFound' : REFUSED.has(status) ? `ui.refused.${status}` : 'ui.error'
}

/** The status an error page shows: a thrown Response's, otherwise 500 (an exception's details are never shown). */
export function errorStatus(error: unknown): number {
	return isRouteErrorResponse(error) ? error.status : 500
}

/** The title of an error page, the same words as its heading (app/components/route-error.tsx). */
export function errorMeta(matches: readonly Match[], error: unknown) {
	const locale = metaLocale(matches)
	return [{ title: `${translate(locale, `${errorKey(errorStatus(error))}.title`)} · ${translate(locale, 'ui.brand')}` }]
}
