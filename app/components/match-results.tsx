// 匹配结果 (ranked listings per demand item) and 商机 (demand items for a listing): score bars, eligibility badges and
// the reasons as a ✓/✗ checklist inside <details>, so everything opens without JavaScript. No data access here.
import { Link } from '@remix-run/react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { Locale } from '#app/i18n/translate.ts'
import { certificationText } from '#app/utils/format.ts'
import { useLocale } from '#app/utils/root-data.ts'
import { Badge } from './ui.tsx'

export type ReasonView = { criterion: string; ok: boolean; detail: string }
export type CandidateView = { listing: { ref: string; title: string; org: { ref: string; name: string } }; score: number; eligible: boolean; reasons: ReasonView[] }
export type OpportunityView = {
	item: { ref: string; name: string; quantity: number; unit: string | null; neededBy: string | null; demand: { ref: string; title: string; org: { ref: string; name: string } } }
	score: number
	eligible: boolean
	reasons: ReasonView[]
}

export function ScoreBar({ score }: { score: number }) {
	const { t } = useTranslation()
	const value = Math.round(score * 100)
	return (
		<span className="inline-flex items-center gap-2 text-xs text-slate-600" title={t('matching.scoreValue', { value })}>
			<span className="relative h-2 w-20 overflow-hidden rounded-full bg-slate-200" aria-hidden="true">
				<span className="absolute inset-y-0 left-0 rounded-full bg-brand-600" style={{ width: `${value}%` }} />
			</span>
			<span className="tabular-nums">
				<span className="sr-only">{t('matching.score')} </span>
				{value}%
			</span>
		</span>
	)
}

/** A criterion's heading: 技术参数：扬程, 认证：EX（防爆合格证） (a certification by its name, never its bare code). */
export function criterionLabel(t: (k: string, o?: Record<string, unknown>) => string, criterion: string, locale: Locale): string {
	const [kind, ...rest] = criterion.split(':')
	const name = rest.join(':')
	return t(`matching.criteria.${kind}`, { name: kind === 'certification' ? certificationText(name, locale) : name })
}

export function ReasonList({ reasons }: { reasons: ReasonView[] }) {
	const { t } = useTranslation()
	const locale = useLocale()
	return (
		<ul className="mt-2 space-y-1 text-sm">
			{reasons.map((r) => (
				<li key={r.criterion} className="flex gap-2">
					<span aria-hidden="true" className={r.ok ? 'font-bold text-emerald-700' : 'font-bold text-red-700'}>
						{r.ok ? '✓' : '✗'}
					</span>
					<span className="sr-only">{r.ok ? t('matching.passed') : t('matching.failed')}</span>
					<span>
						<span className="font-medium text-slate-700">{criterionLabel(t, r.criterion, locale)}</span>
						<span className="text-slate-500"> — </span>
						<span className={r.detail.startsWith('无法比较') ? 'text-amber-800' : 'text-slate-700'}>{r.detail}</span>
					</span>
				</li>
			))}
		</ul>
	)
}

/** 符合要求, 同类参考 (only the name rule failed: the same kind of equipment, not the thing asked for) or 不符合. */
export function verdictOf(eligible: boolean, reasons: readonly ReasonView[]): 'eligible' | 'related' | 'ineligible' {
	if (eligible) return 'eligible'
	const failed = reasons.filter((r) => !r.ok && HARD.test(r.criterion))
	return failed.length === 1 && failed[0]!.criterion === 'name' ? 'related' : 'ineligible'
}

/** The criteria that decide eligibility (interchange.md §2); the others only order candidates. */
const HARD = /^(spec|certification|budget|lead_time|name)(:|$)/

function Verdict({ eligible, reasons }: { eligible: boolean; reasons: ReasonView[] }) {
	const { t } = useTranslation()
	const verdict = verdictOf(eligible, reasons)
	const tone = verdict === 'eligible' ? 'green' : verdict === 'related' ? 'amber' : 'slate'
	return (
		<span className="inline-flex min-w-20 justify-end">
			<Badge tone={tone}>{t(`matching.verdict.${verdict}`)}</Badge>
		</span>
	)
}

/**
 * A score only where it cannot contradict the verdict: 匹配度 orders eligible candidates; an ineligible one says what
 * it failed instead of a number (an 84 % 不符合 above a 78 % 符合要求 reads as a contradiction).
 */
function ScoreOrShortfall({ eligible, score, reasons }: { eligible: boolean; score: number; reasons: ReasonView[] }) {
	const { t } = useTranslation()
	const locale = useLocale()
	if (eligible) return <ScoreBar score={score} />
	const failed = reasons.filter((r) => !r.ok && HARD.test(r.criterion)).map((r) => criterionLabel(t, r.criterion, locale))
	if (!failed.length) return null
	return <span className="text-xs text-slate-600">{t('matching.failedCriteria', { criteria: failed.join('、') })}</span>
}

/** A collapsible ✓/✗ checklist under a result line (the line's link stays outside the summary: no nested controls). */
function Reasons({ reasons, children }: { reasons: ReasonView[]; children?: ReactNode }) {
	const { t } = useTranslation()
	const passed = reasons.filter((r) => r.ok).length
	return (
		<details className="group mt-1 pl-1">
			<summary className="flex cursor-pointer list-none items-center gap-1 text-sm text-slate-600 hover:text-ink-900 [&::-webkit-details-marker]:hidden">
				<span aria-hidden="true" className="inline-block w-3 text-slate-400 transition-transform group-open:rotate-90">
					▸
				</span>
				{t('matching.showReasons')}
				<span className="text-slate-500">
					· ✓ {passed} · ✗ {reasons.length - passed}
				</span>
			</summary>
			<div className="pl-4">
				{children}
				<ReasonList reasons={reasons} />
			</div>
		</details>
	)
}

function ResultLine({ href, title, org, score, eligible, reasons }: { href: string; title: string; org: string; score: number; eligible: boolean; reasons: ReasonView[] }) {
	return (
		<div className="flex flex-wrap items-center gap-x-3 gap-y-1">
			<Link to={href} className="font-medium">
				{title}
			</Link>
			<span className="text-sm text-slate-600">{org}</span>
			<span className="ml-auto flex items-center gap-3">
				<ScoreOrShortfall eligible={eligible} score={score} reasons={reasons} />
				<Verdict eligible={eligible} reasons={reasons} />
			</span>
		</div>
	)
}

/** The candidates of one demand item. */
export function CandidateList({ candidates }: { candidates: CandidateView[] }) {
	const { t } = useTranslation()
	if (!candidates.length) return <p className="text-sm text-slate-500">{t('matching.noCandidates')}</p>
	return (
		<ol className="divide-y divide-slate-100">
			{candidates.map((c) => (
				<li key={c.listing.ref} className="py-2">
					<ResultLine href={`/listings/${encodeURIComponent(c.listing.ref)}`} title={c.listing.title} org={c.listing.org.name} score={c.score} eligible={c.eligible} reasons={c.reasons} />
					<Reasons reasons={c.reasons} />
				</li>
			))}
		</ol>
	)
}

/** Open demand items a listing is eligible for. */
export function OpportunityList({ opportunities, formatQuantity }: { opportunities: OpportunityView[]; formatQuantity: (n: number) => string }) {
	const { t } = useTranslation()
	if (!opportunities.length) return <p className="text-sm text-slate-500">{t('matching.noOpportunities')}</p>
	return (
		<ol className="divide-y divide-slate-100">
			{opportunities.map((o) => (
				<li key={`${o.item.demand.ref}/${o.item.ref}`} className="py-2">
					<ResultLine href={`/demands/${encodeURIComponent(o.item.demand.ref)}`} title={o.item.name} org={o.item.demand.org.name} score={o.score} eligible={o.eligible} reasons={o.reasons} />
					<p className="mt-1 text-sm text-slate-600">
						{t('matching.from', { title: o.item.demand.title })} · {t('matching.quantity', { quantity: `${formatQuantity(o.item.quantity)}${o.item.unit ? ` ${o.item.unit}` : ''}` })}
						{o.item.neededBy ? ` · ${t('matching.neededBy', { date: o.item.neededBy })}` : ''}
					</p>
					<Reasons reasons={o.reasons} />
				</li>
			))}
		</ol>
	)
}
