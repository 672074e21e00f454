// The active organization's API tokens (owners only): list, create — the token is shown once, in the response to
// the form — and revoke. Every read and write is scoped to the active membership's organization.
import { getFormProps, getInputProps, useForm } from '@conform-to/react'
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { CsrfInput, Field, FormErrors, SubmitButton } from '#app/components/forms.tsx'
import { Badge, Card, EmptyState, PageHeader, SectionTitle } from '#app/components/ui.tsx'
import { getLocale } from '#app/i18n/locale.server.ts'
import { translate } from '#app/i18n/translate.ts'
import { requireOrgPermission } from '#app/modules/accounts/auth.server.ts'
import { validateCsrf } from '#app/http/csrf.server.ts'
import { createTokenForm, revokeTokenForm, TOKEN_NAME_MAX } from '#app/modules/accounts/api-token-forms.ts'
import { appUrl } from '#app/env.server.ts'
import { createApiToken, listApiTokens, revokeApiToken } from '#app/modules/accounts/api-tokens.server.ts'
import { getDb } from '#app/utils/db.server.ts'
import { parseForm } from '#app/utils/forms.ts'
import { pageMeta } from '#app/utils/meta.ts'
import { useLocale } from '#app/utils/root-data.ts'
import { readForm } from '#app/http/request-body.server.ts'
import { RouteErrorBoundary } from '#app/components/route-error.tsx'

export async function loader({ request }: LoaderFunctionArgs) {
	const { membership } = await requireOrgPermission(request, 'manage:tokens:own')
	return {
		org: { name: membership.orgName, ref: membership.orgRef },
		tokens: listApiTokens(getDb(), membership.orgId),
		// The site's configured address (APP_URL), not whatever Host the request named.
		origin: appUrl(),
	}
}

// The new token travels only in this response; it must not be stored by a cache along the way.
const NO_STORE = { 'Cache-Control': 'no-store' }

export async function action({ request }: ActionFunctionArgs) {
	const form = await readForm(request)
	await validateCsrf(request, form)
	const { user, membership } = await requireOrgPermission(request, 'manage:tokens:own')
	const locale = await getLocale(request)
	const actor = { kind: 'organization' as const, orgId: membership.orgId, orgRef: membership.orgRef, userId: user.id }
	const db = getDb()
	if (form.get('intent') === 'revoke') {
		const submission = parseForm(form, revokeTokenForm, locale)
		if (submission.status !== 'success') return data({ intent: 'revoke' as const, revoked: null, error: translate(locale, 'api.tokens.notFound') }, { status: 400 })
		const name = revokeApiToken(db, actor, submission.value.id)
		if (name === null) return data({ intent: 'revoke' as const, revoked: null, error: translate(locale, 'api.tokens.notFound') }, { status: 404 })
		return data({ intent: 'revoke' as const, revoked: name, error: null })
	}
	const submission = parseForm(form, createTokenForm, locale)
	if (submission.status !== 'success') return data({ intent: 'create' as const, result: submission.reply(), created: null }, { status: 400 })
	const { token } = createApiToken(db, actor, submission.value.name)
	return data({ intent: 'create' as const, result: submission.reply({ resetForm: true }), created: { name: submission.value.name, token } }, { headers: NO_STORE })
}

/** Stored times are UTC; the platform's users live on China time (UTC+8). */
function chinaTime(iso: string): string {
	return new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ')
}

function CopyButton({ text }: { text: string }) {
	const { t } = useTranslation()
	const [hydrated, setHydrated] = useState(false)
	const [copied, setCopied] = useState(false)
	useEffect(() => setHydrated(true), [])
	// Without JavaScript there is nothing to click: the token field is selectable instead.
	if (!hydrated || !navigator.clipboard) return null
	return (
		<button
			type="button"
			className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50"
			onClick={() => {
				void navigator.clipboard.writeText(text).then(() => setCopied(true))
			}}
		>
			<span aria-live="polite">{copied ? t('api.tokens.copied') : t('api.tokens.copy')}</span>
		</button>
	)
}

export default function Tokens() {
	const { org, tokens, origin } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const { t } = useTranslation()
	const locale = useLocale()
	const [form, fields] = useForm({
		id: 'new-token',
		lastResult: actionData?.intent === 'create' ? actionData.result : undefined,
		shouldValidate: 'onBlur',
		shouldRevalidate: 'onInput',
		onValidate: ({ formData }) => parseForm(formData, createTokenForm, locale),
	})
	const created = actionData?.intent === 'create' ? actionData.created : null
	const revoke = actionData?.intent === 'revoke' ? actionData : null

	return (
		<div className="space-y-6">
			<PageHeader title={t('api.tokens.title')} subtitle={org.name} />
			<p className="max-w-3xl text-slate-700">{t('api.tokens.intro')}</p>

			{created ? (
				<section className="rounded-lg border border-emerald-300 bg-emerald-50 p-5 shadow-sm" aria-labelledby="created-token" role="status">
					<h2 id="created-token" className="text-lg font-semibold text-emerald-900">
						{t('api.tokens.createdTitle', { name: created.name })}
					</h2>
					<p className="mt-1 text-sm text-emerald-900">{t('api.tokens.createdHelp')}</p>
					<label htmlFor="new-token-value" className="mt-3 block text-sm font-medium text-emerald-900">
						{t('api.tokens.tokenLabel')}
					</label>
					<div className="mt-1 flex flex-wrap items-center gap-2">
						<input
							id="new-token-value"
							readOnly
							value={created.token}
							onFocus={(e) => e.currentTarget.select()}
							data-testid="new-token"
							className="block min-w-0 flex-1 rounded-md border border-emerald-300 bg-white px-3 py-2 font-mono text-sm text-slate-900"
						/>
						<CopyButton text={created.token} />
					</div>
				</section>
			) : null}
			{revoke?.revoked ? (
				<p className="rounded-md border border-emerald-200 bg-emerald-50 p-3 text-sm text-emerald-900" role="status">
					{t('api.tokens.revoked', { name: revoke.revoked })}
				</p>
			) : null}
			{revoke?.error ? <FormErrors errors={[revoke.error]} /> : null}

			<Card>
				<SectionTitle>{t('api.tokens.newTitle')}</SectionTitle>
				<Form method="post" {...getFormProps(form)} className="grid items-start gap-4 sm:grid-cols-[minmax(0,28rem)_auto]">
					<CsrfInput />
					<input type="hidden" name="intent" value="create" />
					<FormErrors errors={form.errors} />
					<Field
						label={t('api.tokens.name')}
						help={t('api.tokens.nameHelp')}
						inputProps={{ ...getInputProps(fields.name, { type: 'text' }), maxLength: TOKEN_NAME_MAX, autoComplete: 'off' }}
						errors={fields.name.errors}
					/>
					<div className="sm:pt-6">
						<SubmitButton pendingText={t('api.tokens.creating')}>
							{t('api.tokens.create')}
						</SubmitButton>
					</div>
				</Form>
			</Card>

			<Card>
				<SectionTitle id="token-list">{t('api.tokens.listTitle')}</SectionTitle>
				{tokens.length === 0 ? (
					<EmptyState>{t('api.tokens.empty')}</EmptyState>
				) : (
					<div className="overflow-x-auto">
						<table className="w-full text-left text-sm" aria-labelledby="token-list">
							<thead className="border-b border-slate-200 text-slate-600">
								<tr>
									<th scope="col" className="py-2 pr-4 font-medium">
										{t('api.tokens.colName')}
									</th>
									<th scope="col" className="py-2 pr-4 font-medium">
										{t('api.tokens.colPrefix')}
									</th>
									<th scope="col" className="py-2 pr-4 font-medium">
										{t('api.tokens.colCreated')}
									</th>
									<th scope="col" className="py-2 pr-4 font-medium">
										{t('api.tokens.colLastUsed')}
									</th>
									<th scope="col" className="py-2 pr-4 font-medium">
										{t('api.tokens.colStatus')}
									</th>
									<th scope="col" className="py-2 font-medium">
										{t('api.tokens.colActions')}
									</th>
								</tr>
							</thead>
							<tbody className="divide-y divide-slate-100">
								{tokens.map((tok) => (
									<tr key={tok.id} className={tok.revokedAt ? 'text-slate-500' : undefined}>
										<td className="min-w-[8rem] py-2 pr-4 font-medium">{tok.name}</td>
										<td className="py-2 pr-4 font-mono whitespace-nowrap">{tok.prefix}_…</td>
										<td className="py-2 pr-4 whitespace-nowrap">{chinaTime(tok.createdAt)}</td>
										<td className="py-2 pr-4 whitespace-nowrap">{tok.lastUsedAt ? chinaTime(tok.lastUsedAt) : t('api.tokens.neverUsed')}</td>
										<td className="py-2 pr-4">
											{tok.revokedAt ? <Badge tone="red">{t('api.tokens.revokedOn', { date: chinaTime(tok.revokedAt).slice(0, 10) })}</Badge> : <Badge tone="green">{t('api.tokens.active')}</Badge>}
										</td>
										<td className="py-2">
											{tok.revokedAt ? null : (
												<Form method="post">
													<CsrfInput />
													<input type="hidden" name="intent" value="revoke" />
													<input type="hidden" name="id" value={tok.id} />
													<button
														type="submit"
														aria-label={t('api.tokens.revokeLabel', { name: tok.name })}
														className="rounded border border-red-300 px-2 py-1 text-xs font-medium text-red-800 hover:bg-red-50"
													>
														{t('api.tokens.revoke')}
													</button>
												</Form>
											)}
										</td>
									</tr>
								))}
							</tbody>
						</table>
					</div>
				)}
			</Card>

			<Card>
				<SectionTitle>{t('api.tokens.usageTitle')}</SectionTitle>
				<p className="text-sm text-slate-700">{t('api.tokens.usageText')}</p>
				<pre className="mt-2 overflow-x-auto rounded-md bg-slate-900 p-3 text-xs text-slate-100">
					<code>{`curl -H "Authorization: Bearer eex_…" ${origin}/api/v1/listings?mine=1`}</code>
				</pre>
				<p className="mt-2 text-sm text-slate-600">{t('api.tokens.usageDocs')}</p>
			</Card>
		</div>
	)
}

export const meta: MetaFunction = ({ matches }) => [...pageMeta(matches, (l) => translate(l, 'api.tokens.title')), { name: 'robots', content: 'noindex' }]

export function ErrorBoundary() {
	return <RouteErrorBoundary />
}
