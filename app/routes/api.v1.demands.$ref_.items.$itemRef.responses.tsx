// POST /api/v1/demands/:ref/items/:itemRef/responses — respond to a demand item with one of the caller's listings.
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node'
import { handleApi } from '#app/http/api/http.server.ts'
import { postResponse } from '#app/http/api/responses.server.ts'

export const loader = (args: LoaderFunctionArgs) => handleApi(args, { POST: postResponse })
export const action = (args: ActionFunctionArgs) => handleApi(args, { POST: postResponse })
