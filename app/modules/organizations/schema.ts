// The organization record of the interchange format (interchange.md §1), shared by forms, API and importer.
import { z } from 'zod'
import { codeList, nonNegativeInt, qualificationCode, ref, regionCode, teamTypeCode, text, uscc, webAddress, LIMITS } from '../catalog/fields.ts'

export const ORG_KIND_CODES = ['enterprise', 'rescue_team', 'bureau', 'organizer', 'finance', 'research'] as const
export type OrgKind = (typeof ORG_KIND_CODES)[number]

export const organizationRecord = z
	.strictObject({
		ref,
		name: text(LIMITS.name),
		uscc,
		kind: z.enum(ORG_KIND_CODES),
		region: regionCode,
		qualifications: codeList(qualificationCode, 10).optional(),
		teamType: teamTypeCode.optional(),
		headcount: nonNegativeInt.optional(),
		level: text(50).optional(),
		contact: text(50).optional(),
		phone: text(50).optional(),
		email: z.email().max(200).optional(),
		address: text(300).optional(),
		website: webAddress.optional(),
		verified: z.boolean().optional(),
	})
	.superRefine((o, ctx) => {
		if (o.kind === 'rescue_team') return
		for (const field of ['teamType', 'headcount', 'level'] as const) {
			if (o[field] !== undefined)
				ctx.addIssue({ code: 'custom', path: [field], message: 'org.rescueTeamOnly', params: { i18n: 'org.rescueTeamOnly' } })
		}
	})
export type OrganizationRecord = z.output<typeof organizationRecord>
