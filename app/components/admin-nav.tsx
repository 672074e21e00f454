// Links between the platform administration pages, each shown only to those who may open it (the pages check again).
import { Link } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import type { Permission } from '#app/modules/accounts/permissions.ts'
import { useMe } from '#app/utils/root-data.ts'

const PAGES: { to: string; label: string; permission: Permission }[] = [
	{ to: '/admin/review', label: 'admin.review.title', permission: 'verify:organization:any' },
	{ to: '/admin/audit', label: 'admin.audit.title', permission: 'read:audit:any' },
	{ to: '/admin/search', label: 'adminSearch.status.title', permission: 'manage:search:any' },
	{ to: '/admin/synonyms', label: 'adminSearch.nav.synonyms', permission: 'manage:search:any' },
	{ to: '/admin/categories', label: 'adminSearch.nav.categories', permission: 'manage:taxonomy:any' },
	{ to: '/admin/jobs', label: 'adminJobs.title', permission: 'run:jobs:any' },
]

/** The search administration pages (engine health, synonyms, category names), for the headers of the other admin pages. */
export function AdminSearchLinks() {
	const { t } = useTranslation()
	const can = useMe()?.permissions ?? []
	return (
		<>
			{PAGES.filter((p) => p.to.startsWith('/admin/search') || p.to === '/admin/synonyms' || p.to === '/admin/categories')
				.filter((p) => can.includes(p.permission))
				.map((p) => (
					<Link key={p.to} to={p.to} className="text-sm">
						{t(p.label)}
					</Link>
				))}
		</>
	)
}

/** Every admin page but the current one, as a small navigation for page headers. */
export function AdminNav({ current }: { current: string }) {
	const { t } = useTranslation()
	const can = useMe()?.permissions ?? []
	const pages = PAGES.filter((p) => p.to !== current && can.includes(p.permission))
	if (!pages.length) return null
	return (
		<nav aria-label={t('adminSearch.nav.label')} className="flex flex-wrap gap-4">
			{pages.map((p) => (
				<Link key={p.to} to={p.to} className="text-sm">
					{t(p.label)}
				</Link>
			))}
		</nav>
	)
}
