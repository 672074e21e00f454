// Hooks over the root loader's data: the locale, the signed-in user and their permissions (for hiding what one
// cannot do; the server checks again on every request).
import { useRouteLoaderData } from '@remix-run/react'
import { createContext, useContext } from 'react'
import { DEFAULT_LOCALE, isLocale, type Locale } from '#app/i18n/translate.ts'
import type { Permission } from '#app/modules/accounts/permissions.ts'
import type { Membership } from '#app/modules/accounts/session.server.ts'

export type Me = {
	name: string
	email: string
	platformRole: 'none' | 'reviewer' | 'admin'
	membership: Membership | null
	memberships: Membership[]
	permissions: Permission[]
	/** Unread notifications (the header bell). */
	unreadNotifications?: number
}

/** `requestId`: the id server/app.ts gave the request that loaded the root (null outside that server, e.g. in tests). */
type RootData = { locale: Locale; csrf: string; me: Me | null; mailbox: boolean; requestId: string | null }

export function useRootData(): RootData | undefined {
	return useRouteLoaderData('root') as RootData | undefined
}

/**
 * The request's language where the root loader did not run (an error page after a refused POST): given by the server
 * render, and in the browser read back from the page's `lang`, so hydration renders the same words.
 */
const RequestLocaleContext = createContext<Locale>(
	typeof document !== 'undefined' && isLocale(document.documentElement.lang) ? document.documentElement.lang : DEFAULT_LOCALE,
)
export const RequestLocaleProvider = RequestLocaleContext.Provider

export function useLocale(): Locale {
	const fallback = useContext(RequestLocaleContext)
	return useRootData()?.locale ?? fallback
}

/** The signed-in user as the root loader saw them, or null. */
export function useMe(): Me | null {
	return useRootData()?.me ?? null
}

export function useCan(permission: Permission): boolean {
	return useMe()?.permissions.includes(permission) ?? false
}
