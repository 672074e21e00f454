// The configuration-standard editor: header fields and repeating item blocks (quantity rule, mandatory, service life,
// requirement rows and certifications). Adding, removing and reordering are Conform list intents, i.e. submit
// buttons, so the form also works without JavaScript. Requirement rows are the demand editor's own components.
import { getFormProps, getInputProps, getSelectProps, useForm, type FieldMetadata, type FormMetadata, type SubmissionResult } from '@conform-to/react'
import { Form } from '@remix-run/react'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { addButton, CategoryOptions, CheckboxGroup, removeButton, smallButton, SpecRowsSection } from '#app/components/demand-editor.tsx'
import { CsrfInput, ErrorList, Field, FormErrors, SubmitButton, inputClass } from '#app/components/forms.tsx'
import { Card, SectionTitle } from '#app/components/ui.tsx'
import { CERTIFICATION_TYPES, TEAM_TYPES } from '#app/modules/catalog/reference-data.ts'
import { NEW_ITEM, standardForm, type StandardFormValue } from '#app/modules/standards/form.ts'
import type { StandardRecord } from '#app/modules/standards/schema.ts'
import { certificationText, label } from '#app/utils/format.ts'
import { parseForm } from '#app/utils/forms.ts'
import { useLocale } from '#app/utils/root-data.ts'

type Item = NonNullable<StandardFormValue['items']>[number]
type Status = StandardRecord['status']

const moveButton = `${smallButton} border-slate-300 bg-white text-slate-700 hover:border-brand-500 disabled:opacity-40`

export type StandardEditorProps = {
	mode: 'create' | 'edit'
	/** The code when editing (fixed); null when creating. */
	code: string | null
	status: Status | null
	/** Read-only: published and in use, or archived (a new version is edited instead). */
	readOnly: boolean
	defaultValue: StandardFormValue
	lastResult: SubmissionResult<string[]> | undefined
}

export function StandardEditor(p: StandardEditorProps) {
	const { t } = useTranslation()
	const locale = useLocale()
	const [form, fields] = useForm<StandardFormValue, StandardRecord>({
		id: 'standard-editor',
		lastResult: p.lastResult,
		defaultValue: p.defaultValue,
		// As in the demand editor: problems show on submit (so buttons do not move under the pointer), then update as one types.
		shouldValidate: 'onSubmit',
		shouldRevalidate: 'onInput',
		onValidate: ({ formData }) => parseForm(formData, standardForm({ code: p.mode === 'edit' ? p.code : null, status: p.status ?? 'draft' }), locale),
	})
	const items = fields.items.getFieldList()
	const errorCount = Object.values(form.allErrors).filter((e) => e.length).length
	const teamType = fields.teamType.initialValue
	const teamTypes = teamType && !TEAM_TYPES.some((x) => x.code === teamType) ? [...TEAM_TYPES.map((x) => x.code), teamType] : TEAM_TYPES.map((x) => x.code)

	return (
		<Form method="post" {...getFormProps(form)} className="space-y-6">
			{/* Enter in a text field submits with the first submit button: make that "save", not "remove item 1". */}
			{!p.readOnly ? <button type="submit" name="_action" value="save" hidden tabIndex={-1} aria-hidden="true" /> : null}
			<CsrfInput />
			{(form.status === 'error' || p.lastResult?.status === 'error') && errorCount ? <FormErrors errors={[t('standardEditor.problems', { count: errorCount })]} /> : null}
			<FormErrors errors={form.errors} />

			<fieldset disabled={p.readOnly || undefined} className="min-w-0 space-y-6">
				<Card>
					<SectionTitle>{t('standardEditor.basics')}</SectionTitle>
					<div className="grid gap-4 md:grid-cols-3">
						<div className="md:col-span-2">
							<Field
								label={t('standardEditor.standardTitle')}
								inputProps={{ ...getInputProps(fields.title, { type: 'text' }), placeholder: t('standardEditor.standardTitlePlaceholder'), maxLength: 200 }}
								errors={fields.title.errors}
							/>
						</div>
						{p.mode === 'create' ? (
							<Field
								label={t('standardEditor.code')}
								inputProps={{ ...getInputProps(fields.code, { type: 'text' }), placeholder: t('standardEditor.codePlaceholder'), spellCheck: false, maxLength: 100 }}
								help={t('standardEditor.codeHelp', { example: '建标152-2017/一级站' })}
								errors={fields.code.errors}
							/>
						) : (
							<div>
								<p className="mb-1 block text-sm font-medium text-slate-700">{t('standardEditor.code')}</p>
								<p className="break-all rounded-md border border-slate-200 bg-slate-50 px-3 py-2 font-mono text-sm text-slate-800">{p.code}</p>
								<ErrorList errors={fields.code.errors} />
							</div>
						)}
						<Field
							label={t('standardEditor.issuer')}
							inputProps={{ ...getInputProps(fields.issuer, { type: 'text' }), placeholder: t('standardEditor.issuerPlaceholder'), maxLength: 200 }}
							errors={fields.issuer.errors}
						/>
						<Field label={t('standardEditor.teamType')} as="select" inputProps={getSelectProps(fields.teamType)} errors={fields.teamType.errors}>
							<option value="">{t('standardEditor.teamTypeNone')}</option>
							{teamTypes.map((code) => (
								<option key={code} value={code}>
									{label.teamType(code, locale)}
								</option>
							))}
						</Field>
						<div className="grid grid-cols-2 gap-4">
							<Field
								label={t('standardEditor.level')}
								inputProps={{ ...getInputProps(fields.level, { type: 'text' }), placeholder: t('standardEditor.levelPlaceholder'), maxLength: 50 }}
								errors={fields.level.errors}
							/>
							<Field
								label={t('standardEditor.version')}
								inputProps={{ ...getInputProps(fields.version, { type: 'text' }), placeholder: t('standardEditor.versionPlaceholder'), maxLength: 50 }}
								errors={fields.version.errors}
							/>
						</div>
					</div>
				</Card>

				<section aria-labelledby="std-items-heading" className="space-y-4">
					<div>
						<h2 id="std-items-heading" className="text-lg font-semibold text-ink-900">
							{t('standardEditor.items')} <span className="text-sm font-normal text-slate-500">({items.length})</span>
						</h2>
						<p className="mt-1 text-sm text-slate-600">{t('standardEditor.itemsHelp')}</p>
						<ErrorList id={fields.items.errorId} errors={fields.items.errors} />
					</div>
					{items.length === 0 ? <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-slate-500">{t('standardEditor.noItems')}</p> : null}
					{items.map((item, index) => (
						<ItemBlock key={item.key} form={form} item={item} index={index} count={items.length} readOnly={p.readOnly} />
					))}
					{!p.readOnly ? (
						<div>
							<button {...form.insert.getButtonProps({ name: fields.items.name, defaultValue: NEW_ITEM })} className={addButton}>
								<span aria-hidden="true">＋</span> {t('standardEditor.addItem')}
							</button>
						</div>
					) : null}
				</section>
			</fieldset>

			{!p.readOnly ? (
				<div className="sticky bottom-2 z-10 flex flex-wrap items-center justify-end gap-3 rounded-lg border border-slate-200 bg-white/95 px-4 py-3 shadow-md backdrop-blur">
					{p.status === 'published' ? (
						<SubmitButton name="_action" value="save" pendingText={t('standardEditor.saving')}>
							{t('standardEditor.save')}
						</SubmitButton>
					) : (
						<>
							<SubmitButton name="_action" value="draft" tone="secondary" pendingText={t('standardEditor.saving')}>
								{t('standardEditor.saveDraft')}
							</SubmitButton>
							<SubmitButton name="_action" value="publish" pendingText={t('standardEditor.saving')}>
								{t('standardEditor.publish')}
							</SubmitButton>
						</>
					)}
				</div>
			) : null}
		</Form>
	)
}

function ItemBlock({
	form,
	item,
	index,
	count,
	readOnly,
}: {
	form: FormMetadata<StandardFormValue, string[]>
	item: FieldMetadata<Item, StandardFormValue, string[]>
	index: number
	count: number
	readOnly: boolean
}) {
	const { t } = useTranslation()
	const locale = useLocale()
	const f = item.getFieldset()
	const q = f.quantity.getFieldset()
	const headingId = useId()
	const itemsName = form.getFieldset().items.name
	const n = index + 1
	const quantityErrors = f.quantity.errors ?? []
	const quantityErrorId = quantityErrors.length ? `${f.quantity.id}-error` : undefined
	const quantityField = (field: typeof q.fixed, text: string) => {
		const props = getInputProps(field, { type: 'text' })
		const describedBy = [field.errors?.length ? `${field.id}-error` : null, quantityErrorId].filter(Boolean).join(' ') || undefined
		return (
			<div>
				<label htmlFor={field.id} className="mb-1 block text-sm font-medium text-slate-700">
					{text}
				</label>
				<input {...props} inputMode="decimal" aria-invalid={field.errors?.length || quantityErrors.length ? true : undefined} aria-describedby={describedBy} className={inputClass} />
				<ErrorList id={field.errors?.length ? `${field.id}-error` : undefined} errors={field.errors} />
			</div>
		)
	}
	return (
		<div role="group" aria-labelledby={headingId} className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
			<div className="mb-4 flex flex-wrap items-center justify-between gap-3 border-b border-slate-100 pb-3">
				<h3 id={headingId} className="text-base font-semibold text-ink-900">
					{t('standardEditor.item', { n })}
				</h3>
				{!readOnly ? (
					<div className="flex flex-wrap gap-2">
						<button
							{...form.reorder.getButtonProps({ name: itemsName, from: index, to: index - 1 })}
							disabled={index === 0}
							className={moveButton}
							aria-label={t('standardEditor.moveUpLabel', { n })}
						>
							<span aria-hidden="true">↑</span> {t('standardEditor.moveUp')}
						</button>
						<button
							{...form.reorder.getButtonProps({ name: itemsName, from: index, to: index + 1 })}
							disabled={index === count - 1}
							className={moveButton}
							aria-label={t('standardEditor.moveDownLabel', { n })}
						>
							<span aria-hidden="true">↓</span> {t('standardEditor.moveDown')}
						</button>
						<button {...form.remove.getButtonProps({ name: itemsName, index })} className={removeButton}>
							{t('standardEditor.removeItem', { n })}
						</button>
					</div>
				) : null}
			</div>
			<ErrorList id={item.errorId} errors={item.errors} />
			<div className="grid gap-4 md:grid-cols-12">
				<div className="md:col-span-5">
					<Field
						label={t('standardEditor.name')}
						inputProps={{ ...getInputProps(f.name, { type: 'text' }), placeholder: t('standardEditor.namePlaceholder'), maxLength: 200 }}
						errors={f.name.errors}
					/>
				</div>
				<div className="md:col-span-4">
					<Field label={t('standardEditor.category')} as="select" inputProps={getSelectProps(f.category)} errors={f.category.errors}>
						<CategoryOptions none={t('standardEditor.categoryNone')} current={f.category.initialValue} locale={locale} />
					</Field>
				</div>
				<div className="md:col-span-3">
					<Field
						label={t('standardEditor.itemRef')}
						inputProps={{ ...getInputProps(f.ref, { type: 'text' }), spellCheck: false, maxLength: 100 }}
						help={t('standardEditor.itemRefHelp')}
						errors={f.ref.errors}
					/>
				</div>
			</div>

			<fieldset className="mt-4 rounded-md border border-slate-200 p-3" aria-describedby={quantityErrorId}>
				<legend className="px-1 text-sm font-semibold text-slate-800">{t('standardEditor.quantity')}</legend>
				<p className="mb-2 text-xs text-slate-500">{t('standardEditor.quantityHelp')}</p>
				<div className="grid gap-4 sm:grid-cols-2 md:grid-cols-5 md:items-end">
					{quantityField(q.fixed, t('standardEditor.fixed'))}
					{quantityField(q.perPerson, t('standardEditor.perPerson'))}
					{quantityField(q.min, t('standardEditor.min'))}
					<Field
						label={t('standardEditor.serviceLife')}
						inputProps={{ ...getInputProps(f.serviceLifeYears, { type: 'text' }), inputMode: 'numeric' }}
						errors={f.serviceLifeYears.errors}
					/>
					<label className="flex items-center gap-2 pb-2 text-sm font-medium text-slate-800">
						<input {...getInputProps(f.mandatory, { type: 'checkbox', value: 'on' })} className="h-4 w-4 accent-brand-700" />
						{t('standardEditor.mandatory')}
					</label>
				</div>
				<ErrorList id={quantityErrorId} errors={quantityErrors} />
			</fieldset>

			<SpecRowsSection
				form={form}
				specs={f.specs}
				readOnly={readOnly}
				texts={{ title: t('standardEditor.specs'), help: t('standardEditor.specsHelp'), empty: t('standardEditor.noSpecs'), add: t('standardEditor.addSpec') }}
			/>

			<div className="mt-5">
				<CheckboxGroup
					legend={t('standardEditor.certifications')}
					field={f.certifications}
					options={CERTIFICATION_TYPES.map((c) => ({ value: c.code, label: certificationText(c.code, locale) }))}
				/>
			</div>
		</div>
	)
}
