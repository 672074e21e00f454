// Message lookup shared by server code (importer, CLI, API errors) and the UI's i18next instance.
import en from './locales/en.ts'
import zh from './locales/zh-CN.ts'

export const LOCALES = ['zh-CN', 'en'] as const
export type Locale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: Locale = 'zh-CN'
export const resources = { 'zh-CN': zh, en } as const

export function isLocale(x: unknown): x is Locale {
	return x === 'zh-CN' || x === 'en'
}

/** Looks up a dotted key (`validation.uscc.check` style: namespace, then the key, which may itself hold dots). */
export function translate(locale: Locale, key: string, vars: Record<string, unknown> = {}): string {
	const template = lookup(resources[locale], key) ?? lookup(resources[DEFAULT_LOCALE], key) ?? key
	return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => (name in vars ? String(vars[name]) : `{{${name}}}`))
}

function lookup(tree: unknown, key: string): string | undefined {
	let node: unknown = tree
	let rest = key
	while (rest) {
		if (typeof node !== 'object' || node === null) return undefined
		const obj = node as Record<string, unknown>
		if (typeof obj[rest] === 'string') return obj[rest] as string
		const dot = rest.indexOf('.')
		if (dot < 0) return undefined
		node = obj[rest.slice(0, dot)]
		rest = rest.slice(dot + 1)
	}
	return undefined
}
