// Horizontal bars of readiness (0–100 %) drawn as server-rendered SVG: it prints, needs no script, and carries
// its meaning in words too (role="img" with a title and description, and the same figures as a text list).
import { useId } from 'react'

export type ReadinessBar = { key: string; label: string; ready: number; summary: string }

const ROW = 34
const TOP = 8
const LABEL_W = 176
const BAR_X = 188
const BAR_W = 420
const WIDTH = 680

/** Full: green; most (≥ 80 %): amber; less: red. Colours chosen for ≥ 3:1 contrast against white. */
export function readinessColour(ready: number): string {
	if (ready >= 0.9995) return '#047857'
	if (ready >= 0.8) return '#b45309'
	return '#b91c1c'
}

export function percent(ready: number): string {
	// Never round a shortfall up to "100 %".
	const p = ready >= 1 ? 100 : Math.min(99, Math.round(ready * 100))
	return `${p}%`
}

/** Fits a label into the label column: a CJK character is about twice as wide as a Latin one at the same size. */
function shorten(s: string, room = 24): string {
	const width = (ch: string) => (/[\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]/.test(ch) ? 2 : 1.05)
	if ([...s].reduce((a, ch) => a + width(ch), 0) <= room) return s
	let used = 1 // the ellipsis
	let out = ''
	for (const ch of s) {
		if (used + width(ch) > room) break
		used += width(ch)
		out += ch
	}
	return out + '…'
}

export function ReadinessChart({ title, description, bars, axisLabel }: { title: string; description: string; bars: ReadinessBar[]; axisLabel: string }) {
	const id = useId()
	const height = TOP + bars.length * ROW + 28
	return (
		<figure className="m-0">
			<svg
				role="img"
				aria-labelledby={`${id}-title`}
				aria-describedby={`${id}-desc`}
				viewBox={`0 0 ${WIDTH} ${height}`}
				width="100%"
				className="block max-w-3xl"
				style={{ height: 'auto' }}
				fontFamily="inherit"
			>
				<title id={`${id}-title`}>{title}</title>
				<desc id={`${id}-desc`}>{bars.map((b) => b.summary).join('；')}</desc>
				{[0, 0.5, 0.8, 1].map((x) => (
					<g key={x}>
						<line x1={BAR_X + x * BAR_W} x2={BAR_X + x * BAR_W} y1={TOP - 4} y2={TOP + bars.length * ROW} stroke={x === 0.8 ? '#d97706' : '#cbd5e1'} strokeDasharray={x === 0 || x === 1 ? undefined : '4 3'} />
						<text x={BAR_X + x * BAR_W} y={TOP + bars.length * ROW + 18} textAnchor="middle" fontSize="12" fill="#475569">
							{`${Math.round(x * 100)}%`}
						</text>
					</g>
				))}
				<text x={BAR_X - 12} y={TOP + bars.length * ROW + 18} textAnchor="end" fontSize="12" fill="#475569">
					{axisLabel}
				</text>
				{bars.map((b, i) => {
					const y = TOP + i * ROW
					return (
						<g key={b.key}>
							<text x={LABEL_W} y={y + ROW / 2 + 5} textAnchor="end" fontSize="14" fill="#0f172a">
								<title>{b.label}</title>
								{shorten(b.label)}
							</text>
							<rect x={BAR_X} y={y + 7} width={BAR_W} height={ROW - 14} rx="3" fill="#f1f5f9" />
							<rect x={BAR_X} y={y + 7} width={Math.max(0, Math.min(1, b.ready)) * BAR_W} height={ROW - 14} rx="3" fill={readinessColour(b.ready)} />
							<text x={BAR_X + BAR_W + 10} y={y + ROW / 2 + 5} fontSize="14" fontWeight="600" fill="#0f172a">
								{percent(b.ready)}
							</text>
						</g>
					)
				})}
			</svg>
			<figcaption className="mt-3 text-sm text-slate-600">
				<p>{description}</p>
				<ul className="mt-1 flex flex-wrap gap-x-5 gap-y-1">
					{bars.map((b) => (
						<li key={b.key}>{b.summary}</li>
					))}
				</ul>
			</figcaption>
		</figure>
	)
}
