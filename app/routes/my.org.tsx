// The organization the user acts for: its details (owners edit them), members, invitations, leaving and handing over
// ownership. Every read and write is scoped to the active membership's organization; the form never names one.
import { getFormProps, getInputProps, getSelectProps, useForm } from '@conform-to/react'
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { textLinkClass } from '#app/components/fact-grid.tsx'
import { CsrfInput, ErrorList, Field, FormErrors, SubmitButton } from '#app/components/forms.tsx'
import { OrganizationFields } from '#app/components/org-form.tsx'
import { Badge, Card, Facts, PageHeader, SectionTitle } from '#app/components/ui.tsx'
import { getLocale } from '#app/i18n/locale.server.ts'
import { translate, type Locale } from '#app/i18n/translate.ts'
import { forbidden, requireCaller, type Caller } from '#app/modules/accounts/auth.server.ts'
import { validateCsrf } from '#app/http/csrf.server.ts'
import type { Permission } from '#app/modules/accounts/permissions.ts'
import { membershipsOf, type Membership } from '#app/modules/accounts/session.server.ts'
import { organizationRecordById } from '#app/modules/organizations/records.server.ts'
import { formFromRecord, idForm, inviteForm, MEMBER_ROLES, organizationForm } from '#app/modules/organizations/forms.ts'
import {
	inviteMember,
	leaveOrganization,
	membersOf,
	organizationOf,
	pendingInvitations,
	removeMember,
	revokeInvitation,
	transferOwnership,
	updateOrganization,
	type OrgActor,
	type Refusal,
} from '#app/modules/organizations/members.server.ts'
import { lastRejection } from '#app/modules/organizations/review.server.ts'
import { getDb } from '#app/utils/db.server.ts'
import { organizationProfile } from '#app/modules/organizations/queries.server.ts'
import { formatDate, label } from '#app/utils/format.ts'
import { parseForm } from '#app/utils/forms.ts'
import { pageMeta } from '#app/utils/meta.ts'
import { useLocale } from '#app/utils/root-data.ts'
import { readForm } from '#app/http/request-body.server.ts'
import { RouteErrorBoundary } from '#app/components/route-error.tsx'

const NOTICES = ['saved', 'unchanged', 'invited', 'revoked', 'removed', 'transferred'] as const

async function requireMember(request: Request): Promise<Caller & { membership: Membership }> {
	const caller = await requireCaller(request)
	if (!caller.membership) throw redirect('/orgs/new')
	return caller as Caller & { membership: Membership }
}

export async function loader({ request }: LoaderFunctionArgs) {
	const caller = await requireMember(request)
	const db = getDb()
	const { orgId, role } = caller.membership
	const org = organizationOf(db, orgId)
	const record = organizationRecordById(db, orgId)
	if (!org || !record) throw new Response('Not Found', { status: 404 })
	const canEdit = caller.permissions.has('update:organization:own')
	const canManage = caller.permissions.has('manage:members:own')
	const members = membersOf(db, orgId)
	const notice = new URL(request.url).searchParams.get('done')
	return {
		org: { ...organizationProfile(org), verifiedAt: org.verifiedAt, createdAt: org.createdAt },
		rejection: org.verifiedAt ? null : lastRejection(db, orgId),
		defaultValue: formFromRecord(record),
		me: caller.user.id,
		role,
		canEdit,
		canManage,
		members,
		owners: members.filter((m) => m.role === 'owner').length,
		otherOrgs: membershipsOf(db, caller.user.id).length - 1,
		invitations: canManage ? pendingInvitations(db, orgId) : [],
		notice: NOTICES.find((n) => n === notice) ?? null,
	}
}

type Intent = 'update' | 'invite' | 'revoke' | 'remove' | 'leave' | 'transfer'
const NEEDS: Record<Intent, Permission | null> = {
	update: 'update:organization:own',
	invite: 'manage:members:own',
	revoke: 'manage:members:own',
	remove: 'manage:members:own',
	transfer: 'manage:members:own',
	leave: null,
}
const isIntent = (x: unknown): x is Intent => typeof x === 'string' && x in NEEDS

function refusal(intent: Intent, r: Refusal, locale: Locale, status = 409) {
	return data({ intent, result: null, error: translate(locale, `orgs.refused.${r.refused}`, r.vars) }, { status })
}

export async function action({ request }: ActionFunctionArgs) {
	const form = await readForm(request)
	await validateCsrf(request, form)
	const caller = await requireMember(request)
	const locale = await getLocale(request)
	const intent = form.get('intent')
	if (!isIntent(intent)) throw new Response('Bad Request', { status: 400 })
	const needed = NEEDS[intent]
	if (needed && !caller.permissions.has(needed)) throw forbidden(needed)
	const db = getDb()
	const m = caller.membership
	const actor: OrgActor = { orgId: m.orgId, orgRef: m.orgRef, orgName: m.orgName, userId: caller.user.id, userName: caller.user.name }
	const done = (notice: (typeof NOTICES)[number]) => redirect(`/my/org?done=${notice}`)

	switch (intent) {
		case 'update': {
			const submission = parseForm(form, organizationForm, locale)
			if (submission.status !== 'success') return data({ intent, result: submission.reply(), error: null }, { status: 400 })
			const updated = updateOrganization(db, actor, submission.value, locale)
			if (!updated.ok) return data({ intent, result: submission.reply({ fieldErrors: updated.fieldErrors }), error: null }, { status: 400 })
			return done(updated.changed ? 'saved' : 'unchanged')
		}
		case 'invite': {
			const submission = parseForm(form, inviteForm, locale)
			if (submission.status !== 'success') return data({ intent, result: submission.reply(), error: null }, { status: 400 })
			const invited = inviteMember(db, actor, submission.value, locale)
			if ('refused' in invited)
				return data({ intent, result: submission.reply({ fieldErrors: { email: [translate(locale, `orgs.refused.${invited.refused}`, invited.vars)] } }), error: null }, { status: 409 })
			return done('invited')
		}
		case 'leave': {
			const left = leaveOrganization(db, actor)
			if ('refused' in left) return refusal(intent, left, locale)
			return redirect('/my')
		}
		default: {
			const parsed = idForm.safeParse({ id: form.get('id') })
			if (!parsed.success) throw new Response('Bad Request', { status: 400 })
			const id = parsed.data.id
			if (intent === 'revoke') {
				// Another organization's invitation id matches nothing: the update is scoped to this organization.
				if (!revokeInvitation(db, actor, id)) return refusal(intent, { refused: 'invitationGone' }, locale, 404)
				return done('revoked')
			}
			const outcome = intent === 'remove' ? removeMember(db, actor, id) : transferOwnership(db, actor, id)
			if ('refused' in outcome) return refusal(intent, outcome, locale)
			return done(intent === 'remove' ? 'removed' : 'transferred')
		}
	}
}

export default function MyOrganization() {
	const d = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const { t } = useTranslation()
	const locale = useLocale()
	const verified = d.org.verifiedAt !== null
	const lastOwner = d.role === 'owner' && d.owners <= 1
	const error = actionData?.error ?? null

	return (
		<div className="space-y-6">
			<PageHeader title={d.org.name} subtitle={t('orgs.myIntro')}>
				<div className="flex gap-4 text-sm">
					{d.otherOrgs > 0 ? <Link to="/my">{t('orgs.switch', { count: d.otherOrgs })}</Link> : null}
					<Link to="/orgs/new">{t('orgs.createAnother')}</Link>
				</div>
			</PageHeader>

			{d.notice ? (
				<p className="rounded-md border border-emerald-200 bg-emerald-50 p-3 text-sm text-emerald-900" role="status">
					{t(`orgs.notice.${d.notice}`)}
				</p>
			) : null}
			{error ? <FormErrors errors={[error]} /> : null}

			<Card>
				<SectionTitle>{t('orgs.status')}</SectionTitle>
				<div className="flex flex-wrap items-center gap-2">
					<Badge tone="brand">{label.orgKind(d.org.kind, locale)}</Badge>
					<Badge tone={verified ? 'green' : 'amber'}>{verified ? t('accounts.verified') : t('accounts.pendingReview')}</Badge>
					<Badge>{d.role === 'owner' ? t('accounts.owner') : t('accounts.member')}</Badge>
					<span className="font-mono text-sm text-slate-600">{d.org.ref}</span>
				</div>
				{verified ? (
					<p className="mt-3 text-sm text-slate-700">
						{t('orgs.verifiedOn', { date: formatDate(d.org.verifiedAt) })}{' '}
						<Link to={`/orgs/${encodeURIComponent(d.org.ref)}`} className={textLinkClass}>
							{t('orgs.publicPage')}
						</Link>
					</p>
				) : (
					<p className="mt-3 text-sm text-slate-700">{t('orgs.pendingHelp')}</p>
				)}
				{d.rejection ? (
					<div className="mt-3 rounded-md border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900">
						<p className="font-semibold">{t('orgs.rejectedOn', { date: formatDate(d.rejection.at) })}</p>
						<p className="mt-1 whitespace-pre-line">{d.rejection.reason}</p>
					</div>
				) : null}
			</Card>

			{d.canEdit ? <DetailsForm locked={verified} /> : <DetailsReadOnly />}

			<Card>
				<SectionTitle id="members">{t('orgs.members')}</SectionTitle>
				<div className="overflow-x-auto">
					<table className="w-full text-left text-sm">
						<thead className="border-b border-slate-200 text-slate-600">
							<tr>
								<th scope="col" className="py-2 pr-4 font-medium">
									{t('orgs.memberName')}
								</th>
								<th scope="col" className="py-2 pr-4 font-medium">
									{t('orgs.memberEmail')}
								</th>
								<th scope="col" className="py-2 pr-4 font-medium">
									{t('orgs.memberRole')}
								</th>
								<th scope="col" className="py-2 pr-4 font-medium">
									{t('orgs.memberSince')}
								</th>
								{d.canManage ? (
									<th scope="col" className="py-2 font-medium">
										{t('orgs.actions')}
									</th>
								) : null}
							</tr>
						</thead>
						<tbody className="divide-y divide-slate-100">
							{d.members.map((m) => (
								<tr key={m.userId}>
									<td className="py-2 pr-4">
										{m.name}
										{m.userId === d.me ? <span className="ml-1 text-slate-500">{t('orgs.you')}</span> : null}
									</td>
									<td className="py-2 pr-4">{m.email}</td>
									<td className="py-2 pr-4">
										<Badge tone={m.role === 'owner' ? 'brand' : 'slate'}>{m.role === 'owner' ? t('accounts.owner') : t('accounts.member')}</Badge>
									</td>
									<td className="py-2 pr-4">{formatDate(m.since)}</td>
									{d.canManage ? (
										<td className="py-2">
											{m.userId !== d.me ? (
												<div className="flex flex-wrap gap-2">
													{m.role === 'member' ? (
														<ActionButton intent="transfer" id={m.userId} confirm={t('orgs.transferConfirm', { name: m.name })} label={t('orgs.transfer')} name={m.name} />
													) : null}
													<ActionButton intent="remove" id={m.userId} confirm={t('orgs.removeConfirm', { name: m.name })} label={t('orgs.remove')} name={m.name} danger />
												</div>
											) : null}
										</td>
									) : null}
								</tr>
							))}
						</tbody>
					</table>
				</div>
				{d.canManage ? <p className="mt-3 text-xs text-slate-500">{t('orgs.transferHelp')}</p> : null}
			</Card>

			{/* A new invitation remounts the form, so it is empty for the next one. */}
			{d.canManage ? <Invitations key={d.invitations.at(-1)?.id ?? 0} /> : null}

			<Card>
				<SectionTitle>{t('orgs.leaveTitle')}</SectionTitle>
				{lastOwner ? (
					<p className="text-sm text-slate-700">{t('orgs.leaveLastOwner')}</p>
				) : (
					<Form
						method="post"
						onSubmit={(e) => {
							if (!window.confirm(t('orgs.leaveConfirm', { org: d.org.name }))) e.preventDefault()
						}}
						className="flex flex-wrap items-center gap-4"
					>
						<CsrfInput />
						<p className="text-sm text-slate-700">{t('orgs.leaveHelp')}</p>
						<SubmitButton name="intent" value="leave" tone="danger">
							{t('orgs.leave')}
						</SubmitButton>
					</Form>
				)}
			</Card>
		</div>
	)
}

function ActionButton({ intent, id, confirm, label: text, name, danger = false }: { intent: 'transfer' | 'remove' | 'revoke'; id: number; confirm: string; label: string; name: string; danger?: boolean }) {
	return (
		<Form
			method="post"
			onSubmit={(e) => {
				if (!window.confirm(confirm)) e.preventDefault()
			}}
		>
			<CsrfInput />
			<input type="hidden" name="id" value={id} />
			<button
				type="submit"
				name="intent"
				value={intent}
				aria-label={`${text}：${name}`}
				className={`rounded border px-2 py-1 text-xs font-medium ${danger ? 'border-red-300 text-red-800 hover:bg-red-50' : 'border-slate-300 text-slate-800 hover:bg-slate-50'}`}
			>
				{text}
			</button>
		</Form>
	)
}

function DetailsForm({ locked }: { locked: boolean }) {
	const d = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const { t } = useTranslation()
	const locale = useLocale()
	const [form, fields] = useForm<z.input<typeof organizationForm>>({
		id: 'org-details',
		lastResult: actionData?.intent === 'update' ? actionData.result : undefined,
		defaultValue: d.defaultValue,
		shouldValidate: 'onBlur',
		shouldRevalidate: 'onInput',
		onValidate: ({ formData }) => parseForm(formData, organizationForm, locale),
	})
	return (
		<Card>
			<SectionTitle>{t('orgs.details')}</SectionTitle>
			<Form method="post" {...getFormProps(form)} className="space-y-6">
				<CsrfInput />
				<FormErrors errors={form.errors} />
				<OrganizationFields fields={fields} locked={locked} />
				<SubmitButton name="intent" value="update" pendingText={t('orgs.saving')}>
					{t('orgs.save')}
				</SubmitButton>
			</Form>
		</Card>
	)
}

function DetailsReadOnly() {
	const { org } = useLoaderData<typeof loader>()
	const { t } = useTranslation()
	const locale = useLocale()
	return (
		<Card>
			<SectionTitle>{t('orgs.details')}</SectionTitle>
			<Facts
				items={[
					[t('orgs.fields.kind'), label.orgKind(org.kind, locale)],
					[t('orgs.fields.uscc'), <span className="font-mono">{org.uscc}</span>],
					[t('orgs.fields.region'), label.region(org.regionCode, locale)],
					[t('orgs.fields.teamType'), label.teamType(org.teamType, locale)],
					[t('orgs.fields.headcount'), org.headcount],
					[t('orgs.fields.level'), org.level],
					[t('orgs.fields.contact'), org.contact],
					[t('orgs.fields.phone'), org.phone],
					[t('orgs.fields.email'), org.email],
					[t('orgs.fields.website'), org.website],
					[t('orgs.fields.address'), org.address],
				]}
			/>
			<p className="mt-4 text-sm text-slate-600">{t('orgs.ownersEdit')}</p>
		</Card>
	)
}

function Invitations() {
	const d = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const { t } = useTranslation()
	const locale = useLocale()
	const [form, fields] = useForm({
		id: 'invite',
		lastResult: actionData?.intent === 'invite' ? actionData.result : undefined,
		defaultValue: { role: 'member' },
		shouldValidate: 'onBlur',
		onValidate: ({ formData }) => parseForm(formData, inviteForm, locale),
	})
	return (
		<Card>
			<SectionTitle id="invitations">{t('orgs.invitations')}</SectionTitle>
			<Form method="post" {...getFormProps(form)} className="grid items-start gap-4 sm:grid-cols-[1fr_12rem_auto]">
				<CsrfInput />
				<Field label={t('orgs.inviteEmail')} inputProps={{ ...getInputProps(fields.email, { type: 'email' }), autoComplete: 'off' }} errors={fields.email.errors} />
				<Field label={t('orgs.inviteRole')} as="select" inputProps={getSelectProps(fields.role)} errors={fields.role.errors}>
					{MEMBER_ROLES.map((r) => (
						<option key={r} value={r}>
							{r === 'owner' ? t('accounts.owner') : t('accounts.member')}
						</option>
					))}
				</Field>
				<div className="sm:pt-6">
					<SubmitButton name="intent" value="invite" pendingText={t('orgs.sending')}>
						{t('orgs.invite')}
					</SubmitButton>
				</div>
			</Form>
			<ErrorList errors={form.errors} />
			<p className="mt-2 text-xs text-slate-500">{t('orgs.inviteHelp')}</p>
			<h3 className="mt-6 text-sm font-semibold text-slate-700">{t('orgs.pending')}</h3>
			{d.invitations.length ? (
				<ul className="mt-2 divide-y divide-slate-100 text-sm">
					{d.invitations.map((inv) => (
						<li key={inv.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
							<span>
								{inv.email} <Badge>{inv.role === 'owner' ? t('accounts.owner') : t('accounts.member')}</Badge>
								<span className="ml-2 text-slate-500">{t('orgs.expires', { date: formatDate(inv.expiresAt) })}</span>
							</span>
							<ActionButton intent="revoke" id={inv.id} confirm={t('orgs.revokeConfirm', { email: inv.email })} label={t('orgs.revoke')} name={inv.email} />
						</li>
					))}
				</ul>
			) : (
				<p className="mt-2 text-sm text-slate-500">{t('orgs.noPending')}</p>
			)}
		</Card>
	)
}

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (l) => translate(l, 'orgs.myTitle'))

export function ErrorBoundary() {
	return <RouteErrorBoundary />
}
