// The indexed matcher over a category larger than it builds in full (issue 11): its top 10 is the top 10 of the same
// scorer run over every public listing — same listings, same order — for items with spec constraints, certifications,
// budgets and need-by dates, and for items known only by their name. A stage that ranked the subtree by anything
// but the matcher's own order (as the earlier pre-rank without specs did) fails here.
import { beforeAll, describe, expect, it } from 'vitest'
import { importDocument } from '#app/modules/imports/import-file.server.ts'
import { CANDIDATE_CAP, loadListings, matchContext, rankItem } from '#app/modules/matching/load.server.ts'
import { rankCandidates, type MatchItem } from '#app/modules/matching/match.ts'
import type { Db } from '#db/client.server.ts'
import { EmbeddedEngine } from '#search/embedded.server.ts'
import { syntheticListings, syntheticOrganizations } from '#scripts/gen/synthetic-listings.ts'
import { createTestDb } from '#tests/setup/db.ts'

const N = 3000
const TODAY = '2027-01-15'
const actor = { kind: 'operator' as const, label: 'test' }
let db: Db
let templates: ReturnType<typeof syntheticListings> extends Generator<infer T> ? T[] : never

beforeAll(() => {
	db = createTestDb().db
	const listings = [...syntheticListings(N, 7)]
	for (const doc of [{ organizations: [...syntheticOrganizations(N, 7)] }, { listings }]) {
		const report = importDocument(db, doc, { actor })
		if (!report.ok) throw new Error(JSON.stringify(report.problems.slice(0, 3)))
	}
	templates = listings.filter((l) => l.kind === 'equipment' && l.status === 'published' && l.specs?.some((s) => typeof s.value === 'number' && s.unit))
}, 120_000)

/** Items asking for what a listing offers, give or take, at the branch above its leaf (so the subtree is large). */
function items(): MatchItem[] {
	const out: MatchItem[] = []
	for (let i = 0; out.length < 24 && i < templates.length; i += 37) {
		const t = templates[i]!
		const numeric = t.specs!.filter((s) => typeof s.value === 'number' && s.unit)
		const k = out.length
		out.push({
			ref: `I${k}`,
			name: t.title.replace(/[（(].*$/, ''),
			category: t.category!.slice(0, 4),
			quantity: 1 + (k % 7),
			// every third item names its thing only (no spec constraints); the others ask for one or two specs
			constraints:
				k % 3 === 0
					? []
					: numeric.slice(0, 1 + (k % 2)).map((s) => ({ name: s.name, op: '>=' as const, value: Math.round((s.value as number) * (0.5 + (k % 4) * 0.15) * 10) / 10, unit: s.unit })),
			certifications: k % 4 === 1 && t.certifications?.length ? [t.certifications[0]!.type] : [],
			budgetPerUnit: k % 5 === 2 && t.price?.min !== undefined ? Math.round(t.price.min * 1.1) : null,
			neededBy: k % 2 ? '2027-06-30' : null,
		})
	}
	return out
}

describe('the indexed matcher on a large category', () => {
	it('ranks the top 10 exactly as the full scorer over every public listing', async () => {
		const engine = new EmbeddedEngine(db)
		const ids = db.$client
			.prepare(`select l.id from listings l join organizations o on o.id = l.org_id where l.status = 'published' and o.verified_at is not null`)
			.pluck()
			.all() as number[]
		const everything = loadListings(db, ids)
		const list = items()
		expect(list.length).toBeGreaterThanOrEqual(20)
		let large = 0
		for (const item of list) {
			const subtree = everything.filter((l) => l.category?.startsWith(item.category!)).length
			if (subtree > CANDIDATE_CAP) large++
			const indexed = (await rankItem(db, item, engine, TODAY, 10)).map((c) => [c.listing.ref, c.eligible, c.score])
			const full = rankCandidates(item, everything, matchContext(db, TODAY), 10).map((c) => [c.listing.ref, c.eligible, c.score])
			expect(indexed, `${item.ref} ${item.name} [${item.category}], ${subtree} listings in the subtree`).toEqual(full)
		}
		// the test is about pruning: most items' subtrees are larger than what the matcher builds in full
		expect(large).toBeGreaterThan(list.length / 2)
	}, 120_000)
})
