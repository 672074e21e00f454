// The search synonym dictionary's form: one term and the words it also means, validated the same way in the browser
// (Conform) and on the server. Pure: uniqueness against the stored dictionary is checked by synonyms.server.ts.
import { parseWithZod } from '@conform-to/zod/v4'
import { z } from 'zod'
import { translate, type Locale } from '#app/i18n/translate.ts'
import { issueKey, messageFor } from '#app/utils/problems.ts'

export const SYNONYM_LIMITS = { term: 40, expansion: 60, expansions: 20 } as const

/** NFKC (full-width → half-width), runs of white space → one space, trimmed: how terms are stored and compared. */
export function cleanSynonymText(s: string): string {
	return s.normalize('NFKC').replace(/\s+/g, ' ').trim()
}

/** Case-insensitive identity of a term or expansion ("SCBA" and "ｓｃｂａ" are the same entry). */
export function synonymKey(s: string): string {
	return cleanSynonymText(s).toLowerCase()
}

/** Expansions are typed one per line; commas, 、 and semicolons separate them too. */
export function splitExpansions(raw: string): string[] {
	return raw
		.split(/[\n\r,，、;；]+/)
		.map(cleanSynonymText)
		.filter(Boolean)
}

export const CONTROL = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}]/u
export const length = (s: string) => [...s].length

export type Ctx = z.core.$RefinementCtx<unknown>
export const problem = (ctx: Ctx, key: string, vars: Record<string, unknown> = {}, path: PropertyKey[] = []) =>
	ctx.addIssue({ code: 'custom', message: key, path, params: { i18n: `adminSearch.validation.${key}`, ...vars } })
/** White space only is as empty as nothing: the shared "required" message. */
export const required = (ctx: Ctx) => ctx.addIssue({ code: 'custom', message: 'required', params: { i18n: 'required' } })

/** A term: 1–40 characters after NFKC and trimming, no control characters. */
export const synonymTerm = z
	.string()
	.transform((s, ctx) => {
		// Control characters are checked before white space is collapsed (a tab would otherwise turn into a space).
		if (CONTROL.test(s.replace(/[\t\n\r ]/g, ' '))) problem(ctx, 'control')
		const v = cleanSynonymText(s)
		if (!v) required(ctx)
		else if (length(v) > SYNONYM_LIMITS.term) problem(ctx, 'termTooLong', { max: SYNONYM_LIMITS.term })
		return v
	})

/** A words textarea (same thing, or related): 0–20 entries of 1–60 characters, no duplicates, no control characters. */
function wordsOf(raw: string, ctx: Ctx): string[] {
	const list = splitExpansions(raw)
	if (CONTROL.test(raw.replace(/[\t\n\r ]/g, ' '))) problem(ctx, 'control')
	if (list.length > SYNONYM_LIMITS.expansions) problem(ctx, 'tooManyExpansions', { max: SYNONYM_LIMITS.expansions, count: list.length })
	for (const e of list) if (length(e) > SYNONYM_LIMITS.expansion) problem(ctx, 'expansionTooLong', { max: SYNONYM_LIMITS.expansion, value: e.slice(0, 20) + '…' })
	const seen = new Set<string>()
	for (const e of list) {
		const k = synonymKey(e)
		if (seen.has(k)) problem(ctx, 'duplicateExpansion', { value: e })
		seen.add(k)
	}
	return list
}

const wordList = z
	.string()
	.optional()
	.transform((raw, ctx) => wordsOf(raw ?? '', ctx))
/** The expansions textarea: what the term also means, the same thing (the matcher reads them as the thing itself). */
export const synonymExpansions = wordList
/** The related textarea: what a search for the term also finds that is not the same thing (optional; ADR 021). */
export const synonymRelated = wordList

const words = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [])

export const synonymForm = z
	.object({
		term: synonymTerm,
		expansions: synonymExpansions,
		related: synonymRelated,
	})
	.superRefine(
		(v, ctx) => {
			// One of the two lists says what the term finds (the same thing, or only related words): asked even when the
			// term is wrong too, so both fields say what is missing at once.
			const value = v as Partial<Record<'expansions' | 'related', unknown>> | undefined
			if (!words(value?.expansions).length && !words(value?.related).length)
				ctx.addIssue({ code: 'custom', message: 'required', path: ['expansions'], params: { i18n: 'required' } })
		},
		{ when: () => true },
	)
	.superRefine((v, ctx) => {
		const term = synonymKey(v.term)
		for (const e of v.expansions) if (synonymKey(e) === term) problem(ctx, 'expansionIsTerm', { value: e }, ['expansions'])
		for (const e of v.related) if (synonymKey(e) === term) problem(ctx, 'expansionIsTerm', { value: e }, ['related'])
		const same = new Set(v.expansions.map(synonymKey))
		for (const e of v.related) if (same.has(synonymKey(e))) problem(ctx, 'duplicateExpansion', { value: e }, ['related'])
	})
export type SynonymInput = z.output<typeof synonymForm>

/** A zod issue worded in the user's language: our own keys from the adminSearch catalog, the rest as everywhere else. */
export function adminSearchMessage(issue: z.core.$ZodIssue, locale: Locale): string {
	const params = issue.code === 'custom' ? (issue.params as Record<string, unknown> | undefined) : undefined
	if (typeof params?.i18n === 'string' && params.i18n.startsWith('adminSearch.')) return translate(locale, params.i18n, params)
	return messageFor(issueKey(issue), locale)
}

/** Conform's parseWithZod with the messages above (browser onValidate and the action use the same call). */
export function parseAdminSearchForm<S extends z.ZodType>(formData: FormData | URLSearchParams, schema: S, locale: Locale) {
	return parseWithZod(formData, {
		schema,
		formatError: (issues: z.core.$ZodIssue[]) => [...new Set(issues.map((i) => adminSearchMessage(i, locale)))],
	})
}
