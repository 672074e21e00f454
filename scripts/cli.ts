// `npm run cli -- <command>`: the command-line contract of interchange.md §4 (import, export; more as they land).
// Human text by default, exactly one JSON document on stdout with --json; exit 0 on success, 1 on rejected input.
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { env } from '#app/env.server.ts'
import { isLocale, translate, type Locale } from '#app/i18n/translate.ts'
import { exportAll } from '#app/modules/imports/exporter.server.ts'
import { toNdjson } from '#app/modules/imports/formats.ts'
import { importFiles } from '#app/modules/imports/import-file.server.ts'
import { formatProblem, RECORD_TYPES } from '#app/utils/problems.ts'
import { writeXlsx } from '#app/modules/imports/xlsx.server.ts'
import { closeDatabase, openDatabase } from '#db/client.server.ts'
import { FACETS, type Filters, type SearchIndex, type SortOrder } from '#search/engine.ts'
import { getSearchEngine } from '#app/utils/search-engine.server.ts'
import { toResponse } from '#search/response.ts'
import { matchCommand, opportunitiesCommand } from './cli/match.ts'
import { gapCommand } from './cli/gap.ts'
import { alertsCommand } from './cli/alerts.ts'
import { jobsCommand } from './cli/jobs.ts'
import { clearCoveredByRebuild, drainAll, isExternal, outboxStats, pendingByEntity } from '#search/outbox.server.ts'

const USAGE = `用法 / usage: npm run cli -- <command> [options]

  import <file...>              导入 JSON / NDJSON / XLSX 文件（原子、幂等）
  export <file.json|.ndjson|.xlsx>  导出全部可导入的数据
  search <query> [--category c] [--scenario s] [--region r] [--certification c] [--qualification q] [--kind k]
         [--index listings|demands] [--sort relevance|newest|price_asc|price_desc] [--limit n] [--page n]
                                搜索供给（或需求）；筛选可重复（同类为“或”，不同类为“且”）；查询为空时按筛选列出
  reindex                       从数据库重建搜索索引
  match <demandRef> [--item itemRef] [--limit n] [--today YYYY-MM-DD]
                                为需求清单的各条目匹配供给（符合要求的在前，附逐项理由）
  opportunities <listingRef> [--limit n] [--today YYYY-MM-DD]
                                该供给符合条件的征集中需求条目（商机）
  gap <teamOrgRef>              队伍按配备标准的装备缺口（及年底到期的装备）
  alerts                        运行一次提醒任务（匹配提醒、订阅搜索、每日汇总邮件）并输出统计
  outbox [--drain]              搜索同步队列（发往 Meilisearch）的积压、延迟和死信；--drain 立即同步一轮
  jobs [--list | --force <name>]
                                运行一次到期的后台任务并列出结果；--list 各任务的上次运行、错误和租约；--force 立即运行指定任务

  --db <path>     数据库文件（默认 DATABASE_URL，否则 ./data/app.db）
  --json          输出一个 JSON 文档
  --lang zh|en    报告语言（默认中文）`

class UsageError extends Error {}

type Out = { json: boolean; print: (human: string, json: unknown) => void }

async function main(argv: string[]): Promise<number> {
	// Configuration is parsed first: a bad variable stops the command with a message naming it.
	const config = env()
	const { values, positionals } = parseArgs({
		args: argv,
		allowPositionals: true,
		strict: true,
		options: {
			db: { type: 'string' },
			json: { type: 'boolean', default: false },
			lang: { type: 'string', default: 'zh-CN' },
			help: { type: 'boolean', short: 'h', default: false },
			category: { type: 'string', multiple: true },
			scenario: { type: 'string', multiple: true },
			region: { type: 'string', multiple: true },
			certification: { type: 'string', multiple: true },
			qualification: { type: 'string', multiple: true },
			kind: { type: 'string', multiple: true },
			index: { type: 'string' },
			sort: { type: 'string' },
			limit: { type: 'string' },
			page: { type: 'string' },
			drain: { type: 'boolean', default: false },
			item: { type: 'string' },
			today: { type: 'string' },
			list: { type: 'boolean', default: false },
			force: { type: 'string' },
		},
	})
	const lang = values.lang === 'zh' ? 'zh-CN' : values.lang
	if (!isLocale(lang)) throw new UsageError(`--lang: zh | en (got ${values.lang})`)
	const locale: Locale = lang
	const [command, ...args] = positionals
	if (values.help || !command) {
		console.log(USAGE)
		return command || values.help ? 0 : 2
	}
	const dbUrl = values.db ?? config.DATABASE_URL
	const dbPath = dbUrl.startsWith('file:') ? dbUrl.slice(5) : dbUrl
	const out: Out = {
		json: values.json ?? false,
		print: (human, json) => process.stdout.write((values.json ? JSON.stringify(json, null, 2) : human) + '\n'),
	}

	switch (command) {
		case 'import': {
			if (!args.length) throw new UsageError('import: 请给出至少一个文件 / give at least one file')
			const files = []
			for (const f of args) {
				try {
					files.push({ bytes: await readFile(f), filename: path.basename(f) })
				} catch (e) {
					const msg = (e as NodeJS.ErrnoException).code === 'ENOENT' ? (locale === 'en' ? `file not found: ${f}` : `找不到文件：${f}`) : (e as Error).message
					out.print(msg, { ok: false, problems: [{ type: 'file', field: '', code: 'file.read', message: msg, ref: f }] })
					return 1
				}
			}
			const db = openDatabase(dbPath)
			try {
				const report = await importFiles(db, files, { locale, actor: { kind: 'operator', label: 'cli' } })
				if (report.ok) {
					const lines = [translate(locale, 'import.ok')]
					for (const t of RECORD_TYPES) {
						const c = report.counts[t]
						if (c.created + c.updated + c.unchanged === 0) continue
						lines.push('  ' + translate(locale, 'import.summary', { type: translate(locale, `import.types.${t}`), ...c }))
					}
					out.print(lines.join('\n'), report)
					return 0
				}
				const lines = [translate(locale, 'import.rejected', { count: report.problems.length }), ...report.problems.map((p) => '  ' + formatProblem(p, locale))]
				out.print(lines.join('\n'), report)
				return 1
			} finally {
				closeDatabase(db)
			}
		}
		case 'export': {
			const file = args[0]
			if (!file) throw new UsageError('export: 请给出输出文件 / give an output file')
			const db = openDatabase(dbPath)
			try {
				const doc = exportAll(db)
				const lower = file.toLowerCase()
				if (lower.endsWith('.xlsx')) await writeFile(file, await writeXlsx(doc))
				else if (lower.endsWith('.ndjson') || lower.endsWith('.jsonl')) await writeFile(file, toNdjson(doc))
				else await writeFile(file, JSON.stringify(doc, null, 2) + '\n')
				const counts = Object.fromEntries(Object.entries(doc).map(([k, v]) => [k, v.length]))
				const human = (locale === 'en' ? `exported to ${file}: ` : `已导出到 ${file}：`) + Object.entries(counts).map(([k, n]) => `${k} ${n}`).join(', ')
				out.print(human, { ok: true, file, counts })
				return 0
			} finally {
				closeDatabase(db)
			}
		}
		case 'search': {
			const index = values.index ?? 'listings'
			if (index !== 'listings' && index !== 'demands') throw new UsageError(`--index: listings | demands (got ${index})`)
			const sorts = ['relevance', 'newest', 'price_asc', 'price_desc']
			if (values.sort !== undefined && !sorts.includes(values.sort)) throw new UsageError(`--sort: ${sorts.join(' | ')} (got ${values.sort})`)
			const whole = (name: string, v: string | undefined, max: number) => {
				if (v === undefined) return undefined
				const n = Number(v)
				if (!Number.isInteger(n) || n < 1 || n > max) throw new UsageError(`--${name}: a whole number from 1 to ${max} (got ${v})`)
				return n
			}
			const perPage = whole('limit', values.limit, 100)
			const page = whole('page', values.page, 100_000)
			const filters: Filters = {}
			for (const f of FACETS) if (values[f]?.length) filters[f] = values[f]
			const db = openDatabase(dbPath)
			try {
				const result = await getSearchEngine(db).search({
					index: index as SearchIndex,
					q: args.join(' '),
					filters,
					sort: values.sort as SortOrder | undefined,
					page,
					perPage,
				})
				const doc = toResponse(result, index as SearchIndex)
				const en = locale === 'en'
				const lines = [en ? `${doc.total} found (page ${doc.page})` : `共找到 ${doc.total} 条（第 ${doc.page} 页）`]
				for (const h of doc.hits) lines.push(`  ${h.ref}  ${h.title}  — ${h.org}${h.list ? `（${h.list.ref}）` : ''}`)
				for (const i of doc.ignored ?? []) lines.push(en ? `  ignored unknown ${i.facet}: ${i.value}` : `  已忽略未知的 ${i.facet}：${i.value}`)
				if (doc.fallback) lines.push(`  (${doc.fallback.from}: ${doc.fallback.reason})`)
				out.print(lines.join('\n'), doc)
				return 0
			} finally {
				closeDatabase(db)
			}
		}
		case 'reindex': {
			const db = openDatabase(dbPath)
			try {
				const engine = getSearchEngine(db)
				const startedAt = new Date()
				const listings = (await engine.reindex('listings')).documents
				const demands = (await engine.reindex('demands')).documents
				// Everything changed before the rebuild started is in the rebuilt external index: its outbox rows can go.
				if (isExternal(engine)) clearCoveredByRebuild(db, startedAt)
				// With MEILI_HOST set, the engine rebuilds the embedded index first, then Meilisearch (by index swap).
				const rebuilt = isExternal(engine) ? ['embedded', engine.name] : ['embedded']
				const which =
					locale === 'en'
						? rebuilt.map((n) => (n === 'embedded' ? 'embedded index' : n === 'meilisearch' ? 'Meilisearch' : n)).join(' and ')
						: rebuilt.map((n) => (n === 'embedded' ? '内置索引' : n === 'meilisearch' ? 'Meilisearch' : n)).join('和')
				const human =
					locale === 'en' ? `search index rebuilt (${which}): ${listings} listings, ${demands} demand items` : `搜索索引已重建（${which}）：供给 ${listings} 条，需求条目 ${demands} 条`
				out.print(human, { ok: true, engine: engine.name, documents: { listings, demands } })
				return 0
			} finally {
				closeDatabase(db)
			}
		}
		case 'outbox': {
			const db = openDatabase(dbPath)
			try {
				const en = locale === 'en'
				const engine = getSearchEngine(db)
				const external = isExternal(engine)
				let drained: Awaited<ReturnType<typeof drainAll>> | null = null
				if (values.drain && external) drained = await drainAll(db, engine)
				const stats = outboxStats(db)
				const lines = [
					external
						? en
							? `search outbox → ${engine.name}: ${stats.pending} pending (${stats.retrying} retrying), lag ${stats.lagSeconds} s, ${stats.dead} dead`
							: `搜索同步队列 → ${engine.name}：待同步 ${stats.pending}（重试中 ${stats.retrying}），延迟 ${stats.lagSeconds} 秒，死信 ${stats.dead}`
						: en
							? `no external search engine: the embedded index is updated in each transaction (${stats.pending} changes recorded for an external engine)`
							: `未使用外部搜索引擎：内置索引随每次写入同步更新（已为外部引擎记录 ${stats.pending} 项变更）`,
				]
				for (const [entity, n] of Object.entries(pendingByEntity(db))) lines.push(`  ${entity}: ${n}`)
				if (stats.lastError) lines.push(en ? `  last error: ${stats.lastError}` : `  最近错误：${stats.lastError}`)
				if (values.drain && !external) lines.push(en ? '  --drain: nothing to drain to' : '  --drain：没有可同步的外部引擎')
				if (drained)
					lines.push(
						en
							? `  drained: ${drained.applied} applied, ${drained.failed} failed, ${drained.dead} dead${drained.unavailable ? ` (engine unavailable: ${drained.unavailable})` : ''}`
							: `  本轮同步：成功 ${drained.applied}，失败 ${drained.failed}，转入死信 ${drained.dead}${drained.unavailable ? `（引擎不可用：${drained.unavailable}）` : ''}`,
					)
				out.print(lines.join('\n'), { ok: !drained?.unavailable, engine: engine.name, external, ...stats, byEntity: pendingByEntity(db), ...(drained ? { drained } : {}) })
				return drained?.unavailable ? 1 : 0
			} finally {
				closeDatabase(db)
			}
		}
		case 'gap': {
			const ref = args[0]
			if (!ref || args.length > 1) throw new UsageError('gap: 请给出一个队伍机构编号 / give one team organization ref')
			const db = openDatabase(dbPath)
			try {
				const result = gapCommand(db, ref, locale)
				out.print(result.human, result.json)
				return result.code
			} finally {
				closeDatabase(db)
			}
		}
		case 'jobs': {
			if (args.length) throw new UsageError('jobs: 不接受参数（用 --force <name>）/ takes no arguments (use --force <name>)')
			const db = openDatabase(dbPath)
			try {
				const result = await jobsCommand(db, { en: locale === 'en', list: values.list, force: values.force, usage: (m) => new UsageError(m) })
				out.print(result.human, result.json)
				return result.code
			} finally {
				closeDatabase(db)
			}
		}
		case 'alerts': {
			const db = openDatabase(dbPath)
			try {
				const result = await alertsCommand(db, locale === 'en')
				out.print(result.human, result.json)
				return result.code
			} finally {
				closeDatabase(db)
			}
		}
		case 'match':
		case 'opportunities': {
			const o = { dbPath, json: out.json, en: locale === 'en', limit: values.limit, item: values.item, today: values.today, print: out.print, usage: (m: string) => new UsageError(m) }
			return command === 'match' ? matchCommand(o, args[0]) : opportunitiesCommand(o, args[0])
		}
		default:
			throw new UsageError(`unknown command: ${command}\n\n${USAGE}`)
	}
}

main(process.argv.slice(2)).then(
	(code) => process.exit(code),
	(e: unknown) => {
		if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
			console.error((e as Error).message)
			process.exit(2)
		}
		console.error(e instanceof Error ? e.message : e)
		process.exit(1)
	},
)
