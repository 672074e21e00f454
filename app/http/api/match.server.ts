// Query parameters of the matching endpoints: the last value of each, validated; a bad one is a 400 in the error shape.
import type { z } from 'zod'
import { ApiError, issuesOf, type ApiContext } from './http.server.ts'

export function queryOf<T extends z.ZodType>(ctx: ApiContext, schema: T): z.infer<T> {
	const params = new URL(ctx.request.url).searchParams
	const raw = Object.fromEntries([...new Set(params.keys())].map((k) => [k, params.getAll(k).at(-1)!]))
	const result = schema.safeParse(raw, { reportInput: true })
	if (!result.success) throw new ApiError('bad_request', 'badQuery', {}, issuesOf(result.error.issues, 'demand', ctx.locale))
	return result.data
}
