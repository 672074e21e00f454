-- Issue 11, third round, continued. (1) The glossary of 0017 reviewed entry by entry as 0018 reviewed the older ones:
-- where a word is only related (割草机 is a lawnmower, not the 割灌机 brush cutter; life buoy is not the powered 动力救生圈;
-- 抢险车 and 侦检仪 name classes), it moves to `related` (a search still finds it, the matcher never takes it as the item);
-- four ambiguous terms go (lifeline, power bank station, portable monitor, emily). (2) The item names of the equipment
-- standards and procurement lists teams copy from (XF 621, GB 30077, 城市消防站建设标准, 矿山救援规程, 森林消防 and
-- 防汛 lists: 消防员化学防护服装, 液压撑顶器, 机动链锯, 橡皮舟, 气动抛绳器 …), each mapped to what the catalogue calls
-- the same thing, or only to related words when the catalogue has no equivalent (特级化学防护服装). Model codes are left
-- out (a model query finds its model by prefix). Only rows still as shipped change; an admin's edit stands.
UPDATE `search_synonyms` SET `expansions` = '["正压式空气呼吸器", "正压式消防空气呼吸器"]', `related` = '["空气呼吸器"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = '空气呼吸机' AND `expansions` = '["空气呼吸器"]' AND `related` = '[]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["正压式空气呼吸器", "正压式消防空气呼吸器"]', `related` = '["空气呼吸器"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = '空呼器' AND `expansions` = '["空气呼吸器"]' AND `related` = '[]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["正压式空气呼吸器", "正压式消防空气呼吸器", "self-contained breathing apparatus"]', `related` = '["空气呼吸器"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = '自给式呼吸器' AND `expansions` = '["空气呼吸器"]' AND `related` = '[]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["正压式空气呼吸器", "正压式消防空气呼吸器", "self-contained breathing apparatus"]', `related` = '["空气呼吸器"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = 'compressed air breathing apparatus' AND `expansions` = '["空气呼吸器"]' AND `related` = '[]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '[]', `related` = '["空气呼吸器"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = 'scba mask' AND `expansions` = '["空气呼吸器"]' AND `related` = '[]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["碳纤维缠绕复合气瓶", "空呼气瓶"]', `related` = '["碳纤维气瓶"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = '碳瓶' AND `expansions` = '["碳纤维气瓶"]' AND `related` = '[]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '[]', `related` = '["滤毒罐"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = '滤毒盒' AND `expansions` = '["滤毒罐"]' AND `related` = '[]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '[]', `related` = '["气体检测仪"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = '侦检仪' AND `expansions` = '["气体检测仪"]' AND `related` = '[]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '[]', `related` = '["复合气体检测仪", "四合一"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = '硫化氢检测仪' AND `expansions` = '["复合气体检测仪", "四合一"]' AND `related` = '[]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["四合一气体检测仪", "复合气体检测仪"]', `related` = '["四合一"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = 'four-gas monitor' AND `expansions` = '["四合一", "复合气体检测仪"]' AND `related` = '[]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["水质应急监测仪"]', `related` = '["水质检测"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = '水质分析仪' AND `expansions` = '["水质应急监测仪", "水质检测"]' AND `related` = '[]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["气相色谱-质谱联用仪", "GC-MS"]', `related` = '["质谱联用仪"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = 'gcms' AND `expansions` = '["质谱联用仪"]' AND `related` = '[]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["扩散模拟与溯源软件", "dispersion modelling"]', `related` = '["扩散模拟"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = 'plume modelling' AND `expansions` = '["扩散模拟"]' AND `related` = '[]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["proximity suit", "隔热防护服"]', `related` = '["镀铝"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = '铝箔服' AND `expansions` = '["镀铝", "proximity suit"]' AND `related` = '[]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["proximity suit", "隔热防护服"]', `related` = '["镀铝"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = '高温防护服' AND `expansions` = '["镀铝", "proximity suit"]' AND `related` = '[]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["proximity suit", "隔热防护服"]', `related` = '["镀铝"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = 'fire proximity suit' AND `expansions` = '["镀铝", "proximity suit"]' AND `related` = '[]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["一级防化", "气密防化服"]', `related` = '["全封闭"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = '全封闭防化服' AND `expansions` = '["一级防化", "全封闭"]' AND `related` = '[]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["一级防化", "气密防化服"]', `related` = '["全封闭"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = 'a级防化服' AND `expansions` = '["一级防化", "全封闭"]' AND `related` = '[]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["一级防化", "气密防化服"]', `related` = '["全封闭"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = 'vapour protective suit' AND `expansions` = '["一级防化", "全封闭"]' AND `related` = '[]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["应急物资储备包", "家庭应急救援包", "地震包"]', `related` = '["应急包"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = '地震应急包' AND `expansions` = '["应急包", "应急物资储备包"]' AND `related` = '[]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["应急物资储备包", "家庭应急救援包", "地震包"]', `related` = '["应急包"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = 'bug out bag' AND `expansions` = '["应急包", "应急物资储备包"]' AND `related` = '[]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["静音型柴油发电机组"]', `related` = '["柴油发电机组"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = 'standby generator' AND `expansions` = '["柴油发电机组"]' AND `related` = '[]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '[]', `related` = '["储能电源"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = '太阳能发电机' AND `expansions` = '["储能电源"]' AND `related` = '[]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '[]', `related` = '["卫星站"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = '卫星锅' AND `expansions` = '["卫星站"]' AND `related` = '[]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["天通卫星手持终端"]', `related` = '["天通卫星"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = '天通电话' AND `expansions` = '["天通卫星"]' AND `related` = '[]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["单兵自组网", "MESH自组网"]', `related` = '["自组网"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = 'mesh电台' AND `expansions` = '["自组网"]' AND `related` = '[]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["单兵自组网", "MESH自组网"]', `related` = '["自组网"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = 'mesh radio' AND `expansions` = '["自组网"]' AND `related` = '[]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["应急广播终端", "应急广播音柱"]', `related` = '["应急广播"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = '高音喇叭' AND `expansions` = '["应急广播"]' AND `related` = '[]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["应急广播终端", "应急广播音柱"]', `related` = '["应急广播"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = '预警广播' AND `expansions` = '["应急广播"]' AND `related` = '[]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["LED探照灯", "searchlight"]', `related` = '["探照灯"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = '远射灯' AND `expansions` = '["探照灯"]' AND `related` = '[]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["泛光工作灯", "移动照明灯塔"]', `related` = '["照明灯塔"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = '升降照明灯' AND `expansions` = '["照明灯塔", "泛光工作灯"]' AND `related` = '[]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["移动照明灯塔", "泛光工作灯"]', `related` = '["照明灯塔"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = '移动灯塔' AND `expansions` = '["照明灯塔"]' AND `related` = '[]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["light tower"]', `related` = '["照明灯塔"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = 'light mast' AND `expansions` = '["照明灯塔"]' AND `related` = '[]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["系留无人机高空照明"]', `related` = '["系留无人机"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = '照明无人机' AND `expansions` = '["系留无人机"]' AND `related` = '[]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["矿灯"]', `related` = '["头灯"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = '帽灯' AND `expansions` = '["矿灯", "头灯"]' AND `related` = '[]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["铰接式双节履带"]', `related` = '["全地形车"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = '铰接履带车' AND `expansions` = '["全地形车"]' AND `related` = '[]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["铰接式双节履带"]', `related` = '["全地形车"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = 'bv206' AND `expansions` = '["全地形车"]' AND `related` = '[]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["水罐消防车", "抢险救援消防车", "森林消防车"]', `related` = '["消防车"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = 'fire appliance' AND `expansions` = '["消防车"]' AND `related` = '[]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '[]', `related` = '["抢险救援消防车"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = '抢险车' AND `expansions` = '["抢险救援消防车"]' AND `related` = '[]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["生命探测仪(雷达式)", "radar life detector"]', `related` = '["雷达式"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = '雷达生命探测仪' AND `expansions` = '["雷达式"]' AND `related` = '[]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["生命探测仪(雷达式)", "radar life detector"]', `related` = '["雷达式"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = '生命雷达' AND `expansions` = '["雷达式"]' AND `related` = '[]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '[]', `related` = '["切割锯"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = '切割机' AND `expansions` = '["切割锯"]' AND `related` = '[]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '[]', `related` = '["破拆工具", "腰斧"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = '破门工具' AND `expansions` = '["破拆工具", "腰斧"]' AND `related` = '[]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["转运呼吸机", "transport ventilator"]', `related` = '["呼吸机"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = '急救呼吸机' AND `expansions` = '["呼吸机"]' AND `related` = '[]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["转运呼吸机", "transport ventilator"]', `related` = '["呼吸机"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = '便携呼吸机' AND `expansions` = '["呼吸机"]' AND `related` = '[]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["转运呼吸机", "transport ventilator"]', `related` = '["呼吸机"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = 'portable ventilator' AND `expansions` = '["呼吸机"]' AND `related` = '[]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '[]', `related` = '["苏生器"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = '复苏器' AND `expansions` = '["苏生器"]' AND `related` = '[]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["潜水排污泵", "潜水排沙电泵"]', `related` = '["潜水泵"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = '潜水电泵' AND `expansions` = '["潜水泵"]' AND `related` = '[]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '[]', `related` = '["净水设备"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = '水处理设备' AND `expansions` = '["净水设备"]' AND `related` = '[]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["背负式细水雾", "背负式高压细水雾"]', `related` = '["细水雾"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = 'water mist backpack' AND `expansions` = '["细水雾"]' AND `related` = '[]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '[]', `related` = '["破碎锤"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = '炮机' AND `expansions` = '["破碎锤"]' AND `related` = '[]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '[]', `related` = '["液压支护"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = '液压支柱' AND `expansions` = '["液压支护"]' AND `related` = '[]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '[]', `related` = '["电波流速仪"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = '雷达测速枪' AND `expansions` = '["电波流速仪"]' AND `related` = '[]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '[]', `related` = '["风力灭火机"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = '吹风机' AND `expansions` = '["风力灭火机"]' AND `related` = '[]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '[]', `related` = '["割灌机"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = '割草机' AND `expansions` = '["割灌机"]' AND `related` = '[]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '[]', `related` = '["割灌机"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = 'strimmer' AND `expansions` = '["割灌机"]' AND `related` = '[]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '[]', `related` = '["割灌机"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = 'string trimmer' AND `expansions` = '["割灌机"]' AND `related` = '[]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '[]', `related` = '["履带式森林消防车"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = '消防坦克' AND `expansions` = '["履带式森林消防车"]' AND `related` = '[]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["融雪剂撒布机", "salt spreader"]', `related` = '["撒布机"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = 'salt truck' AND `expansions` = '["撒布机"]' AND `related` = '[]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["融雪剂撒布机", "salt spreader"]', `related` = '["撒布机"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = 'grit spreader' AND `expansions` = '["撒布机"]' AND `related` = '[]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '[]', `related` = '["风险评估"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = '地灾评估' AND `expansions` = '["风险评估"]' AND `related` = '[]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["首台(套)重大技术装备综合保险", "first-of-kind insurance"]', `related` = '["首台套"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = 'first set insurance' AND `expansions` = '["首台套"]' AND `related` = '[]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["assault boat"]', `related` = '["冲锋舟"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = 'flood boat' AND `expansions` = '["冲锋舟"]' AND `related` = '[]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["outboard motor"]', `related` = '["舷外机"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = 'outboard' AND `expansions` = '["舷外机"]' AND `related` = '[]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["outboard motor"]', `related` = '["舷外机"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = '船挂机' AND `expansions` = '["舷外机"]' AND `related` = '[]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '[]', `related` = '["动力救生圈"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = 'life buoy' AND `expansions` = '["动力救生圈"]' AND `related` = '[]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '[]', `related` = '["动力救生圈"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = 'life ring' AND `expansions` = '["动力救生圈"]' AND `related` = '[]';
--> statement-breakpoint
DELETE FROM `search_synonyms` WHERE `term` = 'lifeline' AND `expansions` = '["安全绳"]' AND `related` = '[]';
--> statement-breakpoint
DELETE FROM `search_synonyms` WHERE `term` = 'power bank station' AND `expansions` = '["储能电源"]' AND `related` = '[]';
--> statement-breakpoint
DELETE FROM `search_synonyms` WHERE `term` = 'portable monitor' AND `expansions` = '["移动式消防水炮"]' AND `related` = '[]';
--> statement-breakpoint
DELETE FROM `search_synonyms` WHERE `term` = 'emily' AND `expansions` = '["动力救生圈"]' AND `related` = '[]';
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '消防员化学防护服装', '["化学防护服", "防化服"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '消防员化学防护服装') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '一级化学防护服装', '["一级防化", "气密防化服"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '一级化学防护服装') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '二级化学防护服装', '["二级防化", "二级化学防护服"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '二级化学防护服装') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '一级化学防护服', '["一级防化", "气密防化服"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '一级化学防护服') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '特级化学防护服装', '[]', '["气密防化服"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '特级化学防护服装') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '全身式安全吊带', '["全身式安全带"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '全身式安全吊带') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '消防安全吊带', '[]', '["全身式安全带"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '消防安全吊带') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '消防过滤式综合防毒面具', '["过滤式防毒面具"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '消防过滤式综合防毒面具') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '过滤式综合防毒面具', '["过滤式防毒面具"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '过滤式综合防毒面具') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '自吸过滤式防毒面具', '["过滤式防毒面具"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '自吸过滤式防毒面具') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '全面型防毒面具', '["过滤式防毒面具"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '全面型防毒面具') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '全防型滤毒罐', '[]', '["防毒面具", "滤毒罐"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '全防型滤毒罐') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '正压式消防氧气呼吸器', '["正压氧气呼吸器"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '正压式消防氧气呼吸器') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '隔绝式正压氧气呼吸器', '["正压氧气呼吸器"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '隔绝式正压氧气呼吸器') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '正压式氧气呼吸器', '["正压氧气呼吸器"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '正压式氧气呼吸器') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '4小时呼吸器', '["4小时正压氧气呼吸器", "4h正压氧气呼吸器"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '4小时呼吸器') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '2小时呼吸器', '["2小时正压氧气呼吸器"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '2小时呼吸器') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '空气呼吸器备用气瓶', '["备用气瓶", "空呼气瓶"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '空气呼吸器备用气瓶') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '移动式供气源', '["移动供气源"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '移动式供气源') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '17式战斗服', '["17式消防员灭火防护服"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '17式战斗服') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '17式灭火服', '["17式消防员灭火防护服"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '17式灭火服') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '消防员灭火防护服装', '["灭火防护服"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '消防员灭火防护服装') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '扑火防护服', '["扑火服"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '扑火防护服') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '森林消防服', '["扑火服"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '森林消防服') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '森林消防员头盔', '["森林消防头盔", "扑火头盔"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '森林消防员头盔') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '佩戴式防爆照明灯', '[]', '["防爆手电", "方位灯"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '佩戴式防爆照明灯') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '速差式防坠器', '["速差自控器", "防坠器"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '速差式防坠器') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '救援三角架', '["救援三脚架"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '救援三角架') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '救援支架', '[]', '["救援三脚架"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '救援支架') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '有毒气体探测仪', '[]', '["多气体检测仪", "复合气体检测仪"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '有毒气体探测仪') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '可燃气体检测仪', '[]', '["复合气体检测仪", "四合一", "可燃气体探测器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '可燃气体检测仪') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '气体浓度检测仪', '["气体检测仪"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '气体浓度检测仪') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '有毒有害气体检测仪', '[]', '["复合气体检测仪", "多气体检测仪"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '有毒有害气体检测仪') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT 'PID检测仪', '["VOC气体检测仪"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'pid检测仪') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '测温仪', '["红外测温仪"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '测温仪') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '消防用红外热像仪', '["热成像仪"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '消防用红外热像仪') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '视频生命探测仪', '["音视频生命探测仪"]', '["光学声波生命探测仪"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '视频生命探测仪') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '蛇眼探测仪', '["蛇眼"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '蛇眼探测仪') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '搜救摄像仪', '["音视频生命探测仪"]', '["光学声波生命探测仪"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '搜救摄像仪') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '多种气体检定器', '["多参数气体测定器", "多参数气体检测仪"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '多种气体检定器') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '光学瓦斯检定器', '[]', '["甲烷传感器", "多参数气体检测仪"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '光学瓦斯检定器') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '便携式甲烷检测报警仪', '[]', '["甲烷传感器", "多参数气体检测仪"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '便携式甲烷检测报警仪') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '一氧化碳检定器', '[]', '["一氧化碳传感器", "多参数气体测定器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '一氧化碳检定器') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '气相色谱质谱联用仪', '["质谱联用仪"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '气相色谱质谱联用仪') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '隔绝式自救器', '["压缩氧自救器", "化学氧自救器"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '隔绝式自救器') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '矿用侦察机器人', '["灾区侦测"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '矿用侦察机器人') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '地面救援钻机', '["救援钻机"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '地面救援钻机') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '矿用隔爆型潜水电泵', '["排沙电泵"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '矿用隔爆型潜水电泵') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '矿用救灾通信系统', '["灾区电话"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '矿用救灾通信系统') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '救生索', '[]', '["安全绳"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '救生索') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '液压剪切器', '["剪切器"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '液压剪切器') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '液压剪扩两用钳', '["剪扩钳", "剪扩"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '液压剪扩两用钳') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '液压撑顶器', '["顶杆"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '液压撑顶器') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '机动链锯', '["油锯"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '机动链锯') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '支撑套具', '["救援支撑"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '支撑套具') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '起重气袋', '["起重气垫"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '起重气袋') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '液压机动泵', '[]', '["液压破拆工具组"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '液压机动泵') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '内封式堵漏袋', '["堵漏袋"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '内封式堵漏袋') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '外封式堵漏袋', '["堵漏袋"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '外封式堵漏袋') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '捆绑式堵漏袋', '["堵漏袋"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '捆绑式堵漏袋') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '磁压式堵漏工具', '["磁压堵漏", "强磁堵漏"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '磁压式堵漏工具') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '公众洗消站', '["公众洗消"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '公众洗消站') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '单人洗消帐篷', '[]', '["洗消帐篷"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '单人洗消帐篷') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '简易洗消喷淋器', '[]', '["洗消器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '简易洗消喷淋器') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '救生缓降器', '["缓降器"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '救生缓降器') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '医药急救箱', '["急救箱"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '医药急救箱') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '躯体固定气囊', '[]', '["负压担架"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '躯体固定气囊') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '折叠式担架', '[]', '["担架"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '折叠式担架') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '自动体外除颤仪', '["自动体外除颤器"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '自动体外除颤仪') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '激流救生衣', '["水域救援救生衣"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '激流救生衣') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '气动抛绳器', '["救生抛投器"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '气动抛绳器') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '水面救援机器人', '["水面救生机器人", "救生机器人"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '水面救援机器人') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '机动橡皮舟', '["橡皮艇", "充气救生艇"]', '["舷外机"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '机动橡皮舟') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '橡皮舟', '["橡皮艇", "充气救生艇"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '橡皮舟') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '舷外挂机', '["舷外机"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '舷外挂机') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '冲锋舟发动机', '["舷外机"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '冲锋舟发动机') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '移动照明灯组', '["泛光工作灯", "移动照明灯塔"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '移动照明灯组') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '移动发电机', '[]', '["发电机组", "储能电源"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '移动发电机') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '机动排烟机', '[]', '["排烟机"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '机动排烟机') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '防爆排烟机', '["防爆型移动式排烟机", "防爆轴流风机"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '防爆排烟机') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '强光搜索灯', '["探照灯"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '强光搜索灯') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '手提式强光照明灯', '[]', '["探照灯", "防爆手电"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '手提式强光照明灯') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '防爆手电筒', '["防爆手电"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '防爆手电筒') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '主战消防车', '["主战车", "城市主战水罐消防车"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '主战消防车') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '通信指挥消防车', '["卫星通信指挥车"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '通信指挥消防车') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '通讯指挥车', '["指挥车"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '通讯指挥车') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '应急通信指挥车', '["卫星通信指挥车"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '应急通信指挥车') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '动中通指挥车', '["卫星通信指挥车"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '动中通指挥车') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '排涝消防车', '["排水抢险车"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '排涝消防车') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '垂直供排水抢险车', '["排水抢险车"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '垂直供排水抢险车') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '排涝抢险车', '["排水抢险车"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '排涝抢险车') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '移动式排涝泵站', '["移动泵站"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '移动式排涝泵站') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '手抬机动泵', '["手抬机动消防泵"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '手抬机动泵') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '机动消防泵', '[]', '["手抬机动消防泵"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '机动消防泵') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '移动消防炮', '["移动式消防水炮"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '移动消防炮') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '森林消防水泵', '["森林消防接力水泵", "森林水泵"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '森林消防水泵') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '串联水泵', '["接力水泵"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '串联水泵') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '直升机吊桶', '["灭火吊桶"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '直升机吊桶') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '灌木切割机', '["割灌机"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '灌木切割机') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '垂直起降固定翼无人机', '["复合翼垂直起降无人机"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '垂直起降固定翼无人机') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '自组网电台', '["自组网通信终端", "MESH自组网"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '自组网电台') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '海事卫星电话', '[]', '["卫星电话"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '海事卫星电话') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '救灾棉帐篷', '["救灾专用棉帐篷", "棉帐篷"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '救灾棉帐篷') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '野战炊事车', '["炊事车"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '野战炊事车') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '装配式公路钢桥', '["装配式钢桥"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '装配式公路钢桥') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `related`, `source`) SELECT '321钢桥', '["装配式钢桥"]', '[]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '321钢桥') ON CONFLICT(`term`) DO NOTHING;
