// `npm run cli -- <command>`: the command-line contract of interchange.md §4 (import, export; more as they land).
// Human text by default, exactly one JSON document on stdout with --json; exit 0 on success, 1 on rejected input.
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { isLocale, translate, type Locale } from '#app/i18n/translate.ts'
import { exportAll } from '#app/modules/imports/exporter.server.ts'
import { toNdjson } from '#app/modules/imports/formats.ts'
import { importFiles } from '#app/modules/imports/import-file.server.ts'
import { formatProblem, RECORD_TYPES } from '#app/modules/imports/problems.ts'
import { writeXlsx } from '#app/modules/imports/xlsx.server.ts'
import { closeDatabase, openDatabase } from '#db/client.server.ts'

const USAGE = `用法 / usage: npm run cli -- <command> [options]

  import <file...>              导入 JSON / NDJSON / XLSX 文件（原子、幂等）
  export <file.json|.ndjson|.xlsx>  导出全部可导入的数据

  --db <path>     数据库文件（默认 DATABASE_URL，否则 ./data/app.db）
  --json          输出一个 JSON 文档
  --lang zh|en    报告语言（默认中文）`

class UsageError extends Error {}

type Out = { json: boolean; print: (human: string, json: unknown) => void }

async function main(argv: string[]): Promise<number> {
	const { values, positionals } = parseArgs({
		args: argv,
		allowPositionals: true,
		strict: true,
		options: {
			db: { type: 'string' },
			json: { type: 'boolean', default: false },
			lang: { type: 'string', default: 'zh-CN' },
			help: { type: 'boolean', short: 'h', default: false },
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
	const dbUrl = values.db ?? process.env.DATABASE_URL ?? './data/app.db'
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
