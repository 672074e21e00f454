// The words of alert mail (pure): one notification mailed at once, or a day's notifications in one digest. Mail is
// plain text; user-written text is flattened to one line each so nobody can forge lines (a fake link) in our mail.
// Titles and bodies are the stored forms (see message.ts), put into words in the recipient's language here.
import { DEFAULT_LOCALE, translate, type Locale } from '#app/i18n/translate.ts'
import { renderNotificationText } from './message.ts'

export type MailNotification = { title: string; body: string | null; link: string; createdAt?: string }

/** Control characters and line breaks become spaces; long text is cut. */
export function oneLine(text: string, max = 300): string {
	const flat = text
		.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ')
		.replace(/\s+/g, ' ')
		.trim()
	return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat
}

/** A site path made absolute when the site's address is known (links are always our own paths). The address is the
 * configured one (the caller passes appUrl()), never one taken from a request. */
export function absolute(link: string, base: string | null): string {
	return base ? base + link : link
}

const FOOTER = (base: string | null, locale: Locale) => [
	'',
	'——',
	translate(locale, 'alerts.mail.settings', { link: absolute('/my/alerts', base) }),
	translate(locale, 'alerts.mail.signature'),
]

export function instantMail(
	n: MailNotification,
	base: string | null,
	locale: Locale = DEFAULT_LOCALE,
): { subject: string; text: string } {
	const title = oneLine(renderNotificationText(n.title, locale), 120)
	const lines = [title]
	if (n.body) lines.push('', oneLine(renderNotificationText(n.body, locale), 1000))
	lines.push('', translate(locale, 'alerts.mail.view', { link: absolute(n.link, base) }), ...FOOTER(base, locale))
	return { subject: translate(locale, 'alerts.mail.subject', { title }), text: lines.join('\n') }
}

/** At most this many notifications are written out in a digest; the rest are counted. */
export const DIGEST_SHOWN = 30

export function digestMail(
	name: string,
	list: MailNotification[],
	base: string | null,
	locale: Locale = DEFAULT_LOCALE,
): { subject: string; text: string } {
	const shown = list.slice(0, DIGEST_SHOWN)
	const lines = [translate(locale, 'alerts.mail.greeting', { name: oneLine(name, 60) }), '', translate(locale, 'alerts.mail.digestIntro', { count: list.length }), '']
	shown.forEach((n, i) => {
		lines.push(`${i + 1}. ${oneLine(renderNotificationText(n.title, locale), 120)}`)
		if (n.body) lines.push(`   ${oneLine(renderNotificationText(n.body, locale), 200)}`)
		lines.push(`   ${absolute(n.link, base)}`)
	})
	const centre = absolute('/my/notifications', base)
	if (list.length > shown.length) lines.push('', translate(locale, 'alerts.mail.digestMore', { count: list.length - shown.length, link: centre }))
	else lines.push('', translate(locale, 'alerts.mail.digestCentre', { link: centre }))
	lines.push(...FOOTER(base, locale))
	return { subject: translate(locale, 'alerts.mail.digestSubject', { count: list.length }), text: lines.join('\n') }
}
