// Parses process.env once at start-up; a bad value stops the process with a message naming the variable.
// Secrets stay here: nothing in this module is sent to the browser.
import { z } from 'zod'

const schema = z.object({
	NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
	PORT: z.coerce.number().int().min(1).max(65535).default(3000),
	DATABASE_URL: z.string().min(1).default('./data/app.db'),
	DEMO_DATA: z.enum(['true', 'false']).default('true'),
	LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
	MEILI_HOST: z.url().optional(),
	MEILI_API_KEY: z.string().optional(),
	MEILI_INDEX_PREFIX: z.string().regex(/^[A-Za-z0-9_-]{0,40}$/, 'letters, digits, _ and - only').optional(),
	SESSION_SECRET: z.string().min(16).optional(),
	SMTP_URL: z.string().optional(),
	STRIPE_SECRET_KEY: z.string().optional(),
})
export type Env = z.infer<typeof schema>

let cached: Env | undefined
export function env(): Env {
	if (cached) return cached
	const parsed = schema.safeParse(process.env)
	if (!parsed.success) {
		const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`)
		throw new Error(`Invalid environment variables:\n${lines.join('\n')}`)
	}
	cached = parsed.data
	return cached
}

/** `file:./x.db` and `./x.db` both name the file ./x.db. */
export function databasePath(url: string = env().DATABASE_URL): string {
	return url.startsWith('file:') ? url.slice('file:'.length) : url
}
