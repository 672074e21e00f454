// Notification texts in a stable machine form (pure). A notification's title (and a generated body) is stored as
// `{"key":"alerts.messages.…","params":{…}}` and put into words only when shown — in the reader's language in the
// notification centre, in the recipient's in mail. Rows written before this (finished Chinese sentences) and plain
// user text (a decline note) are not JSON messages and are shown as they are. Params are user data (names, titles):
// they are substituted as plain text, never expanded again, and rendered by React (or flattened in mail) like any text.
import { translate, type Locale } from '#app/i18n/translate.ts'

/** A param: a text, a number, or a list of names (joined in the reader's language, at most LIST_SHOWN of them). */
export type MessageParam = string | number | string[]
export type NotificationMessage = { key: `alerts.messages.${string}`; params: Record<string, MessageParam> }

/** A list param shows this many names, then "and N more". */
export const LIST_SHOWN = 3

export function encodeMessage(message: NotificationMessage): string {
	return JSON.stringify({ key: message.key, params: message.params })
}

const isParam = (v: unknown): v is MessageParam =>
	typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)) || (Array.isArray(v) && v.every((x) => typeof x === 'string'))

/** The stored text as a message, or null when it is not one (old rows, plain user text, anything malformed). */
export function parseMessage(stored: string): NotificationMessage | null {
	if (!stored.startsWith('{"key":')) return null
	let raw: unknown
	try {
		raw = JSON.parse(stored)
	} catch {
		return null
	}
	if (typeof raw !== 'object' || raw === null) return null
	const { key, params } = raw as { key?: unknown; params?: unknown }
	if (typeof key !== 'string' || !/^alerts\.messages\.[A-Za-z0-9_]+$/.test(key)) return null
	const clean: Record<string, MessageParam> = {}
	if (typeof params === 'object' && params !== null && !Array.isArray(params)) {
		for (const [name, value] of Object.entries(params)) if (isParam(value)) clean[name] = value
	}
	return { key: key as NotificationMessage['key'], params: clean }
}

function joinList(locale: Locale, names: string[]): string {
	const unique = [...new Set(names)]
	const shown = unique.slice(0, LIST_SHOWN).join(translate(locale, 'alerts.messages.separator'))
	return unique.length > LIST_SHOWN ? translate(locale, 'alerts.messages.andMore', { list: shown, count: unique.length, more: unique.length - LIST_SHOWN }) : shown
}

/** A stored notification text (title or body) in the given language; not-JSON text comes back unchanged. */
export function renderNotificationText(stored: string, locale: Locale): string {
	const message = parseMessage(stored)
	if (!message) return stored
	const template = translate(locale, message.key)
	// A key this version does not know (a newer writer, a removed message): a neutral line, never the raw JSON.
	if (template === message.key) return translate(locale, 'alerts.messages.unknown')
	const vars: Record<string, string> = {}
	for (const name of template.match(/\{\{(\w+)\}\}/g)?.map((m) => m.slice(2, -2)) ?? []) {
		const value = Object.hasOwn(message.params, name) ? message.params[name] : undefined
		// A missing param (an older writer) shows as an ellipsis rather than a raw placeholder.
		vars[name] = value === undefined ? '…' : Array.isArray(value) ? joinList(locale, value) : String(value)
	}
	return translate(locale, message.key, vars)
}

/** The title of a notification in the given language (see renderNotificationText). */
export function renderNotificationTitle(title: string, locale: Locale): string {
	return renderNotificationText(title, locale)
}
