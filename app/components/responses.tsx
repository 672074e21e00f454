// Pieces of the response pages (响应/报价): status badge, the requested / awarded / delivered progress bar, and the
// conformance checklist summary. No data access here.
import { useTranslation } from 'react-i18next'
import { ReasonList, type ReasonView } from './match-results.tsx'
import { Badge } from './ui.tsx'

const STATUS_TONE = { submitted: 'blue', shortlisted: 'amber', awarded: 'green', declined: 'slate', withdrawn: 'slate' } as const
export type ResponseStatusView = keyof typeof STATUS_TONE

export function ResponseStatusBadge({ status }: { status: ResponseStatusView }) {
	const { t } = useTranslation()
	return <Badge tone={STATUS_TONE[status]}>{t(`responses.status.${status}`)}</Badge>
}

/** Awarded and delivered as shares of the requested quantity (delivered drawn over awarded). */
export function QuantityBar({ requested, awarded, delivered, label }: { requested: number; awarded: number; delivered: number; label: string }) {
	const pct = (n: number) => (requested > 0 ? Math.min(100, Math.max(0, (n / requested) * 100)) : 0)
	return (
		<span
			role="meter"
			aria-label={label}
			aria-valuemin={0}
			aria-valuemax={requested}
			aria-valuenow={awarded}
			className="relative block h-2.5 w-full min-w-32 overflow-hidden rounded-full bg-slate-200"
		>
			<span className="absolute inset-y-0 left-0 rounded-full bg-brand-500" style={{ width: `${pct(awarded)}%` }} />
			<span className="absolute inset-y-0 left-0 rounded-full bg-emerald-600" style={{ width: `${pct(delivered)}%` }} />
		</span>
	)
}

/** A one-line verdict with the full ✓/✗ list inside <details> (opens without JavaScript). */
export function Checklist({ checklist, missing }: { checklist: { eligible: boolean; reasons: ReasonView[] } | null; missing: string }) {
	const { t } = useTranslation()
	if (!checklist) return <span className="text-sm text-slate-500">{missing}</span>
	const unmet = checklist.reasons.filter((r) => !r.ok).length
	return (
		<details className="group min-w-56">
			<summary className="cursor-pointer text-sm">
				<Badge tone={checklist.eligible ? 'green' : 'amber'}>{checklist.eligible ? t('matching.eligible') : t('matching.ineligible')}</Badge>{' '}
				<span className="text-slate-600">{unmet ? t('responses.compare.someUnmet', { count: unmet }) : t('responses.compare.allMet')}</span>
			</summary>
			<ReasonList reasons={checklist.reasons} />
		</details>
	)
}
