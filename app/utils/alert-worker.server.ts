// Starts the alert worker once per server process (not under tests: they call the jobs directly). Remix re-evaluates
// server modules on every change under `remix vite:dev`: the worker lives on globalThis so it starts once.
import { env } from '#app/env.server.ts'
import { startAlertWorker, type AlertWorker } from '#app/modules/alerts/worker.server.ts'
import { getDb } from '#app/utils/db.server.ts'

const g = globalThis as unknown as { __alertWorker?: AlertWorker }

export function ensureAlertWorker(): AlertWorker | null {
	if (g.__alertWorker) return g.__alertWorker
	if (env().NODE_ENV === 'test' || process.env.ALERTS_WORKER === 'off') return null
	g.__alertWorker = startAlertWorker(getDb())
	return g.__alertWorker
}
