// The "响应/报价" link of a demand item on the public demand page (or "登录后响应" for visitors). No data access here.
import { Link } from '@remix-run/react'
import { useTranslation } from 'react-i18next'

export function RespondLink({ mode, listRef, itemRef, itemName }: { mode: 'respond' | 'login' | null; listRef: string; itemRef: string; itemName: string }) {
	const { t } = useTranslation()
	if (!mode) return null
	const target = `/my/responses/new?list=${encodeURIComponent(listRef)}&item=${encodeURIComponent(itemRef)}`
	if (mode === 'login')
		return (
			<Link to={`/login?redirectTo=${encodeURIComponent(target)}`} className="whitespace-nowrap text-sm">
				{t('responses.loginToRespond')}
			</Link>
		)
	return (
		<Link
			to={target}
			aria-label={t('responses.respondTo', { name: itemName })}
			className="inline-block whitespace-nowrap rounded-md bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white no-underline hover:bg-brand-800"
		>
			{t('responses.respond')}
		</Link>
	)
}
