// A rescue team's gap against its configuration standard (who may read it, loading it, the API answer) and turning
// the gap into a draft demand list in one transaction. The arithmetic itself is the pure computeGap in gap.ts.
import { and, desc, eq, sql } from 'drizzle-orm'
import { translate, type Locale } from '#app/i18n/translate.ts'
import type { Db } from '#db/client.server.ts'
import { demandLists, organizations, standards, teams } from '#db/schema/index.ts'
import { todayIso } from '#app/utils/format.ts'
import type { OrgKind } from '../accounts/permissions.ts'
import { writeContext } from '../audit/changes.server.ts'
import { LIMITS } from '../catalog/fields.ts'
import { fillItemRefs } from '../demands/form.ts'
import { demandRecord, type DemandRecord } from '../demands/schema.ts'
import { saveDemand } from '../demands/write.server.ts'
import { demandRecordById } from '../demands/records.server.ts'
import { standardRecordById, teamRecordByOrgId } from '#app/modules/standards/records.server.ts'
import { computeGap, type Gap, type Shortfall } from './gap.ts'
import { usableStandardFor } from './queries.server.ts'
import type { StandardRecord } from './schema.ts'

export type TeamGap = {
	org: { id: number; ref: string; name: string; regionCode: string }
	standard: { code: string; title: string; version: string | null; issuer: string | null; teamType: string; level: string | null; status: string }
	headcount: number
	asOf: string | null
	/** The standard as an interchange record: items with their spec constraints and certifications (for the draft). */
	standardRecord: StandardRecord
	gap: Gap
}

/** The gap of one team, looked up by its organization id (the owner is the `where`); null when it has no team record. */
export function teamGapFor(db: Db, orgId: number, today: string = todayIso()): TeamGap | null {
	const row = db
		.select({ org: organizations, team: teams, standard: standards })
		.from(teams)
		.innerJoin(organizations, eq(organizations.id, teams.orgId))
		.innerJoin(standards, eq(standards.id, teams.standardId))
		// A standard the team may not see (another organization's draft) shows nothing, even if a team was held against it.
		.where(and(eq(teams.orgId, orgId), eq(organizations.kind, 'rescue_team'), usableStandardFor(teams.orgId)))
		.get()
	if (!row) return null
	const standardRecord = standardRecordById(db, row.standard.id)
	const teamRecord = teamRecordByOrgId(db, orgId)
	if (!standardRecord || !teamRecord) return null
	const gap = computeGap({ items: standardRecord.items, headcount: teamRecord.headcount, asOf: teamRecord.asOf ?? null, inventory: teamRecord.inventory }, today)
	const s = row.standard
	return {
		org: { id: row.org.id, ref: row.org.ref, name: row.org.name, regionCode: row.org.regionCode },
		standard: { code: s.code, title: s.title, version: s.version, issuer: s.issuer, teamType: s.teamType, level: s.level, status: s.status },
		headcount: row.team.headcount,
		asOf: row.team.asOf,
		standardRecord,
		gap,
	}
}

// ---------------------------------------------------------------------------------------------------------------
// Who may read a team's gap. Inventory is the team's own data: its members (session or the team's API token) read
// their own; verified emergency-management bureaus (who plan and fund equipment) and platform admins read any team's.

export type GapReader = { platformAdmin: boolean; org: { id: number; kind: OrgKind; verified: boolean } | null }
export type TeamScope = { kind: 'any' } | { kind: 'own'; orgId: number }

export function teamScopeOf(reader: GapReader): TeamScope | null {
	if (reader.platformAdmin) return { kind: 'any' }
	const org = reader.org
	if (!org) return null
	if (org.kind === 'bureau' && org.verified) return { kind: 'any' }
	if (org.kind === 'rescue_team') return { kind: 'own', orgId: org.id }
	return null
}

/** The organization id of the team with this ref, within the reader's scope (the scope is in the `where`). */
export function teamOrgIdByRef(db: Db, ref: string, scope: TeamScope): number | null {
	return (
		db
			.select({ id: organizations.id })
			.from(organizations)
			.innerJoin(teams, eq(teams.orgId, organizations.id))
			.where(and(eq(organizations.ref, ref), eq(organizations.kind, 'rescue_team'), scope.kind === 'own' ? eq(organizations.id, scope.orgId) : undefined))
			.get()?.id ?? null
	)
}

/** The JSON answer of `GET /api/v1/teams/:org/gap` and `cli gap --json` (interchange.md §3). */
export type GapDocument = {
	/** The code of the standard the team is held against (the team record's `standard`). */
	standard: string
	shortfalls: Shortfall[]
	expiring: { item: string; name: string; quantity: number; expiresOn: string; mandatory: boolean }[]
}

export function gapDocument(t: TeamGap): GapDocument {
	return { standard: t.standard.code, shortfalls: t.gap.shortfalls, expiring: t.gap.expiring }
}

// ---------------------------------------------------------------------------------------------------------------
// The draft demand list made from a gap.

export type OrgActor = { kind: 'organization'; orgId: number; orgRef: string; userId?: number }

/** `GAP-<org ref>-<yyyymmdd>-<n>`: the next n free for that organization and day. */
export function nextGapRef(db: Db, orgRef: string, today: string): string {
	const prefix = `GAP-${orgRef.slice(0, 70)}-${today.replaceAll('-', '')}-`
	const used = db
		.select({ ref: demandLists.ref })
		.from(demandLists)
		.where(sql`substr(${demandLists.ref}, 1, ${prefix.length}) = ${prefix}`)
		.all()
		.map((r) => r.ref.slice(prefix.length))
		.filter((n) => /^\d+$/.test(n))
		.map(Number)
	return `${prefix}${(used.length ? Math.max(...used) : 0) + 1}`
}

const clip = (s: string, max: number) => (s.length > max ? s.slice(0, max - 1) + '…' : s)

export type GapDraftOptions = {
	/** Write 应配/现有/缺口 into each item's note. Off unless the team asks: the note is public once the list is published. */
	showGap?: boolean
}

/**
 * The draft record: one item per shortfall, quantity = shortfall, requirements copied from the standard item. Each
 * item's note names the standard item it comes from; the readiness numbers only when the team chose to show them.
 */
export function gapDraftRecord(t: TeamGap, ref: string, locale: Locale, today: string, options: GapDraftOptions = {}): DemandRecord {
	const byRef = new Map(t.standardRecord.items.map((i) => [i.ref, i]))
	const itemRefs = fillItemRefs(ref, t.gap.shortfalls.map(() => undefined))
	const date = t.gap.date
	const title = translate(locale, 'gap.draft.title', { standard: clip(t.standard.title, LIMITS.title - 40), date: today })
	return demandRecord.parse({
		ref,
		org: t.org.ref,
		title: clip(title, LIMITS.title),
		kind: 'procurement',
		status: 'draft',
		items: t.gap.shortfalls.map((s, n) => {
			const source = byRef.get(s.item)!
			return {
				ref: itemRefs[n]!,
				name: source.name,
				...(source.category ? { category: source.category } : {}),
				quantity: s.shortfall,
				...(source.specs?.length ? { specs: source.specs } : {}),
				...(source.certifications?.length ? { certifications: source.certifications } : {}),
				notes: clip(
					translate(locale, `gap.draft.${options.showGap ? 'notesWithGap' : 'notes'}.${s.mandatory ? 'mandatory' : 'optional'}`, {
						standard: t.standard.code,
						item: s.item,
						name: s.name,
						required: s.required,
						have: s.have,
						shortfall: s.shortfall,
						date,
					}),
					LIMITS.notes,
				),
			}
		}),
	})
}

export type GapDraftResult = { ok: true; ref: string; items: number; existing: boolean } | { ok: false; reason: 'noTeam' | 'noShortfall' }

/** What makes two drafts "of the same gap": the items asked for and how many of each. */
const gapKey = (items: { name: string; quantity: number }[]) =>
	items
		.map((i) => `${i.name}\u0000${i.quantity}`)
		.sort()
		.join('\u0001')

/**
 * The acting team's newest draft made from a gap (ref GAP-<org>-…) that asks for the same items in the same quantities
 * as `record`, still a draft; null when there is none. Units, budgets and dates the team has filled in do not count.
 */
export function sameGapDraft(db: Db, actor: OrgActor, record: DemandRecord): string | null {
	const prefix = `GAP-${actor.orgRef.slice(0, 70)}-`
	const drafts = db
		.select({ id: demandLists.id, ref: demandLists.ref })
		.from(demandLists)
		.where(and(eq(demandLists.orgId, actor.orgId), eq(demandLists.status, 'draft'), sql`substr(${demandLists.ref}, 1, ${prefix.length}) = ${prefix}`))
		.orderBy(desc(demandLists.id))
		.all()
	const key = gapKey(record.items)
	for (const d of drafts) {
		const stored = demandRecordById(db, d.id)
		if (stored && gapKey(stored.items) === key) return d.ref
	}
	return null
}

/**
 * Creates a draft demand list from the acting team's current gap, in one transaction (the gap is read inside it, so
 * the draft matches the inventory it was computed from). When a draft of the same gap is still a draft, that one is
 * returned instead (`existing`): a second click opens the first draft rather than making another.
 */
export function createGapDraft(db: Db, actor: OrgActor, locale: Locale, now: Date = new Date(), ip?: string | null, options: GapDraftOptions = {}): GapDraftResult {
	const today = todayIso(now)
	return db.transaction((tx) => {
		const t = tx as unknown as Db
		const team = teamGapFor(t, actor.orgId, today)
		if (!team) return { ok: false, reason: 'noTeam' } as const
		if (!team.gap.shortfalls.length) return { ok: false, reason: 'noShortfall' } as const
		const ref = nextGapRef(t, actor.orgRef, today)
		const record = gapDraftRecord(team, ref, locale, today, options)
		const existing = sameGapDraft(t, actor, record)
		if (existing) return { ok: true, ref: existing, items: record.items.length, existing: true } as const
		saveDemand(writeContext(t, actor, 'gap', now, ip), record)
		return { ok: true, ref, items: record.items.length, existing: false } as const
	})
}
