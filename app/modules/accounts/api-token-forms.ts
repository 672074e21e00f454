// Forms of the API token page: creating a token (a name saying what it is for) and revoking one.
import { z } from 'zod'

export const TOKEN_NAME_MAX = 100
export const createTokenForm = z.object({ intent: z.literal('create'), name: z.string().trim().min(1).max(TOKEN_NAME_MAX) })
export const revokeTokenForm = z.object({ intent: z.literal('revoke'), id: z.coerce.number().int().positive() })
