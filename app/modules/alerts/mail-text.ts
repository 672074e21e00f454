// The words of alert mail (pure): one notification mailed at once, or a day's notifications in one digest. Mail is
// plain text; user-written text is flattened to one line each so nobody can forge lines (a fake link) in our mail.
export type MailNotification = { title: string; body: string | null; link: string; createdAt?: string }

/** The absolute site address from APP_URL (`https://example.org`), or null when unset or not an http(s) URL. */
export function appBase(raw: string | undefined): string | null {
	if (!raw) return null
	try {
		const u = new URL(raw)
		if (u.protocol !== 'http:' && u.protocol !== 'https:') return null
		return u.origin + u.pathname.replace(/\/+$/, '')
	} catch {
		return null
	}
}

/** Control characters and line breaks become spaces; long text is cut. */
export function oneLine(text: string, max = 300): string {
	const flat = text
		.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ')
		.replace(/\s+/g, ' ')
		.trim()
	return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat
}

/** A site path made absolute when the site's address is known (links are always our own paths). */
export function absolute(link: string, base: string | null): string {
	return base ? base + link : link
}

const FOOTER = (base: string | null) => [
	'',
	'——',
	`在“提醒设置”中可改为每日汇总或关闭邮件：${absolute('/my/alerts', base)}`,
	'应急装备供需对接平台（系统邮件，请勿直接回复）',
]

export function instantMail(n: MailNotification, base: string | null = appBase(process.env.APP_URL)): { subject: string; text: string } {
	const title = oneLine(n.title, 120)
	const lines = [title]
	if (n.body) lines.push('', oneLine(n.body, 1000))
	lines.push('', `查看：${absolute(n.link, base)}`, ...FOOTER(base))
	return { subject: `【提醒】${title}`, text: lines.join('\n') }
}

/** At most this many notifications are written out in a digest; the rest are counted. */
export const DIGEST_SHOWN = 30

export function digestMail(name: string, list: MailNotification[], base: string | null = appBase(process.env.APP_URL)): { subject: string; text: string } {
	const shown = list.slice(0, DIGEST_SHOWN)
	const lines = [`${oneLine(name, 60)}，您好：`, '', `自上次汇总以来，您有 ${list.length} 条新提醒：`, '']
	shown.forEach((n, i) => {
		lines.push(`${i + 1}. ${oneLine(n.title, 120)}`)
		if (n.body) lines.push(`   ${oneLine(n.body, 200)}`)
		lines.push(`   ${absolute(n.link, base)}`)
	})
	if (list.length > shown.length) lines.push('', `另有 ${list.length - shown.length} 条提醒，请到通知中心查看：${absolute('/my/notifications', base)}`)
	else lines.push('', `通知中心：${absolute('/my/notifications', base)}`)
	lines.push(...FOOTER(base))
	return { subject: `【每日提醒汇总】${list.length} 条新提醒`, text: lines.join('\n') }
}
