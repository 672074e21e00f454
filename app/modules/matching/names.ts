// Whether a listing is the thing a demand item names (pure): the rule for items that say what they are only by their
// name (no spec constraints; interchange.md §2, ADR 015): 消防腰斧 is a 腰斧, not any 破拆 tool of its category.
import { SERVICE_WORDS } from '../catalog/reference-data.ts'
import { quantitiesIn, withoutQuantities } from '../catalog/units.ts'
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
 * The forms a listing may name the item by: its core name, what the synonym dictionary says the name or its core also
 * means (空呼 → 正压式空气呼吸器), and the name with a term inside it replaced by what that term means. `synonyms` maps a normalised term to its expansions.
 */
export function nameForms(name: string, synonyms: ReadonlyMap<string, readonly string[]>): string[] {
	const whole = normaliseForText(name)
	const core = coreName(name)
	const out = new Set<string>([core])
	for (const [term, expansions] of synonyms) {
		if (term.length < 2) continue
		if (term === whole || term === core) for (const e of expansions) out.add(coreName(e))
		// A term inside the name stands for that part only: 防爆对讲机 with 对讲机 → 手台 is a 防爆手台, not any 手台.
		// (A Latin expansion would be dropped from a Chinese name's core with the model codes, leaving only 防爆: skipped.)
		else if (whole.includes(term)) for (const e of expansions) if (/\p{Script=Han}/u.test(e)) out.add(coreName(whole.replace(term, normaliseForText(e))))
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
	if (heldWithInsertion(field, form)) return true
	const grams = bigrams(form)
	if (!field.includes(grams[grams.length - 1]!)) return false
	let found = 0
	for (const g of grams) if (field.includes(g)) found++
	return found / grams.length >= NAME_COVERAGE
}

/**
 * The form in two pieces of at least two characters each, in order, with words between them: 本安型防爆数字对讲机 holds
 * 防爆对讲机 (防爆 … 对讲机). The head noun stays whole in the second piece.
 */
function heldWithInsertion(field: string, form: string): boolean {
	for (let k = 2; k <= form.length - 2; k++) {
		const at = field.indexOf(form.slice(0, k))
		if (at >= 0 && field.indexOf(form.slice(k), at + k) >= 0) return true
	}
	return false
}

/** The listing's title, model or one of its keywords holds one of the item's name forms (each field on its own). */
export function namesTheItem(forms: readonly string[], fields: readonly (string | null | undefined)[]): boolean {
	const normalised = fields.filter((f): f is string => !!f).map(normaliseForText)
	return forms.some((form) => normalised.some((field) => fieldHolds(field, form)))
}

/**
 * A name and a title that state different amounts of the same measure name different things: a 2小时正压氧气呼吸器 is not
 * the 4h正压氧气呼吸器 asked for, though every word of the name is in it. Same amount in another unit (4h, 4小时) agrees;
 * a title that states no amount of that measure does not conflict.
 */
export function statesOtherQuantity(name: string, title: string | null | undefined): boolean {
	if (!title) return false
	const asked = quantitiesIn(name)
	if (asked.length === 0) return false
	const stated = quantitiesIn(title)
	return asked.some((a) => {
		const same = stated.filter((s) => s.dimension === a.dimension)
		return same.length > 0 && !same.some((s) => Math.abs(s.value - a.value) <= 1e-6 * Math.max(1, Math.abs(a.value)))
	})
}

/**
 * The listing is the thing the item names: its title holds a name form *as its head* (the title ends with it, ignoring
 * notes in brackets, amounts and model codes: a 防爆对讲机充电器 or a 担架固定带 names an accessory, not the item), or its
 * model holds one, or a keyword does in the same way and the title does not name another thing (a Chinese title holds
 * that form's head noun). A 推车式长管空气呼吸器 that lists 移动供气源 among its keywords is a breathing apparatus used with
 * one, not one.
 */
export function namesTheListing(forms: readonly string[], listing: { title: string | null | undefined; model?: string | null; keywords?: readonly string[] | null }): boolean {
	const heads = (text: string) => {
		const field = normaliseForText(text)
		const core = headText(text)
		return (form: string) => fieldHolds(field, form) && endsWithHead(core, form)
	}
	const titleNames = heads(listing.title ?? '')
	if (forms.some(titleNames)) return true
	if (listing.model && namesTheItem(forms, [listing.model])) return true
	const title = normaliseForText(listing.title ?? '')
	const chineseTitle = /\p{Script=Han}/u.test(title)
	const keywords = (listing.keywords ?? []).map(heads)
	return forms.some((form) => keywords.some((names) => names(form)) && (!chineseTitle || title.includes(headOf(form))))
}

/** Words after the head that still name the same thing: a set of it (工具组, 急救套装), a type of it (成人型). */
const SAME_THING_SUFFIXES = new Set(['组', '套', '套装', '系列', '型', '款', '式'])

/** A title or keyword as its core name (no notes in brackets, no model codes in Chinese) without its amounts (60马力, 4h, 6人). */
const headText = (text: string) => coreName(withoutQuantities(text))

/** The text ends with the form's head noun, or with it and a word that still names the same thing. */
function endsWithHead(core: string, form: string): boolean {
	const head = headOf(form)
	const at = core.lastIndexOf(head)
	if (at < 0) return false
	const rest = core.slice(at + head.length)
	return rest === '' || SAME_THING_SUFFIXES.has(rest)
}

/** The head noun of a name form: its last two characters (气源 of 移动供气源), or the form when shorter. */
function headOf(form: string): string {
	return form.length <= 2 ? form : form.slice(-2)
}
