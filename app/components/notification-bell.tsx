// The header's bell: a link to the notification centre with the number of unread notifications.
import { Link } from '@remix-run/react'
import { useTranslation } from 'react-i18next'

export function NotificationBell({ count }: { count: number }) {
	const { t } = useTranslation()
	const text = count > 0 ? t('alerts.bell.unread', { count }) : t('alerts.bell.none')
	return (
		<Link
			to="/my/notifications"
			aria-label={text}
			title={text}
			data-testid="notification-bell"
			className="relative inline-flex items-center rounded p-1.5 text-slate-100 no-underline hover:bg-white/10 hover:text-white"
		>
			<svg aria-hidden="true" width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
				<path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
				<path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
			</svg>
			{count > 0 ? (
				<span aria-hidden="true" className="absolute -right-1 -top-1 min-w-[1.125rem] rounded-full bg-red-600 px-1 text-center text-[0.6875rem] font-semibold leading-[1.125rem] text-white tabular-nums">
					{count > 99 ? '99+' : count}
				</span>
			) : null}
		</Link>
	)
}
