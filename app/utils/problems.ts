// Problems found in an import (or any record write): one entry per record and field, worded in the user's language.
// Zod issues are turned into catalogued messages here, so no raw validator text reaches a user.
import type { z } from 'zod'
import { translate, type Locale } from '#app/i18n/translate.ts'

export const RECORD_TYPES = ['organization', 'listing', 'demand', 'standard', 'team'] as const
export type RecordType = (typeof RECORD_TYPES)[number]

export type Problem = {
	type: RecordType | 'file'
	/** The record's natural key when it could be read. */
	ref?: string
	/** Spreadsheet row or NDJSON line (1-based), when the record came from one. */
	row?: number
	/** Position of the record in its list (1-based), when neither ref nor row is known. */
	index?: number
	/** Dotted path of the field inside the record (`items.2.specs.0.value`), or '' for the whole record. */
	field: string
	code: string
	message: string
}

export type ProblemKey = { code: string; vars?: Record<string, unknown> }

const TYPE_NAMES: Record<string, Record<Locale, string>> = {
	string: { 'zh-CN': '文字', en: 'text' },
	number: { 'zh-CN': '数字', en: 'a number' },
	int: { 'zh-CN': '整数', en: 'a whole number' },
	boolean: { 'zh-CN': '是/否（true/false）', en: 'true or false' },
	array: { 'zh-CN': '列表', en: 'a list' },
	object: { 'zh-CN': '对象', en: 'an object' },
	date: { 'zh-CN': '日期', en: 'a date' },
}

/** A missing value, told from a wrong one by the input when parsed with `reportInput`, else by zod's own wording. */
function isMissing(issue: z.core.$ZodIssue): boolean {
	if ('input' in issue) return issue.input === undefined
	return /received undefined/.test(issue.message)
}

/** Maps one zod issue to a catalogued message key. */
export function issueKey(issue: z.core.$ZodIssue): ProblemKey {
	switch (issue.code) {
		case 'custom': {
			const params = (issue.params ?? {}) as Record<string, unknown>
			if (typeof params.i18n === 'string') return { code: params.i18n, vars: params }
			return { code: 'invalid' }
		}
		case 'invalid_type':
			// Parse with `reportInput: true` so a missing field can be told from a wrong type.
			if (isMissing(issue)) return { code: 'required' }
			return { code: 'expected', vars: { expected: issue.expected } }
		case 'unrecognized_keys':
			return { code: 'unknownField', vars: { keys: issue.keys.join('”, “') } }
		case 'too_big':
			if (issue.origin === 'string') return { code: 'tooLongString', vars: { max: issue.maximum } }
			if (issue.origin === 'array' || issue.origin === 'set') return { code: 'tooManyItems', vars: { max: issue.maximum } }
			return { code: 'tooBigNumber', vars: { max: issue.maximum } }
		case 'too_small':
			if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? { code: 'required' } : { code: 'tooShortString', vars: { min: issue.minimum } }
			if (issue.origin === 'array' || issue.origin === 'set') return { code: 'tooFewItems', vars: { min: issue.minimum } }
			return { code: issue.inclusive ? 'tooSmallNumber' : 'mustBePositive', vars: { min: issue.minimum } }
		case 'invalid_value':
			if (isMissing(issue)) return { code: 'required' }
			return { code: 'oneOf', vars: { values: issue.values.map(String).join(', ') } }
		case 'invalid_format':
			return { code: issue.format === 'email' ? 'email' : 'invalid' }
		case 'invalid_union': {
			// A union of "number or text": say which types are accepted rather than "invalid input".
			return { code: 'expected', vars: { expected: 'number|string' } }
		}
		default:
			return { code: 'invalid' }
	}
}

export function messageFor(key: ProblemKey, locale: Locale): string {
	const vars = { ...key.vars }
	if (key.code === 'expected' && typeof vars.expected === 'string') {
		vars.expected = vars.expected
			.split('|')
			.map((t) => TYPE_NAMES[t]?.[locale] ?? t)
			.join(locale === 'en' ? ' or ' : '或')
	}
	if (key.code === 'org.wrongKind' && typeof vars.kind === 'string') {
		vars.kind = translate(locale, `kinds.org.${vars.kind}`)
		vars.allowed = String(vars.allowed ?? '')
			.split(',')
			.map((k) => translate(locale, `kinds.org.${k}`))
			.join(locale === 'en' ? ', ' : '、')
	}
	return translate(locale, `validation.${key.code}`, vars)
}

export function pathToField(path: readonly PropertyKey[]): string {
	return path.map(String).join('.')
}

/** Zod issues of one record as problems. */
export function problemsFromIssues(
	issues: readonly z.core.$ZodIssue[],
	where: Omit<Problem, 'field' | 'code' | 'message'>,
	locale: Locale,
): Problem[] {
	return issues.flatMap((issue) => {
		const key = issueKey(issue)
		// One problem per unknown field, each naming its field.
		if (issue.code === 'unrecognized_keys')
			return issue.keys.map((k) => {
				const one = { code: key.code, vars: { keys: k } }
				return { ...where, field: pathToField([...issue.path, k]), code: one.code, message: messageFor(one, locale) }
			})
		return [{ ...where, field: pathToField(issue.path), code: key.code, message: messageFor(key, locale) }]
	})
}

export function problem(where: Omit<Problem, 'field' | 'code' | 'message'>, field: string, key: ProblemKey, locale: Locale): Problem {
	return { ...where, field, code: key.code, message: messageFor(key, locale) }
}

/** One line of a human report: `listing LST-1 field specs.0.unit: …`. */
export function formatProblem(p: Problem, locale: Locale): string {
	const type = translate(locale, `import.types.${p.type}`)
	const where = p.ref ?? (p.row !== undefined ? translate(locale, 'import.row', { row: p.row }) : p.index !== undefined ? translate(locale, 'import.record', { index: p.index }) : '')
	return translate(locale, 'import.problemLine', { type, where, field: p.field || '-', message: p.message }).replace(/\s+/g, ' ')
}

/**
 * A record a save function refuses for a reason only the database can tell (e.g. dropping a demand item that has
 * responses). Thrown inside the caller's transaction, so nothing is written; callers turn it into problems or field errors.
 */
export class RecordProblemError extends Error {
	constructor(
		readonly type: RecordType,
		readonly ref: string,
		readonly issues: { field: string; key: ProblemKey }[],
	) {
		super(`${type} ${ref}: ${issues.map((i) => i.key.code).join(', ')}`)
	}
	problems(locale: Locale): Problem[] {
		return this.issues.map((i) => problem({ type: this.type, ref: this.ref }, i.field, i.key, locale))
	}
}
