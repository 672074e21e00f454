// GET /api/v1/listings (public page, or ?mine=1 for the caller's own incl. drafts) and POST /api/v1/listings (create).
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node'
import { handleApi } from '#app/http/api/http.server.ts'
import { collectionHandlers } from '#app/http/api/records.server.ts'

const handlers = collectionHandlers('listing')
export const loader = (args: LoaderFunctionArgs) => handleApi(args, handlers)
export const action = (args: ActionFunctionArgs) => handleApi(args, handlers)
