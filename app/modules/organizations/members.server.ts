// Organizations as their members manage them: creation by a signed-in user, edits by owners, members, invitations
// and ownership. Every query about owned rows takes the acting organization's id and puts it in its `where`.
import { randomInt } from 'node:crypto'
import { and, asc, count, eq, gt, isNull, ne } from 'drizzle-orm'
import type { Db } from '#db/client.server.ts'
import { invitations, memberships, organizations, users } from '#db/schema/index.ts'
import { appUrl } from '#app/env.server.ts'
import { translate, type Locale } from '#app/i18n/translate.ts'
import { issueKey, messageFor } from '#app/utils/problems.ts'
import { organizationRecordById } from '#app/modules/organizations/records.server.ts'
import { recordAudit, writeContext, type Actor, type WriteContext } from '../audit/changes.server.ts'
import { enqueueMail } from '../notifications/mail.server.ts'
import { requestEmailVerification } from '../accounts/accounts.server.ts'
import { newToken, sha256 } from '../accounts/tokens.server.ts'
import type { MemberRole } from '../accounts/permissions.ts'
import { recordFromForm, type OrganizationFormValue } from './forms.ts'
import { ownOrganizationRefusals } from './rules.ts'
import { organizationRecord, type OrganizationRecord } from './schema.ts'
import { saveOrganization } from './write.server.ts'

export const INVITATION_TTL_MS = 7 * 86400_000
const REF_ALPHABET = '23456789ABCDEFGHJKLMNPQRTUWXY'

export type FieldErrors = Record<string, string[]>
/** A refusal worded from the `orgs` catalog (the route translates it). */
export type Refusal = { refused: OrgsRefusal; vars?: Record<string, unknown> }
export type OrgsRefusal =
	| 'notMember'
	| 'lastOwner'
	| 'alreadyOwner'
	| 'self'
	| 'alreadyMember'
	| 'invitationGone'
	| 'invitationExpired'
	| 'invitationUsed'
	| 'invitationRevoked'
	| 'invitationLapsed'
	| 'wrongAccount'
	| 'emailUnverified'
	| 'notOwner'

/** Who acts for which organization: the active membership, never anything the form says. */
export type OrgActor = { orgId: number; orgRef: string; orgName: string; userId: number; userName: string }

const tx = <T>(db: Db, fn: (t: Db) => T): T => db.transaction((t) => fn(t as unknown as Db))
const orgActor = (a: OrgActor): Actor => ({ kind: 'organization', orgId: a.orgId, orgRef: a.orgRef, userId: a.userId })

/** A fresh `ORG-XXXXXXXX` reference (random, so it cannot collide with the numbered refs of imported files). */
export function newOrgRef(db: Db): string {
	for (;;) {
		let body = ''
		for (let i = 0; i < 8; i++) body += REF_ALPHABET[randomInt(REF_ALPHABET.length)]
		const ref = `ORG-${body}`
		if (!db.select({ id: organizations.id }).from(organizations).where(eq(organizations.ref, ref)).get()) return ref
	}
}

/** Validates the record with the interchange schema (the same check the importer and the API make). */
function checkRecord(record: OrganizationRecord, locale: Locale): FieldErrors | null {
	const parsed = organizationRecord.safeParse(record)
	if (parsed.success) return null
	const errors: FieldErrors = {}
	for (const issue of parsed.error.issues) {
		const field = String(issue.path[0] ?? '')
		;(errors[field] ??= []).push(messageFor(issueKey(issue), locale))
	}
	return errors
}

function usccHolder(db: Db, uscc: string, exceptOrgId?: number) {
	const where = exceptOrgId === undefined ? eq(organizations.uscc, uscc) : and(eq(organizations.uscc, uscc), ne(organizations.id, exceptOrgId))
	return db.select({ id: organizations.id }).from(organizations).where(where).get() ?? null
}

export type Created = { ok: true; id: number; ref: string } | { ok: false; fieldErrors: FieldErrors }

/**
 * Creates an unverified organization with the user as its owner, in one transaction. Nothing is written when the
 * credit code is already registered (the user is told to ask that organization for an invitation).
 */
export function createOrganization(db: Db, user: { id: number }, form: OrganizationFormValue, locale: Locale, now = new Date()): Created {
	const ref = newOrgRef(db)
	// `verified: false` is explicit: an organization that signs up on the site waits for review, whoever creates it.
	const record: OrganizationRecord = { ...recordFromForm(form, ref), verified: false }
	const bad = checkRecord(record, locale)
	if (bad) return { ok: false, fieldErrors: bad }
	const taken = { ok: false as const, fieldErrors: { uscc: [translate(locale, 'orgs.usccTaken')] } }
	if (usccHolder(db, record.uscc)) return taken
	return tx(db, (t) => {
		if (usccHolder(t, record.uscc)) return taken
		// The organization's id is not known before the insert; saveOrganization audits with the new id.
		const ctx = writeContext(t, { kind: 'organization', orgId: 0, orgRef: ref, userId: user.id }, 'web', now)
		const { id } = saveOrganization(ctx, record)
		const stored = t.select({ verifiedAt: organizations.verifiedAt }).from(organizations).where(eq(organizations.id, id)).get()
		if (stored?.verifiedAt !== null) throw new Error(`organization ${ref} was created verified`)
		t.insert(memberships).values({ orgId: id, userId: user.id, role: 'owner', createdAt: ctx.stamp }).run()
		recordAudit(ctx, 'member.add', 'membership', user.id, id, { after: { userId: user.id, role: 'owner' } })
		return { ok: true as const, id, ref }
	})
}

export type Updated = { ok: true; changed: boolean } | { ok: false; fieldErrors: FieldErrors }

/** An owner's edit of their organization. The credit code and the kind can change only before verification. */
export function updateOrganization(db: Db, actor: OrgActor, form: OrganizationFormValue, locale: Locale, now = new Date()): Updated {
	const stored = organizationRecordById(db, actor.orgId)
	if (!stored) throw new Error(`organization ${actor.orgId} does not exist`)
	// Qualifications are not on the form: they are kept as they are.
	const record: OrganizationRecord = { ...recordFromForm(form, stored.ref), qualifications: stored.qualifications }
	if (!record.qualifications) delete record.qualifications
	const errors: FieldErrors = {}
	// The same rules as an import of the organization's own record (the route checked that the person is an owner).
	for (const r of ownOrganizationRefusals(stored, record, true)) (errors[r.field] ??= []).push(messageFor({ code: r.code }, locale))
	if (Object.keys(errors).length) return { ok: false, fieldErrors: errors }
	const bad = checkRecord(record, locale)
	if (bad) return { ok: false, fieldErrors: bad }
	const taken = { ok: false as const, fieldErrors: { uscc: [translate(locale, 'orgs.usccTaken')] } }
	if (usccHolder(db, record.uscc, actor.orgId)) return taken
	return tx(db, (t) => {
		if (usccHolder(t, record.uscc, actor.orgId)) return taken
		const { outcome } = saveOrganization(writeContext(t, orgActor(actor), 'web', now), record)
		return { ok: true as const, changed: outcome !== 'unchanged' }
	})
}

export function organizationOf(db: Db, orgId: number) {
	return db.select().from(organizations).where(eq(organizations.id, orgId)).get() ?? null
}

export function membersOf(db: Db, orgId: number) {
	return db
		.select({ userId: users.id, name: users.name, email: users.email, role: memberships.role, since: memberships.createdAt })
		.from(memberships)
		.innerJoin(users, eq(users.id, memberships.userId))
		.where(eq(memberships.orgId, orgId))
		.orderBy(asc(memberships.createdAt), asc(users.id))
		.all()
}

/** Invitations that can still be accepted (their sender is still an owner: see invitationByToken). */
export function pendingInvitations(db: Db, orgId: number, now = new Date()) {
	return db
		.select({ id: invitations.id, email: invitations.email, role: invitations.role, expiresAt: invitations.expiresAt, createdAt: invitations.createdAt })
		.from(invitations)
		.innerJoin(memberships, and(eq(memberships.orgId, invitations.orgId), eq(memberships.userId, invitations.invitedBy), eq(memberships.role, 'owner')))
		.where(and(eq(invitations.orgId, orgId), isNull(invitations.acceptedAt), isNull(invitations.revokedAt), gt(invitations.expiresAt, now.toISOString())))
		.orderBy(asc(invitations.id))
		.all()
}

/** The person's role in the organization, or null when they are not a member. */
export function roleOf(db: Db, orgId: number, userId: number): MemberRole | null {
	return db.select({ role: memberships.role }).from(memberships).where(and(eq(memberships.orgId, orgId), eq(memberships.userId, userId))).get()?.role ?? null
}

function ownerCount(db: Db, orgId: number): number {
	return db.select({ n: count() }).from(memberships).where(and(eq(memberships.orgId, orgId), eq(memberships.role, 'owner'))).get()?.n ?? 0
}

/**
 * Invites someone by email: an invitation row holding only the token's hash, valid 7 days, and a mail with the
 * accept link (at APP_URL, never at the host a request named). A pending invitation to the same address is replaced
 * (the old link stops working). Only an owner invites, and the invitation carries the owner's authority: it is
 * honoured only while they are still an owner (see invitationByToken).
 */
export function inviteMember(db: Db, actor: OrgActor, input: { email: string; role: MemberRole }, locale: Locale, now = new Date()): { ok: true; id: number } | Refusal {
	if (roleOf(db, actor.orgId, actor.userId) !== 'owner') return { refused: 'notOwner' }
	const member = db
		.select({ id: users.id })
		.from(memberships)
		.innerJoin(users, eq(users.id, memberships.userId))
		.where(and(eq(memberships.orgId, actor.orgId), eq(users.email, input.email)))
		.get()
	if (member) return { refused: 'alreadyMember', vars: { email: input.email } }
	const token = newToken(32)
	const link = `${appUrl()}/invitations/accept?token=${encodeURIComponent(token)}`
	const expiresAt = new Date(now.getTime() + INVITATION_TTL_MS).toISOString()
	return tx(db, (t) => {
		const ctx = writeContext(t, orgActor(actor), 'web', now)
		const replaced = t
			.update(invitations)
			.set({ revokedAt: ctx.stamp })
			.where(and(eq(invitations.orgId, actor.orgId), eq(invitations.email, input.email), isNull(invitations.acceptedAt), isNull(invitations.revokedAt)))
			.returning({ id: invitations.id })
			.all()
		for (const r of replaced) recordAudit(ctx, 'invitation.revoke', 'invitation', r.id, actor.orgId)
		const id = t
			.insert(invitations)
			.values({ orgId: actor.orgId, email: input.email, role: input.role, tokenHash: sha256(token), invitedBy: actor.userId, expiresAt, createdAt: ctx.stamp })
			.returning({ id: invitations.id })
			.get().id
		recordAudit(ctx, 'invitation.create', 'invitation', id, actor.orgId, { after: { email: input.email, role: input.role } })
		const role = translate(locale, input.role === 'owner' ? 'accounts.owner' : 'accounts.member')
		enqueueMail(t, {
			to: input.email,
			kind: 'invitation',
			subject: translate(locale, 'orgs.inviteMailSubject', { org: actor.orgName }),
			text: translate(locale, 'orgs.inviteMailText', { inviter: actor.userName, org: actor.orgName, role, link, days: 7 }),
		})
		return { ok: true as const, id }
	})
}

export function revokeInvitation(db: Db, actor: OrgActor, invitationId: number, now = new Date()): boolean {
	return tx(db, (t) => {
		const ctx = writeContext(t, orgActor(actor), 'web', now)
		const done = t
			.update(invitations)
			.set({ revokedAt: ctx.stamp })
			.where(and(eq(invitations.id, invitationId), eq(invitations.orgId, actor.orgId), isNull(invitations.acceptedAt), isNull(invitations.revokedAt)))
			.returning({ id: invitations.id })
			.all()
		if (done.length) recordAudit(ctx, 'invitation.revoke', 'invitation', invitationId, actor.orgId)
		return done.length > 0
	})
}

/** Removes a member (not oneself: that is leaving), never the last owner. */
export function removeMember(db: Db, actor: OrgActor, userId: number, now = new Date()): { ok: true } | Refusal {
	if (userId === actor.userId) return { refused: 'self' }
	return tx(db, (t) => {
		const role = roleOf(t, actor.orgId, userId)
		if (!role) return { refused: 'notMember' as const }
		if (role === 'owner' && ownerCount(t, actor.orgId) <= 1) return { refused: 'lastOwner' as const }
		t.delete(memberships).where(and(eq(memberships.orgId, actor.orgId), eq(memberships.userId, userId))).run()
		recordAudit(writeContext(t, orgActor(actor), 'web', now), 'member.remove', 'membership', userId, actor.orgId, { before: { userId, role } })
		return { ok: true as const }
	})
}

/** The user leaves the organization; the last owner must hand over ownership first. */
export function leaveOrganization(db: Db, actor: OrgActor, now = new Date()): { ok: true } | Refusal {
	return tx(db, (t) => {
		const role = roleOf(t, actor.orgId, actor.userId)
		if (!role) return { refused: 'notMember' as const }
		if (role === 'owner' && ownerCount(t, actor.orgId) <= 1) return { refused: 'lastOwner' as const }
		t.delete(memberships).where(and(eq(memberships.orgId, actor.orgId), eq(memberships.userId, actor.userId))).run()
		recordAudit(writeContext(t, orgActor(actor), 'web', now), 'member.leave', 'membership', actor.userId, actor.orgId, { before: { userId: actor.userId, role } })
		return { ok: true as const }
	})
}

/** Hands ownership to another member: they become owner, the acting owner becomes a member. */
export function transferOwnership(db: Db, actor: OrgActor, userId: number, now = new Date()): { ok: true } | Refusal {
	if (userId === actor.userId) return { refused: 'self' }
	return tx(db, (t) => {
		if (roleOf(t, actor.orgId, actor.userId) !== 'owner') return { refused: 'notMember' as const }
		const role = roleOf(t, actor.orgId, userId)
		if (!role) return { refused: 'notMember' as const }
		if (role === 'owner') return { refused: 'alreadyOwner' as const }
		t.update(memberships).set({ role: 'owner' }).where(and(eq(memberships.orgId, actor.orgId), eq(memberships.userId, userId))).run()
		t.update(memberships).set({ role: 'member' }).where(and(eq(memberships.orgId, actor.orgId), eq(memberships.userId, actor.userId))).run()
		recordAudit(writeContext(t, orgActor(actor), 'web', now), 'owner.transfer', 'membership', userId, actor.orgId, {
			before: { owner: actor.userId },
			after: { owner: userId },
		})
		return { ok: true as const }
	})
}

export type InvitationView = {
	id: number
	orgId: number
	orgName: string
	orgKind: OrganizationRecord['kind']
	orgRef: string
	email: string
	role: MemberRole
	state: 'open' | 'expired' | 'accepted' | 'revoked' | 'lapsed'
}

/**
 * The invitation an emailed token stands for, with what became of it; null for an unknown token. An open invitation
 * whose sender is no longer an owner of the organization has lapsed: it was their authority to grant the role.
 */
export function invitationByToken(db: Db, token: string, now = new Date()): InvitationView | null {
	if (!token) return null
	const row = db
		.select({ inv: invitations, orgName: organizations.name, orgKind: organizations.kind, orgRef: organizations.ref })
		.from(invitations)
		.innerJoin(organizations, eq(organizations.id, invitations.orgId))
		.where(eq(invitations.tokenHash, sha256(token)))
		.get()
	if (!row) return null
	const { inv } = row
	const state = inv.acceptedAt
		? 'accepted'
		: inv.revokedAt
			? 'revoked'
			: inv.expiresAt <= now.toISOString()
				? 'expired'
				: inv.invitedBy === null || roleOf(db, inv.orgId, inv.invitedBy) !== 'owner'
					? 'lapsed'
					: 'open'
	return { id: inv.id, orgId: inv.orgId, orgName: row.orgName, orgKind: row.orgKind, orgRef: row.orgRef, email: inv.email, role: inv.role, state }
}

/**
 * For the invited account that has never proven its address: mails it a confirmation link that leads back to the
 * invitation. Refused unless the invitation is open and was sent to this very account's address.
 */
export function confirmInvitedAddress(
	db: Db,
	token: string,
	user: { id: number; email: string; name: string; emailVerified: boolean },
	locale: Locale,
	now = new Date(),
): { ok: true } | { refused: 'invitationGone' } {
	const inv = invitationByToken(db, token, now)
	if (!inv || inv.state !== 'open' || inv.email.toLowerCase() !== user.email.toLowerCase() || user.emailVerified) return { refused: 'invitationGone' }
	requestEmailVerification(db, user, `/invitations/accept?${new URLSearchParams({ token })}`, locale, now)
	return { ok: true }
}

export const REFUSAL_OF_STATE = { expired: 'invitationExpired', accepted: 'invitationUsed', revoked: 'invitationRevoked', lapsed: 'invitationLapsed' } as const

/**
 * Accepts an invitation for the signed-in user whose email it was sent to and who has proven they read mail sent to
 * that address (users.emailVerifiedAt): holding the link is not enough, since anyone may sign up with any address
 * and a link can leak or be opened in a browser signed in to someone else's account. Returns the organization joined.
 */
export function acceptInvitation(
	db: Db,
	token: string,
	user: { id: number; email: string; emailVerified: boolean },
	now = new Date(),
): { ok: true; orgId: number } | Refusal {
	return tx(db, (t) => {
		const inv = invitationByToken(t, token, now)
		if (!inv) return { refused: 'invitationGone' as const }
		if (inv.state !== 'open') return { refused: REFUSAL_OF_STATE[inv.state] }
		if (inv.email.toLowerCase() !== user.email.toLowerCase()) return { refused: 'wrongAccount' as const, vars: { email: inv.email } }
		if (!user.emailVerified) return { refused: 'emailUnverified' as const, vars: { email: inv.email } }
		const ctx: WriteContext = writeContext(t, { kind: 'organization', orgId: inv.orgId, orgRef: inv.orgRef, userId: user.id }, 'web', now)
		t.update(invitations).set({ acceptedAt: ctx.stamp }).where(and(eq(invitations.id, inv.id), eq(invitations.orgId, inv.orgId))).run()
		recordAudit(ctx, 'invitation.accept', 'invitation', inv.id, inv.orgId)
		const current = roleOf(t, inv.orgId, user.id)
		if (!current) {
			t.insert(memberships).values({ orgId: inv.orgId, userId: user.id, role: inv.role, createdAt: ctx.stamp }).run()
			recordAudit(ctx, 'member.add', 'membership', user.id, inv.orgId, { after: { userId: user.id, role: inv.role } })
		} else if (current === 'member' && inv.role === 'owner') {
			// Already a member, invited again as an owner: the invitation says what the owners want.
			t.update(memberships).set({ role: 'owner' }).where(and(eq(memberships.orgId, inv.orgId), eq(memberships.userId, user.id))).run()
			recordAudit(ctx, 'member.role', 'membership', user.id, inv.orgId, { before: { role: 'member' }, after: { role: 'owner' } })
		}
		return { ok: true as const, orgId: inv.orgId }
	})
}
