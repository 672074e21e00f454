// Form parsing shared by browser and server: Conform + zod, with messages worded from our catalogs in the user's
// language (the same wording the importer and the API use).
import { parseWithZod } from '@conform-to/zod/v4'
import type { z } from 'zod'
import { translate, type Locale } from '#app/i18n/translate.ts'
import zh from '#app/i18n/locales/zh-CN/fieldErrors.ts'
import { issueKey, messageFor } from '#app/utils/problems.ts'

export function parseForm<S extends z.ZodType>(formData: FormData | URLSearchParams, schema: S, locale: Locale) {
	return parseWithZod(formData, {
		schema,
		formatError: (issues: z.core.$ZodIssue[]) => issues.map((i) => formIssueMessage(i, locale)),
	})
}

type NumberField = keyof typeof zh.fields

/**
 * A form field's problem in words a person uses: a number field that got text or a fraction says which field and
 * what to type (交货期请填写整数天数), not the importer's 类型错误：应为整数. Everything else as the importer words it.
 */
export function formIssueMessage(issue: z.core.$ZodIssue, locale: Locale): string {
	const key = issueKey(issue)
	const expected = key.code === 'expected' ? key.vars?.expected : null
	if (expected === 'number' || expected === 'int') {
		const names = issue.path.filter((p): p is string => typeof p === 'string')
		const name = names.includes('price') ? 'price' : names.at(-1)
		if (name && Object.hasOwn(zh.fields, name)) return translate(locale, `fieldErrors.fields.${name as NumberField}`)
		return translate(locale, expected === 'int' ? 'fieldErrors.integer' : 'fieldErrors.number')
	}
	return messageFor(key, locale)
}
