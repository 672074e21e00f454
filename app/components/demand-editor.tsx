// The demand-list editor: list details and repeating item blocks, each with repeating requirement rows. Adding and
// removing rows are Conform list intents, i.e. submit buttons, so the whole form also works without JavaScript.
import {
	getCollectionProps,
	getFormProps,
	getInputProps,
	getSelectProps,
	getTextareaProps,
	useForm,
	type FieldMetadata,
	type FormMetadata,
	type SubmissionResult,
} from '@conform-to/react'
import { Form } from '@remix-run/react'
import { useEffect, useId, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorList, CsrfInput, Field, FormErrors, SubmitButton, inputClass } from '#app/components/forms.tsx'
import { Card, SectionTitle } from '#app/components/ui.tsx'
import type { OrgKind } from '#app/modules/accounts/permissions.ts'
import { CATEGORIES, CERTIFICATION_TYPES, DEMAND_KIND_LABELS, REGIONS, SCENARIOS } from '#app/modules/catalog/reference-data.ts'
import { demandForm, EDITOR_OPS, statusFor, type ConstraintOp, type DemandFormValue } from '#app/modules/demands/form.ts'
import type { PublishBaseline } from '#app/modules/demands/publishing.ts'
import type { DemandRecord } from '#app/modules/demands/schema.ts'
import { certificationText, label } from '#app/utils/format.ts'
import { parseForm } from '#app/utils/forms.ts'
import { useLocale } from '#app/utils/root-data.ts'

type Item = NonNullable<DemandFormValue['items']>[number]
type SpecRow = NonNullable<Item['specs']>[number]
type Status = DemandRecord['status']

export const OP_KEYS: Record<ConstraintOp, string> = { '>=': 'gte', '<=': 'lte', '=': 'eq', between: 'between', in: 'in', has: 'has' }

/** The kinds each publisher usually files (bureaus also publish catalogs); a stored kind is always offered. */
const KINDS_FOR: Record<string, string[]> = {
	bureau: ['procurement', 'catalog', 'finance', 'technology'],
	rescue_team: ['procurement', 'finance', 'technology'],
	enterprise: ['finance', 'technology'],
}

export function useHydrated(): boolean {
	const [hydrated, setHydrated] = useState(false)
	useEffect(() => setHydrated(true), [])
	return hydrated
}

export const smallButton = 'inline-flex items-center gap-1 rounded-md border px-3 py-1.5 text-sm font-medium shadow-sm'
export const addButton = `${smallButton} border-brand-500 bg-white text-brand-700 hover:bg-brand-50`
export const removeButton = `${smallButton} border-slate-300 bg-white text-red-700 hover:border-red-400 hover:bg-red-50`

export type DemandEditorProps = {
	mode: 'create' | 'edit'
	/** The ref when editing; the ref a blank field would get when creating (a placeholder, and for browser validation). */
	listRef: string
	status: Status | null
	orgRef: string
	orgKind: OrgKind
	orgRegion: string
	defaultValue: DemandFormValue
	lastResult: SubmissionResult<string[]> | undefined
	/** Today (China time) and what is stored of the list: publishing is checked here as on the server. */
	today: string
	baseline: PublishBaseline | null
}

export function DemandEditor(p: DemandEditorProps) {
	const { t } = useTranslation()
	const locale = useLocale()
	const [form, fields] = useForm<DemandFormValue, DemandRecord>({
		id: 'demand-editor',
		lastResult: p.lastResult,
		defaultValue: p.defaultValue,
		// Not on blur: an error appearing under a field moves the buttons below it between press and release, so a
		// click on "add requirement" right after typing would be lost. Problems show on submit, then update as one types.
		shouldValidate: 'onSubmit',
		shouldRevalidate: 'onInput',
		onValidate: ({ formData }) => {
			// The button pressed decides the status (publish, save as draft, save), as in the action.
			const intent = formData.get('_action')
			const status = statusFor(typeof intent === 'string' ? intent : null, p.status)
			return parseForm(formData, demandForm({ org: p.orgRef, ref: p.listRef, refFixed: p.mode === 'edit', status, today: p.today, baseline: p.baseline }), locale)
		},
	})
	const items = fields.items.getFieldList()
	const errorCount = Object.values(form.allErrors).filter((e) => e.length).length
	const kinds = KINDS_FOR[p.orgKind] ?? ['procurement']
	const currentKind = fields.kind.initialValue
	const kindOptions = currentKind && !kinds.includes(currentKind) ? [...kinds, currentKind] : kinds
	const region = fields.region.initialValue
	const regions = region && !REGIONS.some((r) => r.code === region) ? [...REGIONS.map((r) => r.code), region] : REGIONS.map((r) => r.code)

	return (
		<Form method="post" {...getFormProps(form)} className="space-y-6">
			{/* Enter in a text field submits with the first submit button: make that "save", not "remove item 1". */}
			<button type="submit" name="_action" value="save" hidden tabIndex={-1} aria-hidden="true" />
			<CsrfInput />
			{/* After a refused post (no JavaScript) and after the browser's own check (JavaScript): the same summary. */}
			{(form.status === 'error' || p.lastResult?.status === 'error') && errorCount ? (
				<FormErrors errors={[t('demandEditor.problems', { count: errorCount })]} />
			) : null}
			<FormErrors errors={form.errors} />

			<Card>
				<SectionTitle>{t('demandEditor.basics')}</SectionTitle>
				<div className="grid gap-4 md:grid-cols-3">
					<div className="md:col-span-2">
						<Field
							label={t('demandEditor.listTitle')}
							inputProps={{ ...getInputProps(fields.title, { type: 'text' }), placeholder: t('demandEditor.listTitlePlaceholder'), maxLength: 200 }}
							errors={fields.title.errors}
						/>
					</div>
					{p.mode === 'create' ? (
						<Field
							label={t('demandEditor.ref')}
							inputProps={{ ...getInputProps(fields.ref, { type: 'text' }), placeholder: p.listRef, spellCheck: false, maxLength: 100 }}
							help={t('demandEditor.refHelp', { example: p.listRef })}
							errors={fields.ref.errors}
						/>
					) : (
						<div>
							<p className="mb-1 block text-sm font-medium text-slate-700">{t('demandEditor.ref')}</p>
							<p className="rounded-md border border-slate-200 bg-slate-50 px-3 py-2 font-mono text-sm text-slate-800">{p.listRef}</p>
						</div>
					)}
					<Field label={t('demandEditor.kind')} as="select" inputProps={getSelectProps(fields.kind)} errors={fields.kind.errors}>
						{kindOptions.map((k) => (
							<option key={k} value={k}>
								{label.demandKind(k, locale)}
							</option>
						))}
					</Field>
					<Field
						label={t('demandEditor.deadline')}
						inputProps={getInputProps(fields.deadline, { type: 'date' })}
						help={t('demandEditor.deadlineHelp')}
						errors={fields.deadline.errors}
					/>
					<Field label={t('demandEditor.region')} as="select" inputProps={getSelectProps(fields.region)} errors={fields.region.errors}>
						<option value="">{t('demandEditor.regionOwn', { region: label.region(p.orgRegion, locale) })}</option>
						{regions.map((code) => (
							<option key={code} value={code}>
								{label.region(code, locale)}
							</option>
						))}
					</Field>
				</div>
			</Card>

			<section aria-labelledby="items-heading" className="space-y-4">
				<div>
					<h2 id="items-heading" className="text-lg font-semibold text-ink-900">
						{t('demandEditor.items')} <span className="text-sm font-normal text-slate-500">({items.length})</span>
					</h2>
					<p className="mt-1 text-sm text-slate-600">{t('demandEditor.itemsHelp')}</p>
					<ErrorList id={fields.items.errorId} errors={fields.items.errors} />
				</div>
				{items.length === 0 ? <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-slate-500">{t('demandEditor.noItems')}</p> : null}
				{items.map((item, index) => (
					<ItemBlock key={item.key} form={form} item={item} index={index} listRef={p.listRef} />
				))}
				<div>
					<button {...form.insert.getButtonProps({ name: fields.items.name, defaultValue: {} })} className={addButton}>
						<span aria-hidden="true">＋</span> {t('demandEditor.addItem')}
					</button>
				</div>
			</section>

			<div className="sticky bottom-2 z-10 flex flex-wrap items-center justify-end gap-3 rounded-lg border border-slate-200 bg-white/95 px-4 py-3 shadow-md backdrop-blur">
				<Buttons status={p.status} />
			</div>
		</Form>
	)
}

function Buttons({ status }: { status: Status | null }) {
	const { t } = useTranslation()
	const saving = t('demandEditor.saving')
	if (status === 'published')
		return (
			<>
				<SubmitButton name="_action" value="draft" tone="secondary" pendingText={saving}>
					{t('demandEditor.unpublish')}
				</SubmitButton>
				<SubmitButton name="_action" value="publish" pendingText={saving}>
					{t('demandEditor.save')}
				</SubmitButton>
			</>
		)
	if (status === 'closed')
		return (
			<>
				<SubmitButton name="_action" value="save" tone="secondary" pendingText={saving}>
					{t('demandEditor.save')}
				</SubmitButton>
				<SubmitButton name="_action" value="publish" pendingText={saving}>
					{t('demandEditor.republish')}
				</SubmitButton>
			</>
		)
	return (
		<>
			<SubmitButton name="_action" value="draft" tone="secondary" pendingText={saving}>
				{t('demandEditor.saveDraft')}
			</SubmitButton>
			<SubmitButton name="_action" value="publish" pendingText={saving}>
				{t('demandEditor.publish')}
			</SubmitButton>
		</>
	)
}

/** Every error under a field (a list's entries included), flattened. */
const allErrorsOf = (field: { allErrors: Record<string, string[]> }) => [...new Set(Object.values(field.allErrors).flat())]

function ItemBlock({ form, item, index, listRef }: { form: FormMetadata<DemandFormValue, string[]>; item: FieldMetadata<Item, DemandFormValue, string[]>; index: number; listRef: string }) {
	const { t } = useTranslation()
	const locale = useLocale()
	const f = item.getFieldset()
	const headingId = useId()
	const n = index + 1
	return (
		<div role="group" aria-labelledby={headingId} className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
			<div className="mb-4 flex flex-wrap items-center justify-between gap-3 border-b border-slate-100 pb-3">
				<h3 id={headingId} className="text-base font-semibold text-ink-900">
					{t('demandEditor.item', { n })}
				</h3>
				<button {...form.remove.getButtonProps({ name: form.getFieldset().items.name, index })} className={removeButton}>
					{t('demandEditor.removeItem', { n })}
				</button>
			</div>
			<ErrorList id={item.errorId} errors={item.errors} />
			<div className="grid gap-4 md:grid-cols-12">
				<div className="md:col-span-6">
					<Field
						label={t('demandEditor.name')}
						inputProps={{ ...getInputProps(f.name, { type: 'text' }), placeholder: t('demandEditor.namePlaceholder'), maxLength: 200 }}
						errors={f.name.errors}
					/>
				</div>
				<div className="md:col-span-2">
					<Field label={t('demandEditor.quantity')} inputProps={{ ...getInputProps(f.quantity, { type: 'text' }), inputMode: 'decimal' }} errors={f.quantity.errors} />
				</div>
				<div className="md:col-span-2">
					<Field label={t('demandEditor.unit')} inputProps={{ ...getInputProps(f.unit, { type: 'text' }), placeholder: t('demandEditor.unitPlaceholder'), maxLength: 20 }} errors={f.unit.errors} />
				</div>
				<div className="md:col-span-2">
					<Field label={t('demandEditor.budget')} inputProps={{ ...getInputProps(f.budgetPerUnit, { type: 'text' }), inputMode: 'decimal' }} errors={f.budgetPerUnit.errors} />
				</div>
				<div className="md:col-span-6">
					<Field label={t('demandEditor.category')} as="select" inputProps={getSelectProps(f.category)} errors={f.category.errors}>
						<CategoryOptions none={t('demandEditor.categoryNone')} current={f.category.initialValue} locale={locale} />
					</Field>
				</div>
				<div className="md:col-span-3">
					<Field label={t('demandEditor.neededBy')} inputProps={getInputProps(f.neededBy, { type: 'date' })} errors={f.neededBy.errors} />
				</div>
				<div className="md:col-span-3">
					<Field
						label={t('demandEditor.itemRef')}
						inputProps={{ ...getInputProps(f.ref, { type: 'text' }), placeholder: `${listRef}-${String(n).padStart(2, '0')}`, spellCheck: false, maxLength: 100 }}
						help={t('demandEditor.itemRefHelp')}
						errors={f.ref.errors}
					/>
				</div>
			</div>

			<SpecRowsSection
				form={form}
				specs={f.specs}
				texts={{ title: t('demandEditor.specs'), help: t('demandEditor.specsHelp'), empty: t('demandEditor.noSpecs'), add: t('demandEditor.addSpec') }}
			/>

			<div className="mt-5 grid gap-4 lg:grid-cols-2">
				<CheckboxGroup
					legend={t('demandEditor.scenarios')}
					field={f.scenarios}
					options={SCENARIOS.map((s) => ({ value: s.code, label: label.scenario(s.code, locale) }))}
				/>
				<CheckboxGroup
					legend={t('demandEditor.certifications')}
					field={f.certifications}
					options={CERTIFICATION_TYPES.map((c) => ({ value: c.code, label: certificationText(c.code, locale) }))}
				/>
			</div>

			<div className="mt-5">
				<Field label={t('demandEditor.notes')} as="textarea" inputProps={{ ...getTextareaProps(f.notes), maxLength: 2000, rows: 2 }} errors={f.notes.errors} />
			</div>
		</div>
	)
}

/** One requirement row (name, operator, values, unit); shared with the configuration-standard editor. */
/** The spec-constraint rows of a demand item or a standard item: heading, column headers, rows, and the add button. */
export function SpecRowsSection<F extends Record<string, unknown>>({
	form,
	specs,
	texts,
	readOnly = false,
}: {
	form: FormMetadata<F, string[]>
	specs: FieldMetadata<SpecRow[] | undefined, F, string[]>
	texts: { title: string; help: string; empty: string; add: string }
	readOnly?: boolean
}) {
	const { t } = useTranslation()
	const rows = specs.getFieldList()
	return (
		<div className="mt-5">
			<h4 className="text-sm font-semibold text-slate-800">{texts.title}</h4>
			<p className="mt-0.5 text-xs text-slate-500">{texts.help}</p>
			<ErrorList id={specs.errorId} errors={specs.errors} />
			{rows.length ? (
				<div className="mt-2 space-y-2">
					<div className="hidden grid-cols-[minmax(8rem,2fr)_8rem_minmax(6rem,1.5fr)_minmax(5rem,1fr)_minmax(4rem,1fr)_auto] gap-2 text-xs font-medium text-slate-600 md:grid" aria-hidden="true">
						<span>{t('demandEditor.specName')}</span>
						<span>{t('demandEditor.specOp')}</span>
						<span>{t('demandEditor.specValue')}</span>
						<span>{t('demandEditor.specValue2')}</span>
						<span>{t('demandEditor.specUnit')}</span>
						<span className="w-14" />
					</div>
					{rows.map((spec, j) => (
						<SpecRowFields key={spec.key} form={form} spec={spec} specsName={specs.name} index={j} />
					))}
				</div>
			) : (
				<p className="mt-2 text-sm text-slate-500">{texts.empty}</p>
			)}
			{!readOnly ? (
				<div className="mt-2">
					<button {...form.insert.getButtonProps({ name: specs.name, defaultValue: { op: '>=' } })} className={addButton}>
						<span aria-hidden="true">＋</span> {texts.add}
					</button>
				</div>
			) : null}
		</div>
	)
}

export function SpecRowFields<F extends Record<string, unknown>>({ form, spec, specsName, index }: { form: FormMetadata<F, string[]>; spec: FieldMetadata<SpecRow, F, string[]>; specsName: string; index: number }) {
	const { t } = useTranslation()
	const hydrated = useHydrated()
	const s = spec.getFieldset()
	const op = (s.op.value ?? s.op.initialValue ?? '>=') as string
	const n = index + 1
	// With JavaScript, fields an operator does not use are hidden and disabled (so they are not sent); without it,
	// every field is shown and the server names any that should be empty.
	const off = (name: 'value' | 'value2' | 'unit') =>
		hydrated && ((name === 'value' && op === 'has') || (name === 'value2' && op !== 'between') || (name === 'unit' && (op === 'in' || op === 'has')))
	const rowErrors: [string, string[] | undefined][] = [
		[t('demandEditor.specName'), s.name.errors],
		[t('demandEditor.specOp'), s.op.errors],
		[t('demandEditor.specValue'), s.value.errors],
		[t('demandEditor.specValue2'), s.value2.errors],
		[t('demandEditor.specUnit'), s.unit.errors],
		['', spec.errors],
	]
	const messages = rowErrors.flatMap(([name, errs]) => (errs ?? []).map((e) => (name ? `${name}：${e}` : e)))
	const errorId = `${spec.id}-row-error`
	const cell = (name: 'name' | 'value' | 'value2' | 'unit', labelText: string, extra: Record<string, unknown> = {}) => {
		const field = s[name]
		const hidden = name !== 'name' && off(name)
		const props = getInputProps(field, { type: 'text' })
		return (
			<div hidden={hidden}>
				<label htmlFor={field.id} className="mb-0.5 block text-xs font-medium text-slate-600 md:sr-only">
					{labelText}
					<span className="sr-only">（{t('demandEditor.specRow', { n })}）</span>
				</label>
				<input {...props} {...extra} disabled={hidden || undefined} aria-describedby={field.errors?.length ? errorId : undefined} className={inputClass} />
			</div>
		)
	}
	return (
		<div className="rounded-md border border-slate-100 bg-slate-50 p-2 md:border-0 md:bg-transparent md:p-0">
			<div className="grid grid-cols-2 gap-2 md:grid-cols-[minmax(8rem,2fr)_8rem_minmax(6rem,1.5fr)_minmax(5rem,1fr)_minmax(4rem,1fr)_auto] md:items-start">
				{cell('name', t('demandEditor.specName'), { maxLength: 100 })}
				<div>
					<label htmlFor={s.op.id} className="mb-0.5 block text-xs font-medium text-slate-600 md:sr-only">
						{t('demandEditor.specOp')}
						<span className="sr-only">（{t('demandEditor.specRow', { n })}）</span>
					</label>
					<select {...getSelectProps(s.op)} aria-describedby={s.op.errors?.length ? errorId : undefined} className={inputClass}>
						{EDITOR_OPS.map((o) => (
							<option key={o} value={o}>
								{t(`demandEditor.ops.${OP_KEYS[o]}`)}
							</option>
						))}
					</select>
				</div>
				{cell('value', t('demandEditor.specValue'), { placeholder: op === 'in' ? 'IP67|IP68' : undefined, maxLength: 500 })}
				{cell('value2', t('demandEditor.specValue2'), { inputMode: 'decimal' })}
				{cell('unit', t('demandEditor.specUnit'), { placeholder: op === 'in' || op === 'has' ? undefined : 'm3/h', maxLength: 30 })}
				<div className="col-span-2 flex justify-end md:col-span-1">
					<button {...form.remove.getButtonProps({ name: specsName, index })} className={removeButton} aria-label={t('demandEditor.removeSpec', { n })}>
						{t('demandEditor.remove')}
					</button>
				</div>
			</div>
			<ErrorList id={messages.length ? errorId : undefined} errors={messages} />
		</div>
	)
}

export function CheckboxGroup<F extends Record<string, unknown>>({ legend, field, options }: { legend: ReactNode; field: FieldMetadata<string[] | undefined, F, string[]>; options: { value: string; label: string }[] }) {
	const errors = allErrorsOf(field)
	const errorId = errors.length ? `${field.id}-error` : undefined
	const boxes = getCollectionProps(field, { type: 'checkbox', options: options.map((o) => o.value) })
	return (
		<fieldset aria-describedby={errorId}>
			<legend className="mb-1.5 text-sm font-semibold text-slate-800">{legend}</legend>
			<div className="flex flex-wrap gap-1.5">
				{boxes.map(({ key, ...box }, i) => (
					<label key={key} className="inline-flex cursor-pointer items-center gap-1.5 rounded-full border border-slate-300 bg-white px-2.5 py-1 text-xs text-slate-700 has-[:checked]:border-brand-500 has-[:checked]:bg-brand-50 has-[:checked]:text-brand-700">
						<input {...box} className="h-3.5 w-3.5 accent-brand-700" />
						{options[i]!.label}
					</label>
				))}
			</div>
			<ErrorList id={errorId} errors={errors} />
		</fieldset>
	)
}

export function CategoryOptions({ none, current, locale }: { none: string; current: string | undefined; locale: 'zh-CN' | 'en' }) {
	const top = CATEGORIES.filter((c) => c.code.length === 2)
	const known = current === undefined || CATEGORIES.some((c) => c.code === current)
	return (
		<>
			<option value="">{none}</option>
			{!known ? <option value={current}>{current}</option> : null}
			{top.map((group) => (
				<optgroup key={group.code} label={`${group.code} ${label.category(group.code, locale)}`}>
					{CATEGORIES.filter((c) => c.code.length > 2 && c.code.startsWith(group.code)).map((c) => (
						<option key={c.code} value={c.code}>
							{c.code.length === 6 ? '\u3000' : ''}
							{c.code} {label.category(c.code, locale)}
						</option>
					))}
				</optgroup>
			))}
		</>
	)
}
