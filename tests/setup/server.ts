// The real server (server/index.ts over the production build) in a child process, on a free port, with its own
// database: for tests that must go through HTTP exactly as a client does (body limits, headers, client addresses).
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { closeDatabase, openDatabase, type Db } from '#db/client.server.ts'
import { tempDir } from './db.ts'

const ROOT = path.resolve(import.meta.dirname, '../..')
const BUILD = path.join(ROOT, process.env.REMIX_BUILD_DIR ?? 'build')

export type RunningServer = {
	url: string
	/** A connection of the test's own to the server's database file (to arrange data and check what was written). */
	db: Db
	file: string
	/** Everything the server printed so far. */
	output: () => string
	stop: () => Promise<void>
}

/**
 * Starts the server in production mode over a fresh migrated database. `arrange` runs on that database before the
 * server opens it. Fails with a clear message when the production build is missing (`npm run build`).
 */
export async function startServer(opts: { env?: Record<string, string>; arrange?: (db: Db) => void | Promise<void> } = {}): Promise<RunningServer> {
	if (!existsSync(path.join(BUILD, 'server', 'index.js'))) throw new Error(`no production build in ${BUILD}: run \`npm run build\` first (npm test does)`)
	const file = path.join(tempDir(), 'server.db')
	const db = openDatabase(file)
	await opts.arrange?.(db)
	let out = ''
	const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'server', 'index.ts')], {
		cwd: ROOT,
		env: {
			PATH: process.env.PATH ?? '',
			HOME: process.env.HOME ?? '/tmp',
			NODE_ENV: 'production',
			PORT: '0',
			HOST: '127.0.0.1',
			DATABASE_URL: file,
			DEMO_DATA: 'false',
			APP_URL: 'https://yjzb.example.gov.cn',
			JOBS: 'off',
			REMIX_BUILD_DIR: BUILD,
			...opts.env,
		},
		stdio: ['ignore', 'pipe', 'pipe'],
	})
	child.stdout!.on('data', (d: Buffer) => (out += d.toString()))
	child.stderr!.on('data', (d: Buffer) => (out += d.toString()))
	const url = await new Promise<string>((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error(`server did not start within 60 s:\n${out}`)), 60_000)
		const onData = () => {
			const m = /listening on http:\/\/localhost:(\d+)/.exec(out)
			if (m) {
				clearTimeout(timer)
				resolve(`http://127.0.0.1:${m[1]}`)
			}
		}
		child.stdout!.on('data', onData)
		child.once('exit', (code) => {
			clearTimeout(timer)
			reject(new Error(`server exited with ${code}:\n${out}`))
		})
	})
	return {
		url,
		db,
		file,
		output: () => out,
		stop: async () => {
			if (child.exitCode === null) {
				const exited = new Promise((r) => child.once('exit', r))
				child.kill('SIGTERM')
				await exited
			}
			closeDatabase(db)
		},
	}
}
