// The import rules of docs (architecture.md), checked on the code's own import statements: routes → modules →
// (db, search); components never reach the database or the search layer; configuration comes from app/env.server.ts.
// Where today's code still breaks a rule, the breaches are listed here by name: the test fails when a new one appears,
// and when a listed one is gone (so the list only shrinks). The house issue (#10) empties the lists.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = path.resolve(import.meta.dirname, '..')
const LAYERS = ['app', 'db', 'search', 'server']

function sourceFiles(dir: string): string[] {
	const out: string[] = []
	for (const name of readdirSync(path.join(ROOT, dir))) {
		const rel = path.join(dir, name)
		if (statSync(path.join(ROOT, rel)).isDirectory()) {
			if (name !== 'migrations' && name !== 'node_modules') out.push(...sourceFiles(rel))
		} else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name)) out.push(rel)
	}
	return out
}

const SPECIFIER = /(?:^|\n)\s*(?:import|export)\s+(type\s+)?[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g

/** The project files a source file imports (packages and Node built-ins left out); `values` leaves out type-only imports. */
function importsOf(file: string, text: string, values = false): string[] {
	const out: string[] = []
	for (const m of text.matchAll(SPECIFIER)) {
		if (values && m[1]) continue
		const spec = m[2] ?? m[3]!
		let target: string | null = null
		const alias = /^#(app|db|search|scripts|tests)\/(.*)$/.exec(spec)
		if (alias) target = path.join(alias[1]!, alias[2]!)
		else if (spec.startsWith('.')) target = path.join(path.dirname(file), spec)
		if (target) out.push(target.replace(/\\/g, '/'))
	}
	return out
}

const files = LAYERS.flatMap(sourceFiles)
const graph = new Map(files.map((f) => [f, importsOf(f, readFileSync(path.join(ROOT, f), 'utf8'))]))

/** `app/modules/<name>` is a capability; everything else is not. */
function capabilityOf(file: string): string | null {
	const m = /^app\/modules\/([^/]+)\//.exec(file)
	return m ? m[1]! : null
}

/** Capabilities that sit in an import cycle with another capability (strongly connected components, Tarjan). */
function capabilitiesInCycles(): string[] {
	const edges = new Map<string, Set<string>>()
	for (const [from, targets] of graph) {
		const a = capabilityOf(from)
		if (!a) continue
		for (const t of targets) {
			const b = capabilityOf(t)
			if (b && b !== a) (edges.get(a) ?? edges.set(a, new Set()).get(a)!).add(b)
		}
	}
	let index = 0
	const idx = new Map<string, number>()
	const low = new Map<string, number>()
	const stack: string[] = []
	const onStack = new Set<string>()
	const inCycles: string[] = []
	const visit = (v: string) => {
		idx.set(v, index)
		low.set(v, index++)
		stack.push(v)
		onStack.add(v)
		for (const w of edges.get(v) ?? []) {
			if (!idx.has(w)) {
				visit(w)
				low.set(v, Math.min(low.get(v)!, low.get(w)!))
			} else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!))
		}
		if (low.get(v) === idx.get(v)) {
			const component: string[] = []
			let w: string
			do {
				w = stack.pop()!
				onStack.delete(w)
				component.push(w)
			} while (w !== v)
			if (component.length > 1) inCycles.push(...component)
		}
	}
	for (const v of edges.keys()) if (!idx.has(v)) visit(v)
	return inCycles.sort()
}

// Today's breaches, by name (issue 10 measured them; each one removed makes its entry fail until it is deleted here).
const KNOWN_CAPABILITIES_IN_CYCLES = ['api', 'catalog', 'demands', 'imports', 'listings', 'organizations', 'search', 'standards']
const KNOWN_UPWARD_IMPORTS = [
	'db/seed/demo-users.server.ts → app/modules/accounts/password.server.ts',
	'db/seed/reference.server.ts → app/modules/catalog/reference-data.ts',
	'search/embedded.server.ts → app/modules/catalog/reference-data.ts',
	'search/index.server.ts → app/utils/db.server.ts',
	'search/query.ts → app/modules/catalog/units.ts',
]
const KNOWN_ENV_READERS = [
	'app/modules/listings/media.server.ts',
	'app/modules/notifications/mail.server.ts',
	'app/modules/responses/attachments.server.ts',
	'app/modules/search/status.server.ts',
	'app/utils/alert-worker.server.ts',
	'app/utils/security-headers.server.ts',
	'search/meilisearch.server.ts',
]

describe('the import rules', () => {
	it('reads the import graph (a parser that found nothing would pass every rule)', () => {
		expect(files.length).toBeGreaterThan(200)
		expect(graph.get('app/routes/login.tsx')).toContain('app/modules/accounts/session.server.ts')
	})

	it('no capability joins an import cycle (and those that left one are struck off the list)', () => {
		const actual = capabilitiesInCycles()
		console.info(`capabilities in cycles: ${actual.length} (${actual.join(', ')})`)
		expect(actual).toEqual(KNOWN_CAPABILITIES_IN_CYCLES)
	})

	it('db/ and search/ import nothing from app/ beyond the listed breaches', () => {
		const upward = [...graph]
			.filter(([f]) => f.startsWith('db/') || f.startsWith('search/'))
			.flatMap(([f, targets]) => targets.filter((t) => t.startsWith('app/')).map((t) => `${f} → ${t}`))
		expect([...new Set(upward)].sort()).toEqual(KNOWN_UPWARD_IMPORTS)
	})

	it('components never import db/ or search/, and pure modules never import a .server file (types aside)', () => {
		const bad = files.flatMap((f) =>
			importsOf(f, readFileSync(path.join(ROOT, f), 'utf8'), true)
				.filter((t) => (f.startsWith('app/components/') && (t.startsWith('db/') || t.startsWith('search/'))) || (!/\.server\.tsx?$/.test(f) && f.startsWith('app/modules/') && /\.server(\.tsx?)?$/.test(t)))
				.map((t) => `${f} → ${t}`),
		)
		expect(bad).toEqual([])
	})

	it('configuration is read from app/env.server.ts only (server/index.ts, the entry, sets defaults)', () => {
		const readers = files.filter((f) => f !== 'app/env.server.ts' && !f.startsWith('server/') && /process\.env\b/.test(readFileSync(path.join(ROOT, f), 'utf8')))
		expect(readers.sort()).toEqual(KNOWN_ENV_READERS)
	})
})
