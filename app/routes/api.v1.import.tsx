// POST /api/v1/import — the importer for the caller's organization (multipart `file`, NDJSON or a JSON document).
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node'
import { handleApi } from '#app/http/api/http.server.ts'
import { importHandlers } from '#app/http/api/import.server.ts'

export const loader = (args: LoaderFunctionArgs) => handleApi(args, importHandlers)
export const action = (args: ActionFunctionArgs) => handleApi(args, importHandlers)
