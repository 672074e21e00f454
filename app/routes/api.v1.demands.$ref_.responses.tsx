// GET /api/v1/demands/:ref/responses — the responses to each item of one of the caller's demand lists, with totals and checklists.
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node'
import { handleApi } from '#app/http/api/http.server.ts'
import { listResponses } from '#app/http/api/responses.server.ts'

export const loader = (args: LoaderFunctionArgs) => handleApi(args, { GET: listResponses })
export const action = (args: ActionFunctionArgs) => handleApi(args, { GET: listResponses })
