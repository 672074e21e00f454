// Any other /api/v1 address: a JSON 404 in the API's error shape rather than the site's HTML page.
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node'
import { ApiError, handleApi, type Handlers } from '#app/http/api/http.server.ts'

const notFound = () => {
	throw new ApiError('not_found', 'noRoute')
}
const handlers: Handlers = { GET: notFound, POST: notFound, PUT: notFound, PATCH: notFound, DELETE: notFound }
export const loader = (args: LoaderFunctionArgs) => handleApi(args, handlers)
export const action = (args: ActionFunctionArgs) => handleApi(args, handlers)
