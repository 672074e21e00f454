// Key facts of a record laid out across the page (detail headers), and the look of links inside running text.
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

/** Links in text and tables: visibly links (underlined), in the page's ink colour. */
export const textLinkClass = 'text-ink-700 underline decoration-slate-300 underline-offset-2 hover:text-brand-700 hover:decoration-brand-500'

/** An empty table cell: a dash to the eye, "none" to a screen reader. */
export function Dash() {
	const { t } = useTranslation()
	return (
		<>
			<span aria-hidden="true" className="text-slate-500">
				—
			</span>
			<span className="sr-only">{t('ui.org.none')}</span>
		</>
	)
}

export function FactGrid({ items }: { items: [ReactNode, ReactNode][] }) {
	const shown = items.filter(([, v]) => v !== null && v !== undefined && v !== '')
	return (
		<dl className="grid grid-cols-2 gap-x-6 gap-y-4 sm:grid-cols-3 lg:grid-cols-4 print:grid-cols-4">
			{shown.map(([k, v], i) => (
				<div key={i} className="min-w-0">
					<dt className="text-xs text-slate-500">{k}</dt>
					<dd className="mt-0.5 break-words font-medium text-slate-900">{v}</dd>
				</div>
			))}
		</dl>
	)
}
