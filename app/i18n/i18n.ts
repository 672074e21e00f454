// An i18next instance per locale for React (server render and browser alike; catalogs are bundled, no loading).
import i18next, { type i18n } from 'i18next'
import { initReactI18next } from 'react-i18next'
import { resources, type Locale } from './translate.ts'

const cache = new Map<Locale, i18n>()
export function i18nFor(locale: Locale): i18n {
	const known = cache.get(locale)
	if (known) return known
	const instance = i18next.createInstance()
	void instance.use(initReactI18next).init({
		lng: locale,
		fallbackLng: 'zh-CN',
		resources: { [locale]: { translation: resources[locale] }, 'zh-CN': { translation: resources['zh-CN'] } },
		initAsync: false,
		// React escapes text; escaping twice would show &amp; to users.
		interpolation: { escapeValue: false },
		returnNull: false,
		showSupportNotice: false,
	})
	cache.set(locale, instance)
	return instance
}
