// The GET filter bar of browse pages: plain form fields, so filtering works without JavaScript.
import { Form, Link, useSearchParams } from '@remix-run/react'
import type { ReactNode } from 'react'
import { textLinkClass } from './fact-grid.tsx'

export const controlClass = 'block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm placeholder:text-slate-400 focus:border-brand-500'

export function FilterForm({
	action,
	label,
	submit,
	reset,
	resetVisible,
	children,
}: {
	action: string
	label: string
	submit: string
	reset: string
	resetVisible: boolean
	children: ReactNode
}) {
	const [params] = useSearchParams()
	const lng = params.get('lng')
	return (
		<Form method="get" action={action} role="search" aria-label={label} className="no-print mb-6 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
			<div className="flex flex-wrap items-end gap-3">
				{children}
				{/* Keeps an explicit ?lng= choice across searches. */}
				{lng ? <input type="hidden" name="lng" value={lng} /> : null}
				<div className="flex items-center gap-3">
					<button type="submit" className="rounded-md bg-brand-700 px-5 py-2 text-sm font-semibold text-white shadow-sm hover:bg-ink-900">
						{submit}
					</button>
					{resetVisible ? (
						<Link to={lng ? `${action}?lng=${encodeURIComponent(lng)}` : action} className={`text-sm ${textLinkClass}`}>
							{reset}
						</Link>
					) : null}
				</div>
			</div>
		</Form>
	)
}

export function Field({ id, label, grow = false, children }: { id: string; label: string; grow?: boolean; children: ReactNode }) {
	return (
		<div className={grow ? 'min-w-56 flex-1' : 'min-w-44'}>
			<label htmlFor={id} className="mb-1 block text-xs font-medium text-slate-600">
				{label}
			</label>
			{children}
		</div>
	)
}
