// The one reader of process.env: parsed with zod at start-up (entry.server.tsx and the CLI call env() before anything
// else), a bad value stops the process with a message naming the variable. Secrets stay here: nothing in this module is
// sent to the browser, and every other module receives configuration from here (the search layer is handed it).
import { z } from 'zod'

const schema = z.object({
	NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
	PORT: z.coerce.number().int().min(0).max(65535).default(3000),
	DATABASE_URL: z.string().min(1).default('./data/app.db'),
	DEMO_DATA: z.enum(['true', 'false']).default('true'),
	LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
	MEILI_HOST: z.url().optional(),
	MEILI_API_KEY: z.string().optional(),
	MEILI_INDEX_PREFIX: z.string().regex(/^[A-Za-z0-9_-]{0,40}$/, 'letters, digits, _ and - only').optional(),
	SESSION_SECRET: z.string().min(16).optional(),
	SMTP_URL: z.string().optional(),
	/** The sender address of the platform's mail. */
	MAIL_FROM: z.string().min(3).default('no-reply@localhost'),
	/** Where listing pictures are stored; defaults to media/ beside the database file. */
	MEDIA_DIR: z.string().min(1).optional(),
	/** Where response attachments are stored; defaults to attachments/ beside the database file. */
	ATTACHMENTS_DIR: z.string().min(1).optional(),
	STRIPE_SECRET_KEY: z.string().optional(),
	/** The site's public address (scheme, host, optional path prefix): mail links are built from it, never from the
	 * request's Host header. Required in production. */
	APP_URL: z.url({ protocol: /^https?$/ }).optional(),
	/** How many reverse proxies in front of the server append to X-Forwarded-For. 0 (default): none, the client is the
	 * socket's peer and X-Forwarded-For is ignored. */
	TRUST_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
	/** The background job runner in the server process (app/modules/jobs); `off` leaves jobs to `npm run cli -- jobs`. */
	JOBS: z.enum(['on', 'off']).default('on'),
	/** The old name of JOBS (when the alert job was the only one): `off` still turns the runner off. */
	ALERTS_WORKER: z.enum(['on', 'off']).optional(),
}).superRefine((v, ctx) => {
	if (v.NODE_ENV === 'production' && !v.APP_URL) ctx.addIssue({ code: 'custom', path: ['APP_URL'], message: 'required in production (the public address mail links point to, e.g. https://yjzb.example.gov.cn)' })
})
export type Env = z.infer<typeof schema>

let cached: Env | undefined
/** The configuration, parsed on the first call (at start-up) and kept for the life of the process. */
export function env(): Env {
	if (cached) return cached
	// An empty variable (`FOO=`) counts as unset, as shells and compose files write it.
	const parsed = schema.safeParse(Object.fromEntries(Object.entries(process.env).filter(([, v]) => v !== '')))
	if (!parsed.success) {
		const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`)
		throw new Error(`Invalid environment variables:\n${lines.join('\n')}`)
	}
	cached = parsed.data
	return cached
}

/** Parses process.env again. Only tests call this, after changing a variable for the code under test. */
export function reloadEnv(): Env {
	cached = undefined
	return env()
}

/** The public base address without a trailing slash. Outside production an unset APP_URL falls back to
 * http://localhost:PORT (development and tests); in production the schema above requires it. */
export function appUrl(): string {
	const e = env()
	return (e.APP_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, '')
}

/** `file:./x.db` and `./x.db` both name the file ./x.db. */
export function databasePath(url: string = env().DATABASE_URL): string {
	return url.startsWith('file:') ? url.slice('file:'.length) : url
}
