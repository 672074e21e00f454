// Web forms about organizations (details, invitations, review decisions), composed from the shared field schemas so
// the browser (Conform) and the server check the same rules. Pure: no I/O.
import { z } from 'zod'
import { nonNegativeInt, regionCode, teamTypeCode, uscc, webAddress } from '../catalog/fields.ts'
import { REGIONS } from '../catalog/reference-data.ts'
import { email as emailField } from '../accounts/schema.ts'
import { ORG_KIND_CODES, type OrganizationRecord } from './schema.ts'

/** The value of the region select that means "another province: type the code". */
export const OTHER_REGION = 'other'
/** Jiangxi's prefecture-level cities (and the province itself) offered in the region select. */
export const REGION_CHOICES = REGIONS.map((r) => r.code)

const trimmed = (max: number) => z.string().trim().min(1).max(max)
/** An optional text field: blank (or only spaces) means absent. */
const optionalText = (max: number) =>
	z
		.string()
		.trim()
		.max(max)
		.optional()
		.transform((s) => (s ? s : undefined))

const issue = (ctx: z.RefinementCtx, path: string, i18n: string, extra: Record<string, unknown> = {}) =>
	ctx.addIssue({ code: 'custom', path: [path], message: i18n, params: { i18n, ...extra } })

export const organizationForm = z
	.object({
		name: trimmed(200),
		kind: z.enum(ORG_KIND_CODES),
		region: z.string(),
		regionOther: optionalText(6),
		uscc: z.string().trim().pipe(uscc),
		contact: optionalText(50),
		phone: optionalText(50),
		email: optionalText(200).pipe(emailField.optional()),
		address: optionalText(300),
		website: optionalText(300).pipe(webAddress.optional()),
		teamType: teamTypeCode.optional(),
		headcount: nonNegativeInt.optional(),
		level: optionalText(50),
	})
	.superRefine(
		(f, ctx) => {
			if (f.region === OTHER_REGION) {
				if (!f.regionOther) issue(ctx, 'regionOther', 'required')
				else if (!regionCode.safeParse(f.regionOther).success) issue(ctx, 'regionOther', 'region.invalid', { value: f.regionOther })
			} else if (typeof f.region === 'string' && !REGION_CHOICES.includes(f.region)) issue(ctx, 'region', 'region.invalid', { value: f.region })
			if (typeof f.kind === 'string' && f.kind !== 'rescue_team')
				for (const field of ['teamType', 'headcount', 'level'] as const) if (f[field] !== undefined) issue(ctx, field, 'org.rescueTeamOnly')
		},
		// Also when other fields have problems, so every problem is reported at once (the values checked may be partial).
		{ when: (payload) => typeof payload.value === 'object' && payload.value !== null },
	)
export type OrganizationFormValue = z.output<typeof organizationForm>

/** The record the form describes (`ref` is the server's: generated on creation, the stored one on edit). */
export function recordFromForm(f: OrganizationFormValue, ref: string): OrganizationRecord {
	const record: OrganizationRecord = {
		ref,
		name: f.name,
		uscc: f.uscc,
		kind: f.kind,
		region: f.region === OTHER_REGION ? f.regionOther! : f.region,
		teamType: f.teamType,
		headcount: f.headcount,
		level: f.level,
		contact: f.contact,
		phone: f.phone,
		email: f.email,
		address: f.address,
		website: f.website,
	}
	return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as OrganizationRecord
}

/** The form's initial values for a stored record (a region outside the select goes to the free code field). */
export function formFromRecord(r: OrganizationRecord): Record<string, string> {
	const inSelect = REGION_CHOICES.includes(r.region)
	const out: Record<string, string | number | undefined> = {
		name: r.name,
		kind: r.kind,
		region: inSelect ? r.region : OTHER_REGION,
		regionOther: inSelect ? undefined : r.region,
		uscc: r.uscc,
		contact: r.contact,
		phone: r.phone,
		email: r.email,
		address: r.address,
		website: r.website,
		teamType: r.teamType,
		headcount: r.headcount,
		level: r.level,
	}
	return Object.fromEntries(Object.entries(out).flatMap(([k, v]) => (v === undefined || v === null ? [] : [[k, String(v)]])))
}

export const MEMBER_ROLES = ['member', 'owner'] as const

export const inviteForm = z.object({ email: emailField, role: z.enum(MEMBER_ROLES) })

/** Forms that act on one member or invitation: only the id is read from the form, the organization never is. */
export const idForm = z.object({ id: z.coerce.number().int().positive() })

export const reviewForm = z.object({
	orgId: z.coerce.number().int().positive(),
	reason: optionalText(500),
})
