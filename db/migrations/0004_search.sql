-- Embedded search engine (issue 4): FTS5 tables whose rowid is the listing / demand item id, filled with jieba
-- search-mode segmented text by search/sync.server.ts in the same transaction as each change; `npm run cli -- reindex`
-- rebuilds them. Column order is the bm25() weight order in search/embedded.server.ts.
CREATE VIRTUAL TABLE `listing_fts` USING fts5(title, model, keywords, category, org, description, tokenize = 'unicode61 remove_diacritics 2');
--> statement-breakpoint
CREATE VIRTUAL TABLE `demand_item_fts` USING fts5(name, list_title, category, org, notes, list_id UNINDEXED, tokenize = 'unicode61 remove_diacritics 2');
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`) VALUES ('空呼', '["正压式空气呼吸器", "空气呼吸器"]');
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`) VALUES ('scba', '["正压式空气呼吸器"]');
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`) VALUES ('氧呼', '["正压氧气呼吸器", "氧气呼吸器"]');
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`) VALUES ('龙吸水', '["排水抢险车"]');
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`) VALUES ('抽水车', '["排水抢险车", "龙吸水"]');
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`) VALUES ('排涝车', '["排水抢险车"]');
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`) VALUES ('防毒面具', '["过滤式防毒面具"]');
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`) VALUES ('无人机', '["无人驾驶航空器", "uav", "drone"]');
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`) VALUES ('drone', '["无人机"]');
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`) VALUES ('防化服', '["化学防护服"]');
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`) VALUES ('冲锋舟', '["救生艇", "橡皮艇"]');
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`) VALUES ('橡皮艇', '["救生艇", "冲锋舟"]');
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`) VALUES ('生命探测器', '["生命探测仪"]');
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`) VALUES ('测温枪', '["红外测温仪"]');
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`) VALUES ('瓦斯', '["甲烷"]');
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`) VALUES ('除颤仪', '["自动体外除颤器", "aed"]');
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`) VALUES ('aed', '["自动体外除颤器"]');
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`) VALUES ('发电车', '["应急电源车", "发电机组"]');
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`) VALUES ('烟感', '["感烟火灾探测器", "烟雾报警器"]');
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`) VALUES ('四合一', '["复合气体检测仪"]');
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`) VALUES ('救生圈', '["救生衣"]');
