// The site's header: brand, the public pages, and the signed-in user's places for their kind of organization
// (app/modules/accounts/workspace.ts). Wide screens show the public pages in a row and the user's places in an account
// menu; small screens put everything behind one 菜单 button. Both menus are <details>: they open without JavaScript
// and from the keyboard (Enter or Space on the summary); with JavaScript a click elsewhere, Escape or a navigation
// closes them.
import { Link, NavLink, useLocation } from '@remix-run/react'
import { useEffect, useRef, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { workspaceLinks, type WorkspaceGroup } from '#app/modules/accounts/workspace.ts'
import { label } from '#app/utils/format.ts'
import { useLocale, useMe, useRootData } from '#app/utils/root-data.ts'
import { CsrfInput } from './forms.tsx'
import { NotificationBell } from './notification-bell.tsx'

const GROUPS: WorkspaceGroup[] = ['org', 'platform', 'account']

/** A <details> that, with JavaScript, also closes on a click outside it and on Escape (focus back on its summary). */
function Disclosure({ className, summary, summaryClassName, summaryLabel, children, testId }: { className?: string; summary: ReactNode; summaryClassName: string; summaryLabel?: string; children: ReactNode; testId?: string }) {
	const ref = useRef<HTMLDetailsElement>(null)
	useEffect(() => {
		const el = ref.current
		if (!el) return
		const onClick = (e: MouseEvent) => {
			if (el.open && !el.contains(e.target as Node)) el.open = false
		}
		const onKey = (e: KeyboardEvent) => {
			if (e.key === 'Escape' && el.open) {
				el.open = false
				el.querySelector('summary')?.focus()
			}
		}
		document.addEventListener('click', onClick)
		document.addEventListener('keydown', onKey)
		return () => {
			document.removeEventListener('click', onClick)
			document.removeEventListener('keydown', onKey)
		}
	}, [])
	return (
		<details ref={ref} className={className} data-testid={testId}>
			<summary className={`cursor-pointer list-none [&::-webkit-details-marker]:hidden ${summaryClassName}`} aria-label={summaryLabel}>
				{summary}
			</summary>
			{children}
		</details>
	)
}

function Chevron() {
	return (
		<svg aria-hidden="true" width="14" height="14" viewBox="0 0 20 20" fill="currentColor" className="shrink-0 opacity-80">
			<path fillRule="evenodd" d="M5.23 7.21a.75.75 0 0 1 1.06.02L10 11.17l3.71-3.94a.75.75 0 1 1 1.08 1.04l-4.25 4.5a.75.75 0 0 1-1.08 0l-4.25-4.5a.75.75 0 0 1 .02-1.06z" clipRule="evenodd" />
		</svg>
	)
}

function usePublicNav() {
	const { t } = useTranslation()
	return [
		{ to: '/', label: t('ui.nav.home'), end: true },
		{ to: '/search', label: t('ui.nav.search') },
		{ to: '/listings', label: t('ui.nav.listings') },
		{ to: '/demands', label: t('ui.nav.demands') },
		{ to: '/standards', label: t('ui.nav.standards') },
		{ to: '/categories', label: t('ui.nav.categories') },
	]
}

/** The signed-in user's places, grouped, with the organization they act for; light text on white. */
function WorkspaceMenu() {
	const { t } = useTranslation()
	const me = useMe()
	const locale = useLocale()
	const mailbox = useRootData()?.mailbox ?? false
	if (!me) return null
	const links = workspaceLinks(me.permissions, { mailbox })
	const item = 'block rounded px-3 py-1.5 text-sm text-slate-800 no-underline hover:bg-slate-100'
	return (
		<div className="space-y-2">
			<div className="border-b border-slate-200 px-3 pb-2">
				<p className="text-xs text-slate-500">{t('workspace.signedInAs')}</p>
				<p className="text-sm font-semibold text-ink-900 [overflow-wrap:anywhere]">{me.membership?.orgName ?? me.name}</p>
				{me.membership ? <p className="text-xs text-slate-500">{label.orgKind(me.membership.orgKind, locale)}</p> : null}
			</div>
			<Link to="/my" className={`${item} font-semibold`}>
				{t('workspace.dashboard')}
			</Link>
			{GROUPS.map((g) => {
				const group = links.filter((l) => l.group === g)
				if (!group.length) return null
				return (
					<div key={g}>
						<p className="px-3 pt-1 text-xs font-medium text-slate-500">{t(`workspace.groups.${g}`)}</p>
						<ul>
							{group.map((l) => (
								<li key={l.key}>
									<Link to={l.to} className={item}>
										{t(`workspace.links.${l.key}`)}
									</Link>
								</li>
							))}
						</ul>
					</div>
				)
			})}
		</div>
	)
}

function LogoutButton({ className }: { className: string }) {
	const { t } = useTranslation()
	return (
		<form method="post" action="/logout">
			<CsrfInput />
			<button type="submit" className={className}>
				{t('accounts.logout')}
			</button>
		</form>
	)
}

function LanguageSwitch({ className }: { className: string }) {
	const { t, i18n } = useTranslation()
	const location = useLocation()
	const other = i18n.language === 'en' ? 'zh-CN' : 'en'
	return (
		<form method="post" action="/locale" className="no-print">
			<input type="hidden" name="lng" value={other} />
			<input type="hidden" name="redirectTo" value={location.pathname + location.search} />
			<button type="submit" className={className} aria-label={t('ui.language')} lang={other}>
				{t('ui.switchTo')}
			</button>
		</form>
	)
}

export function SiteHeader() {
	const { t } = useTranslation()
	const me = useMe()
	const location = useLocation()
	const nav = usePublicNav()
	// A new page closes the menus (they are remounted).
	const page = location.pathname + location.search
	const light = 'rounded px-3 py-1.5 text-sm text-slate-100 no-underline hover:bg-white/10 hover:text-white'
	return (
		<header role="banner" className="relative bg-ink-900 text-white shadow">
			<div className="mx-auto flex max-w-7xl items-center gap-x-4 px-4 py-3 xl:gap-x-8">
				{/* The brand gives way (shorter name, then an ellipsis) before the menus do. */}
				<Link to="/" className="flex min-w-0 items-center gap-2 text-lg font-bold text-white no-underline" title={t('ui.brand')}>
					<img src="/favicon.svg" alt="" width={32} height={32} className="shrink-0" />
					<span className="hidden truncate sm:inline lg:hidden xl:inline">{t('ui.brand')}</span>
					<span className="truncate sm:hidden lg:inline xl:hidden">{t('ui.brandShort')}</span>
				</Link>
				<nav aria-label={t('ui.brandShort')} className="hidden gap-1 lg:flex">
					{nav.map((n) => (
						<NavLink
							key={n.to}
							to={n.to}
							end={n.end}
							className={({ isActive }) =>
								`shrink-0 whitespace-nowrap rounded px-3 py-1.5 text-sm no-underline ${isActive ? 'bg-white/15 font-semibold text-white' : 'text-slate-200 hover:bg-white/10 hover:text-white'}`
							}
						>
							{n.label}
						</NavLink>
					))}
				</nav>
				<div className="no-print ml-auto flex shrink-0 items-center gap-1">
					{me ? (
						<NotificationBell count={me.unreadNotifications ?? 0} />
					) : (
						<Link to="/login" className={`whitespace-nowrap lg:hidden ${light}`}>
							{t('accounts.login')}
						</Link>
					)}
					<div className="hidden items-center gap-1 lg:flex">
						{me ? (
							<>
								<Disclosure
									key={page}
									className="relative"
									testId="account-menu"
									summaryClassName={`flex items-center gap-1 ${light}`}
									summary={
										<>
											<span className="whitespace-nowrap">{t('accounts.dashboard')}</span>
											<span className="max-w-[9rem] truncate text-slate-300 xl:max-w-[14rem]" title={me.membership?.orgName ?? me.name}>
												· {me.membership?.orgName ?? me.name}
											</span>
											<Chevron />
										</>
									}
								>
									<nav aria-label={t('workspace.accountMenu')} className="absolute right-0 top-full z-40 mt-2 max-h-[80vh] w-72 overflow-y-auto rounded-md bg-white p-2 shadow-lg ring-1 ring-black/10">
										<WorkspaceMenu />
									</nav>
								</Disclosure>
								<LogoutButton className={`whitespace-nowrap ${light}`} />
							</>
						) : (
							<>
								<Link to="/login" className={`whitespace-nowrap ${light}`}>
									{t('accounts.login')}
								</Link>
								<Link to="/signup" className="whitespace-nowrap rounded bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white no-underline hover:bg-brand-800">
									{t('accounts.signup')}
								</Link>
							</>
						)}
						<div className="ml-2">
							<LanguageSwitch className="whitespace-nowrap rounded border border-white/30 px-3 py-1 text-sm text-white hover:bg-white/10" />
						</div>
					</div>
					<Disclosure
						key={`m${page}`}
						className="lg:hidden"
						testId="site-menu"
						summaryClassName="flex items-center gap-1 rounded border border-white/30 px-3 py-1.5 text-sm text-white hover:bg-white/10"
						summary={
							<>
								<svg aria-hidden="true" width="16" height="16" viewBox="0 0 20 20" fill="currentColor">
									<path fillRule="evenodd" d="M2 4.75A.75.75 0 0 1 2.75 4h14.5a.75.75 0 0 1 0 1.5H2.75A.75.75 0 0 1 2 4.75zm0 5.25a.75.75 0 0 1 .75-.75h14.5a.75.75 0 0 1 0 1.5H2.75A.75.75 0 0 1 2 10zm.75 4.5a.75.75 0 0 0 0 1.5h14.5a.75.75 0 0 0 0-1.5H2.75z" clipRule="evenodd" />
								</svg>
								{t('workspace.menu')}
							</>
						}
					>
						<div className="absolute inset-x-0 top-full z-40 max-h-[calc(100vh-4rem)] overflow-y-auto border-t border-white/10 bg-white p-3 text-slate-800 shadow-lg">
							<nav aria-label={t('workspace.menuLabel')}>
								<ul className="grid grid-cols-2 gap-1 sm:grid-cols-3">
									{nav.map((n) => (
										<li key={n.to}>
											<NavLink
												to={n.to}
												end={n.end}
												className={({ isActive }) => `block rounded px-3 py-2 text-sm no-underline ${isActive ? 'bg-slate-100 font-semibold text-ink-900' : 'text-slate-800 hover:bg-slate-100'}`}
											>
												{n.label}
											</NavLink>
										</li>
									))}
								</ul>
							</nav>
							<div className="mt-3 border-t border-slate-200 pt-3">
								{me ? (
									<nav aria-label={t('workspace.accountMenu')}>
										<WorkspaceMenu />
									</nav>
								) : (
									<div className="flex gap-2">
										<Link to="/login" className="rounded border border-slate-300 px-3 py-2 text-sm text-slate-800 no-underline hover:bg-slate-50">
											{t('accounts.login')}
										</Link>
										<Link to="/signup" className="rounded bg-brand-700 px-3 py-2 text-sm font-semibold text-white no-underline hover:bg-brand-800">
											{t('accounts.signup')}
										</Link>
									</div>
								)}
							</div>
							<div className="mt-3 flex flex-wrap items-center gap-2 border-t border-slate-200 pt-3">
								{me ? <LogoutButton className="rounded border border-slate-300 px-3 py-2 text-sm text-slate-800 hover:bg-slate-50" /> : null}
								<LanguageSwitch className="rounded border border-slate-300 px-3 py-2 text-sm text-slate-800 hover:bg-slate-50" />
							</div>
						</div>
					</Disclosure>
				</div>
			</div>
		</header>
	)
}
