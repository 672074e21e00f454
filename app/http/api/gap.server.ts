// GET /api/v1/teams/:org/gap (interchange.md §3): a team's shortfalls and expiring equipment, for the team itself,
// verified bureaus and platform admins. Refusals use the API's error shape, worded in the caller's language.
import { translate } from '#app/i18n/translate.ts'
import { ApiError, json, type ApiContext, type Handlers } from './http.server.ts'
import { gapDocument, teamGapFor, teamOrgIdByRef, teamScopeOf } from '#app/modules/standards/gap.server.ts'

/** The API's error shape with a message of the gap namespace. */
function refusal(ctx: ApiContext, code: 'unauthorized' | 'forbidden' | 'not_found', status: number, key: string, vars: Record<string, unknown> = {}, headers: Record<string, string> = {}): Response {
	return json({ error: { code, message: translate(ctx.locale, `gap.api.${key}`, vars) } }, status, headers)
}

export const gapHandlers: Handlers = {
	GET: (ctx) => {
		const { caller, db } = ctx
		const orgRef = ctx.params.org ?? ''
		if (caller.via === 'anonymous') throw new ApiError('unauthorized', 'unauthorized', {}, undefined, { 'WWW-Authenticate': 'Bearer' })
		const scope = teamScopeOf({ platformAdmin: caller.platformAdmin, org: caller.org })
		if (!scope) return refusal(ctx, 'forbidden', 403, 'forbidden')
		// A team reading another team's ref is refused without saying whether that team exists.
		if (scope.kind === 'own' && caller.org?.ref !== orgRef) return refusal(ctx, 'forbidden', 403, 'forbidden')
		const orgId = teamOrgIdByRef(db, orgRef, scope)
		const team = orgId === null ? null : teamGapFor(db, orgId)
		if (!team) return refusal(ctx, 'not_found', 404, 'notFound', { org: orgRef })
		return json(gapDocument(team))
	},
}
