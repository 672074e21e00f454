// The alert worker: runs the matching scan, saved searches and digests once a minute inside the server process.
// Ticks never overlap (the next is scheduled when one ends), errors are logged and the worker carries on, and the
// timer is unref'd so it never keeps a process alive.
import type { Db } from '#db/client.server.ts'
import { runAlerts, type AlertRun } from './jobs.server.ts'

export type AlertWorker = { stop(): Promise<void>; runNow(): Promise<void> }
type Log = { warn: (m: string) => void; info: (m: string) => void }

export function startAlertWorker(db: Db, options: { intervalMs?: number; log?: Log; run?: (db: Db) => Promise<AlertRun> } = {}): AlertWorker {
	const intervalMs = Math.max(10, options.intervalMs ?? 60_000)
	const log = options.log ?? { info: (m: string) => console.info(m), warn: (m: string) => console.warn(m) }
	const run = options.run ?? ((d: Db) => runAlerts(d))
	let stopped = false
	let timer: NodeJS.Timeout | undefined
	let running: Promise<void> | undefined
	let failing = false

	async function tick(): Promise<void> {
		try {
			await run(db)
			if (failing) log.info('alerts: running again')
			failing = false
		} catch (err) {
			// Logged once per failure streak, not every minute.
			if (!failing) log.warn(`alerts: run failed (${err instanceof Error ? err.message : String(err)}); retrying every minute`)
			failing = true
		}
	}

	/** One run at a time: a run asked for while another is going waits for it. */
	async function exclusive(): Promise<void> {
		while (running) await running
		running = tick().finally(() => {
			running = undefined
		})
		await running
	}

	function schedule(ms: number) {
		if (stopped) return
		timer = setTimeout(() => void exclusive().finally(() => schedule(intervalMs)), ms)
		timer.unref()
	}
	schedule(Math.min(intervalMs, 5_000))

	return {
		async stop() {
			stopped = true
			if (timer) clearTimeout(timer)
			await running
		},
		runNow: exclusive,
	}
}
