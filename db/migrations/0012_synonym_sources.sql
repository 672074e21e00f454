-- Where each synonym came from (issue 11): `admin` (written or edited at /admin/synonyms; entries made before this
-- migration count as the admins'), `glossary`, `taxonomy`, `standard`. Then the field's own words, inserted once
-- (an admin who deletes one later deletes it for good): an entry with the same term (in any case) is kept as it is.
--
-- glossary: trade names, colloquial names and abbreviations of the field → what suppliers write.
-- taxonomy: the English names of the categories (domain.md) → their Chinese names.
ALTER TABLE `search_synonyms` ADD `source` text DEFAULT 'admin' NOT NULL;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '逃生头罩', '["过滤式自救呼吸器", "逃生面具"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '逃生头罩') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '防烟面罩', '["过滤式自救呼吸器", "逃生面具"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '防烟面罩') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '逃生面罩', '["过滤式自救呼吸器", "逃生面具"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '逃生面罩') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '起重气囊', '["起重气垫"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '起重气囊') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '无齿锯', '["切割锯", "砂轮切割机"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '无齿锯') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '砂轮锯', '["切割锯"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '砂轮锯') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '挖机', '["挖掘机"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '挖机') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '勾机', '["挖掘机"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '勾机') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '钩机', '["挖掘机"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '钩机') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '铲车', '["装载机"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '铲车') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '照明车', '["照明消防车", "移动照明", "照明灯塔"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '照明车') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '撒盐车', '["融雪剂撒布机"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '撒盐车') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '融雪车', '["融雪剂撒布机", "除雪车"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '融雪车') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '扫雪车', '["除雪车", "抛雪机"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '扫雪车') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '矿帽灯', '["矿灯", "头灯"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '矿帽灯') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '发电车', '["应急发电车", "电源车"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '发电车') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '油机', '["柴油发电机组"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '油机') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '卫星电话', '["卫星手持终端", "卫星通信"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '卫星电话') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '热像仪', '["热成像仪"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '热像仪') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '除颤仪', '["体外除颤器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '除颤仪') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '抛绳器', '["救生抛投器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '抛绳器') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '抛投器', '["救生抛投器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '抛投器') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '剪扩钳', '["剪扩", "液压破拆"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '剪扩钳') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '抽水泵', '["排水泵", "潜水泵"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '抽水泵') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '排污泵', '["潜水排污泵"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '排污泵') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '净水器', '["净水设备", "净水装置"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '净水器') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '便桥', '["装配式钢桥"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '便桥') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '救生舱', '["救生舱", "避难硐室"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '救生舱') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '测氧仪', '["氧气检测", "气体检测仪"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '测氧仪') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '四合一', '["四合一气体检测仪"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '四合一') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '战斗服', '["灭火防护服"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '战斗服') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '隔热服', '["隔热防护服"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '隔热服') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '避火服', '["避火防护服"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '避火服') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '气密服', '["气密防化服"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '气密服') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '救援绳', '["安全绳"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '救援绳') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '缓降器', '["逃生缓降器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '缓降器') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '图传', '["单兵图传", "自组网"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '图传') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '自组网', '["自组网通信"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '自组网') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'aed', '["体外除颤器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'aed') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'ups', '["不间断电源"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'ups') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'generator', '["发电机组"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'generator') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'generators', '["发电机组"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'generators') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'excavator', '["挖掘机"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'excavator') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'loader', '["装载机"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'loader') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'stretcher', '["担架"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'stretcher') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'tent', '["帐篷"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'tent') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'life jacket', '["救生衣"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'life jacket') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'lifejacket', '["救生衣"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'lifejacket') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'rescue boat', '["救生艇", "冲锋舟", "救援船"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'rescue boat') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'helmet', '["头盔"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'helmet') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'chainsaw', '["油锯"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'chainsaw') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'gas detector', '["气体检测仪"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'gas detector') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'satellite phone', '["卫星手持终端"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'satellite phone') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'walkie talkie', '["对讲机"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'walkie talkie') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'radio', '["对讲机"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'radio') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'flashlight', '["手电"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'flashlight') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'searchlight', '["探照灯"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'searchlight') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'lighting tower', '["照明灯塔"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'lighting tower') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'defibrillator', '["除颤器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'defibrillator') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'robot', '["机器人"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'robot') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'fire engine', '["消防车"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'fire engine') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'fire truck', '["消防车"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'fire truck') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'snow plow', '["除雪车", "抛雪机"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'snow plow') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'water purifier', '["净水设备", "净水装置"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'water purifier') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'natural-hazard monitoring', '["自然灾害监测预警"]', 'taxonomy' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'natural-hazard monitoring') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'earthquake and geohazard monitoring', '["地震与地质灾害监测设备"]', 'taxonomy' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'earthquake and geohazard monitoring') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'hydrological, weather and flood monitoring', '["水文气象与洪涝监测设备"]', 'taxonomy' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'hydrological, weather and flood monitoring') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'forest-fire risk monitoring', '["森林火险监测设备"]', 'taxonomy' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'forest-fire risk monitoring') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'accident monitoring', '["事故灾难监测预警"]', 'taxonomy' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'accident monitoring') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'gas detectors and alarms', '["气体检测报警仪器"]', 'taxonomy' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'gas detectors and alarms') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'fire detection and alarm', '["火灾探测报警设备"]', 'taxonomy' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'fire detection and alarm') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'mine safety monitoring', '["矿山安全监测监控设备"]', 'taxonomy' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'mine safety monitoring') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'hazchem leak and environmental monitoring', '["危化品泄漏与环境监测设备"]', 'taxonomy' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'hazchem leak and environmental monitoring') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'personal protection', '["个体防护"]', 'taxonomy' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'personal protection') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'respiratory protection', '["呼吸防护装备"]', 'taxonomy' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'respiratory protection') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'body protection', '["躯体防护装备"]', 'taxonomy' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'body protection') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'head, face and hearing protection', '["头面部与听觉防护装备"]', 'taxonomy' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'head, face and hearing protection') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'fall protection and rescue ropes', '["坠落防护与救生绳索"]', 'taxonomy' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'fall protection and rescue ropes') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'self-rescuers and escape equipment', '["自救器与逃生装备"]', 'taxonomy' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'self-rescuers and escape equipment') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'equipment and facility protection', '["设备设施防护"]', 'taxonomy' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'equipment and facility protection') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'explosion-proof and intrinsically safe equipment', '["防爆与本质安全设备"]', 'taxonomy' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'explosion-proof and intrinsically safe equipment') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'refuge chambers and capsules', '["避难与救生舱室"]', 'taxonomy' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'refuge chambers and capsules') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'on-site support', '["现场保障"]', 'taxonomy' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'on-site support') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'emergency power and generators', '["应急电源与发电设备"]', 'taxonomy' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'emergency power and generators') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'emergency communication and command', '["应急通信与指挥设备"]', 'taxonomy' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'emergency communication and command') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'emergency lighting', '["应急照明设备"]', 'taxonomy' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'emergency lighting') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'logistics', '["应急后勤保障装备"]', 'taxonomy' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'logistics') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'special emergency vehicles', '["特种应急车辆"]', 'taxonomy' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'special emergency vehicles') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'life rescue', '["生命救护"]', 'taxonomy' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'life rescue') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'life detection', '["生命探测设备"]', 'taxonomy' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'life detection') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'breaching and shoring tools', '["破拆与支撑救援工具"]', 'taxonomy' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'breaching and shoring tools') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'medical first aid and transport', '["医疗急救与转运设备"]', 'taxonomy' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'medical first aid and transport') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'emergency rescue', '["抢险救援"]', 'taxonomy' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'emergency rescue') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'drainage equipment', '["排水抢险装备"]', 'taxonomy' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'drainage equipment') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'firefighting equipment', '["消防灭火装备"]', 'taxonomy' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'firefighting equipment') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'mine and tunnel rescue', '["矿山与隧道救援装备"]', 'taxonomy' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'mine and tunnel rescue') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'hazchem response', '["危化品处置装备"]', 'taxonomy' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'hazchem response') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'water rescue', '["水上救援装备"]', 'taxonomy' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'water rescue') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'aviation rescue', '["航空应急救援装备"]', 'taxonomy' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'aviation rescue') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'engineering rescue machinery', '["工程抢险机械"]', 'taxonomy' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'engineering rescue machinery') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'forest and grassland firefighting', '["森林草原灭火装备"]', 'taxonomy' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'forest and grassland firefighting') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'ice and snow response', '["冰雪灾害处置装备"]', 'taxonomy' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'ice and snow response') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'prevention services', '["事前预防服务"]', 'taxonomy' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'prevention services') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'social rescue services', '["社会化救援服务"]', 'taxonomy' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'social rescue services') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'emergency logistics and rental', '["应急物流与租赁服务"]', 'taxonomy' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'emergency logistics and rental') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'emergency finance and insurance', '["应急金融与保险服务"]', 'taxonomy' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'emergency finance and insurance') ON CONFLICT(`term`) DO NOTHING;
