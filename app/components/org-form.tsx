// The fields of an organization's details, shared by "create an organization" and "edit our organization".
// Without JavaScript every field is shown; with it, the rescue-team fields and the free region code appear only
// when they apply (a hidden fieldset is also disabled, so its fields are not sent).
import { getInputProps, getSelectProps, type FieldMetadata } from '@conform-to/react'
import { useEffect, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Field } from '#app/components/forms.tsx'
import { ORG_KINDS, REGIONS, TEAM_TYPES } from '#app/modules/catalog/reference-data.ts'
import { OTHER_REGION } from '#app/modules/organizations/forms.ts'
import { label } from '#app/utils/format.ts'
import { useLocale } from '#app/utils/root-data.ts'

type Fields = Record<
	'name' | 'kind' | 'region' | 'regionOther' | 'uscc' | 'contact' | 'phone' | 'email' | 'address' | 'website' | 'teamType' | 'headcount' | 'level',
	FieldMetadata<string | number | undefined>
>

function useHydrated(): boolean {
	const [hydrated, setHydrated] = useState(false)
	useEffect(() => setHydrated(true), [])
	return hydrated
}

function Conditional({ show, legend, children }: { show: boolean; legend: ReactNode; children: ReactNode }) {
	const hydrated = useHydrated()
	const off = hydrated && !show
	return (
		<fieldset disabled={off} hidden={off} className="space-y-4 rounded-md border border-slate-200 p-4">
			<legend className="px-1 text-sm font-semibold text-slate-700">{legend}</legend>
			{children}
		</fieldset>
	)
}

export function OrganizationFields({ fields, locked = false }: { fields: Fields; locked?: boolean }) {
	const { t } = useTranslation()
	const locale = useLocale()
	const kind = fields.kind.value ?? fields.kind.initialValue
	const region = fields.region.value ?? fields.region.initialValue
	const hydrated = useHydrated()
	return (
		<div className="space-y-4">
			<Field label={t('orgs.fields.name')} inputProps={{ ...getInputProps(fields.name, { type: 'text' }), autoComplete: 'organization' }} errors={fields.name.errors} />
			<div className="grid gap-4 sm:grid-cols-2">
				{locked ? (
					<div>
						<Field label={t('orgs.fields.kind')} inputProps={{ id: fields.kind.id, value: label.orgKind(String(kind ?? ''), locale), readOnly: true }} help={t('orgs.kindLockedHelp')} />
						<input type="hidden" name={fields.kind.name} value={String(kind ?? '')} />
					</div>
				) : (
					<Field label={t('orgs.fields.kind')} as="select" inputProps={getSelectProps(fields.kind)} errors={fields.kind.errors}>
						<option value="">{t('orgs.choose')}</option>
						{ORG_KINDS.map((k) => (
							<option key={k.code} value={k.code}>
								{label.orgKind(k.code, locale)}
							</option>
						))}
					</Field>
				)}
				<Field
					label={t('orgs.fields.uscc')}
					inputProps={{ ...getInputProps(fields.uscc, { type: 'text' }), readOnly: locked || undefined, spellCheck: false, autoCapitalize: 'characters', maxLength: 18 }}
					help={locked ? t('orgs.usccLockedHelp') : t('orgs.usccHelp')}
					errors={fields.uscc.errors}
				/>
			</div>
			<div className="grid gap-4 sm:grid-cols-2">
				<Field label={t('orgs.fields.region')} as="select" inputProps={getSelectProps(fields.region)} errors={fields.region.errors}>
					<option value="">{t('orgs.choose')}</option>
					{REGIONS.map((r) => (
						<option key={r.code} value={r.code}>
							{label.region(r.code, locale)}
						</option>
					))}
					<option value={OTHER_REGION}>{t('orgs.otherRegion')}</option>
				</Field>
				<div hidden={hydrated && region !== OTHER_REGION}>
					<Field
						label={t('orgs.fields.regionOther')}
						inputProps={{ ...getInputProps(fields.regionOther, { type: 'text' }), inputMode: 'numeric', maxLength: 6 }}
						help={t('orgs.regionOtherHelp')}
						errors={fields.regionOther.errors}
					/>
				</div>
			</div>
			<Conditional show={kind === 'rescue_team'} legend={t('orgs.teamLegend')}>
				<div className="grid gap-4 sm:grid-cols-3">
					<Field label={t('orgs.fields.teamType')} as="select" inputProps={getSelectProps(fields.teamType)} errors={fields.teamType.errors}>
						<option value="">{t('orgs.choose')}</option>
						{TEAM_TYPES.map((tt) => (
							<option key={tt.code} value={tt.code}>
								{label.teamType(tt.code, locale)}
							</option>
						))}
					</Field>
					<Field label={t('orgs.fields.headcount')} inputProps={{ ...getInputProps(fields.headcount, { type: 'number' }), min: 0, step: 1 }} errors={fields.headcount.errors} />
					<Field label={t('orgs.fields.level')} inputProps={getInputProps(fields.level, { type: 'text' })} help={t('orgs.levelHelp')} errors={fields.level.errors} />
				</div>
			</Conditional>
			<div className="grid gap-4 sm:grid-cols-2">
				<Field label={t('orgs.fields.contact')} inputProps={{ ...getInputProps(fields.contact, { type: 'text' }), autoComplete: 'name' }} errors={fields.contact.errors} />
				<Field label={t('orgs.fields.phone')} inputProps={{ ...getInputProps(fields.phone, { type: 'tel' }), autoComplete: 'tel' }} errors={fields.phone.errors} />
				<Field label={t('orgs.fields.email')} inputProps={{ ...getInputProps(fields.email, { type: 'email' }), autoComplete: 'email' }} errors={fields.email.errors} />
				<Field label={t('orgs.fields.website')} inputProps={{ ...getInputProps(fields.website, { type: 'text' }), autoComplete: 'url', inputMode: 'url' }} help={t('orgs.websiteHelp')} errors={fields.website.errors} />
			</div>
			<Field label={t('orgs.fields.address')} inputProps={{ ...getInputProps(fields.address, { type: 'text' }), autoComplete: 'street-address' }} errors={fields.address.errors} />
		</div>
	)
}
