import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { CertificationBadges } from '#app/components/certification-badges.tsx'
import { ConstraintList } from '#app/components/constraint-text.tsx'
import { PrintButton } from '#app/components/print-button.tsx'
import { Dash, FactGrid, textLinkClass } from '#app/components/fact-grid.tsx'
import { Badge, Card, EmptyState, SectionTitle } from '#app/components/ui.tsx'
import { CandidateList } from '#app/components/match-results.tsx'
import { matchesForDemand } from '#app/modules/matching/load.server.ts'
import { RespondLink } from '#app/components/respond-link.tsx'
import { respondAffordance } from '#app/http/respond-affordance.server.ts'
import { appUrl } from '#app/env.server.ts'
import type { Locale } from '#app/i18n/translate.ts'
import { getPublicDemand, isOpen } from '#app/modules/demands/queries.server.ts'
import { getDb } from '#app/utils/db.server.ts'
import { formatDate, formatNumber, formatPrice, label, todayIso } from '#app/utils/format.ts'
import { orgHref } from '#app/utils/links.ts'
import { notFoundMeta, pageMeta } from '#app/utils/meta.ts'
import { useLocale } from '#app/utils/root-data.ts'
import { RouteErrorBoundary } from '#app/components/route-error.tsx'

const MATCHED_ITEMS = 30

export async function loader({ request, params }: LoaderFunctionArgs) {
	const demand = getPublicDemand(getDb(), params.ref ?? '')
	if (!demand) throw new Response('Not Found', { status: 404 })
	const { list, org, items } = demand
	const today = todayIso()
	// 匹配结果: the top 5 listings of each of the first MATCHED_ITEMS items, with reasons (a catalog may have thousands).
	const matched = await matchesForDemand(getDb(), list.ref, { limit: 5, today, maxItems: MATCHED_ITEMS })
	return {
		matches: matched?.items ?? [],
		matchesTruncated: matched?.truncated ?? null,
		respond: await respondAffordance(request, org.id, isOpen(list, today)),
		list: {
			ref: list.ref,
			title: list.title,
			kind: list.kind,
			deadline: list.deadline,
			edition: list.edition,
			publishedAt: list.publishedAt,
			regionCode: list.regionCode ?? org.regionCode,
			open: isOpen(list, today),
		},
		org: { ref: org.ref, name: org.name, contact: org.contact, phone: org.phone, email: org.email, address: org.address },
		// The printed list is a document: it carries the day it was printed and where its public version lives.
		printedOn: today,
		url: `${appUrl()}/demands/${encodeURIComponent(list.ref)}`,
		items: items.map((i) => ({
			ref: i.ref,
			position: i.position,
			name: i.name,
			categoryCode: i.categoryCode,
			quantity: i.quantity,
			unit: i.unit,
			budgetPerUnit: i.budgetPerUnit,
			neededBy: i.neededBy,
			notes: i.notes,
			scenarios: i.scenarios,
			constraints: i.constraints,
			certifications: i.certifications,
		})),
	}
}

export default function DemandPage() {
	const { list, org, items, matches, matchesTruncated, respond, printedOn, url } = useLoaderData<typeof loader>()
	const { t, i18n } = useTranslation()
	const locale = i18n.language as Locale
	const status = list.open ? t('ui.demand.status.published') : t('ui.demand.status.closed')

	return (
		<article className="space-y-6">
			<nav aria-label={t('ui.demand.back')} className="no-print text-sm text-slate-500">
				<Link to="/demands" className={textLinkClass}>
					{t('ui.demand.back')}
				</Link>
				{' / '}
				<span aria-current="page">{list.ref}</span>
			</nav>

			<PrintHead list={list} org={org} printedOn={printedOn} />

			<header className="flex flex-wrap items-start justify-between gap-4 print:hidden">
				<div className="min-w-0 flex-1">
					<h1 className="text-2xl font-bold text-ink-900">{list.title}</h1>
					<p className="mt-1 text-slate-600">
						<Link to={orgHref(org.ref)} className={textLinkClass}>
							{org.name}
						</Link>
					</p>
					<div className="mt-2 flex flex-wrap gap-1.5">
						<Badge tone="brand">{label.demandKind(list.kind, locale)}</Badge>
						<Badge tone={list.open ? 'green' : 'slate'}>{status}</Badge>
					</div>
				</div>
				<PrintButton>{t('ui.demand.print')}</PrintButton>
			</header>

			<Card className="print:hidden">
				<FactGrid
					items={[
						[
							t('ui.demand.publisher'),
							<Link to={orgHref(org.ref)} className={textLinkClass}>
								{org.name}
							</Link>,
						],
						[t('ui.demand.deadline'), list.deadline ? formatDate(list.deadline) : t('ui.demand.noDeadline')],
						[t('ui.demand.region'), label.region(list.regionCode, locale)],
						[t('ui.demand.publishedAt'), list.publishedAt ? formatDate(list.publishedAt) : null],
						[t('ui.demand.edition'), list.edition],
						[t('ui.demand.items'), t('ui.demand.itemCount', { count: items.length })],
					]}
				/>
			</Card>

			<section aria-labelledby="items" className="print-doc">
				<SectionTitle id="items">
					{t('ui.demand.items')} <span className="text-sm font-normal text-slate-500">({items.length})</span>
				</SectionTitle>
				{items.length ? (
					<div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm print:overflow-visible print:shadow-none">
						<table className="doc-table w-full min-w-[64rem] text-sm print:min-w-0" aria-labelledby="items">
							<thead className="bg-slate-50">
								<tr className="border-b border-slate-200 text-left text-slate-600">
									<th scope="col" className="whitespace-nowrap px-3 py-2 font-medium">
										{t('ui.demand.index')}
									</th>
									<th scope="col" className="px-3 py-2 font-medium">
										{t('ui.demand.name')}
									</th>
									<th scope="col" className="px-3 py-2 font-medium">
										{t('ui.demand.category')}
									</th>
									<th scope="col" className="px-3 py-2 text-right font-medium">
										{t('ui.demand.quantity')}
									</th>
									<th scope="col" className="px-3 py-2 font-medium">
										{t('ui.demand.requirements')}
									</th>
									<th scope="col" className="px-3 py-2 font-medium">
										{t('ui.demand.requiredCerts')}
									</th>
									<th scope="col" className="px-3 py-2 text-right font-medium">
										{t('ui.demand.budget')}
									</th>
									<th scope="col" className="px-3 py-2 font-medium">
										{t('ui.demand.neededBy')}
									</th>
									<th scope="col" className="px-3 py-2 font-medium">
										{t('ui.demand.notes')}
									</th>
									{respond ? (
										<th scope="col" className="no-print px-3 py-2 font-medium">
											<span className="sr-only">{t('responses.respond')}</span>
										</th>
									) : null}
								</tr>
							</thead>
							<tbody>
								{items.map((item, i) => (
									<tr key={item.ref} className="border-b border-slate-100 align-top last:border-0">
										<td className="px-3 py-3 tabular-nums text-slate-500">{i + 1}</td>
										<th scope="row" className="px-3 py-3 text-left font-semibold text-slate-900">
											{item.name}
											{item.scenarios.length ? (
												<span className="mt-1 flex flex-wrap gap-1 font-normal">
													{item.scenarios.map((s) => (
														<Badge key={s}>{label.scenario(s, locale)}</Badge>
													))}
												</span>
											) : null}
										</th>
										<td className="max-w-56 px-3 py-3 text-slate-700">{item.categoryCode ? label.category(item.categoryCode, locale) : <Dash />}</td>
										<td className="whitespace-nowrap px-3 py-3 text-right font-medium tabular-nums text-slate-900">
											{formatNumber(item.quantity, locale)}
											{item.unit ? ` ${item.unit}` : ''}
										</td>
										<td className="min-w-56 px-3 py-3">
											<ConstraintList constraints={item.constraints} empty={t('ui.demand.noRequirements')} />
										</td>
										<td className="px-3 py-3">
											{item.certifications.length ? (
												<CertificationBadges codes={item.certifications} />
											) : (
												<Dash />
											)}
										</td>
										<td className="whitespace-nowrap px-3 py-3 text-right tabular-nums text-slate-900">
											{item.budgetPerUnit !== null ? formatPrice(item.budgetPerUnit, locale) : <Dash />}
										</td>
										<td className="whitespace-nowrap px-3 py-3 tabular-nums text-slate-700">{item.neededBy ? formatDate(item.neededBy) : <Dash />}</td>
										<td className="max-w-56 whitespace-pre-line px-3 py-3 text-slate-600">{item.notes ?? <Dash />}</td>
										{respond ? (
											<td className="no-print px-3 py-3">
												<RespondLink mode={respond} listRef={list.ref} itemRef={item.ref} itemName={item.name} />
											</td>
										) : null}
									</tr>
								))}
							</tbody>
						</table>
					</div>
				) : (
					<EmptyState>{t('ui.demand.empty')}</EmptyState>
				)}
			</section>

			<p className="hidden text-right text-sm text-black print:block">
				{org.name}
				<br />
				{list.publishedAt ? formatDate(list.publishedAt) : printedOn}
			</p>
			<footer className="hidden border-t border-black pt-2 text-xs text-black print:block">
				{list.open ? <p>{t('ui.demand.doc.howToRespond')}</p> : null}
				<p>{t('ui.demand.doc.source', { url })}</p>
			</footer>

			{matches.length ? (
				<section aria-labelledby="matches" className="no-print">
					<SectionTitle id="matches">{t('matching.title')}</SectionTitle>
					<p className="mb-3 text-sm text-slate-600">{t('matching.intro')}</p>
					{matchesTruncated ? (
						<p className="mb-3 text-sm text-slate-600" role="note">
							{t('matching.truncated', { shown: matchesTruncated.shown, total: matchesTruncated.total, ref: list.ref })}
						</p>
					) : null}
					<div className="space-y-4">
						{matches.map(({ item, candidates }) => (
							<Card key={item.ref}>
								<h3 className="flex flex-wrap items-baseline gap-x-3 font-semibold text-ink-900">
									{item.name}
									<span className="text-sm font-normal text-slate-500">
										{t('matching.itemSummary', { eligible: candidates.filter((c) => c.eligible).length, count: candidates.length })}
									</span>
								</h3>
								<CandidateList candidates={candidates} />
							</Card>
						))}
					</div>
				</section>
			) : null}
		</article>
	)
}

type Loaded = ReturnType<typeof useLoaderData<typeof loader>>

/**
 * The printed list's head (print only): the publishing organization as a letterhead over a red rule, the title, the
 * list's number and the day it was printed, then the facts and the contact a supplier needs, as an official document.
 */
function PrintHead({ list, org, printedOn }: { list: Loaded['list']; org: Loaded['org']; printedOn: string }) {
	const { t } = useTranslation()
	const locale = useLocale()
	const status = list.open ? t('ui.demand.status.published') : t('ui.demand.status.closed')
	const contact: [string, string | null][] = [
		[t('ui.demand.doc.contact'), org.contact],
		[t('ui.demand.doc.phone'), org.phone],
		[t('ui.demand.doc.email'), org.email],
		[t('ui.demand.doc.address'), org.address],
	]
	const given = contact.filter((c): c is [string, string] => !!c[1])
	const facts: [string, string][] = [
		[t('ui.demand.kind'), label.demandKind(list.kind, locale)],
		[t('ui.demand.statusLabel'), status],
		[t('ui.demand.publishedAt'), list.publishedAt ? formatDate(list.publishedAt) : '—'],
		[t('ui.demand.deadline'), list.deadline ? formatDate(list.deadline) : t('ui.demand.noDeadline')],
		[t('ui.demand.region'), label.region(list.regionCode, locale) || '—'],
		...(list.edition ? [[t('ui.demand.edition'), list.edition] as [string, string]] : []),
	]
	return (
		<header className="print-head hidden text-black print:block">
			<p className="text-center text-xl font-bold tracking-widest">{org.name}</p>
			<div className="print-rule mt-2" aria-hidden="true" />
			<h1 className="mt-4 text-center text-2xl font-bold">{list.title}</h1>
			<p className="mt-2 flex justify-between text-sm">
				<span>
					{t('ui.demand.doc.number')}
					{list.ref}
				</span>
				<span>
					{t('ui.demand.doc.printedOn')}
					{printedOn}
				</span>
			</p>
			<dl className="print-facts mt-3 text-sm">
				{facts.map(([k, v]) => (
					<div key={k}>
						<dt>{k}</dt>
						<dd>{v}</dd>
					</div>
				))}
				<div className="print-facts-wide">
					<dt>{t('ui.demand.publisher')}</dt>
					<dd>{org.name}</dd>
				</div>
				<div className="print-facts-wide">
					<dt>{t('ui.demand.doc.contactLine')}</dt>
					<dd>{given.length ? given.map(([k, v]) => (locale === 'en' ? `${k}: ${v}` : `${k}：${v}`)).join(locale === 'en' ? ' · ' : '　') : t('ui.demand.doc.noContact')}</dd>
				</div>
			</dl>
		</header>
	)
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
	data ? pageMeta(matches, `${data.list.title} · ${data.org.name}`, `${data.list.title} — ${data.org.name}`) : notFoundMeta(matches)

export function ErrorBoundary() {
	return <RouteErrorBoundary />
}
