// Upserts the reference codes of domain.md; rows that already hold the same labels are not rewritten.
import { sql } from 'drizzle-orm'
import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3'
import {
	CATEGORIES,
	CERTIFICATION_TYPES,
	categoryParent,
	REGIONS,
	SCENARIOS,
} from '#db/reference/codes.ts'

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function seedReferenceData(db: BetterSQLite3Database<any>): void {
	db.transaction((tx) => {
		CATEGORIES.forEach((c, i) => {
			tx.run(sql`insert into categories (code, parent_code, name_zh, name_en, level, position)
				values (${c.code}, ${categoryParent(c.code)}, ${c.zh}, ${c.en}, ${c.code.length / 2}, ${i})
				on conflict(code) do update set parent_code = excluded.parent_code,
					-- Labels a platform admin edited (/admin/categories) are the database's from then on.
					name_zh = case when labels_edited_at is null then excluded.name_zh else name_zh end,
					name_en = case when labels_edited_at is null then excluded.name_en else name_en end,
					level = excluded.level, position = excluded.position
				where ((name_zh is not excluded.name_zh or name_en is not excluded.name_en) and labels_edited_at is null)
					or position is not excluded.position or parent_code is not excluded.parent_code`)
		})
		SCENARIOS.forEach((s, i) => {
			tx.run(sql`insert into scenarios (code, name_zh, name_en, position) values (${s.code}, ${s.zh}, ${s.en}, ${i})
				on conflict(code) do update set name_zh = excluded.name_zh, name_en = excluded.name_en, position = excluded.position
				where name_zh is not excluded.name_zh or name_en is not excluded.name_en or position is not excluded.position`)
		})
		for (const r of REGIONS) {
			const parent = r.code === '360000' ? null : '360000'
			tx.run(sql`insert into regions (code, parent_code, name_zh, name_en, level) values (${r.code}, ${parent}, ${r.zh}, ${r.en}, ${parent ? 2 : 1})
				on conflict(code) do update set name_zh = excluded.name_zh, name_en = excluded.name_en
				where name_zh is not excluded.name_zh or name_en is not excluded.name_en`)
		}
		CERTIFICATION_TYPES.forEach((c, i) => {
			tx.run(sql`insert into certification_types (code, name_zh, name_en, applies_to, position) values (${c.code}, ${c.zh}, ${c.en}, ${c.appliesTo}, ${i})
				on conflict(code) do update set name_zh = excluded.name_zh, name_en = excluded.name_en, applies_to = excluded.applies_to, position = excluded.position
				where name_zh is not excluded.name_zh or name_en is not excluded.name_en or applies_to is not excluded.applies_to or position is not excluded.position`)
		})
	})
}
