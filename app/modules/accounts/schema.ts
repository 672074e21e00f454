// Account forms: one field schema each, composed per form; validated in the browser (Conform) and on the server.
import { z } from 'zod'

export const email = z
	.string()
	.trim()
	.toLowerCase()
	.pipe(z.email().max(200))
export const password = z.string().min(8).max(128)
export const personName = z.string().trim().min(1).max(50)
const redirectTo = z.string().optional()
/** The token of the invitation link the sign-up page was opened from, if any. */
const invitation = z.string().max(200).optional()

export const loginForm = z.object({ email, password: z.string().min(1).max(128), redirectTo })
export const signupForm = z
	.object({ name: personName, email, password, confirmPassword: z.string(), redirectTo, invitation })
	.refine((f) => f.password === f.confirmPassword, {
		path: ['confirmPassword'],
		message: 'accounts.passwordsDiffer',
		params: { i18n: 'passwordsDiffer' },
	})
export const forgotForm = z.object({ email })
export const resetForm = z
	.object({ token: z.string().min(1), password, confirmPassword: z.string() })
	.refine((f) => f.password === f.confirmPassword, { path: ['confirmPassword'], message: 'passwordsDiffer', params: { i18n: 'passwordsDiffer' } })
