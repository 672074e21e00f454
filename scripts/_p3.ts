import { openDatabase } from '#db/client.server.ts'
import { getSearchEngine } from '#search/index.server.ts'
import { FACETS } from '#search/engine.ts'
const QUERY_MIX = JSON.parse(process.env.QM!)
const db = openDatabase('/tmp/prof.db')
const e = getSearchEngine(db)
await e.reindex('listings')
for (const q of QUERY_MIX) await e.search({ index: 'listings', q, perPage: 10, facets: FACETS })
const rows: [string, number, number][] = []
for (const q of [...QUERY_MIX, '消防', '排水 3000方', '排水 3000 m3/h', '暴雪 除冰', '内涝 照明', '森林']) {
  const ts: number[] = []; let total = 0
  for (let i = 0; i < 3; i++) { const t = performance.now(); const r = await e.search({ index: 'listings', q, perPage: 10, facets: FACETS }); ts.push(performance.now() - t); total = r.total }
  rows.push([q, Math.min(...ts), total])
}
rows.sort((a, b) => b[1] - a[1]); for (const r of rows.slice(0, 12)) console.log(r[1].toFixed(1).padStart(8), String(r[2]).padStart(7), r[0])
