// The search input with autocomplete: a plain text field without JavaScript; once hydrated, an ARIA 1.2 combobox
// whose listbox offers public titles from /search/suggest (arrow keys move, Enter picks and searches, Escape closes).
import { useFetcher } from '@remix-run/react'
import { useEffect, useRef, useState, type KeyboardEvent } from 'react'

type Suggestions = { suggestions: string[] }

export function SearchBox({
	id,
	index,
	defaultValue,
	placeholder,
	label,
	listLabel,
	className,
	maxLength = 200,
}: {
	id: string
	index: 'listings' | 'demands'
	defaultValue: string
	placeholder: string
	/** Accessible name of the field (shown visually by the caller or read by screen readers). */
	label: string
	/** Accessible name of the suggestion list. */
	listLabel: string
	className: string
	maxLength?: number
}) {
	const fetcher = useFetcher<Suggestions>()
	const [value, setValue] = useState(defaultValue)
	const [open, setOpen] = useState(false)
	const [active, setActive] = useState(-1)
	const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
	const inputRef = useRef<HTMLInputElement>(null)
	const listId = `${id}-suggestions`
	const items = value.trim() ? (fetcher.data?.suggestions ?? []) : []
	const expanded = open && items.length > 0

	useEffect(() => () => clearTimeout(timer.current), [])
	// A search that keeps the same words does not remount the box: close the list when its form is sent.
	useEffect(() => {
		const form = inputRef.current?.form
		if (!form) return
		const close = () => {
			clearTimeout(timer.current)
			setOpen(false)
			setActive(-1)
		}
		form.addEventListener('submit', close)
		return () => form.removeEventListener('submit', close)
	}, [])

	function request(text: string) {
		clearTimeout(timer.current)
		if (!text.trim()) return
		timer.current = setTimeout(() => fetcher.load(`/search/suggest?${new URLSearchParams({ q: text, index }).toString()}`), 120)
	}

	function pick(title: string) {
		setValue(title)
		setOpen(false)
		setActive(-1)
		const input = inputRef.current
		if (!input) return
		// The form reads the DOM value: set it before submitting, React's state arrives a render later.
		input.value = title
		input.form?.requestSubmit()
	}

	function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
		if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
			if (!items.length) return
			e.preventDefault()
			setOpen(true)
			const step = e.key === 'ArrowDown' ? 1 : -1
			// -1 is the text field itself: moving past either end returns to what was typed.
			setActive((a) => {
				const next = a + step
				return next < -1 ? items.length - 1 : next >= items.length ? -1 : next
			})
		} else if (e.key === 'Enter' && expanded && active >= 0) {
			e.preventDefault()
			pick(items[active]!)
		} else if (e.key === 'Escape' && expanded) {
			e.preventDefault()
			setOpen(false)
			setActive(-1)
		}
	}

	return (
		<div className="relative min-w-0 flex-1">
			<input
				ref={inputRef}
				id={id}
				name="q"
				type="search"
				value={value}
				maxLength={maxLength}
				placeholder={placeholder}
				aria-label={label}
				autoComplete="off"
				role="combobox"
				aria-autocomplete="list"
				aria-expanded={expanded}
				aria-controls={listId}
				aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
				onChange={(e) => {
					setValue(e.target.value)
					setOpen(true)
					setActive(-1)
					request(e.target.value)
				}}
				onFocus={() => setOpen(true)}
				onBlur={() => setOpen(false)}
				onKeyDown={onKeyDown}
				className={className}
			/>
			<ul
				id={listId}
				role="listbox"
				aria-label={listLabel}
				hidden={!expanded}
				className="absolute inset-x-0 top-full z-30 mt-1 max-h-80 overflow-auto rounded-md border border-slate-200 bg-white py-1 text-sm text-slate-900 shadow-lg"
			>
				{items.map((title, i) => (
					<li
						key={title}
						id={`${listId}-${i}`}
						role="option"
						aria-selected={i === active}
						// mousedown would blur the input (closing the list) before the click lands.
						onMouseDown={(e) => e.preventDefault()}
						onClick={() => pick(title)}
						onMouseEnter={() => setActive(i)}
						className={`cursor-pointer px-3 py-2 ${i === active ? 'bg-brand-50 text-brand-800' : ''}`}
					>
						<Emphasised text={title} typed={value.trim()} />
					</li>
				))}
			</ul>
		</div>
	)
}

/** The title with what was typed in bold, wherever it occurs (case-insensitive). */
function Emphasised({ text, typed }: { text: string; typed: string }) {
	const at = typed ? text.toLowerCase().indexOf(typed.toLowerCase()) : -1
	if (at < 0) return <>{text}</>
	return (
		<>
			{text.slice(0, at)}
			<strong className="font-semibold">{text.slice(at, at + typed.length)}</strong>
			{text.slice(at + typed.length)}
		</>
	)
}
