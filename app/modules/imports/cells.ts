// The flattened cell syntax of the spreadsheet format: lists (`a; b`), listing specs (`排水流量=3000m3/h`),
// constraints (`扬程 between 15..30m`, `检测气体 in CH4|CO`), certifications (`MA|编号|2029-06-30`).
// Text that would be misread is written in double quotes ("" inside quotes is one quote).
import { parseQuantity } from '../catalog/units.ts'
import type { SpecConstraintInput, SpecInput } from '../catalog/fields.ts'

const LIST_SEPARATORS = [';', '；', '\n']

/** Splits on any of the separators outside double quotes; pieces are trimmed and unquoted, empty pieces dropped. */
export function splitOutsideQuotes(text: string, separators: string[], keepEmpty = false): string[] {
	const out: string[] = []
	let cur = ''
	let quoted = false
	for (let i = 0; i < text.length; i++) {
		const ch = text[i]!
		if (ch === '"') {
			if (quoted && text[i + 1] === '"') {
				cur += '""'
				i++
				continue
			}
			quoted = !quoted
			cur += ch
			continue
		}
		if (!quoted && separators.includes(ch)) {
			out.push(cur)
			cur = ''
			continue
		}
		cur += ch
	}
	out.push(cur)
	const trimmed = out.map((s) => s.trim())
	return keepEmpty ? trimmed : trimmed.filter((s) => s !== '')
}

export function unquote(s: string): string {
	const t = s.trim()
	if (t.length >= 2 && t.startsWith('"') && t.endsWith('"')) return t.slice(1, -1).replace(/""/g, '"')
	return t
}

export function quote(s: string): string {
	return `"${s.replace(/"/g, '""')}"`
}

const NEEDS_QUOTES = /[;；|"\n]|^\s|\s$/
export function quoteIfNeeded(s: string, extra?: RegExp): string {
	return NEEDS_QUOTES.test(s) || (extra && extra.test(s)) ? quote(s) : s
}

export function parseList(text: string): string[] {
	return splitOutsideQuotes(text, LIST_SEPARATORS).map(unquote)
}
export function formatList(xs: string[]): string {
	return xs.map((x) => quoteIfNeeded(x)).join('; ')
}

/** Reads a value written after an operator: a quoted text (with an optional unit after it) or a number with unit. */
function parseValue(text: string): { value: number | string; unit?: string } {
	const t = text.trim()
	if (t.startsWith('"')) {
		const end = closingQuote(t)
		if (end > 0) {
			const value = t.slice(1, end).replace(/""/g, '"')
			const unit = t.slice(end + 1).trim()
			return unit ? { value, unit } : { value }
		}
	}
	const q = parseQuantity(t)
	if (q) return q.unit ? { value: q.value, unit: q.unit } : { value: q.value }
	return { value: t }
}

function closingQuote(t: string): number {
	for (let i = 1; i < t.length; i++) {
		if (t[i] === '"') {
			if (t[i + 1] === '"') {
				i++
				continue
			}
			return i
		}
	}
	return -1
}

/** Reads a name, quoted or not, up to the operator found by `rest`. */
function splitName(text: string, op: RegExp): { name: string; rest: string; op: string } | null {
	const t = text.trim()
	if (t.startsWith('"')) {
		const end = closingQuote(t)
		if (end < 0) return null
		const after = t.slice(end + 1)
		const m = new RegExp(`^\\s*(${op.source})`).exec(after)
		if (!m) return null
		return { name: t.slice(1, end).replace(/""/g, '"'), op: m[1]!, rest: after.slice(m[0].length) }
	}
	const m = new RegExp(`^(.*?)\\s*(${op.source})`).exec(t)
	if (!m || !m[1]!.trim()) return null
	return { name: m[1]!.trim(), op: m[2]!, rest: t.slice(m[0].length) }
}

const NAME_SPECIALS = /[=<>≥≤＝|;；"]|\s(between|in|has)(\s|$)/i
const formatName = (name: string) => quoteIfNeeded(name, NAME_SPECIALS)
const formatNumber = (n: number) => String(n)
function formatValue(value: number | string, unit?: string): string {
	if (typeof value === 'number') return formatNumber(value) + (unit ?? '')
	const needsQuotes = unit !== undefined || parseQuantity(value) !== null || NEEDS_QUOTES.test(value) || value.startsWith('"')
	return (needsQuotes ? quote(value) : value) + (unit ?? '')
}

export function parseSpecs(text: string): { specs: SpecInput[]; bad: string[] } {
	const specs: SpecInput[] = []
	const bad: string[] = []
	for (const piece of splitOutsideQuotes(text, LIST_SEPARATORS)) {
		const parts = splitName(piece, /=|＝|:|：/)
		if (!parts || !parts.rest.trim()) {
			bad.push(piece)
			continue
		}
		const { value, unit } = parseValue(parts.rest)
		specs.push(unit !== undefined ? { name: parts.name, value, unit } : { name: parts.name, value })
	}
	return { specs, bad }
}

export function formatSpecs(specs: SpecInput[]): string {
	return specs.map((s) => `${formatName(s.name)}=${formatValue(s.value, s.unit)}`).join('; ')
}

const OPS = /between|in|has|>=|<=|≥|≤|=|＝/
export function parseConstraints(text: string): { constraints: SpecConstraintInput[]; bad: string[] } {
	const out: SpecConstraintInput[] = []
	const bad: string[] = []
	for (const piece of splitOutsideQuotes(text, LIST_SEPARATORS)) {
		const c = parseConstraint(piece)
		if (c) out.push(c)
		else bad.push(piece)
	}
	return { constraints: out, bad }
}

function parseConstraint(piece: string): SpecConstraintInput | null {
	// Word operators need spaces around them so names such as "Linear" or "Chain" are not cut.
	const word = splitName(piece, /\s+(?:between|in|has)(?=\s|$)/i)
	const symbol = splitName(piece, />=|<=|≥|≤|=|＝/)
	const parts = word && (!symbol || word.name.length < symbol.name.length) ? { ...word, op: word.op.trim().toLowerCase() } : symbol
	if (!parts) return null
	const op = parts.op === '≥' ? '>=' : parts.op === '≤' ? '<=' : parts.op === '＝' ? '=' : parts.op
	const rest = parts.rest.trim()
	switch (op) {
		case 'has':
			return rest ? null : { name: parts.name, op: 'has' }
		case 'in': {
			const values = splitOutsideQuotes(rest, ['|', '｜']).map(unquote)
			return values.length ? { name: parts.name, op: 'in', value: values } : null
		}
		case 'between': {
			const m = /^([+-]?[\d.,]+(?:[eE][+-]?\d+)?)\s*(?:\.\.|~|～|至)\s*([+-]?[\d.,]+(?:[eE][+-]?\d+)?)\s*(.*)$/.exec(rest)
			if (!m) return null
			const lo = parseQuantity(m[1]!)
			const hi = parseQuantity(m[2]!)
			if (!lo || !hi) return null
			const unit = m[3]!.trim()
			return { name: parts.name, op: 'between', value: lo.value, value2: hi.value, ...(unit ? { unit } : {}) }
		}
		case '>=':
		case '<=':
		case '=': {
			if (!rest) return null
			const { value, unit } = parseValue(rest)
			return { name: parts.name, op, value, ...(unit !== undefined ? { unit } : {}) }
		}
		default:
			return null
	}
}

export function formatConstraints(cs: SpecConstraintInput[]): string {
	return cs
		.map((c) => {
			const name = formatName(c.name)
			switch (c.op) {
				case 'has':
					return `${name} has`
				case 'in':
					return `${name} in ${(c.value as string[]).map((v) => quoteIfNeeded(v, /\|/)).join('|')}`
				case 'between':
					return `${name} between ${formatNumber(c.value as number)}..${formatNumber(c.value2!)}${c.unit ?? ''}`
				default:
					return `${name}${c.op}${formatValue(c.value as number | string, c.unit)}`
			}
		})
		.join('; ')
}

export type CertificationInput = { type: string; number?: string; validUntil?: string }
export function parseCertifications(text: string): { certifications: CertificationInput[]; bad: string[] } {
	const certifications: CertificationInput[] = []
	const bad: string[] = []
	for (const piece of splitOutsideQuotes(text, LIST_SEPARATORS)) {
		const [type, number, validUntil, ...more] = splitOutsideQuotes(piece, ['|', '｜'], true).map(unquote)
		if (!type || more.length) {
			bad.push(piece)
			continue
		}
		const c: CertificationInput = { type }
		if (number && number.trim()) c.number = number
		if (validUntil && validUntil.trim()) c.validUntil = validUntil
		certifications.push(c)
	}
	return { certifications, bad }
}

export function formatCertifications(cs: CertificationInput[]): string {
	return cs
		.map((c) => {
			const parts = [c.type, c.number !== undefined ? quoteIfNeeded(c.number) : '', c.validUntil ?? '']
			while (parts.length > 1 && parts[parts.length - 1] === '') parts.pop()
			return parts.join('|')
		})
		.join('; ')
}
