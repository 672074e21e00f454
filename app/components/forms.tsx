// Form building blocks: labelled fields with their errors (linked by aria-describedby), the CSRF field,
// and a submit button that shows progress while the form is being sent.
import { useNavigation, useRouteLoaderData } from '@remix-run/react'
import type { ReactNode } from 'react'
import { useId } from 'react'

type RootData = { csrf?: string }

export function CsrfInput() {
	const root = useRouteLoaderData('root') as RootData | undefined
	return <input type="hidden" name="csrf" value={root?.csrf ?? ''} />
}

export function ErrorList({ id, errors }: { id?: string; errors?: string[] | null }) {
	if (!errors?.length) return null
	// The alert role sits on a wrapper: on the <ul> itself it would replace the list semantics of its items.
	return (
		<div id={id} role="alert">
			<ul className="mt-1 space-y-0.5 text-sm text-red-700">
				{errors.map((e) => (
					<li key={e}>{e}</li>
				))}
			</ul>
		</div>
	)
}

export const inputClass =
	'block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm placeholder:text-slate-500 focus:border-brand-500 aria-[invalid=true]:border-red-500'

export function Field({
	label,
	inputProps,
	errors,
	help,
	as = 'input',
	children,
}: {
	label: ReactNode
	inputProps: Record<string, unknown> & { id?: string; name?: string }
	errors?: string[]
	help?: ReactNode
	as?: 'input' | 'textarea' | 'select'
	children?: ReactNode
}) {
	const fallback = useId()
	const id = inputProps.id ?? fallback
	const errorId = errors?.length ? `${id}-error` : undefined
	const helpId = help ? `${id}-help` : undefined
	const describedBy = [helpId, errorId].filter(Boolean).join(' ') || undefined
	const common = { ...inputProps, id, 'aria-invalid': errorId ? true : undefined, 'aria-describedby': describedBy, className: inputClass }
	return (
		<div>
			<label htmlFor={id} className="mb-1 block text-sm font-medium text-slate-700">
				{label}
			</label>
			{as === 'textarea' ? <textarea {...common} rows={4} /> : as === 'select' ? <select {...common}>{children}</select> : <input {...common} />}
			{help ? (
				<p id={helpId} className="mt-1 text-xs text-slate-500">
					{help}
				</p>
			) : null}
			<ErrorList id={errorId} errors={errors} />
		</div>
	)
}

export function SubmitButton({ children, pendingText, name, value, tone = 'primary' }: { children: ReactNode; pendingText?: ReactNode; name?: string; value?: string; tone?: 'primary' | 'secondary' | 'danger' }) {
	const navigation = useNavigation()
	const pending = navigation.state === 'submitting' && (name === undefined || navigation.formData?.get(name) === value)
	const tones = {
		primary: 'bg-brand-700 text-white hover:bg-brand-800',
		secondary: 'border border-slate-300 bg-white text-slate-800 hover:bg-slate-50',
		danger: 'bg-red-700 text-white hover:bg-red-600',
	}
	return (
		<button
			type="submit"
			name={name}
			value={value}
			aria-disabled={pending || undefined}
			className={`inline-flex items-center gap-2 rounded-md px-4 py-2 text-sm font-semibold shadow-sm disabled:opacity-60 ${tones[tone]}`}
		>
			{pending ? <span className="inline-block h-4 w-4 animate-spin rounded-full border-2 border-current border-t-transparent" aria-hidden="true" /> : null}
			{pending && pendingText ? pendingText : children}
		</button>
	)
}

export function FormErrors({ errors }: { errors?: string[] | null }) {
	if (!errors?.length) return null
	return (
		<div className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-800" role="alert">
			{errors.map((e) => (
				<p key={e}>{e}</p>
			))}
		</div>
	)
}
