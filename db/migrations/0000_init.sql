CREATE TABLE `categories` (
	`code` text PRIMARY KEY NOT NULL,
	`parent_code` text,
	`name_zh` text NOT NULL,
	`name_en` text NOT NULL,
	`level` integer NOT NULL,
	`position` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `certification_types` (
	`code` text PRIMARY KEY NOT NULL,
	`name_zh` text NOT NULL,
	`name_en` text NOT NULL,
	`applies_to` text NOT NULL,
	`position` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `regions` (
	`code` text PRIMARY KEY NOT NULL,
	`parent_code` text,
	`name_zh` text NOT NULL,
	`name_en` text NOT NULL,
	`level` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `scenarios` (
	`code` text PRIMARY KEY NOT NULL,
	`name_zh` text NOT NULL,
	`name_en` text NOT NULL,
	`position` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `organization_qualifications` (
	`org_id` integer NOT NULL,
	`code` text NOT NULL,
	PRIMARY KEY(`org_id`, `code`),
	FOREIGN KEY (`org_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `organizations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`ref` text NOT NULL,
	`name` text NOT NULL,
	`uscc` text NOT NULL,
	`kind` text NOT NULL,
	`region_code` text NOT NULL,
	`team_type` text,
	`headcount` integer,
	`level` text,
	`contact` text,
	`phone` text,
	`email` text,
	`address` text,
	`website` text,
	`verified_at` text,
	`verified_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `organizations_ref_unique` ON `organizations` (`ref`);--> statement-breakpoint
CREATE UNIQUE INDEX `organizations_uscc_unique` ON `organizations` (`uscc`);--> statement-breakpoint
CREATE INDEX `organizations_kind_idx` ON `organizations` (`kind`);--> statement-breakpoint
CREATE INDEX `organizations_region_idx` ON `organizations` (`region_code`);--> statement-breakpoint
CREATE TABLE `api_tokens` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`org_id` integer NOT NULL,
	`name` text NOT NULL,
	`token_hash` text NOT NULL,
	`prefix` text NOT NULL,
	`created_by` integer,
	`last_used_at` text,
	`revoked_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`org_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `api_tokens_token_hash_unique` ON `api_tokens` (`token_hash`);--> statement-breakpoint
CREATE INDEX `api_tokens_org_idx` ON `api_tokens` (`org_id`);--> statement-breakpoint
CREATE TABLE `memberships` (
	`org_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`role` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	PRIMARY KEY(`org_id`, `user_id`),
	FOREIGN KEY (`org_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `memberships_user_idx` ON `memberships` (`user_id`);--> statement-breakpoint
CREATE TABLE `sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` integer NOT NULL,
	`expires_at` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `sessions_user_idx` ON `sessions` (`user_id`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`email` text NOT NULL,
	`name` text NOT NULL,
	`password_hash` text,
	`locale` text DEFAULT 'zh-CN' NOT NULL,
	`platform_role` text DEFAULT 'none' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`);--> statement-breakpoint
CREATE TABLE `listing_certifications` (
	`listing_id` integer NOT NULL,
	`position` integer NOT NULL,
	`type_code` text NOT NULL,
	`number` text,
	`valid_until` text,
	PRIMARY KEY(`listing_id`, `position`),
	FOREIGN KEY (`listing_id`) REFERENCES `listings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`type_code`) REFERENCES `certification_types`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `listing_certs_type_idx` ON `listing_certifications` (`type_code`);--> statement-breakpoint
CREATE TABLE `listing_scenarios` (
	`listing_id` integer NOT NULL,
	`scenario_code` text NOT NULL,
	`position` integer NOT NULL,
	PRIMARY KEY(`listing_id`, `scenario_code`),
	FOREIGN KEY (`listing_id`) REFERENCES `listings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`scenario_code`) REFERENCES `scenarios`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `listing_scenarios_code_idx` ON `listing_scenarios` (`scenario_code`);--> statement-breakpoint
CREATE TABLE `listing_specs` (
	`listing_id` integer NOT NULL,
	`position` integer NOT NULL,
	`name` text NOT NULL,
	`value_num` real,
	`value_text` text,
	`unit` text,
	`dimension` text,
	`canonical_value` real,
	PRIMARY KEY(`listing_id`, `position`),
	FOREIGN KEY (`listing_id`) REFERENCES `listings`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `listing_specs_name_idx` ON `listing_specs` (`name`,`canonical_value`);--> statement-breakpoint
CREATE TABLE `listings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`ref` text NOT NULL,
	`org_id` integer NOT NULL,
	`kind` text DEFAULT 'equipment' NOT NULL,
	`title` text NOT NULL,
	`model` text,
	`category_code` text,
	`description` text,
	`keywords` text,
	`price_min` real,
	`price_max` real,
	`lead_time_days` integer,
	`monthly_capacity` integer,
	`stock` integer,
	`status` text DEFAULT 'published' NOT NULL,
	`published_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`org_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`category_code`) REFERENCES `categories`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `listings_ref_unique` ON `listings` (`ref`);--> statement-breakpoint
CREATE INDEX `listings_org_idx` ON `listings` (`org_id`);--> statement-breakpoint
CREATE INDEX `listings_category_idx` ON `listings` (`category_code`);--> statement-breakpoint
CREATE INDEX `listings_status_idx` ON `listings` (`status`);--> statement-breakpoint
CREATE TABLE `demand_item_scenarios` (
	`item_id` integer NOT NULL,
	`scenario_code` text NOT NULL,
	`position` integer NOT NULL,
	PRIMARY KEY(`item_id`, `scenario_code`),
	FOREIGN KEY (`item_id`) REFERENCES `demand_items`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`scenario_code`) REFERENCES `scenarios`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `demand_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`list_id` integer NOT NULL,
	`ref` text NOT NULL,
	`position` integer NOT NULL,
	`name` text NOT NULL,
	`category_code` text,
	`quantity` real NOT NULL,
	`unit` text,
	`budget_per_unit` real,
	`needed_by` text,
	`notes` text,
	`responded_qty` real DEFAULT 0 NOT NULL,
	`awarded_qty` real DEFAULT 0 NOT NULL,
	`delivered_qty` real DEFAULT 0 NOT NULL,
	FOREIGN KEY (`list_id`) REFERENCES `demand_lists`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`category_code`) REFERENCES `categories`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `demand_items_list_ref_idx` ON `demand_items` (`list_id`,`ref`);--> statement-breakpoint
CREATE INDEX `demand_items_category_idx` ON `demand_items` (`category_code`);--> statement-breakpoint
CREATE TABLE `demand_lists` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`ref` text NOT NULL,
	`org_id` integer NOT NULL,
	`kind` text DEFAULT 'procurement' NOT NULL,
	`title` text NOT NULL,
	`deadline` text,
	`region_code` text,
	`status` text DEFAULT 'published' NOT NULL,
	`edition` text,
	`published_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`org_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `demand_lists_ref_unique` ON `demand_lists` (`ref`);--> statement-breakpoint
CREATE INDEX `demand_lists_org_idx` ON `demand_lists` (`org_id`);--> statement-breakpoint
CREATE INDEX `demand_lists_status_idx` ON `demand_lists` (`status`);--> statement-breakpoint
CREATE TABLE `constraints` (
	`owner_kind` text NOT NULL,
	`owner_id` integer NOT NULL,
	`position` integer NOT NULL,
	`name` text NOT NULL,
	`op` text NOT NULL,
	`value_num` real,
	`value2_num` real,
	`values_text` text,
	`unit` text,
	`dimension` text,
	`canonical_value` real,
	`canonical_value2` real,
	PRIMARY KEY(`owner_kind`, `owner_id`, `position`)
);
--> statement-breakpoint
CREATE TABLE `required_certifications` (
	`owner_kind` text NOT NULL,
	`owner_id` integer NOT NULL,
	`position` integer NOT NULL,
	`type_code` text NOT NULL,
	PRIMARY KEY(`owner_kind`, `owner_id`, `position`),
	FOREIGN KEY (`type_code`) REFERENCES `certification_types`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `required_certs_type_idx` ON `required_certifications` (`type_code`);--> statement-breakpoint
CREATE TABLE `inventory_lots` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`team_org_id` integer NOT NULL,
	`position` integer NOT NULL,
	`standard_item_id` integer,
	`name` text,
	`quantity` real NOT NULL,
	`acquired_year` integer,
	FOREIGN KEY (`team_org_id`) REFERENCES `teams`(`org_id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`standard_item_id`) REFERENCES `standard_items`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `inventory_lots_team_idx` ON `inventory_lots` (`team_org_id`);--> statement-breakpoint
CREATE TABLE `standard_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`standard_id` integer NOT NULL,
	`ref` text NOT NULL,
	`position` integer NOT NULL,
	`name` text NOT NULL,
	`category_code` text,
	`qty_fixed` real,
	`qty_per_person` real,
	`qty_min` real,
	`mandatory` integer NOT NULL,
	`service_life_years` integer,
	FOREIGN KEY (`standard_id`) REFERENCES `standards`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`category_code`) REFERENCES `categories`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `standard_items_ref_idx` ON `standard_items` (`standard_id`,`ref`);--> statement-breakpoint
CREATE TABLE `standards` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`title` text NOT NULL,
	`issuer` text,
	`team_type` text NOT NULL,
	`level` text,
	`version` text,
	`status` text DEFAULT 'published' NOT NULL,
	`owner_org_id` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`owner_org_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `standards_code_unique` ON `standards` (`code`);--> statement-breakpoint
CREATE TABLE `teams` (
	`org_id` integer PRIMARY KEY NOT NULL,
	`standard_id` integer NOT NULL,
	`headcount` integer NOT NULL,
	`as_of` text,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`org_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`standard_id`) REFERENCES `standards`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`user_id` integer,
	`org_id` integer,
	`actor` text,
	`action` text NOT NULL,
	`entity` text NOT NULL,
	`entity_id` integer,
	`before` text,
	`after` text,
	`ip` text
);
--> statement-breakpoint
CREATE INDEX `audit_log_entity_idx` ON `audit_log` (`entity`,`entity_id`);--> statement-breakpoint
CREATE INDEX `audit_log_at_idx` ON `audit_log` (`at`);--> statement-breakpoint
CREATE TABLE `search_outbox` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`entity` text NOT NULL,
	`entity_id` integer NOT NULL,
	`op` text NOT NULL,
	`revision` integer DEFAULT 1 NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`locked_until` text,
	`dead_at` text,
	`last_error` text,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `search_outbox_entity_idx` ON `search_outbox` (`entity`,`entity_id`);