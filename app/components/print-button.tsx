// "Print" for printable pages. Printing needs script, so the button only appears once the page is interactive.
import { useEffect, useState } from 'react'

export function PrintButton({ children }: { children: React.ReactNode }) {
	const [ready, setReady] = useState(false)
	useEffect(() => setReady(true), [])
	if (!ready) return null
	return (
		<button
			type="button"
			onClick={() => window.print()}
			className="no-print inline-flex items-center gap-2 rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-700 shadow-sm hover:bg-slate-50"
		>
			<svg
				width="16"
				height="16"
				viewBox="0 0 24 24"
				aria-hidden="true"
				focusable="false"
				fill="none"
				stroke="currentColor"
				strokeWidth="2"
				strokeLinecap="round"
				strokeLinejoin="round"
			>
				<path d="M6 9V3h12v6M6 18H4a2 2 0 0 1-2-2v-5a2 2 0 0 1 2-2h16a2 2 0 0 1 2 2v5a2 2 0 0 1-2 2h-2M6 14h12v7H6z" />
			</svg>
			{children}
		</button>
	)
}
