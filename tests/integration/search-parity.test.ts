// The two engines answer alike: over the demo data, every listing title, keyword and synonym term finds something on
// Meilisearch (the fake server at the network boundary, and the real one when MEILI_HOST is set) exactly when it finds
// something on the embedded engine. Synonym terms of more than three words are left out: Meilisearch reads synonym terms
// of one to three words only (docs/decisions/006-meilisearch-engine.md).
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { importDocument } from '#app/modules/imports/import-file.server.ts'
import type { Db } from '#db/client.server.ts'
import { EmbeddedEngine } from '#search/embedded.server.ts'
import { MeiliEngine } from '#search/meilisearch.server.ts'
import { clearCoveredByRebuild } from '#search/outbox.server.ts'
import { segmentWords } from '#search/segment.server.ts'
import { startFakeMeilisearch, type FakeMeilisearch } from '#tests/fakes/meilisearch.ts'
import { createTestDb } from '#tests/setup/db.ts'

type Demo = { listings: { title: string; keywords?: string[] }[] }
const DEMO = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../db/seed/demo.json'), 'utf8')) as Demo

const targets = [
	{ name: 'fake server', host: null as string | null, apiKey: undefined as string | undefined },
	...(process.env.MEILI_HOST ? [{ name: 'real server', host: process.env.MEILI_HOST, apiKey: process.env.MEILI_API_KEY || undefined }] : []),
]

describe.each(targets)('Meilisearch ($name) finds something exactly when the embedded engine does', (target) => {
	let db: Db
	let fake: FakeMeilisearch | null = null
	let meili: MeiliEngine
	beforeAll(async () => {
		db = createTestDb().db
		const report = importDocument(db, DEMO, { actor: { kind: 'operator', label: 'test' } })
		expect(report.ok).toBe(true)
		fake = target.host ? null : await startFakeMeilisearch()
		meili = new MeiliEngine(db, { host: target.host ?? fake!.url, ...(target.apiKey ? { apiKey: target.apiKey } : {}), prefix: `parity${process.pid}_` })
		const startedAt = new Date()
		await meili.reindex('listings')
		clearCoveredByRebuild(db, startedAt)
	}, 120_000)
	afterAll(async () => {
		await meili?.dropIndexes()
		await fake?.close()
	})

	it('over every listing title, keyword and synonym term of up to three words', async () => {
		const embedded = new EmbeddedEngine(db)
		const queries = new Set<string>()
		for (const l of DEMO.listings) for (const q of [l.title, ...(l.keywords ?? [])]) queries.add(q)
		for (const r of db.$client.prepare('select term from search_synonyms').pluck().all() as string[]) if (segmentWords(r).length <= 3) queries.add(r)
		expect(queries.size).toBeGreaterThan(1000)
		const differ: string[] = []
		for (const q of queries) {
			const a = await embedded.search({ index: 'listings', q, perPage: 1, facets: [] })
			const b = await meili.search({ index: 'listings', q, perPage: 1, facets: [] })
			if ((a.total === 0) !== (b.total === 0)) differ.push(`${q}: embedded ${a.total}, meilisearch ${b.total}`)
		}
		expect(differ).toEqual([])
	}, 120_000)
})
