// Whether a listing is the thing a demand item names (pure): the rule for items that say what they are only by their
// name (no spec constraints; interchange.md §2, ADR 015): 消防腰斧 is a 腰斧, not any 破拆 tool of its category.
import { SERVICE_WORDS } from '../catalog/reference-data.ts'
import { normaliseForText } from './text.ts'

/** A name form is found in a listing field when this share of its bigrams are, its last bigram (the head noun) among them. */
export const NAME_COVERAGE = 0.8

/**
 * The name with what does not say what the thing is removed: parenthesised notes, sizes and model codes (digits and
 * Latin letters when the name has Chinese), leading service words. Normalised as the matcher's text is.
 */
export function coreName(name: string): string {
	let s = name.normalize('NFKC').replace(/[(（[【][^)）\]】]*[)）\]】]/g, ' ')
	if (/\p{Script=Han}/u.test(s)) s = s.replace(/[\p{Script=Latin}\p{N}.\-/×*]+/gu, ' ')
	let core = normaliseForText(s)
	for (let dropped = true; dropped; ) {
		dropped = false
		for (const w of SERVICE_WORDS) {
			if (core.startsWith(w) && core.length - w.length >= 2) {
				core = core.slice(w.length)
				dropped = true
			}
		}
	}
	return core || normaliseForText(name)
}

/**
 * The forms a listing may name the item by: its core name, and what the synonym dictionary says the name, its core, or
 * a term inside the name also means (空呼 → 正压式空气呼吸器). `synonyms` maps a normalised term to its expansions.
 */
export function nameForms(name: string, synonyms: ReadonlyMap<string, readonly string[]>): string[] {
	const whole = normaliseForText(name)
	const core = coreName(name)
	const out = new Set<string>([core])
	for (const [term, expansions] of synonyms) {
		if (term.length < 2) continue
		if (term === whole || term === core || whole.includes(term)) for (const e of expansions) out.add(coreName(e))
	}
	return [...out].filter((f) => f.length > 0)
}

function bigrams(s: string): string[] {
	if (s.length < 2) return [s]
	const out: string[] = []
	for (let i = 0; i + 1 < s.length; i++) out.push(s.slice(i, i + 2))
	return out
}

/** True when one field holds the form: whole, or NAME_COVERAGE of its bigrams including the last (正压式消防空气呼吸器 holds 正压式空气呼吸器). */
export function fieldHolds(field: string, form: string): boolean {
	if (!form) return false
	if (field.includes(form)) return true
	if (form.length < 3) return false
	const grams = bigrams(form)
	if (!field.includes(grams[grams.length - 1]!)) return false
	let found = 0
	for (const g of grams) if (field.includes(g)) found++
	return found / grams.length >= NAME_COVERAGE
}

/** The listing's title, model or one of its keywords holds one of the item's name forms (each field on its own). */
export function namesTheItem(forms: readonly string[], fields: readonly (string | null | undefined)[]): boolean {
	const normalised = fields.filter((f): f is string => !!f).map(normaliseForText)
	return forms.some((form) => normalised.some((field) => fieldHolds(field, form)))
}
