// Small presentational pieces shared by pages. No data access here.
import { Link } from '@remix-run/react'
import type { ReactNode } from 'react'

export function PageHeader({ title, subtitle, children }: { title: ReactNode; subtitle?: ReactNode; children?: ReactNode }) {
	return (
		<div className="mb-6 flex flex-wrap items-end justify-between gap-4 border-b border-slate-200 pb-4">
			<div>
				<h1 className="text-2xl font-bold text-ink-900">{title}</h1>
				{subtitle ? <p className="mt-1 text-slate-600">{subtitle}</p> : null}
			</div>
			{children}
		</div>
	)
}

const TONES = {
	slate: 'bg-slate-100 text-slate-700 ring-slate-200',
	brand: 'bg-brand-50 text-brand-700 ring-brand-100',
	green: 'bg-emerald-50 text-emerald-800 ring-emerald-200',
	red: 'bg-red-50 text-red-800 ring-red-200',
	blue: 'bg-sky-50 text-sky-800 ring-sky-200',
	amber: 'bg-amber-50 text-amber-800 ring-amber-200',
} as const

export function Badge({ children, tone = 'slate', title }: { children: ReactNode; tone?: keyof typeof TONES; title?: string }) {
	return (
		<span title={title} className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${TONES[tone]}`}>
			{children}
		</span>
	)
}

export function Card({ children, className = '' }: { children: ReactNode; className?: string }) {
	return <section className={`rounded-lg border border-slate-200 bg-white p-5 shadow-sm ${className}`}>{children}</section>
}

export function SectionTitle({ children, id }: { children: ReactNode; id?: string }) {
	return (
		<h2 id={id} className="mb-3 text-lg font-semibold text-ink-900">
			{children}
		</h2>
	)
}

export function Facts({ items }: { items: [ReactNode, ReactNode][] }) {
	const shown = items.filter(([, v]) => v !== null && v !== undefined && v !== '')
	return (
		<dl className="grid grid-cols-[max-content_minmax(0,1fr)] gap-x-4 gap-y-2 text-sm">
			{shown.map(([k, v], i) => (
				<div key={i} className="contents">
					<dt className="text-slate-500">{k}</dt>
					<dd className="min-w-0 text-slate-900 [overflow-wrap:anywhere]">{v}</dd>
				</div>
			))}
		</dl>
	)
}

export function EmptyState({ children }: { children: ReactNode }) {
	return <p className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-slate-500">{children}</p>
}

export function Pagination({ page, perPage, total, href, labels }: { page: number; perPage: number; total: number; href: (page: number) => string; labels: { prev: string; next: string; page: string } }) {
	const pages = Math.max(1, Math.ceil(total / perPage))
	if (pages <= 1) return null
	return (
		<nav aria-label={labels.page} className="mt-6 flex items-center justify-center gap-4 text-sm">
			{page > 1 ? (
				<Link rel="prev" to={href(page - 1)} className="rounded border border-slate-300 bg-white px-3 py-1.5 no-underline hover:bg-slate-50">
					{labels.prev}
				</Link>
			) : null}
			<span className="text-slate-600">{labels.page}</span>
			{page < pages ? (
				<Link rel="next" to={href(page + 1)} className="rounded border border-slate-300 bg-white px-3 py-1.5 no-underline hover:bg-slate-50">
					{labels.next}
				</Link>
			) : null}
		</nav>
	)
}
