-- Issue 11, third round: the title-head ranking signal. Each search document keeps the endings of its name
-- (search/query.ts titleHeads: 充气式橡皮艇 → 橡皮艇, 皮艇, 艇 …) beside its filter attributes, so a query's thing (船, 冲锋舟)
-- ranks the documents whose name ends in it above those that only mention it (船用救生衣). The embedded index is emptied
-- here and rebuilt from the database on first use (search/index.server.ts ensureIndexed), which fills the new column.
-- With Meilisearch, run `npm run cli -- reindex` (documents gain a filterable `heads`).
ALTER TABLE `search_fts_docs` ADD `heads` text;
--> statement-breakpoint
DELETE FROM `listing_fts`;
--> statement-breakpoint
DELETE FROM `demand_item_fts`;
