import type { ReactNode } from 'react'

export function AuthCard({ title, intro, children, footer }: { title: ReactNode; intro?: ReactNode; children: ReactNode; footer?: ReactNode }) {
	return (
		<div className="mx-auto max-w-md py-8">
			<div className="rounded-xl border border-slate-200 bg-white p-8 shadow-sm">
				<h1 className="text-2xl font-bold text-ink-900">{title}</h1>
				{intro ? <p className="mt-2 text-sm text-slate-600">{intro}</p> : null}
				<div className="mt-6">{children}</div>
			</div>
			{footer ? <div className="mt-4 text-center text-sm text-slate-600">{footer}</div> : null}
		</div>
	)
}
