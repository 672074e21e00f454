-- Issue 11, sixth round. (1) Spec values written in words (防爆等级 Ex ia IIC T4 Ga, 检测气体 LEL/O2/CO/H2S, IP68) are now
-- searched with the description (search/indexes.ts): the embedded index is emptied here and rebuilt from the database on
-- first use (search/index.server.ts ensureIndexed). With Meilisearch, run `npm run cli -- reindex`. (2) The glossary
-- grows by the single English words and attribute words buyers type alone or beside Chinese (satellite, thermal,
-- explosion-proof, inflatable …) and by the clipped forms, field slang, standard class names (破拆器材, 侦检器材 …) and
-- task words (排涝, 清障, 侦检: related words only) the catalogue does not use, and the gases by name and by formula
-- (氯气 ↔ Cl2, 硫化氢 ↔ H2S: detectors list what they measure by formula), written from the domain by helpers who never
-- saw the judged queries, each word checked against the catalogue, then reviewed entry by entry for sameness. Words that
-- name a whole category (排水, 破拆, 照明 …) get no entry: the category signal finds its members, and related words would
-- only reorder them (ADR 022). Only rows still as shipped change; an admin's edit stands.
DELETE FROM `listing_fts`;
--> statement-breakpoint
DELETE FROM `demand_item_fts`;
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '[]', `related` = '["甲烷传感器", "多参数气体检测仪", "甲烷"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = '瓦检仪' AND `expansions` = '["甲烷传感器"]' AND `related` = '["甲烷"]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '[]', `related` = '["可燃气体探测器", "可燃气体", "复合气体检测仪"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = '测爆仪' AND `expansions` = '["可燃气体探测器"]' AND `related` = '["可燃气体", "复合气体检测仪"]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["剪扩钳", "剪扩"]', `related` = '[]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = '剪扩器' AND `expansions` = '["剪扩"]' AND `related` = '[]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '[]', `related` = '["气体检测仪", "复合气体检测仪", "四合一"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = '测氧仪' AND `expansions` = '["氧气检测"]' AND `related` = '["气体检测仪"]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '[]', `related` = '["动力救生圈", "救生抛投器", "救生衣"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = '救生圈' AND `expansions` = '[]' AND `related` = '["救生衣"]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '[]', `related` = '["机动泵", "手抬泵", "手抬机动消防泵"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = '机动消防泵' AND `expansions` = '[]' AND `related` = '["手抬机动消防泵"]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '[]', `related` = '["照明灯塔", "移动照明", "抢险救援消防车"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = '照明车' AND `expansions` = '["照明消防车", "移动照明", "照明灯塔"]' AND `related` = '[]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '[]', `related` = '["隔热防护服", "避火防护服", "灭火防护服"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = '防火服' AND `expansions` = '["避火防护服", "隔热防护服"]' AND `related` = '[]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '[]', `related` = '["气体检测仪", "复合气体检测仪", "侦检"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = '侦检仪' AND `expansions` = '[]' AND `related` = '["气体检测仪"]';
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'thermal', '[]', '["热成像仪", "红外", "热成像"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'thermal') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'infrared', '["红外"]', '["热成像"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'infrared') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'portable', '["便携式", "便携"]', '["手持式", "手提式", "移动式"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'portable') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'handheld', '["手持式"]', '["便携式"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'handheld') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'hand-held', '["手持式"]', '["便携式"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'hand-held') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'vehicle-mounted', '["车载", "车载式"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'vehicle-mounted') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'truck-mounted', '["车载", "车载式"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'truck-mounted') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'inflatable', '["充气", "充气式"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'inflatable') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'explosion-proof', '["防爆", "防爆型"]', '["隔爆型", "本安型"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'explosion-proof') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'explosion proof', '["防爆", "防爆型"]', '["隔爆型", "本安型"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'explosion proof') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'ex-proof', '["防爆", "防爆型"]', '["隔爆型", "本安型"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'ex-proof') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'atex', '[]', '["防爆", "本安型", "隔爆型"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'atex') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'flameproof', '["隔爆型"]', '["防爆"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'flameproof') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'intrinsically safe', '["本安型", "本质安全型"]', '["防爆"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'intrinsically safe') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'intrinsic safety', '["本安型", "本质安全型"]', '["防爆"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'intrinsic safety') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'mine-approved', '["矿用"]', '["本安型"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'mine-approved') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'backpack', '[]', '["背负式"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'backpack') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'knapsack', '[]', '["背负式"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'knapsack') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'wheeled', '[]', '["推车式", "轮式"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'wheeled') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'trolley', '["推车式"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'trolley') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'trailer', '["拖车式", "拖车"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'trailer') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'trailer-mounted', '["拖车式"]', '["拖车"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'trailer-mounted') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'tracked', '["履带式", "履带"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'tracked') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'crawler', '["履带式", "履带"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'crawler') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'amphibious', '["两栖"]', '["全地形"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'amphibious') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'all-terrain', '["全地形"]', '["两栖", "履带式"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'all-terrain') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'articulated', '["铰接式"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'articulated') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'remote-controlled', '["遥控"]', '["无人"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'remote-controlled') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'remote control', '["遥控"]', '["无人"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'remote control') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'teleoperated', '["遥控"]', '["远程"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'teleoperated') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'unmanned', '["无人"]', '["遥控", "无人机"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'unmanned') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'wireless', '["无线"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'wireless') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'fixed', '["固定式"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'fixed') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'stationary', '["固定式"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'stationary') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'mobile', '["移动式"]', '["移动"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'mobile') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'wearable', '["佩戴式"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'wearable') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'body-worn', '["佩戴式"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'body-worn') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'lightweight', '["轻量化", "轻型"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'lightweight') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'heavy-duty', '["重型"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'heavy-duty') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'high-pressure', '["高压"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'high-pressure') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'positive pressure', '["正压", "正压式"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'positive pressure') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'positive-pressure', '["正压", "正压式"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'positive-pressure') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'folding', '["折叠"]', '["可折叠"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'folding') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'foldable', '["折叠", "可折叠"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'foldable') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'collapsible', '["可折叠", "折叠"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'collapsible') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'telescopic', '["伸缩"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'telescopic') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'modular', '["模块化"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'modular') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'containerized', '["集装箱式"]', '["集装箱"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'containerized') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'containerised', '["集装箱式"]', '["集装箱"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'containerised') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'non-contact', '["非接触"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'non-contact') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'waterproof', '["防水"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'waterproof') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'flame-retardant', '["阻燃"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'flame-retardant') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'flame retardant', '["阻燃"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'flame retardant') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'fire-resistant', '["阻燃"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'fire-resistant') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'heat-resistant', '["耐高温"]', '["隔热"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'heat-resistant') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'reflective', '["反光"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'reflective') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'high-visibility', '["反光"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'high-visibility') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'hi-vis', '["反光"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'hi-vis') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'silent', '["静音", "静音型"]', '["低噪声"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'silent') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'low-noise', '["低噪声", "静音"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'low-noise') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'diesel', '["柴油"]', '["柴油机", "柴油发电机组"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'diesel') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'gasoline', '["汽油"]', '["汽油机"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'gasoline') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'petrol', '["汽油"]', '["汽油机"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'petrol') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'solar', '["太阳能"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'solar') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'lithium', '["锂电池", "锂电"]', '["磷酸铁锂"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'lithium') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'li-ion', '["锂电池", "锂电"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'li-ion') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'lifepo4', '["磷酸铁锂"]', '["锂电池"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'lifepo4') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'battery', '["电池"]', '["锂电池"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'battery') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'battery-powered', '[]', '["锂电池", "电池", "电动"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'battery-powered') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'cordless', '[]', '["锂电池", "电动"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'cordless') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'electric', '["电动"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'electric') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'pneumatic', '["气动"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'pneumatic') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'hydraulic', '["液压"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'hydraulic') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'carbon fiber', '["碳纤维"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'carbon fiber') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'carbon fibre', '["碳纤维"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'carbon fibre') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'stainless steel', '["不锈钢"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'stainless steel') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'aluminum alloy', '["铝合金"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'aluminum alloy') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'aluminium alloy', '["铝合金"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'aluminium alloy') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'fiberglass', '["玻璃钢"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'fiberglass') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'fibreglass', '["玻璃钢"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'fibreglass') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'grp', '["玻璃钢"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'grp') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'frp', '["玻璃钢"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'frp') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'laser', '["激光"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'laser') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'ultrasonic', '["超声波"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'ultrasonic') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'acoustic', '["声波"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'acoustic') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'optical', '["光学"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'optical') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'electrochemical', '["电化学"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'electrochemical') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'catalytic', '["催化"]', '["催化燃烧"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'catalytic') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'pumped', '["泵吸式"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'pumped') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'pump-suction', '["泵吸式"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'pump-suction') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'high-precision', '["高精度"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'high-precision') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'dual-spectrum', '["双光谱"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'dual-spectrum') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'bi-spectrum', '["双光谱"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'bi-spectrum') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'satellite', '["卫星"]', '["北斗", "卫星通信"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'satellite') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'satcom', '["卫星通信"]', '["卫星"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'satcom') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'beidou', '["北斗"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'beidou') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'gnss', '[]', '["北斗"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'gnss') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'insar', '[]', '["滑坡", "形变"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'insar') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'deformation', '["形变"]', '["位移"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'deformation') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'displacement', '["位移"]', '["形变"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'displacement') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'crack', '["裂缝"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'crack') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'rainfall', '["雨量", "降水"]', '["雨量计", "雨量站"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'rainfall') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'precipitation', '["降水", "雨量"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'precipitation') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'hydrological', '["水文"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'hydrological') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'hydrology', '["水文"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'hydrology') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'water level', '["水位"]', '["水位计"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'water level') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'flow velocity', '["流速"]', '["流速仪"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'flow velocity') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'meteorological', '["气象"]', '["气象站"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'meteorological') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'early warning', '["预警"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'early warning') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'alarm', '["报警"]', '["报警器", "声光报警"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'alarm') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'smoke', '["烟雾"]', '["感烟", "排烟", "烟感"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'smoke') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'flame', '["火焰"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'flame') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'combustible', '["可燃"]', '["可燃气体"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'combustible') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'flammable', '["可燃", "易燃"]', '["可燃气体"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'flammable') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'gas', '["气体"]', '["可燃气体", "有毒气体", "燃气"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'gas') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'methane', '["甲烷", "瓦斯"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'methane') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'firedamp', '["瓦斯", "甲烷"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'firedamp') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'toxic', '["有毒", "有毒有害"]', '["有毒气体"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'toxic') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'toxic gas', '["有毒气体", "有毒有害气体"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'toxic gas') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'hydrogen sulfide', '["硫化氢"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'hydrogen sulfide') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'hydrogen sulphide', '["硫化氢"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'hydrogen sulphide') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'carbon monoxide', '["一氧化碳"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'carbon monoxide') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'oxygen', '["氧气"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'oxygen') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'ammonia', '["氨气"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'ammonia') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'chlorine', '["氯气"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'chlorine') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'leak', '["泄漏"]', '["堵漏"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'leak') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'leakage', '["泄漏"]', '["堵漏"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'leakage') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'mining', '["矿用", "矿山"]', '["煤矿", "矿井", "井下"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'mining') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'tunnel', '["隧道"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'tunnel') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'positioning', '["定位"]', '["人员定位"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'positioning') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'chemical', '["化学"]', '["危化品", "化工"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'chemical') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'hazchem', '["危化品"]', '["化学品"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'hazchem') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'hazardous chemicals', '["危化品"]', '["化学品"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'hazardous chemicals') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'water quality', '["水质"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'water quality') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'temperature measurement', '["测温"]', '["测温仪"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'temperature measurement') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'gimbal', '["云台"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'gimbal') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'pan-tilt', '["云台"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'pan-tilt') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'breathing', '["呼吸"]', '["呼吸器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'breathing') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'filter', '[]', '["过滤式", "滤毒罐"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'filter') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'canister', '["滤毒罐"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'canister') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'cylinder', '["气瓶"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'cylinder') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'protective clothing', '["防护服"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'protective clothing') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'protective suit', '["防护服"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'protective suit') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'goggles', '["护目镜"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'goggles') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'hearing protection', '["听力防护"]', '["耳罩"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'hearing protection') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'noise', '["噪声"]', '["降噪"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'noise') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'heat protection', '["隔热"]', '["隔热服"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'heat protection') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'fall protection', '["坠落防护", "防坠"]', '["坠落", "安全带", "防坠器", "安全绳"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'fall protection') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'fall arrest', '["防坠"]', '["防坠器", "速差自控器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'fall arrest') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'descender', '[]', '["缓降器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'descender') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'escape', '["逃生"]', '["自救器", "缓降器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'escape') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'self-rescue', '["自救"]', '["自救器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'self-rescue') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'refuge', '["避难", "避险"]', '["救生舱", "避难硐室"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'refuge') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'shelter', '[]', '["救灾帐篷", "帐篷", "避难硐室", "救生舱"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'shelter') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'power supply', '["电源"]', '["应急电源", "储能电源"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'power supply') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'emergency power', '["应急电源"]', '["发电机组", "储能电源", "发电车"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'emergency power') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'power station', '[]', '["储能电源", "电站", "储能电站"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'power station') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'communication', '["通信"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'communication') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'communications', '["通信"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'communications') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'command', '["指挥"]', '["指挥车", "指挥中心"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'command') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'telephone', '["电话"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'telephone') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'phone', '["电话"]', '["卫星电话"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'phone') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'video', '["视频"]', '["图传"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'video') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'broadcast', '["广播"]', '["应急广播"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'broadcast') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'megaphone', '["喊话器"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'megaphone') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'tiantong', '["天通"]', '["卫星电话"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'tiantong') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'illumination', '["照明"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'illumination') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'kitchen', '["炊事"]', '["炊事车", "厨房"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'kitchen') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'drinking water', '["饮用水"]', '["净水"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'drinking water') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'potable water', '["饮用水"]', '["净水"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'potable water') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'water purification', '["净水"]', '["净水设备", "超滤", "反渗透"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'water purification') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'purifier', '[]', '["空气净化", "净水设备", "净水装置"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'purifier') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'chassis', '["底盘"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'chassis') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'crane', '["起重机"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'crane') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'rescue', '["救援"]', '["抢险", "救生", "搜救"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'rescue') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'search and rescue', '["搜救"]', '["救援"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'search and rescue') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'rubble', '["废墟"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'rubble') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'trapped', '["被困"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'trapped') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'breaching', '["破拆"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'breaching') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'forcible entry', '["破拆"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'forcible entry') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'extrication', '["破拆"]', '["剪扩钳", "扩张器", "剪切器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'extrication') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'cutter', '[]', '["剪扩钳", "切割锯", "剪切器", "液压剪"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'cutter') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'ram', '["顶杆"]', '["撑杆"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'ram') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'strut', '["撑杆", "支撑杆"]', '["支撑"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'strut') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'struts', '["撑杆", "支撑杆"]', '["支撑"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'struts') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'airbag', '["起重气垫", "气垫"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'airbag') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'air bag', '["起重气垫", "气垫"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'air bag') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'lifting', '["起重", "顶升"]', '["起重气垫"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'lifting') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'first aid', '["急救"]', '["急救箱"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'first aid') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'medical', '["医疗"]', '["急救"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'medical') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'splint', '["夹板"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'splint') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'tourniquet', '["止血带"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'tourniquet') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'spinal', '["脊柱"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'spinal') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'immobilization', '[]', '["负压担架", "夹板", "骨折固定"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'immobilization') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'patient transfer', '[]', '["担架", "转运"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'patient transfer') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'fracture', '["骨折"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'fracture') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'drainage', '["排水"]', '["排水泵", "排涝"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'drainage') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'dewatering', '["排水"]', '["排水泵", "排涝"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'dewatering') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'submersible', '["潜水"]', '["潜水泵", "潜水排污泵"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'submersible') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'high-flow', '["大流量"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'high-flow') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'high flow', '["大流量"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'high flow') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'firefighting', '["消防", "灭火"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'firefighting') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'fire-fighting', '["消防", "灭火"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'fire-fighting') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'fire fighting', '["消防", "灭火"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'fire fighting') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'firefighter', '["消防员"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'firefighter') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'fireman', '["消防员"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'fireman') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'firetruck', '["消防车"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'firetruck') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'extinguishing', '["灭火"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'extinguishing') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'fire suppression', '["灭火"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'fire suppression') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'mine rescue team', '["救护队"]', '["矿山救护"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'mine rescue team') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'drilling', '[]', '["钻机"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'drilling') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'plugging', '["堵漏"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'plugging') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'sealing', '[]', '["堵漏", "密封"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'sealing') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'decanting', '["倒罐"]', '["输转"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'decanting') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'swiftwater', '["急流"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'swiftwater') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'swift water', '["急流"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'swift water') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'lifesaving', '["救生"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'lifesaving') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'life-saving', '["救生"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'life-saving') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'helicopter', '["直升机"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'helicopter') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'aviation', '["航空"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'aviation') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'multi-rotor', '["多旋翼"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'multi-rotor') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'payload', '["挂载", "载荷"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'payload') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'mapping', '["测绘"]', '["航拍"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'mapping') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'breaker', '["破碎锤"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'breaker') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'bridge', '["桥梁"]', '["钢桥"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'bridge') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'pile', '[]', '["打桩机", "打桩"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'pile') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'levee', '["堤防"]', '["管涌"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'levee') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'dike', '["堤防"]', '["管涌"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'dike') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'dyke', '["堤防"]', '["管涌"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'dyke') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'embankment', '["堤防"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'embankment') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'forest', '["森林"]', '["林区", "森林防火"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'forest') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'wildland', '[]', '["森林", "草原", "林火", "森林草原"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'wildland') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'grassland', '["草原"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'grassland') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'firebreak', '["隔离带"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'firebreak') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'fire break', '["隔离带"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'fire break') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'snow removal', '["除雪", "清雪"]', '["除雪车", "抛雪机"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'snow removal') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'snow clearing', '["除雪", "清雪"]', '["除雪车", "抛雪机"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'snow clearing') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'snowmelt', '["融雪"]', '["融雪剂"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'snowmelt') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'snow melting agent', '["融雪剂"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'snow melting agent') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'power line', '["输电线路"]', '["覆冰"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'power line') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'transmission line', '["输电线路"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'transmission line') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'assessment', '["评估"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'assessment') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'emergency drill', '["演练"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'emergency drill') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'exercise', '[]', '["演练"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'exercise') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'maintenance', '["运维", "维护"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'maintenance') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'leasing', '["租赁"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'leasing') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'lease', '["租赁"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'lease') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'hire', '["租赁"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'hire') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'distribution', '[]', '["物流", "配送"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'distribution') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'financing', '["融资"]', '["贷款"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'financing') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'credit', '[]', '["贷款", "融资"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'credit') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'technology transfer', '[]', '["科技成果", "成果"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'technology transfer') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'fixed-wing', '["固定翼"]', '["垂直起降"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'fixed-wing') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'fixed wing', '["固定翼"]', '["垂直起降"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'fixed wing') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'wound dressing', '["敷料"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'wound dressing') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'mine', '["矿山", "矿用"]', '["煤矿", "矿井", "井下"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'mine') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'warning', '[]', '["报警", "预警"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'warning') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'weather', '["气象"]', '["气象站"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'weather') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'rain', '[]', '["雨量", "雨量计", "降水"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'rain') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'tower', '[]', '["照明灯塔", "灯塔", "铁塔"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'tower') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'shears', '["剪切器", "液压剪"]', '["剪扩钳"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'shears') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'ship', '[]', '["救援船"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'ship') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'tethered', '["系留"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'tethered') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'quadrotor', '["四旋翼"]', '["多旋翼"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'quadrotor') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'hoist', '["绞车"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'hoist') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'beacon', '[]', '["方位灯", "声光报警"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'beacon') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'siren', '[]', '["声光报警", "报警器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'siren') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'thermometer', '["测温仪"]', '["红外测温仪"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'thermometer') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'mass spectrometer', '["质谱"]', '["气相色谱-质谱联用仪"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'mass spectrometer') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'storage tank', '["储罐"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'storage tank') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'petrochemical', '["石化"]', '["化工"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'petrochemical') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'evacuation', '["疏散"]', '["逃生"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'evacuation') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'casualty', '["伤员"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'casualty') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'casualties', '["伤员"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'casualties') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'injured', '["伤员"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'injured') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'ventilation', '["通风"]', '["排烟"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'ventilation') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'smoke exhaust', '["排烟"]', '["排烟机"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'smoke exhaust') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'smoke extraction', '["排烟"]', '["排烟机"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'smoke extraction') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'axial fan', '["轴流风机"]', '["风机"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'axial fan') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'fan', '["风机"]', '["排烟机", "轴流风机"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'fan') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'air supply', '["供气"]', '["移动供气源"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'air supply') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'compressed air', '["压缩空气"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'compressed air') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'compressed oxygen', '["压缩氧"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'compressed oxygen') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'chemical oxygen', '["化学氧"]', '["生氧"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'chemical oxygen') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'closed-circuit', '["闭路"]', '["氧气呼吸器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'closed-circuit') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'full-face', '["全面罩"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'full-face') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'gas-tight', '["气密"]', '["全封闭"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'gas-tight') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'gastight', '["气密"]', '["全封闭"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'gastight') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'encapsulated', '["全封闭"]', '["气密"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'encapsulated') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'electrical insulation', '["绝缘", "电绝缘"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'electrical insulation') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'command post', '["指挥部"]', '["指挥车", "指挥中心"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'command post') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'dump truck', '["自卸车"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'dump truck') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'flatbed', '["平板车"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'flatbed') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'quick coupler', '["快换"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'quick coupler') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'guarantee', '["担保"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'guarantee') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'installment', '["分期"]', '["贷款"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'installment') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'instalment', '["分期"]', '["贷款"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'instalment') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'government procurement', '["政府采购"]', '["采购"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'government procurement') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'procurement', '["采购"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'procurement') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'warehouse', '["仓储"]', '["物流"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'warehouse') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'transportation', '["运输"]', '["物流", "配送"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'transportation') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'stockpile', '["储备"]', '["代储"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'stockpile') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'source tracing', '["溯源"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'source tracing') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'humidity', '["湿度"]', '["温湿度"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'humidity') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'wind speed', '["风速"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'wind speed') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'reservoir', '["水库"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'reservoir') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'river', '["河道"]', '["河流"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'river') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'culvert', '["涵洞"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'culvert') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'underpass', '["下穿"]', '["积水", "立交"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'underpass') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'tipping bucket', '["翻斗式", "翻斗"]', '["雨量计"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'tipping bucket') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'point-type', '["点型"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'point-type') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'photoelectric', '["光电"]', '["感烟"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'photoelectric') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'multi-gas', '["复合气体"]', '["复合气体检测仪", "多参数气体检测仪", "四合一", "六合一"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'multi-gas') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'four-gas', '["四合一"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'four-gas') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '4-in-1', '["四合一"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '4-in-1') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'six-gas', '["六合一"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'six-gas') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'voc', '["挥发性有机物"]', '["VOC气体检测仪"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'voc') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'vocs', '["挥发性有机物"]', '["VOC气体检测仪"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'vocs') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'spare cylinder', '["备用气瓶"]', '["气瓶"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'spare cylinder') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'pressure gauge', '["压力表"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'pressure gauge') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'loudhailer', '["喊话器"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'loudhailer') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'infrared thermal', '["热成像"]', '["红外"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'infrared thermal') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'flame-resistant', '["阻燃"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'flame-resistant') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '输电线', '["输电线路"]', '["除冰"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '输电线') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '架空线', '["架空线路"]', '["输电线路"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '架空线') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '除冰机', '[]', '["除冰装置", "除冰机器人"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '除冰机') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '气体探头', '[]', '["可燃气体探测器", "甲烷传感器", "一氧化碳传感器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '气体探头') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '剪切钳', '["剪切器"]', '["剪扩钳"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '剪切钳') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '液压剪切钳', '["剪切器"]', '["液压破拆工具组"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '液压剪切钳') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '液压扩张钳', '["扩张器"]', '["液压破拆工具组"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '液压扩张钳') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '液压三件套', '["液压破拆工具组"]', '["扩张器", "剪切器", "顶杆"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '液压三件套') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '手抬消防泵', '["手抬机动消防泵"]', '["手抬泵"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '手抬消防泵') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '浮艇泵', '[]', '["手抬机动消防泵", "机动泵"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '浮艇泵') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '柴油机组', '["柴油发电机组"]', '["发电机组"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '柴油机组') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '储能', '[]', '["储能电源", "储能电站", "移动储能"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '储能') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '户外储能', '["户外电源", "储能电源"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '户外储能') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '移动电源', '[]', '["储能电源", "户外电源"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '移动电源') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '储能车', '[]', '["移动储能", "储能电站", "电源车"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '储能车') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '储能柜', '[]', '["储能电站", "移动储能"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '储能柜') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '防爆对讲机', '["防爆数字对讲机"]', '["对讲机"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '防爆对讲机') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '数字对讲机', '[]', '["防爆数字对讲机", "DMR", "对讲机"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '数字对讲机') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '呼吸器气瓶', '[]', '["空呼气瓶", "碳纤维气瓶", "备用气瓶"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '呼吸器气瓶') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '安全帽', '[]', '["救援头盔", "头盔"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '安全帽') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '静态绳', '["静力绳"]', '["安全绳"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '静态绳') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '安全吊带', '[]', '["全身式安全带"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '安全吊带') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '勺式担架', '["铲式担架"]', '["担架"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '勺式担架') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '铲形担架', '["铲式担架"]', '["担架"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '铲形担架') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '脊柱板', '[]', '["担架", "铲式担架", "负压担架"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '脊柱板') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '急救药箱', '["急救箱"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '急救药箱') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '苏生仪', '["苏生器"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '苏生仪') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '热成像相机', '["热成像仪"]', '["热成像"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '热成像相机') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '水位监测', '[]', '["水位计", "水文监测"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '水位监测') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '水位站', '[]', '["水位计", "水文监测"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '水位站') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '流速监测', '[]', '["流速仪", "测流"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '流速监测') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '裂缝监测', '[]', '["裂缝计", "裂缝位移计"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '裂缝监测') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'GNSS监测站', '["位移监测站"]', '["形变监测", "北斗"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'gnss监测站') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '地震报警器', '["地震预警接收终端"]', '["地震预警"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '地震报警器') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '水质检测仪', '["水质应急监测仪"]', '["水质检测"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '水质检测仪') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '质谱仪', '[]', '["质谱联用仪", "质谱"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '质谱仪') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '气相色谱', '[]', '["质谱联用仪"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '气相色谱') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '泄漏检测仪', '[]', '["气体成像", "泄漏红外成像仪", "VOC气体检测仪"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '泄漏检测仪') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '储能电池', '[]', '["储能电源", "储能电站"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '储能电池') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '工作灯', '[]', '["泛光工作灯", "照明灯塔"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '工作灯') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '升降灯', '["泛光工作灯", "移动照明灯塔"]', '["照明灯塔"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '升降灯') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '升降式照明灯', '["泛光工作灯", "移动照明灯塔"]', '["照明灯塔"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '升降式照明灯') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '净水机', '["净水设备", "净水装置"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '净水机') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '炊事挂车', '[]', '["炊事车"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '炊事挂车') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '履带车', '[]', '["全地形车", "履带"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '履带车') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '挂桨机', '["舷外机"]', '["挂机"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '挂桨机') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '挖土机', '["挖掘机"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '挖土机') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '破碎头', '["破碎锤"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '破碎头') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '钢便桥', '["装配式钢桥"]', '["钢桥"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '钢便桥') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '推雪车', '["除雪车"]', '["推雪铲"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '推雪车') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '融雪剂撒布车', '["融雪剂撒布机"]', '["撒布机"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '融雪剂撒布车') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'ABC灭火器', '["干粉灭火器"]', '["ABC"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'abc灭火器') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '多功能水枪', '["多功能消防水枪"]', '["直流喷雾水枪", "水枪"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '多功能水枪') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '移动水炮', '["移动式消防水炮"]', '["消防炮"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '移动水炮') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '遥控消防炮', '["遥控炮"]', '["移动式消防水炮"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '遥控消防炮') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '移动排烟机', '["移动式排烟机"]', '["排烟机", "轴流风机"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '移动排烟机') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '排烟风机', '[]', '["排烟机", "轴流风机"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '排烟风机') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '燃气探测器', '["可燃气体探测器"]', '["燃气泄漏"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '燃气探测器') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '可燃气体报警仪', '[]', '["可燃气体探测器", "复合气体检测仪"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '可燃气体报警仪') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '有害气体检测仪', '[]', '["复合气体检测仪", "多气体检测仪"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '有害气体检测仪') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '一氧化碳检测仪', '[]', '["一氧化碳传感器", "复合气体检测仪", "四合一"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '一氧化碳检测仪') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '甲烷检测仪', '[]', '["甲烷传感器", "多参数气体检测仪", "瓦斯"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '甲烷检测仪') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '瓦斯检测仪', '[]', '["甲烷传感器", "多参数气体检测仪", "瓦斯"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '瓦斯检测仪') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '五合一', '[]', '["复合气体检测仪", "多气体检测仪"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '五合一') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '氨气检测仪', '[]', '["氨气", "复合气体检测仪", "泵吸式"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '氨气检测仪') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '氯气检测仪', '[]', '["氯气", "复合气体检测仪", "泵吸式"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '氯气检测仪') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '消防员头盔', '["消防头盔", "灭火防护头盔"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '消防员头盔') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '消防员方位灯', '["方位灯"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '消防员方位灯') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '消防员呼吸器', '["正压式消防空气呼吸器", "消防员正压式空气呼吸器"]', '["空气呼吸器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '消防员呼吸器') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '消防员防护服', '[]', '["灭火防护服", "隔热防护服", "避火防护服", "化学防护服"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '消防员防护服') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '消防员安全带', '[]', '["安全腰带", "全身式安全带"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '消防员安全带') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '半封闭防化服', '["二级防化", "二级化学防护服"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '半封闭防化服') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '非气密防化服', '["二级防化", "二级化学防护服"]', '["非气密"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '非气密防化服') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '红外线测温仪', '["红外测温仪"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '红外线测温仪') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '正压氧呼', '["正压氧气呼吸器"]', '["氧气呼吸器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '正压氧呼') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '四小时呼吸器', '["4小时正压氧气呼吸器", "4h正压氧气呼吸器"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '四小时呼吸器') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '二小时呼吸器', '["2小时正压氧气呼吸器"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '二小时呼吸器') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '两小时呼吸器', '["2小时正压氧气呼吸器"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '两小时呼吸器') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '压氧自救器', '["压缩氧自救器"]', '["自救器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '压氧自救器') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '化学自救器', '["化学氧自救器"]', '["自救器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '化学自救器') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '避难峒室', '["避难硐室"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '避难峒室') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '避险峒室', '["避难硐室"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '避险峒室') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '救灾电话', '[]', '["灾区电话"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '救灾电话') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '井下电话', '[]', '["灾区电话"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '井下电话') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '矿用排水泵', '[]', '["排沙电泵", "mine dewatering pump", "排沙泵"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '矿用排水泵') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '矿用潜水泵', '[]', '["排沙电泵", "潜水排沙电泵"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '矿用潜水泵') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '单体支柱', '[]', '["液压支护"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '单体支柱') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '抢险排水车', '["排水抢险车"]', '["排涝车"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '抢险排水车') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '排水泵车', '["排水抢险车"]', '["龙吸水"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '排水泵车') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '移动排涝泵站', '["移动泵站"]', '["拖车泵"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '移动排涝泵站') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '排涝泵', '[]', '["潜水排污泵", "排水泵", "移动泵站"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '排涝泵') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '抛绳包', '[]', '["抛绳", "救生抛投器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '抛绳包') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '沙袋', '[]', '["编织袋", "防汛物资"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '沙袋') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '强光手电筒', '[]', '["防爆手电", "强光"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '强光手电筒') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '防爆头灯', '[]', '["头灯", "矿灯"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '防爆头灯') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '绝缘手套', '[]', '["电绝缘装具"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '绝缘手套') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '绝缘靴', '[]', '["电绝缘装具"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '绝缘靴') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '带电作业', '[]', '["电绝缘装具", "带电救援"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '带电作业') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '保供电', '["保电"]', '["电源车", "发电车"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '保供电') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '融冰', '[]', '["除冰", "覆冰"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '融冰') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '破拆器材', '[]', '["破拆工具", "剪扩", "切割锯", "腰斧"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '破拆器材') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '侦检器材', '[]', '["侦检", "气体检测仪", "热成像仪", "质谱联用仪"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '侦检器材') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '堵漏器材', '[]', '["堵漏工具", "堵漏袋", "磁压堵漏"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '堵漏器材') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '洗消器材', '[]', '["洗消帐篷", "洗消器", "公众洗消"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '洗消器材') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '输转器材', '[]', '["输转泵", "倒罐"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '输转器材') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '照明器材', '[]', '["照明灯塔", "泛光工作灯", "探照灯", "方位灯"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '照明器材') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '排烟器材', '[]', '["排烟机", "轴流风机"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '排烟器材') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '通信器材', '[]', '["对讲机", "自组网", "卫星电话"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '通信器材') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '顶撑器材', '[]', '["顶杆", "救援支撑", "起重气垫"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '顶撑器材') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '起重器材', '[]', '["起重气垫", "顶杆"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '起重器材') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '消防轻型安全绳', '[]', '["安全绳", "静力绳", "消防员安全绳"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '消防轻型安全绳') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '消防通用安全绳', '[]', '["安全绳", "静力绳", "消防员安全绳"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '消防通用安全绳') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '消防防坠落装备', '[]', '["防坠落安全绳", "速差自控器", "安全腰带"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '消防防坠落装备') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '重型支撑套具', '["救援支撑"]', '["支撑"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '重型支撑套具') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '强酸碱洗消器', '["单人洗消喷射器"]', '["洗消器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '强酸碱洗消器') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '生化洗消装置', '[]', '["洗消帐篷", "洗消器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '生化洗消装置') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '电磁式堵漏工具', '[]', '["强磁堵漏", "磁压堵漏"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '电磁式堵漏工具') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '粘贴式堵漏工具', '[]', '["堵漏工具"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '粘贴式堵漏工具') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '注入式堵漏工具', '[]', '["堵漏工具"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '注入式堵漏工具') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '木制堵漏楔', '[]', '["堵漏工具"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '木制堵漏楔') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '堵漏枪', '[]', '["堵漏工具", "堵漏袋"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '堵漏枪') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '下水道阻流袋', '[]', '["堵漏袋"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '下水道阻流袋') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '手动隔膜抽吸泵', '[]', '["输转泵"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '手动隔膜抽吸泵') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '黏稠液体抽吸泵', '[]', '["输转泵"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '黏稠液体抽吸泵') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '多功能担架', '[]', '["担架", "铲式担架", "篮式救援担架"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '多功能担架') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '伤员固定抬板', '[]', '["担架", "铲式担架"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '伤员固定抬板') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '无线复合气体探测仪', '[]', '["复合气体检测仪", "气体检测仪"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '无线复合气体探测仪') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '瓦斯检定器', '[]', '["甲烷传感器", "多参数气体测定器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '瓦斯检定器') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '氧气检定器', '[]', '["多参数气体测定器", "复合气体检测仪"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '氧气检定器') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '液压起重器', '[]', '["起重气垫", "顶杆"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '液压起重器') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '矿山救护装备', '[]', '["氧气呼吸器", "苏生器", "灾区电话", "多参数气体测定器", "矿山救护"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '矿山救护装备') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '抢险照明灯', '[]', '["泛光工作灯", "照明灯塔", "探照灯"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '抢险照明灯') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '消防员照明灯具', '[]', '["方位灯", "防爆手电"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '消防员照明灯具') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '救生照明线', '[]', '["方位灯"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '救生照明线') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '侦检', '[]', '["气体检测仪", "复合气体检测仪", "质谱联用仪", "气体成像"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '侦检') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '堵漏', '[]', '["堵漏工具", "堵漏袋", "磁压堵漏"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '堵漏') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '洗消', '[]', '["洗消帐篷", "洗消器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '洗消') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '输转', '[]', '["输转泵"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '输转') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '排烟', '[]', '["排烟机", "轴流风机"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '排烟') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '通风', '[]', '["轴流风机", "排烟机"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '通风') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '顶升', '[]', '["起重气垫", "顶杆"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '顶升') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '支护', '[]', '["液压支护", "救援支撑"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '支护') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '切割', '[]', '["切割锯", "剪切器", "油锯"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '切割') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '剪切', '[]', '["剪切器", "剪扩钳"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '剪切') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '扩张', '[]', '["扩张器", "剪扩钳"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '扩张') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '侦察', '[]', '["侦察无人机", "灾区侦测", "热成像"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '侦察') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '测温', '[]', '["红外测温仪", "热成像仪"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '测温') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '测毒', '[]', '["有毒气体", "气体检测仪"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '测毒') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '测爆', '[]', '["可燃气体", "可燃气体探测器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '测爆') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '测氧', '[]', '["气体检测仪", "复合气体检测仪"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '测氧') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '登高', '[]', '["安全腰带", "安全绳", "全身式安全带"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '登高') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '绳索救援', '[]', '["安全绳", "救援三脚架", "全身式安全带", "静力绳"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '绳索救援') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '有限空间救援', '[]', '["救援三脚架", "复合气体检测仪", "长管呼吸器", "移动供气源"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '有限空间救援') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '扫雪', '[]', '["除雪车", "抛雪机"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '扫雪') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '扑火工具', '[]', '["风力灭火机", "细水雾", "割灌机", "油锯"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '扑火工具') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '清障', '[]', '["挖掘机", "装载机", "油锯"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '清障') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '抢通', '[]', '["装配式钢桥", "挖掘机", "装载机"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '抢通') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '伤员转运', '[]', '["担架", "转运呼吸机", "负压担架"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '伤员转运') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '心肺复苏', '[]', '["除颤器", "AED", "苏生器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '心肺复苏') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '止血', '[]', '["急救箱"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '止血') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '临时安置', '[]', '["救灾帐篷", "棉帐篷", "炊事车"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '临时安置') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '饮用水', '[]', '["净水设备", "净水装置"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '饮用水') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '供餐', '[]', '["炊事车", "热食"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '供餐') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '通信中断', '[]', '["卫星电话", "自组网", "卫星站"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '通信中断') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '打桩', '[]', '["打桩机"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '打桩') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '落水救援', '[]', '["救生抛投器", "动力救生圈", "救生衣"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '落水救援') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '避险', '[]', '["救生舱", "避难硐室", "紧急避险"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '避险') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '化学侦检', '[]', '["侦检", "气体检测仪", "质谱联用仪"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '化学侦检') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '夜间照明', '[]', '["照明灯塔", "泛光工作灯", "高空照明"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '夜间照明') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '一氧化碳', '["CO"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '一氧化碳') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '硫化氢', '["H2S"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '硫化氢') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '氧气', '["O2"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '氧气') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '甲烷', '["CH4"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '甲烷') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '可燃气体', '["LEL"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '可燃气体') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '氯气', '["Cl2"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '氯气') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '氨气', '["NH3"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '氨气') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '二氧化硫', '["SO2"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '二氧化硫') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '二氧化氮', '["NO2"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '二氧化氮') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '二氧化碳', '["CO2"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '二氧化碳') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'Cl2', '["氯气"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'cl2') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'NH3', '["氨气"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'nh3') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'SO2', '["二氧化硫"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'so2') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'NO2', '["二氧化氮"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'no2') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'CO2', '["二氧化碳"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'co2') ON CONFLICT(`term`) DO NOTHING;
