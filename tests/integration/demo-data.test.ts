// The demo data is realistic enough for the foundation issue, loads through the importer, and is reproducible.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { CATEGORIES, REGIONS } from '#app/modules/catalog/reference-data.ts'
import { exportAll, type ImportDocument } from '#app/modules/imports/exporter.server.ts'
import { importDocument } from '#app/modules/imports/import-file.server.ts'
import { isValidUscc } from '#app/modules/catalog/uscc.ts'
import { buildDemoData } from '#scripts/gen/demo-data.ts'
import { createTestDb } from '#tests/setup/db.ts'

const file = path.resolve(import.meta.dirname, '../../db/seed/demo.json')
const demo = JSON.parse(readFileSync(file, 'utf8')) as ImportDocument

describe('demo data', () => {
	it('is what the generator writes (deterministic)', () => {
		expect(JSON.parse(JSON.stringify(buildDemoData()))).toEqual(demo)
	})

	it('imports cleanly, and a second import changes nothing', () => {
		const { db } = createTestDb()
		const report = importDocument(db, demo)
		expect(report.ok, JSON.stringify(!report.ok && report.problems.slice(0, 5))).toBe(true)
		const again = importDocument(db, demo)
		expect(again.ok && Object.values(again.counts).every((c) => c.created === 0 && c.updated === 0)).toBe(true)
		expect(exportAll(db).listings).toHaveLength(demo.listings.length)
	})

	it('covers the province: 40+ organizations with valid credit codes in all 11 cities', () => {
		expect(demo.organizations.length).toBeGreaterThanOrEqual(40)
		expect(demo.organizations.every((o) => isValidUscc(o.uscc))).toBe(true)
		const cities = new Set(demo.organizations.map((o) => o.region))
		for (const r of REGIONS.filter((r) => r.code !== '360000')) expect(cities, r.zh).toContain(r.code)
	})

	it('has 250+ listings over most leaf categories, with specs, mixed unit spellings and certifications', () => {
		expect(demo.listings.length).toBeGreaterThanOrEqual(250)
		const leaves = CATEGORIES.filter((c) => c.code.length === 6).map((c) => c.code)
		const used = new Set(demo.listings.map((l) => l.category))
		expect(leaves.filter((c) => used.has(c)).length).toBeGreaterThanOrEqual(Math.ceil(leaves.length * 0.8))
		const units = new Set(demo.listings.flatMap((l) => (l.specs ?? []).map((s) => s.unit)).filter(Boolean))
		for (const spelling of ['m3/h', 'L/s', 'kg', '公斤', 'MPa']) expect(units, spelling).toContain(spelling)
		expect(demo.listings.filter((l) => l.certifications?.length).length).toBeGreaterThan(demo.listings.length / 2)
	})

	it('has 15+ demand lists, standards for fire stations, mine rescue and hazchem sites, and 6+ teams', () => {
		expect(demo.demands.length).toBeGreaterThanOrEqual(15)
		const teamTypes = new Set(demo.standards.map((s) => s.teamType))
		for (const t of ['fire_station', 'mine_rescue', 'hazchem_rescue']) expect(teamTypes).toContain(t)
		expect(demo.teams.length).toBeGreaterThanOrEqual(6)
		const ops = new Set(demo.demands.flatMap((d) => d.items.flatMap((i) => (i.specs ?? []).map((s) => s.op))))
		expect([...ops].sort()).toEqual(['<=', '=', '>=', 'between', 'has', 'in'])
	})
})
