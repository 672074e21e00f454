// The request's locale: `?lng=` wins, then the `lng` cookie, then the default (Simplified Chinese).
import { createCookie } from '@remix-run/node'
import { DEFAULT_LOCALE, isLocale, type Locale } from './translate.ts'

export const localeCookie = createCookie('lng', { path: '/', sameSite: 'lax', httpOnly: true, maxAge: 60 * 60 * 24 * 365 })

export async function getLocale(request: Request): Promise<Locale> {
	const fromQuery = new URL(request.url).searchParams.get('lng')
	if (isLocale(fromQuery)) return fromQuery
	const fromCookie: unknown = await localeCookie.parse(request.headers.get('Cookie'))
	return isLocale(fromCookie) ? fromCookie : DEFAULT_LOCALE
}
