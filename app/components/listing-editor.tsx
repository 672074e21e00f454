// The listing editor: one form for the whole listing record, shared by the new and edit pages. Plain POST (works
// without JavaScript: adding or removing a row is a submit button carrying a Conform list intent), validated in the
// browser with the same zod schema the server uses. No data access here; the page's loader supplies everything.
import { getCollectionProps, getFormProps, getInputProps, getSelectProps, getTextareaProps, useForm, type FieldMetadata, type SubmissionResult } from '@conform-to/react'
import { Form, Link } from '@remix-run/react'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { CsrfInput, ErrorList, Field, FormErrors, inputClass, SubmitButton } from '#app/components/forms.tsx'
import { Badge, Card, PageHeader, SectionTitle } from '#app/components/ui.tsx'
import { CATEGORIES, CERTIFICATION_TYPES, categoryParent, SCENARIOS } from '#app/modules/catalog/reference-data.ts'
import { formatNumber } from '#app/modules/catalog/units.ts'
import { formDefaults, listingFormSchema, SUGGESTED_UNITS, trimmedForm, unitNote, type ListingFormValue, type ListingKind, type ListingStatus } from '#app/modules/listings/form.ts'
import { parseForm } from '#app/utils/forms.ts'
import { certificationText, label } from '#app/utils/format.ts'
import { useLocale } from '#app/utils/root-data.ts'

export type EditorData = {
	ref: string | null
	status: ListingStatus | null
	kinds: ListingKind[]
	defaults: ReturnType<typeof formDefaults>
	org: { ref: string; name: string; verified: boolean }
	saved: boolean
	publicHref: string | null
	specNames: Record<string, string[]>
	/** The listing's pictures (none on a new listing). */
	images: { id: number; hash: string; alt: string | null; illustration: boolean }[]
	/** Pictures uploaded and deleted by the save that led here. */
	pictureNotice: { uploaded: number; removed: number }
}

const STATUS_TONE = { draft: 'amber', published: 'green', archived: 'slate' } as const
const buttonClass = 'inline-flex items-center gap-1.5 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 shadow-sm hover:bg-slate-50'
const removeClass = 'rounded-md px-2 py-2 text-sm text-red-700 underline decoration-red-300 underline-offset-2 hover:bg-red-50'

/** Conform's props without `key` (React wants keys given directly, not spread). */
function noKey<T extends { key?: unknown }>(props: T): Omit<T, 'key'> {
	const { key: _key, ...rest } = props
	return rest
}

/** Indentation of an option by its taxonomy level. */
const indent = (code: string) => '\u3000'.repeat(Math.max(0, code.length / 2 - 2))

/** The spec names suggested for a category: its own, else its nearest ancestor's. */
function namesFor(category: string | undefined, byCategory: Record<string, string[]>): string[] {
	for (let c: string | null = category ?? null; c; c = categoryParent(c)) if (byCategory[c]?.length) return byCategory[c]!
	return []
}

export function ListingEditor({ data, lastResult }: { data: EditorData; lastResult: SubmissionResult<string[]> | undefined }) {
	const { t } = useTranslation()
	const locale = useLocale()
	const schema = useMemo(() => listingFormSchema(data.kinds), [data.kinds])
	const [form, fields] = useForm<ListingFormValue>({
		id: `listing-${data.ref ?? 'new'}`,
		lastResult,
		defaultValue: data.defaults,
		shouldValidate: 'onBlur',
		shouldRevalidate: 'onInput',
		onValidate: ({ formData }) => parseForm(trimmedForm(formData), schema, locale),
	})
	const price = fields.price.getFieldset()
	const specRows = fields.specs.getFieldList()
	const certRows = fields.certifications.getFieldList()
	const category = fields.category.value as string | undefined
	const specNames = namesFor(category, data.specNames)
	const isNew = data.ref === null
	const status = data.status
	const hasErrors = form.status === 'error' && Object.keys(form.allErrors).length > 0
	const keywordErrors = Object.entries(fields.keywords.allErrors).flatMap(([, e]) => e)

	return (
		<div className="space-y-6">
			<PageHeader title={isNew ? t('listingEditor.newTitle') : t('listingEditor.editTitle')} subtitle={data.org.name}>
				<p className="flex gap-4 text-sm">
					<a href="#pictures">{t('listingEditor.images')}</a>
					<Link to="/my/listings">{t('listingEditor.back')}</Link>
				</p>
			</PageHeader>

			{data.saved && status && form.status !== 'error' ? (
				<p className="rounded-md border border-emerald-200 bg-emerald-50 p-3 text-sm text-emerald-900" role="status">
					{t(status === 'published' ? 'listingEditor.savedPublished' : status === 'archived' ? 'listingEditor.savedArchived' : 'listingEditor.savedDraft')}
					{data.pictureNotice.uploaded ? ` ${t('media.uploadedCount', { count: data.pictureNotice.uploaded })}` : ''}
					{data.pictureNotice.removed ? ` ${t('media.removedCount', { count: data.pictureNotice.removed })}` : ''}
				</p>
			) : null}

			<div className="rounded-md border border-sky-200 bg-sky-50 p-3 text-sm text-sky-900">
				{data.publicHref ? (
					<p className="mb-1">
						{t('listingEditor.isPublic')}{' '}
						<Link to={data.publicHref} className="font-semibold">
							{t('listingEditor.viewPublic')}
						</Link>
					</p>
				) : null}
				<p>{data.org.verified ? t('listingEditor.privacy') : t('listingEditor.privacyUnverified')}</p>
			</div>

			{!isNew ? (
				<p className="flex flex-wrap items-center gap-2 text-sm text-slate-600">
					<span>
						{t('listingEditor.ref')} <span className="font-mono">{data.ref}</span>
					</span>
					{status ? <Badge tone={STATUS_TONE[status]}>{t(`listingEditor.status.${status}`)}</Badge> : null}
				</p>
			) : null}

			<Form method="post" encType="multipart/form-data" {...getFormProps(form)} className="space-y-6">
				<CsrfInput />
				{/* Enter in a text field presses the form's first submit button: make that "save as it is", not "add a row". */}
				<button type="submit" name="status" value={status ?? 'draft'} className="sr-only" tabIndex={-1} aria-hidden="true">
					{t('listingEditor.actions.saveChanges')}
				</button>
				<FormErrors errors={form.errors} />
				{hasErrors ? (
					<p className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-800" role="alert">
						{t('listingEditor.fixErrors')}
					</p>
				) : null}

				<Card>
					<SectionTitle>{t('listingEditor.sections.basics')}</SectionTitle>
					<div className="grid gap-4 md:grid-cols-2">
						<div className="md:col-span-2">
							<Field label={t('listingEditor.fields.title')} help={t('listingEditor.help.title')} inputProps={noKey(getInputProps(fields.title, { type: 'text' }))} errors={fields.title.errors} />
						</div>
						<Field label={t('listingEditor.fields.kind')} as="select" inputProps={noKey(getSelectProps(fields.kind))} errors={fields.kind.errors}>
							{data.kinds.map((k) => (
								<option key={k} value={k}>
									{label.listingKind(k, locale)}
								</option>
							))}
						</Field>
						<Field label={t('listingEditor.fields.category')} as="select" help={t('listingEditor.help.category')} inputProps={noKey(getSelectProps(fields.category))} errors={fields.category.errors}>
							<option value="">{t('listingEditor.fields.categoryNone')}</option>
							{CATEGORIES.filter((c) => c.code.length === 2).map((top) => (
								<optgroup key={top.code} label={`${top.code} ${label.category(top.code, locale)}`}>
									{CATEGORIES.filter((c) => c.code.startsWith(top.code) && (c.code.length > 2 || c.code === category)).map((c) => (
										<option key={c.code} value={c.code}>
											{`${indent(c.code)}${label.category(c.code, locale)}`}
										</option>
									))}
								</optgroup>
							))}
						</Field>
						<Field label={t('listingEditor.fields.model')} inputProps={noKey(getInputProps(fields.model, { type: 'text' }))} errors={fields.model.errors} />
						<Field
							label={t('listingEditor.fields.keywords')}
							help={t('listingEditor.help.keywords')}
							inputProps={noKey(getInputProps(fields.keywords, { type: 'text', ariaInvalid: 'allErrors' }))}
							errors={keywordErrors}
						/>
						<fieldset className="md:col-span-2" aria-describedby={fields.scenarios.errors ? fields.scenarios.errorId : undefined}>
							<legend className="mb-1 text-sm font-medium text-slate-700">
								{t('listingEditor.fields.scenarios')} <span className="font-normal text-slate-500">{t('listingEditor.help.scenarios')}</span>
							</legend>
							<div className="grid gap-x-4 gap-y-1.5 sm:grid-cols-2 lg:grid-cols-3">
								{getCollectionProps(fields.scenarios, { type: 'checkbox', options: SCENARIOS.map((s) => s.code), ariaAttributes: false }).map((p) => (
									<label key={p.value} className="flex items-center gap-2 text-sm text-slate-800">
										<input {...noKey(p)} className="h-4 w-4 rounded border-slate-400 accent-brand-700" />
										{label.scenario(p.value, locale)}
									</label>
								))}
							</div>
							<ErrorList id={fields.scenarios.errorId} errors={fields.scenarios.errors} />
						</fieldset>
						<div className="md:col-span-2">
							<Field
								label={t('listingEditor.fields.description')}
								as="textarea"
								help={t('listingEditor.help.description')}
								inputProps={noKey(getTextareaProps(fields.description))}
								errors={fields.description.errors}
							/>
						</div>
					</div>
				</Card>

				<Card>
					<SectionTitle id="specs-title">{t('listingEditor.sections.specs')}</SectionTitle>
					<p id="specs-intro" className="mb-4 text-sm text-slate-600">
						{t('listingEditor.spec.intro')}
					</p>
					<datalist id="spec-names">
						{specNames.map((n) => (
							<option key={n} value={n} />
						))}
					</datalist>
					<datalist id="spec-units">
						{SUGGESTED_UNITS.map((u) => (
							<option key={u} value={u} />
						))}
					</datalist>
					{specRows.length ? (
						<div role="group" aria-labelledby="specs-title" aria-describedby="specs-intro">
							<div aria-hidden="true" className="hidden gap-3 pb-1 text-xs font-medium text-slate-500 sm:grid sm:grid-cols-[2.5rem_minmax(0,1.4fr)_minmax(0,1fr)_minmax(0,0.8fr)_4.5rem]">
								<span>#</span>
								<span>{t('listingEditor.spec.name')}</span>
								<span>{t('listingEditor.spec.value')}</span>
								<span>{t('listingEditor.spec.unit')}</span>
								<span />
							</div>
							<ol className="space-y-3 sm:space-y-2">
								{specRows.map((row, i) => {
									const f = row.getFieldset()
									return (
										<li key={row.key} className="grid items-start gap-x-3 gap-y-1 border-b border-slate-100 pb-3 last:border-0 sm:grid-cols-[2.5rem_minmax(0,1.4fr)_minmax(0,1fr)_minmax(0,0.8fr)_4.5rem] sm:border-0 sm:pb-0">
											<span className="pt-2 text-sm text-slate-500">{i + 1}</span>
											<RowInput field={f.name} label={t('listingEditor.rowLabel', { field: t('listingEditor.spec.name'), n: i + 1 })} list="spec-names" />
											<RowInput field={f.value} label={t('listingEditor.rowLabel', { field: t('listingEditor.spec.value'), n: i + 1 })} />
											<div>
												<RowInput field={f.unit} label={t('listingEditor.rowLabel', { field: t('listingEditor.spec.unit'), n: i + 1 })} list="spec-units" />
												<UnitNote value={f.value.value as string | undefined} unit={f.unit.value as string | undefined} />
											</div>
											<button {...form.remove.getButtonProps({ name: fields.specs.name, index: i })} className={removeClass} aria-label={t('listingEditor.spec.removeLabel', { n: i + 1 })}>
												{t('listingEditor.spec.remove')}
											</button>
										</li>
									)
								})}
							</ol>
						</div>
					) : (
						<p className="text-sm text-slate-500">{t('listingEditor.spec.none')}</p>
					)}
					<ErrorList id={fields.specs.errorId} errors={fields.specs.errors} />
					<div className="mt-3">
						<button {...form.insert.getButtonProps({ name: fields.specs.name })} className={buttonClass}>
							<span aria-hidden="true">＋</span> {t('listingEditor.spec.add')}
						</button>
					</div>
				</Card>

				<Card>
					<SectionTitle id="certs-title">{t('listingEditor.sections.certifications')}</SectionTitle>
					{certRows.length ? (
						<div role="group" aria-labelledby="certs-title">
							<div aria-hidden="true" className="hidden gap-3 pb-1 text-xs font-medium text-slate-500 sm:grid sm:grid-cols-[2.5rem_minmax(0,1.4fr)_minmax(0,1fr)_minmax(0,0.8fr)_4.5rem]">
								<span>#</span>
								<span>{t('listingEditor.cert.type')}</span>
								<span>{t('listingEditor.cert.number')}</span>
								<span>{t('listingEditor.cert.validUntil')}</span>
								<span />
							</div>
							<ol className="space-y-3 sm:space-y-2">
								{certRows.map((row, i) => {
									const f = row.getFieldset()
									const rowLabel = (field: string) => t('listingEditor.rowLabel', { field, n: i + 1 })
									return (
										<li key={row.key} className="grid items-start gap-x-3 gap-y-1 border-b border-slate-100 pb-3 last:border-0 sm:grid-cols-[2.5rem_minmax(0,1.4fr)_minmax(0,1fr)_minmax(0,0.8fr)_4.5rem] sm:border-0 sm:pb-0">
											<span className="pt-2 text-sm text-slate-500">{i + 1}</span>
											<div>
												<label htmlFor={f.type.id} className="sr-only">{rowLabel(t('listingEditor.cert.type'))}</label>
												<select {...noKey(getSelectProps(f.type))} className={inputClass}>
													<option value="">{t('listingEditor.cert.typeNone')}</option>
													{CERTIFICATION_TYPES.map((c) => (
														<option key={c.code} value={c.code}>
															{certificationText(c.code, locale)}
														</option>
													))}
												</select>
												<ErrorList id={f.type.errorId} errors={f.type.errors} />
											</div>
											<RowInput field={f.number} label={rowLabel(t('listingEditor.cert.number'))} />
											<RowInput field={f.validUntil} label={rowLabel(t('listingEditor.cert.validUntil'))} type="date" />
											<button {...form.remove.getButtonProps({ name: fields.certifications.name, index: i })} className={removeClass} aria-label={t('listingEditor.cert.removeLabel', { n: i + 1 })}>
												{t('listingEditor.cert.remove')}
											</button>
										</li>
									)
								})}
							</ol>
						</div>
					) : (
						<p className="text-sm text-slate-500">{t('listingEditor.cert.none')}</p>
					)}
					<ErrorList id={fields.certifications.errorId} errors={fields.certifications.errors} />
					<div className="mt-3">
						<button {...form.insert.getButtonProps({ name: fields.certifications.name })} className={buttonClass}>
							<span aria-hidden="true">＋</span> {t('listingEditor.cert.add')}
						</button>
					</div>
				</Card>

				<Card>
					<SectionTitle>{t('listingEditor.sections.supply')}</SectionTitle>
					<div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
						<Field label={t('listingEditor.fields.priceMin')} help={t('listingEditor.help.price')} inputProps={{ ...noKey(getInputProps(price.min, { type: 'text' })), inputMode: 'decimal' }} errors={price.min.errors} />
						<Field label={t('listingEditor.fields.priceMax')} inputProps={{ ...noKey(getInputProps(price.max, { type: 'text' })), inputMode: 'decimal' }} errors={[...(price.max.errors ?? []), ...(fields.price.errors ?? [])]} />
						<div className="hidden lg:block" />
						<Field label={t('listingEditor.fields.leadTimeDays')} inputProps={{ ...noKey(getInputProps(fields.leadTimeDays, { type: 'text' })), inputMode: 'numeric' }} errors={fields.leadTimeDays.errors} />
						<Field label={t('listingEditor.fields.monthlyCapacity')} inputProps={{ ...noKey(getInputProps(fields.monthlyCapacity, { type: 'text' })), inputMode: 'numeric' }} errors={fields.monthlyCapacity.errors} />
						<Field label={t('listingEditor.fields.stock')} inputProps={{ ...noKey(getInputProps(fields.stock, { type: 'text' })), inputMode: 'numeric' }} errors={fields.stock.errors} />
					</div>
				</Card>

				<Pictures listingRef={data.ref} images={data.images} errors={form.allErrors.images} />

				<Card>
					<div className="flex flex-wrap items-center gap-3" role="group" aria-label={t('listingEditor.actions.label')}>
						<StatusButtons status={status} />
					</div>
					<ErrorList id={fields.status.errorId} errors={fields.status.errors} />
					<p className="mt-3 text-sm text-slate-600">{t(`listingEditor.actionsHelp.${status ?? 'new'}`)}</p>
				</Card>
			</Form>
		</div>
	)
}

/** The listing's pictures inside the editor's form: thumbnails to tick for deletion and a file field, both applied by Save. */
function Pictures({ listingRef, images, errors }: { listingRef: string | null; images: EditorData['images']; errors: string[] | undefined }) {
	const { t } = useTranslation()
	return (
		<Card>
			<section aria-labelledby="pictures-title" id="pictures">
				<SectionTitle id="pictures-title">{t('media.section')}</SectionTitle>
				{listingRef === null ? <p className="mb-3 text-sm text-slate-600">{t('media.newNote')}</p> : null}
				{images.length ? (
					<ul className="mb-4 grid grid-cols-2 gap-3 sm:grid-cols-4">
						{images.map((img) => (
							<li key={img.id} className="overflow-hidden rounded-lg border border-slate-200 bg-white">
								<span className="relative block">
									<img src={`/media/${img.hash}.thumb.webp`} alt={img.alt ?? ''} width={480} height={360} loading="lazy" className="aspect-[4/3] w-full object-cover" />
									{img.illustration ? <span className="absolute left-1.5 top-1.5 rounded bg-slate-900/70 px-1.5 py-0.5 text-xs text-white">{t('media.illustration')}</span> : null}
								</span>
								<label className="flex items-center gap-2 p-2 text-sm text-slate-700">
									<input type="checkbox" name="removeImage" value={img.id} className="h-4 w-4" />
									{t('media.removeOnSave')}
								</label>
							</li>
						))}
					</ul>
				) : null}
				{images.some((i) => i.illustration) ? <p className="mb-3 text-sm text-slate-600">{t('media.replaceIllustration')}</p> : null}
				<label htmlFor="listing-images" className="mb-1 block text-sm font-medium text-slate-700">
					{t('media.addFiles')}
				</label>
				<input
					id="listing-images"
					name="images"
					type="file"
					multiple
					accept="image/jpeg,image/png,image/webp,image/gif"
					aria-describedby="listing-images-help"
					aria-invalid={errors?.length ? true : undefined}
					className="block w-full max-w-full text-sm file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-1.5 file:text-sm file:font-medium"
				/>
				<ErrorList id="listing-images-error" errors={errors} />
				<p id="listing-images-help" className="mt-1 text-xs text-slate-500">
					{t('media.editorHelp')}
					{listingRef !== null ? (
						<>
							{' '}
							<Link to={`/my/listings/${encodeURIComponent(listingRef)}/images`}>{t('media.manage')}</Link>
						</>
					) : null}
				</p>
			</section>
		</Card>
	)
}

function StatusButtons({ status }: { status: ListingStatus | null }) {
	const { t } = useTranslation()
	const saving = t('listingEditor.actions.saving')
	const b = (value: ListingStatus, text: string, tone: 'primary' | 'secondary') => (
		<SubmitButton key={`${value}-${text}`} name="status" value={value} tone={tone} pendingText={saving}>
			{text}
		</SubmitButton>
	)
	switch (status) {
		case null:
			return [b('published', t('listingEditor.actions.publish'), 'primary'), b('draft', t('listingEditor.actions.saveDraft'), 'secondary')]
		case 'draft':
			return [b('published', t('listingEditor.actions.publish'), 'primary'), b('draft', t('listingEditor.actions.saveDraft'), 'secondary'), b('archived', t('listingEditor.actions.archive'), 'secondary')]
		case 'published':
			return [b('published', t('listingEditor.actions.saveChanges'), 'primary'), b('draft', t('listingEditor.actions.unpublish'), 'secondary'), b('archived', t('listingEditor.actions.archive'), 'secondary')]
		case 'archived':
			return [b('draft', t('listingEditor.actions.restore'), 'primary'), b('published', t('listingEditor.actions.publish'), 'secondary')]
	}
}

function RowInput({ field, label, list, type = 'text' }: { field: FieldMetadata<unknown>; label: string; list?: string; type?: 'text' | 'date' }) {
	const props = noKey(getInputProps(field, { type }))
	return (
		<div>
			<label htmlFor={field.id} className="sr-only">
				{label}
			</label>
			<input {...props} list={list} className={inputClass} />
			<ErrorList id={field.errorId} errors={field.errors} />
		</div>
	)
}

function UnitNote({ value, unit }: { value: string | undefined; unit: string | undefined }) {
	const { t } = useTranslation()
	const note = unitNote(value, unit)
	if (!note) return null
	if (note.kind === 'unknown') return <p className="mt-1 text-xs text-amber-800">{t('listingEditor.spec.unknownUnit')}</p>
	// Already in the canonical unit: nothing to explain.
	if (unit?.trim() === note.canonical) return null
	return (
		<p className="mt-1 text-xs text-slate-500">
			{note.value !== null ? t('listingEditor.spec.converts', { value: formatNumber(note.value), unit: note.canonical }) : t('listingEditor.spec.canonical', { unit: note.canonical })}
		</p>
	)
}
