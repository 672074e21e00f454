import { data, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Links, Meta, Outlet, Scripts, ScrollRestoration } from '@remix-run/react'
import { I18nextProvider, useTranslation } from 'react-i18next'
import { RouteErrorBoundary } from '#app/components/route-error.tsx'
import { i18nFor } from '#app/i18n/i18n.ts'
import { getLocale } from '#app/i18n/locale.server.ts'
import stylesheet from '#app/tailwind.css?url'
import { errorMeta } from '#app/utils/meta.ts'
import { useNonce } from '#app/utils/nonce.tsx'
import { REQUEST_ID_HEADER } from '#app/utils/request-id.ts'
import { useLocale, type Me } from '#app/utils/root-data.ts'
import { callerFor } from '#app/modules/accounts/auth.server.ts'
import { csrfToken } from '#app/http/csrf.server.ts'
import { getUser, membershipsOf } from '#app/modules/accounts/session.server.ts'
import { mailboxAccess } from '#app/modules/notifications/mail.server.ts'
import { unreadCount } from '#app/modules/notifications/centre.server.ts'
import { SiteHeader } from '#app/components/site-header.tsx'
import { getDb } from '#app/utils/db.server.ts'

export const links: LinksFunction = () => [
	{ rel: 'stylesheet', href: stylesheet },
	{ rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' },
]

export async function loader({ request }: LoaderFunctionArgs) {
	const locale = await getLocale(request)
	const csrf = await csrfToken(request)
	const user = await getUser(request)
	let me: Me | null = null
	if (user) {
		const db = getDb()
		const caller = callerFor(db, user)
		me = {
			name: user.name,
			email: user.email,
			platformRole: user.platformRole,
			membership: caller.membership,
			memberships: membershipsOf(db, user.id),
			permissions: [...caller.permissions],
			unreadNotifications: unreadCount(db, user.id),
		}
	}
	// Link to the mailbox only for those who may read it.
	const access = mailboxAccess()
	const mailbox = access === 'everyone' || (access === 'admins' && (me?.permissions.includes('read:mail:any') ?? false))
	// The id error pages quote (app/components/route-error.tsx); a page's own failure is logged with it.
	const requestId = request.headers.get(REQUEST_ID_HEADER)
	return data({ locale, csrf: csrf.token, me, mailbox, requestId }, csrf.setCookie ? { headers: { 'Set-Cookie': csrf.setCookie } } : undefined)
}




export function Layout({ children }: { children: React.ReactNode }) {
	const locale = useLocale()
	const i18n = i18nFor(locale)
	const nonce = useNonce()
	return (
		<html lang={locale} dir="ltr">
			<head>
				<meta charSet="utf-8" />
				<meta name="viewport" content="width=device-width, initial-scale=1" />
				<Meta />
				<Links />
			</head>
			<body className="flex min-h-screen flex-col">
				<I18nextProvider i18n={i18n}>
					<Shell>{children}</Shell>
				</I18nextProvider>
				<ScrollRestoration nonce={nonce} />
				<Scripts nonce={nonce} />
			</body>
		</html>
	)
}

function Shell({ children }: { children: React.ReactNode }) {
	const { t } = useTranslation()
	return (
		<>
			<a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
				{t('ui.skipToContent')}
			</a>
			<SiteHeader />
			<main id="main" className="mx-auto w-full max-w-7xl flex-1 px-4 py-6">
				{children}
			</main>
			<footer role="contentinfo" className="border-t border-slate-200 bg-white py-6 text-center text-sm text-slate-600">
				<p>{t('ui.footer')}</p>
				<p className="mt-1">
					<a href="/downloads/import-template.xlsx" download>
						{t('ui.downloadTemplate')}
					</a>
				</p>
			</footer>
		</>
	)
}

export default function App() {
	return <Outlet />
}

// Pages title themselves (an error included, app/utils/meta.ts); when the root's boundary shows an error, only the
// root's meta runs, so that error page is titled here.
export const meta: MetaFunction<typeof loader> = ({ error, matches }) => (error ? errorMeta(matches, error) : [])

// Errors of the root loader, of a refused request before any page ran, and of pages without a boundary of their own.
export function ErrorBoundary() {
	return <RouteErrorBoundary />
}
