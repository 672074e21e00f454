// `npm start` (production build) and `npm run dev` (Vite in middleware mode) serve the app through server/app.ts.
// Configuration comes from the environment, checked by app/env.server.ts before the first request.
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { installGlobals, type ServerBuild } from '@remix-run/node'
import { createApp } from './app.ts'

const dev = process.env.NODE_ENV === 'development'
if (process.env.NODE_ENV === undefined) {
	// `npm start` on a fresh machine: production mode; a local demo has no public address, so mail links point here.
	process.env.NODE_ENV = 'production'
	if (!process.env.APP_URL) {
		process.env.APP_URL = `http://localhost:${process.env.PORT ?? 3000}`
		console.warn(`APP_URL is not set: mail links will point to ${process.env.APP_URL}. Set APP_URL to the public address in a deployment.`)
	}
}
installGlobals({ nativeFetch: true })

// The same checks the app makes, made now so a bad setting stops the start with a message naming the variable.
const { env } = await import('#app/env.server.ts')
let config: ReturnType<typeof env>
try {
	config = env()
} catch (e) {
	console.error((e as Error).message)
	process.exit(1)
}

const buildDir = path.resolve(process.env.REMIX_BUILD_DIR ?? 'build')
let app
if (dev) {
	const vite = await import('vite')
	const viteServer = await vite.createServer({ server: { middlewareMode: true } })
	app = createApp({
		mode: 'development',
		trustProxyHops: config.TRUST_PROXY_HOPS,
		before: [viteServer.middlewares],
		build: () => viteServer.ssrLoadModule('virtual:remix/server-build') as Promise<ServerBuild>,
	})
} else {
	const build = (await import(pathToFileURL(path.join(buildDir, 'server', 'index.js')).href)) as ServerBuild
	app = createApp({ mode: 'production', trustProxyHops: config.TRUST_PROXY_HOPS, build, clientDir: path.join(buildDir, 'client') })
}

const host = process.env.HOST
const server = app.listen(config.PORT, host ?? '0.0.0.0', () => {
	const address = server.address()
	const port = typeof address === 'object' && address ? address.port : config.PORT
	console.log(`listening on http://localhost:${port} (${dev ? 'development' : 'production'}; ${config.TRUST_PROXY_HOPS} trusted proxy hops)`)
})
// Slow-body clients must not hold a connection open forever.
server.requestTimeout = 5 * 60_000
server.headersTimeout = 60_000
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
	process.once(signal, () => {
		server.close(() => process.exit(0))
		setTimeout(() => process.exit(0), 10_000).unref()
	})
}
