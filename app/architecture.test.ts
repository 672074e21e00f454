// The import rules of docs/architecture.md, checked on the code's own import statements: routes → (http) → modules →
// (db, search); capabilities form no cycle; db/ and search/ never import app/; components never reach the database or
// the search layer; capabilities take plain values, not requests; configuration comes from app/env.server.ts.
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

/** Only these capability files see a Request: the session cookie and the auth guards (`requireUserId(request)`,
 * `requireOrgPermission(request, …)`), the house's vocabulary for who is asking. Everything else in app/modules takes
 * plain values; request handling lives in app/routes and, when two routes share it, in app/http. */
const REQUEST_READERS_IN_MODULES = ['app/modules/accounts/auth.server.ts', 'app/modules/accounts/session.server.ts']

describe('the import rules', () => {
	it('reads the import graph (a parser that found nothing would pass every rule)', () => {
		expect(files.length).toBeGreaterThan(200)
		expect(graph.get('app/routes/login.tsx')).toContain('app/modules/accounts/session.server.ts')
	})

	it('no capability joins an import cycle', () => {
		expect(capabilitiesInCycles()).toEqual([])
	})

	it('db/ and search/ import nothing from app/', () => {
		const upward = [...graph]
			.filter(([f]) => f.startsWith('db/') || f.startsWith('search/'))
			.flatMap(([f, targets]) => targets.filter((t) => t.startsWith('app/')).map((t) => `${f} → ${t}`))
		expect([...new Set(upward)]).toEqual([])
	})

	it('capabilities take plain values: no request handling in app/modules beyond the session and auth guards', () => {
		const bad = files
			.filter((f) => f.startsWith('app/modules/') && !REQUEST_READERS_IN_MODULES.includes(f))
			.flatMap((f) => {
				const text = readFileSync(path.join(ROOT, f), 'utf8')
				const found = importsOf(f, text)
					.filter((t) => t.startsWith('app/http/') || t.startsWith('app/routes/'))
					.map((t) => `${f} → ${t}`)
				if (/from ['"]@remix-run\//.test(text)) found.push(`${f} → @remix-run`)
				if (/\b\w+: Request\b/.test(text)) found.push(`${f} takes a Request`)
				return found
			})
		expect(bad).toEqual([])
	})

	it('reference data: app code above the base names it through the catalog\'s doors, not db/reference', () => {
		const doors = ['app/modules/catalog/reference-data.ts', 'app/modules/catalog/units.ts']
		const bad = [...graph]
			.filter(([f]) => /^app\/(modules|routes|http|components)\//.test(f) && !doors.includes(f))
			.flatMap(([f, targets]) => targets.filter((t) => t.startsWith('db/reference/')).map((t) => `${f} → ${t}`))
		expect(bad).toEqual([])
		expect(doors.every((d) => graph.get(d)?.some((t) => t.startsWith('db/reference/')))).toBe(true)
	})

	it('the base (app/utils, app/i18n) takes no value from the layers above it (types aside)', () => {
		const bad = files
			.filter((f) => f.startsWith('app/utils/') || f.startsWith('app/i18n/'))
			.flatMap((f) =>
				importsOf(f, readFileSync(path.join(ROOT, f), 'utf8'), true)
					.filter((t) => /^app\/(modules|http|routes|components)\//.test(t))
					.map((t) => `${f} → ${t}`),
			)
		expect(bad).toEqual([])
	})

	it('the rules still see their subjects (a rule over nothing passes)', () => {
		expect(files.filter((f) => f.startsWith('app/http/')).length).toBeGreaterThan(5)
		expect(graph.get('app/http/listing-editor.server.ts')).toContain('app/modules/listings/editor.server.ts')
		expect(REQUEST_READERS_IN_MODULES.every((f) => /\w+: Request\b/.test(readFileSync(path.join(ROOT, f), 'utf8')))).toBe(true)
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
		expect(readers).toEqual([])
	})

	it('route modules export loader → action → component → meta → ErrorBoundary, and every page with data or a form has its ErrorBoundary', () => {
		const ORDER = ['loader', 'action', 'default', 'meta', 'ErrorBoundary']
		// Their component never renders (the loader redirects; a refused POST shows the root's error page).
		const actionOnly = ['app/routes/locale.tsx', 'app/routes/logout.tsx', 'app/routes/my.switch.tsx']
		const exportsOf = (f: string) =>
			[...readFileSync(path.join(ROOT, f), 'utf8').matchAll(/^export\s+(?:(default)\b|(?:async\s+)?(?:function|const|let)\s+(\w+))/gm)]
				.map((m) => m[1] ?? m[2]!)
				.filter((name) => ORDER.includes(name))
		const routes = files.filter((f) => f.startsWith('app/routes/'))
		const withoutBoundary: string[] = []
		const outOfOrder: string[] = []
		for (const f of routes) {
			const names = exportsOf(f)
			const page = names.includes('default') && (names.includes('loader') || names.includes('action'))
			if (page && !names.includes('ErrorBoundary') && !actionOnly.includes(f)) withoutBoundary.push(f)
			const ranks = names.map((n) => ORDER.indexOf(n))
			if (ranks.some((r, i) => i > 0 && r <= ranks[i - 1]!)) outOfOrder.push(`${f}: ${names.join(' → ')}`)
		}
		expect(exportsOf('app/routes/listings.$ref.tsx')).toEqual(['loader', 'default', 'meta', 'ErrorBoundary'])
		expect(routes.length).toBeGreaterThan(50)
		expect(withoutBoundary).toEqual([])
		expect(outOfOrder).toEqual([])
	})
})
