// GET /api/v1/teams/:org/gap — a rescue team's gap against its configuration standard (interchange.md §3).
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node'
import { handleApi } from '#app/http/api/http.server.ts'
import { gapHandlers } from '#app/http/api/gap.server.ts'

export const loader = (args: LoaderFunctionArgs) => handleApi(args, gapHandlers)
export const action = (args: ActionFunctionArgs) => handleApi(args, gapHandlers)
