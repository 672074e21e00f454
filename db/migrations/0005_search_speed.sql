-- Embedded search speed (issue 4): the filter and facet attributes of every document of the FTS5 indexes, denormalised
-- into one compact row keyed by the document id and kept in step by search/sync.server.ts in the writer's transaction.
-- The engine loads them once into typed arrays and refreshes only the rows whose `rev` is newer than what it holds:
-- every change of an index bumps search_fts_state.rev; a document that leaves the index stays as a row with live = 0
-- until the next full re-index (which sets `base`, telling every reader to reload). Multi-valued attributes are
-- comma-separated codes.
CREATE TABLE `search_fts_docs` (
	`idx` text NOT NULL,
	`id` integer NOT NULL,
	`rev` integer NOT NULL,
	`live` integer NOT NULL,
	`category` text,
	`region` text,
	`kind` text,
	`price` real,
	`newest` text,
	`scenarios` text,
	`certifications` text,
	`qualifications` text,
	PRIMARY KEY (`idx`, `id`)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE INDEX `search_fts_docs_rev_idx` ON `search_fts_docs` (`idx`, `rev`);
--> statement-breakpoint
CREATE TABLE `search_fts_state` (
	`idx` text PRIMARY KEY NOT NULL,
	`rev` integer NOT NULL,
	`base` integer NOT NULL
);
--> statement-breakpoint
INSERT INTO `search_fts_state` (`idx`, `rev`, `base`) VALUES ('listings', 1, 1), ('demands', 1, 1);
--> statement-breakpoint
INSERT INTO `search_fts_docs` (`idx`, `id`, `rev`, `live`, `category`, `region`, `kind`, `price`, `newest`, `scenarios`, `certifications`, `qualifications`)
SELECT 'listings', l.id, 1, 1, l.category_code, o.region_code, l.kind, l.price_min, coalesce(l.published_at, l.created_at),
	(SELECT group_concat(x.scenario_code) FROM listing_scenarios x WHERE x.listing_id = l.id),
	(SELECT group_concat(DISTINCT x.type_code) FROM listing_certifications x WHERE x.listing_id = l.id),
	(SELECT group_concat(x.code) FROM organization_qualifications x WHERE x.org_id = o.id)
FROM listings l JOIN organizations o ON o.id = l.org_id
WHERE l.id IN (SELECT rowid FROM listing_fts);
--> statement-breakpoint
INSERT INTO `search_fts_docs` (`idx`, `id`, `rev`, `live`, `category`, `region`, `kind`, `price`, `newest`, `scenarios`, `certifications`, `qualifications`)
SELECT 'demands', i.id, 1, 1, i.category_code, coalesce(d.region_code, o.region_code), d.kind, i.budget_per_unit, coalesce(d.published_at, d.created_at),
	(SELECT group_concat(x.scenario_code) FROM demand_item_scenarios x WHERE x.item_id = i.id),
	(SELECT group_concat(DISTINCT x.type_code) FROM required_certifications x WHERE x.owner_kind = 'demand_item' AND x.owner_id = i.id),
	(SELECT group_concat(x.code) FROM organization_qualifications x WHERE x.org_id = o.id)
FROM demand_items i JOIN demand_lists d ON d.id = i.list_id JOIN organizations o ON o.id = d.org_id
WHERE i.id IN (SELECT rowid FROM demand_item_fts);
