// A picture for each top class of the taxonomy, so cards and tiles can be told apart at a glance.
const STYLE: Record<string, { bg: string; fg: string; path: string }> = {
	// 监测预警: radar waves
	'01': { bg: '#e0f2fe', fg: '#0369a1', path: 'M12 20a8 8 0 1 1 8-8M12 16a4 4 0 1 1 4-4M12 12l6-6' },
	// 预防防护: shield
	'02': { bg: '#dcfce7', fg: '#15803d', path: 'M12 3l7 3v6c0 4.5-3 8-7 9-4-1-7-4.5-7-9V6z' },
	// 救援处置: lifebuoy
	'03': { bg: '#ffedd5', fg: '#c2410c', path: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM12 8a4 4 0 1 0 0 8 4 4 0 0 0 0-8zM5.6 5.6l3.6 3.6M18.4 5.6l-3.6 3.6M5.6 18.4l3.6-3.6M18.4 18.4l-3.6-3.6' },
	// 应急服务: people
	'04': { bg: '#ede9fe', fg: '#6d28d9', path: 'M9 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM3 20c0-3.3 2.7-6 6-6s6 2.7 6 6M17 11a2.5 2.5 0 1 0 0-5M21 20c0-2.8-1.8-5-4-5.6' },
}

export function CategoryIcon({ code, size = 40 }: { code: string | null | undefined; size?: number }) {
	const s = STYLE[(code ?? '').slice(0, 2)] ?? { bg: '#f1f5f9', fg: '#475569', path: 'M4 6h16M4 12h16M4 18h10' }
	return (
		<svg width={size} height={size} viewBox="0 0 40 40" aria-hidden="true" focusable="false" className="shrink-0">
			<rect width="40" height="40" rx="10" fill={s.bg} />
			<g transform="translate(8 8)" fill="none" stroke={s.fg} strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round">
				<path d={s.path} />
			</g>
		</svg>
	)
}
