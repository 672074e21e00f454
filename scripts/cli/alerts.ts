// `npm run cli -- alerts [--json]`: runs the alert jobs once (matching scan, saved searches, daily digests), as the
// server's worker does every minute, and prints what they did.
import { runAlerts } from '#app/modules/alerts/jobs.server.ts'
import type { Db } from '#db/client.server.ts'

export type CommandResult = { code: number; human: string; json: unknown }

export async function alertsCommand(db: Db, en: boolean, now = new Date()): Promise<CommandResult> {
	const r = await runAlerts(db, { now })
	const human = en
		? [
				`matching scan: ${r.scan.demands} demand lists and ${r.scan.listings} listings newly published, ${r.scan.notifications} notifications`,
				`saved searches: ${r.savedSearches.searches} run, ${r.savedSearches.notifications} notifications`,
				`daily digests: ${r.digests.mails} mails (${r.digests.users} users)`,
			]
		: [
				`匹配提醒：新发布需求清单 ${r.scan.demands} 份、供给 ${r.scan.listings} 条，生成通知 ${r.scan.notifications} 条`,
				`订阅搜索：运行 ${r.savedSearches.searches} 个，生成通知 ${r.savedSearches.notifications} 条`,
				`每日汇总：发出邮件 ${r.digests.mails} 封（${r.digests.users} 位用户）`,
			]
	return { code: 0, human: human.join('\n'), json: { ok: true, ...r } }
}
