CREATE TABLE `jobs` (
	`name` text PRIMARY KEY NOT NULL,
	`lease_owner` text,
	`lease_until` integer,
	`last_started_at` integer,
	`last_finished_at` integer,
	`last_status` text,
	`last_error` text,
	`last_duration_ms` integer,
	`run_count` integer DEFAULT 0 NOT NULL,
	`failure_count` integer DEFAULT 0 NOT NULL,
	`next_due_at` integer DEFAULT 0 NOT NULL
);
