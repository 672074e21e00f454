// Page titles in the visitor's language: meta functions run outside React, so they read the root loader's locale.
import { DEFAULT_LOCALE, isLocale, translate, type Locale } from '#app/i18n/translate.ts'

type Match = { id: string; data: unknown }

export function metaLocale(matches: readonly Match[]): Locale {
	const data = matches.find((m) => m.id === 'root')?.data
	const locale = data && typeof data === 'object' && 'locale' in data ? data.locale : undefined
	return isLocale(locale) ? locale : DEFAULT_LOCALE
}

/** `<title>` and description for a page: "<page> · <brand>". */
type Text = string | ((locale: Locale) => string)

export function pageMeta(matches: readonly Match[], title: Text, description?: Text) {
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
