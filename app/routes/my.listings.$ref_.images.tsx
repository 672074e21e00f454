// A listing's pictures: upload (multipart, content-checked), describe, remove. Owner organization only.
import {
	data,
	type ActionFunctionArgs,
	type LoaderFunctionArgs,
	type MetaFunction,
} from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { CsrfInput, inputClass, SubmitButton } from '#app/components/forms.tsx'
import { Card, EmptyState, PageHeader } from '#app/components/ui.tsx'
import { requireOrgPermission } from '#app/modules/accounts/auth.server.ts'
import { validateCsrf } from '#app/http/csrf.server.ts'
import { writeContext } from '#app/modules/audit/changes.server.ts'
import { BODY_LIMITS, readForm } from '#app/http/request-body.server.ts'
import { addListingImage, ImageError, imagesOf, MAX_IMAGE_BYTES, ownedListingId, removeListingImage } from '#app/modules/listings/media.server.ts'
import { getDb } from '#app/utils/db.server.ts'
import { listings } from '#db/schema/index.ts'
import { eq } from 'drizzle-orm'
import { RouteErrorBoundary } from '#app/components/route-error.tsx'
import { errorMeta } from '#app/utils/meta.ts'

export async function loader({ request, params }: LoaderFunctionArgs) {
	const caller = await requireOrgPermission(request, 'update:listing:own')
	const db = getDb()
	const id = ownedListingId(db, caller.membership.orgId, params.ref ?? '')
	if (id === null) throw new Response('Not Found', { status: 404 })
	const listing = db.select({ ref: listings.ref, title: listings.title }).from(listings).where(eq(listings.id, id)).get()!
	return { listing, images: imagesOf(db, id) }
}

type Result = { ok: boolean; message: 'uploaded' | 'removed' | 'tooLarge' | 'notImage' | 'tooMany' | 'noFile' }

export async function action({ request, params }: ActionFunctionArgs) {
	const caller = await requireOrgPermission(request, 'update:listing:own')
	const ref = params.ref ?? ''
	if (ownedListingId(getDb(), caller.membership.orgId, ref) === null) throw new Response('Not Found', { status: 404 })
	let form: FormData
	try {
		// Room for one picture over the limit, so its size is reported beside the field rather than as an error page.
		form = await readForm(request, { multipart: true, maxBytes: 2 * MAX_IMAGE_BYTES + BODY_LIMITS.envelope })
	} catch (e) {
		if (e instanceof Response && e.status === 413) return data<Result>({ ok: false, message: 'tooLarge' }, { status: 413 })
		throw e
	}
	await validateCsrf(request, form)
	const orgId = caller.membership.orgId
	const ctx = writeContext(getDb(), { kind: 'organization', orgId, orgRef: caller.membership.orgRef, userId: caller.user.id }, 'web')
	if (form.get('intent') === 'remove') {
		const ok = removeListingImage(ctx, orgId, ref, Number(form.get('mediaId')))
		if (!ok) throw new Response('Not Found', { status: 404 })
		return data<Result>({ ok: true, message: 'removed' })
	}
	const file = form.get('image')
	if (!(file instanceof File) || file.size === 0) return data<Result>({ ok: false, message: 'noFile' }, { status: 400 })
	const alt = String(form.get('alt') ?? '').trim().slice(0, 200) || null
	try {
		await addListingImage(ctx, orgId, ref, new Uint8Array(await file.arrayBuffer()), alt)
	} catch (e) {
		if (e instanceof ImageError) {
			if (e.problem === 'notFound') throw new Response('Not Found', { status: 404 })
			return data<Result>({ ok: false, message: e.problem }, { status: e.problem === 'tooLarge' ? 413 : 400 })
		}
		throw e
	}
	return data<Result>({ ok: true, message: 'uploaded' })
}

export default function ListingImages() {
	const { listing, images } = useLoaderData<typeof loader>()
	const result = useActionData<typeof action>()
	const { t } = useTranslation()
	return (
		<div className="mx-auto max-w-4xl space-y-6">
			<PageHeader title={`${t('media.title')} · ${listing.title}`} subtitle={t('media.intro')}>
				<Link to={`/my/listings/${encodeURIComponent(listing.ref)}`}>{t('media.back')}</Link>
			</PageHeader>
			{result ? (
				<p role={result.ok ? 'status' : 'alert'} className={`rounded-md border p-3 text-sm ${result.ok ? 'border-emerald-200 bg-emerald-50 text-emerald-900' : 'border-red-200 bg-red-50 text-red-800'}`}>
					{t(`media.${result.message}`)}
				</p>
			) : null}
			<Card>
				<Form method="post" encType="multipart/form-data" className="grid gap-4 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
					<CsrfInput />
					<div>
						<label htmlFor="image" className="mb-1 block text-sm font-medium text-slate-700">
							{t('media.file')}
						</label>
						<input id="image" name="image" type="file" accept="image/jpeg,image/png,image/webp,image/gif" required className="block w-full text-sm" />
					</div>
					<div>
						<label htmlFor="alt" className="mb-1 block text-sm font-medium text-slate-700">
							{t('media.alt')}
						</label>
						<input id="alt" name="alt" maxLength={200} className={inputClass} />
					</div>
					<SubmitButton pendingText={t('media.uploading')}>{t('media.upload')}</SubmitButton>
				</Form>
			</Card>
			{images.length === 0 ? (
				<EmptyState>{t('media.empty')}</EmptyState>
			) : (
				<ul className="grid grid-cols-2 gap-4 sm:grid-cols-4">
					{images.map((img) => (
						<li key={img.id} className="overflow-hidden rounded-lg border border-slate-200 bg-white shadow-sm">
							<span className="relative block">
								<img src={`/media/${img.hash}.thumb.webp`} alt={img.alt ?? ''} width={480} height={360} className="aspect-[4/3] w-full object-cover" />
								{img.illustration ? <span className="absolute left-1.5 top-1.5 rounded bg-slate-900/70 px-1.5 py-0.5 text-xs text-white">{t('media.illustration')}</span> : null}
							</span>
							<div className="flex items-center justify-between gap-2 p-2 text-xs text-slate-600">
								<span className="truncate">{img.alt ?? `${img.width}×${img.height}`}</span>
								<Form method="post">
									<CsrfInput />
									<input type="hidden" name="intent" value="remove" />
									<input type="hidden" name="mediaId" value={img.id} />
									<button type="submit" className="text-red-700 underline">
										{t('media.remove')}
									</button>
								</Form>
							</div>
						</li>
					))}
				</ul>
			)}
		</div>
	)
}

export const meta: MetaFunction = ({ error, matches }) => (error ? errorMeta(matches, error) : [{ title: '产品图片 · 应急装备供需对接平台' }])

export function ErrorBoundary() {
	return <RouteErrorBoundary />
}
