// GET / PUT / PATCH / DELETE /api/v1/listings/:ref — only the owner organization writes; others' drafts are "not found".
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node'
import { handleApi } from '#app/http/api/http.server.ts'
import { itemHandlers } from '#app/http/api/records.server.ts'

const handlers = itemHandlers('listing')
export const loader = (args: LoaderFunctionArgs) => handleApi(args, handlers)
export const action = (args: ActionFunctionArgs) => handleApi(args, handlers)
