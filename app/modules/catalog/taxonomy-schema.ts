// The form that edits a category's labels (name_zh, name_en). The code is the interchange contract and is never part
// of the form. Pure; shares the cleaning and the messages of the search admin forms.
import { z } from 'zod'
import { cleanSynonymText, CONTROL, length, problem, required } from '#app/modules/catalog/synonym-schema.ts'

const label = (max: number) =>
	z.string().transform((s, ctx) => {
		if (CONTROL.test(s.replace(/[\t\n\r ]/g, ' '))) problem(ctx, 'control')
		const v = cleanSynonymText(s)
		if (!v) required(ctx)
		else if (length(v) > max) problem(ctx, 'labelTooLong', { max })
		return v
	})
export const CATEGORY_LABEL_MAX = 60
export const categoryLabelForm = z.object({ nameZh: label(CATEGORY_LABEL_MAX), nameEn: label(CATEGORY_LABEL_MAX) })
export type CategoryLabelInput = z.output<typeof categoryLabelForm>

