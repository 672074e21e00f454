// Form parsing shared by browser and server: Conform + zod, with messages worded from our catalogs in the user's
// language (the same wording the importer and the API use).
import { parseWithZod } from '@conform-to/zod/v4'
import type { z } from 'zod'
import type { Locale } from '#app/i18n/translate.ts'
import { issueKey, messageFor } from '#app/utils/problems.ts'

export function parseForm<S extends z.ZodType>(formData: FormData | URLSearchParams, schema: S, locale: Locale) {
	return parseWithZod(formData, {
		schema,
		formatError: (issues: z.core.$ZodIssue[]) => issues.map((i) => messageFor(issueKey(i), locale)),
	})
}
