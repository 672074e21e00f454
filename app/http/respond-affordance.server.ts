// Whether a visitor of a public demand page is offered "响应/报价" (a member who may respond, not of the owner
// organization), "登录后响应" (anonymous), or nothing. The submission page checks every rule again.
import { callerFor } from '#app/modules/accounts/auth.server.ts'
import { getUser } from '#app/modules/accounts/session.server.ts'
import { getDb } from '#app/utils/db.server.ts'

export type RespondAffordance = 'respond' | 'login' | null

export async function respondAffordance(request: Request, ownerOrgId: number, open: boolean): Promise<RespondAffordance> {
	if (!open) return null
	const user = await getUser(request)
	if (!user) return 'login'
	const caller = callerFor(getDb(), user)
	if (!caller.membership || caller.membership.orgId === ownerOrgId || !caller.permissions.has('respond:demand:own')) return null
	return 'respond'
}
