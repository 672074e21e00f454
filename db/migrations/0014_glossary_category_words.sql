-- Issue 11, second round.
-- 1. The field's glossary grows (source `glossary`): the English names of every kind of equipment and service in the
--    catalogue (with British and American variants and real abbreviations: tic, scba cylinder, srl, cafs), single English
--    words that mixed queries use (pump, fire, sensor), gas formulas (co, h2s, ch4, lel), and the colloquial and trade names
--    practitioners use that suppliers do not write (手台, 柴发, 瓦检仪, 消防服). Written from the domain and the catalogue's
--    product names, never from the relevance set; every expansion occurs in at least one demo listing. Inserted once, as
--    in 0012: an entry with the same term (in any case) is kept as it is (an admin's edit or deletion stands).
-- 2. Search documents now carry the everyday names of their whole category (船 for 水上救援装备, 搜救 for 生命探测设备,
--    db/reference/query-words.ts) in their category text: the embedded index is emptied here and rebuilt from the
--    database on first use (search/index.server.ts ensureIndexed). With Meilisearch, run `npm run cli -- reindex`.
-- 3. A new unit dimension, persons (人, 名: 载员 15 人), for specs and constraints written before it.
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'landslide monitoring', '["滑坡监测", "位移监测站", "形变监测"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'landslide monitoring') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'ground deformation monitoring', '["形变监测", "地表形变"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'ground deformation monitoring') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'seismic early warning', '["地震预警"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'seismic early warning') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'water level gauge', '["水位计"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'water level gauge') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'radar level gauge', '["雷达水位计"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'radar level gauge') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'waterlogging monitoring', '["积水监测"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'waterlogging monitoring') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'weather station', '["气象站"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'weather station') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'thermal imaging camera', '["热成像仪", "热成像"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'thermal imaging camera') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'tic', '["热成像仪", "热成像"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'tic') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'dual-spectrum camera', '["双光谱"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'dual-spectrum camera') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'ptz camera', '["云台"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'ptz camera') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'gas detection', '["气体检测仪", "气体探测器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'gas detection') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'multigas detector', '["复合气体检测仪", "多气体检测仪"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'multigas detector') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'combustible gas detector', '["可燃气体探测器", "可燃气体"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'combustible gas detector') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'voc detector', '["VOC气体检测仪"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'voc detector') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'h2s detector', '["硫化氢"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'h2s detector') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'carbon monoxide detector', '["一氧化碳传感器", "复合气体检测仪", "多参数气体检测仪"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'carbon monoxide detector') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'smoke detector', '["感烟火灾探测器", "烟雾报警器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'smoke detector') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'fire alarm', '["火灾报警控制器", "火灾探测器", "烟雾报警器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'fire alarm') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'fire alarm panel', '["火灾报警控制器", "报警主机"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'fire alarm panel') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'flame detector', '["火焰探测器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'flame detector') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'methane detector', '["甲烷传感器", "甲烷"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'methane detector') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'ir thermometer', '["红外测温仪"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'ir thermometer') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'personnel tracking', '["人员定位"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'personnel tracking') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'optical gas imaging', '["气体成像", "泄漏红外成像仪"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'optical gas imaging') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'gas chromatograph', '["气相色谱"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'gas chromatograph') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'water quality analyzer', '["水质检测", "水质应急监测仪"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'water quality analyzer') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'air pack', '["空气呼吸器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'air pack') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'scba cylinder', '["碳纤维气瓶", "空呼气瓶"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'scba cylinder') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'air cylinder', '["碳纤维气瓶", "空呼气瓶", "复合气瓶"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'air cylinder') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'carbon fiber cylinder', '["碳纤维气瓶", "复合气瓶"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'carbon fiber cylinder') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'rebreather', '["氧气呼吸器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'rebreather') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'oxygen breathing apparatus', '["氧气呼吸器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'oxygen breathing apparatus') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'respirator', '["防毒面具", "呼吸器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'respirator') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'filter canister', '["滤毒罐"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'filter canister') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'turnout gear', '["灭火防护服", "灭火服"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'turnout gear') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'bunker gear', '["灭火防护服", "灭火服"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'bunker gear') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'firefighter suit', '["灭火防护服", "灭火服"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'firefighter suit') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'ppe', '["防护服", "个体防护", "头盔"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'ppe') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'level a suit', '["气密防化服", "一级防化"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'level a suit') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'level b suit', '["二级防化", "二级化学防护服"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'level b suit') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'insulating suit', '["电绝缘装具", "绝缘服"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'insulating suit') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'wildland firefighting suit', '["扑火服", "阻燃服"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'wildland firefighting suit') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'flame retardant clothing', '["阻燃服", "扑火服"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'flame retardant clothing') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'firefighter helmet', '["消防头盔", "灭火防护头盔"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'firefighter helmet') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'ear defender', '["耳罩"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'ear defender') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'hearing protector', '["耳罩", "听力防护"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'hearing protector') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'static rope', '["静力绳", "安全绳"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'static rope') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'fall arrester', '["速差自控器", "防坠器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'fall arrester') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'srl', '["速差自控器", "防坠器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'srl') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'scsr', '["自救器", "压缩氧自救器", "化学氧自救器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'scsr') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'smoke hood', '["逃生面具", "过滤式自救呼吸器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'smoke hood') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'escape descender', '["缓降器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'escape descender') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'emergency kit', '["应急包", "应急物资储备包"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'emergency kit') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'survival kit', '["应急包", "应急物资储备包"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'survival kit') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'torch', '["手电"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'torch') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'intrinsically safe radio', '["防爆对讲机", "对讲机"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'intrinsically safe radio') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'explosion-proof radio', '["防爆对讲机", "对讲机"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'explosion-proof radio') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'smoke ejector', '["排烟机"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'smoke ejector') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'refuge bay', '["避难硐室"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'refuge bay') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'diesel generator', '["柴油发电机组"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'diesel generator') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'portable power station', '["储能电源", "户外电源"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'portable power station') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'solar generator', '["储能电源", "户外电源"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'solar generator') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'energy storage', '["储能电源", "储能电站"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'energy storage') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'mobile generator', '["电源车", "发电车", "发电机组"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'mobile generator') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'satphone', '["卫星电话", "卫星手持终端"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'satphone') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'sat phone', '["卫星电话", "卫星手持终端"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'sat phone') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'mesh network', '["自组网"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'mesh network') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'video transmission', '["图传"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'video transmission') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'loudspeaker', '["广播音柱", "应急广播"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'loudspeaker') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'floodlight', '["泛光灯", "泛光工作灯"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'floodlight') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'work light', '["泛光工作灯", "泛光灯"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'work light') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'lighting', '["照明"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'lighting') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'tethered uav', '["系留无人机"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'tethered uav') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'headlamp', '["头灯"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'headlamp') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'head torch', '["头灯"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'head torch') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'cap lamp', '["矿灯"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'cap lamp') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'search light', '["探照灯", "搜索灯"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'search light') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'spotlight', '["探照灯", "搜索灯"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'spotlight') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'disaster relief tent', '["救灾帐篷", "棉帐篷"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'disaster relief tent') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'emergency shelter', '["救灾帐篷", "棉帐篷", "充气帐篷"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'emergency shelter') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'water purification unit', '["净水设备", "净水装置"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'water purification unit') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'mobile kitchen', '["炊事车"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'mobile kitchen') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'rescue truck', '["抢险救援车", "抢险救援消防车"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'rescue truck') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'water tender', '["水罐消防车", "水罐车"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'water tender') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'water tanker', '["水罐消防车", "水罐车"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'water tanker') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'pumper', '["水罐消防车", "水罐车"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'pumper') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'hazmat vehicle', '["化学救援车", "化学事故抢险救援消防车"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'hazmat vehicle') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'atv', '["全地形车"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'atv') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'amphibious vehicle', '["两栖", "全地形车"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'amphibious vehicle') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'tracked vehicle', '["全地形车", "履带式森林消防车"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'tracked vehicle') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'life detection radar', '["生命探测仪(雷达式)"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'life detection radar') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'search camera', '["音视频探测", "蛇眼", "音视频生命探测仪"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'search camera') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'acoustic life detector', '["光学声波生命探测仪", "音视频生命探测仪"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'acoustic life detector') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'hydraulic spreader', '["扩张器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'hydraulic spreader') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'jaws of life', '["液压破拆工具组", "扩张器", "剪切器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'jaws of life') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'extrication tool', '["液压破拆工具组", "破拆"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'extrication tool') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'rescue cutter', '["剪切器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'rescue cutter') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'cut-off saw', '["切割锯", "异向锯"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'cut-off saw') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'power cutter', '["切割锯", "异向锯"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'power cutter') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'shoring', '["救援支撑", "支撑系统", "液压支护"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'shoring') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'defib', '["除颤器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'defib') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'scoop stretcher', '["铲式担架"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'scoop stretcher') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'basket stretcher', '["篮式救援担架"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'basket stretcher') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'stokes basket', '["篮式救援担架"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'stokes basket') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'resuscitator', '["苏生器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'resuscitator') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'ventilator', '["呼吸机"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'ventilator') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'cpr', '["心肺复苏"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'cpr') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'first aid training', '["急救培训", "救护员"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'first aid training') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'trailer pump', '["拖车泵", "移动泵站"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'trailer pump') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'dewatering pump', '["排水泵", "潜水泵", "排沙泵"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'dewatering pump') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'sewage pump', '["排污泵", "潜水排污泵"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'sewage pump') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'water pump', '["排水泵", "水泵"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'water pump') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'drainage pump', '["排水泵", "潜水泵"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'drainage pump') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'drainage robot', '["排涝机器人"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'drainage robot') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'extinguisher', '["灭火器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'extinguisher') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'nozzle', '["水枪"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'nozzle') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'branch pipe', '["水枪"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'branch pipe') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'fire monitor', '["消防炮", "消防水炮"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'fire monitor') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'water cannon', '["消防炮", "消防水炮"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'water cannon') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'firefighting robot', '["消防机器人", "灭火机器人"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'firefighting robot') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'fire fighting robot', '["消防机器人", "灭火机器人"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'fire fighting robot') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'fire pump', '["手抬泵", "机动泵", "消防泵"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'fire pump') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'cafs', '["压缩空气泡沫"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'cafs') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'foam', '["泡沫"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'foam') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'reconnaissance robot', '["侦察机器人", "侦测机器人"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'reconnaissance robot') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'mine rescue', '["矿山救护"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'mine rescue') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'leak sealing', '["堵漏袋", "堵漏"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'leak sealing') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'plugging bag', '["堵漏袋"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'plugging bag') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'diphoterine', '["敌腐特灵", "洗消器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'diphoterine') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'transfer pump', '["输转泵"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'transfer pump') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'hazmat', '["危化品", "化学救援"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'hazmat') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'confined space', '["有限空间"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'confined space') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'boat', '["冲锋舟", "救生艇", "橡皮艇"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'boat') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'fibreglass boat', '["玻璃钢冲锋舟", "冲锋舟"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'fibreglass boat') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'fiberglass boat', '["玻璃钢冲锋舟", "冲锋舟"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'fiberglass boat') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'rubber boat', '["橡皮艇", "充气救生艇"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'rubber boat') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'dinghy', '["橡皮艇", "充气救生艇"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'dinghy') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'lifeboat', '["救生艇"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'lifeboat') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'personal flotation device', '["救生衣"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'personal flotation device') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'buoyancy aid', '["救生衣"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'buoyancy aid') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'line launcher', '["抛投器", "抛绳"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'line launcher') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'powered lifebuoy', '["动力救生圈", "救生机器人"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'powered lifebuoy') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'water rescue robot', '["救生机器人", "动力救生圈"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'water rescue robot') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'quadcopter', '["四旋翼", "无人机"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'quadcopter') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'multirotor', '["多旋翼", "无人机"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'multirotor') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'fixed-wing drone', '["固定翼", "垂直起降无人机"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'fixed-wing drone') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'reconnaissance drone', '["侦察无人机"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'reconnaissance drone') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'fire drone', '["灭火无人机"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'fire drone') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'helibucket', '["吊桶"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'helibucket') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'helicopter bucket', '["吊桶"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'helicopter bucket') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'helicopter hoist', '["救援绞车"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'helicopter hoist') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'winch', '["绞车", "绞盘"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'winch') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'aerial mapping', '["应急测绘", "航拍"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'aerial mapping') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'digger', '["挖掘机"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'digger') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'front loader', '["装载机"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'front loader') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'hydraulic breaker', '["破碎锤"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'hydraulic breaker') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'remote control excavator', '["遥控挖掘机"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'remote control excavator') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'bailey bridge', '["装配式钢桥", "钢桥"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'bailey bridge') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'blower', '["风力灭火机", "抛雪机"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'blower') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'backpack blower', '["风力灭火机"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'backpack blower') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'relay pump', '["接力水泵", "森林水泵"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'relay pump') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'brushcutter', '["割灌机"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'brushcutter') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'chain saw', '["油锯"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'chain saw') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'wildland fire engine', '["森林消防车"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'wildland fire engine') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'brush truck', '["森林消防车"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'brush truck') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'snowplough', '["除雪车", "推雪铲"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'snowplough') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'snowblower', '["抛雪机"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'snowblower') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'gritter', '["撒布机", "融雪剂撒布机"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'gritter') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'de-icing salt', '["融雪剂"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'de-icing salt') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'deicer', '["融雪剂"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'deicer') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'deicing', '["除冰"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'deicing') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'evacuation drill', '["应急演练"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'evacuation drill') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'equipment hire', '["装备租赁", "租赁"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'equipment hire') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'generator rental', '["发电车租赁"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'generator rental') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'warehousing', '["仓储", "代储"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'warehousing') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'equipment financing', '["分期贷款", "设备贷"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'equipment financing') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'liability insurance', '["安全生产责任保险", "安责险"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'liability insurance') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '地灾', '["地质灾害"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '地灾') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '地灾监测', '["地质灾害监测"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '地灾监测') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '雨量筒', '["雨量计"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '雨量筒') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '测爆仪', '["可燃气体", "复合气体检测仪"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '测爆仪') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '可燃气体报警器', '["可燃气体探测器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '可燃气体报警器') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '燃气报警器', '["可燃气体探测器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '燃气报警器') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '多合一', '["复合气体检测仪", "多气体检测仪"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '多合一') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '消防主机', '["火灾报警控制器", "报警主机"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '消防主机') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '独立烟感', '["独立式光电感烟", "烟雾报警器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '独立烟感') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '烟雾探测器', '["感烟火灾探测器", "烟雾报警器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '烟雾探测器') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '瓦检仪', '["甲烷传感器", "甲烷"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '瓦检仪') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '定位卡', '["人员定位", "标识卡"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '定位卡') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '气质联用仪', '["质谱联用仪", "质谱"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '气质联用仪') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '过滤罐', '["滤毒罐"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '过滤罐') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '防毒面罩', '["防毒面具"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '防毒面罩') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '移动气源', '["移动供气源"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '移动气源') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '消防服', '["灭火防护服", "灭火服", "战斗服"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '消防服') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '一级防化服', '["一级防化", "气密防化服"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '一级防化服') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '重型防化服', '["一级防化", "气密防化服"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '重型防化服') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '二级防化服', '["二级防化", "二级化学防护服"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '二级防化服') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '轻型防化服', '["二级防化", "二级化学防护服"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '轻型防化服') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '森林防火服', '["扑火服", "阻燃服"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '森林防火服') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '隔音耳罩', '["防噪声耳罩", "耳罩"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '隔音耳罩') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '降噪耳罩', '["防噪声耳罩", "耳罩"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '降噪耳罩') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '速差器', '["速差自控器", "防坠器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '速差器') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '救生绳', '["安全绳"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '救生绳') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '三角架', '["三脚架"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '三角架') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '逃生包', '["应急包", "应急物资储备包"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '逃生包') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '手台', '["对讲机"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '手台') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '手电筒', '["手电"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '手电筒') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '柴发', '["柴油发电机组"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '柴发') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '通信车', '["卫星通信指挥车", "指挥车"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '通信车') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '便携站', '["卫星站", "静中通"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '便携站') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '天通手机', '["卫星手持终端", "卫星电话"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '天通手机') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '大喇叭', '["应急广播", "广播音柱"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '大喇叭') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '肩灯', '["方位灯"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '肩灯') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '净水车', '["净水设备", "净水装置"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '净水车') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '化救车', '["化学救援车", "化学事故抢险救援消防车"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '化救车') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '扩张钳', '["扩张器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '扩张钳') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '消防斧', '["腰斧"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '消防斧') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '排水车', '["排水抢险车", "排涝车"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '排水车') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '潜污泵', '["潜水排污泵", "排污泵"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '潜污泵') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '泥浆泵', '["排沙泵", "排污泵"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '泥浆泵') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '水炮', '["消防炮", "消防水炮"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '水炮') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '开花水枪', '["直流喷雾水枪", "水枪"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '开花水枪') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '手提灭火器', '["手提式干粉灭火器", "灭火器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '手提灭火器') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '防爆泵', '["防爆输转泵", "输转泵"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '防爆泵') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '冲锋艇', '["冲锋舟"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '冲锋艇') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '橡皮船', '["橡皮艇", "充气救生艇"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '橡皮船') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '船外机', '["舷外机", "挂机"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '船外机') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '抛绳枪', '["抛投器", "抛绳"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '抛绳枪') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '遥控救生圈', '["动力救生圈"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '遥控救生圈') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '救生背心', '["救生衣"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '救生背心') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '救生马甲', '["救生衣"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '救生马甲') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '救援艇', '["救生艇", "冲锋舟", "橡皮艇"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '救援艇') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '炮头', '["破碎锤"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '炮头') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '贝雷桥', '["装配式钢桥", "钢桥"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '贝雷桥') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '遥控挖机', '["遥控挖掘机"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '遥控挖机') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '打草机', '["割灌机"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '打草机') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '接力泵', '["接力水泵", "森林水泵"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '接力泵') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '铲雪车', '["除雪车"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '铲雪车') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '扫雪机', '["抛雪机", "除雪车"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '扫雪机') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '除雪机', '["抛雪机", "除雪车"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '除雪机') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '融雪盐', '["融雪剂"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '融雪盐') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '团意险', '["团体意外伤害保险", "意外险"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '团意险') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '演习', '["应急演练"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '演习') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'dry powder', '["干粉"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'dry powder') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'dry chemical', '["干粉"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'dry chemical') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '空呼瓶', '["空呼气瓶", "碳纤维气瓶"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '空呼瓶') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '链锯', '["油锯"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '链锯') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'pump', '["水泵", "排水泵", "消防泵", "输转泵", "潜水泵", "泵站"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'pump') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'sensor', '["传感器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'sensor') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'detector', '["探测器", "检测仪", "探测仪"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'detector') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'fire', '["消防", "火灾", "灭火"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'fire') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'co', '["一氧化碳"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'co') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'h2s', '["硫化氢"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'h2s') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'o2', '["氧气"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'o2') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'ch4', '["甲烷"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'ch4') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'lel', '["可燃气体"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'lel') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'light', '["照明", "灯具", "泛光灯", "探照灯"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'light') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'lamp', '["灯具", "头灯", "矿灯", "探照灯"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'lamp') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'camera', '["摄像", "成像", "云台"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'camera') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'suit', '["防护服"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'suit') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'rope', '["安全绳", "绳索"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'rope') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'saw', '["切割锯", "油锯"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'saw') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'axe', '["腰斧"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'axe') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'mask', '["面具", "面罩"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'mask') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'monitoring', '["监测"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'monitoring') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'detection', '["检测", "探测"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'detection') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'training', '["培训"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'training') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'insurance', '["保险"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'insurance') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'loan', '["贷款"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'loan') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'rental', '["租赁"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'rental') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'tripod', '["三脚架"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'tripod') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'displacement monitoring station', '["位移监测站", "形变监测站"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'displacement monitoring station') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'gnss monitoring station', '["位移监测站", "形变监测站"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'gnss monitoring station') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'crack meter', '["裂缝位移计", "裂缝计"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'crack meter') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'crackmeter', '["裂缝位移计", "裂缝计"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'crackmeter') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'extensometer', '["裂缝位移计", "位移计"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'extensometer') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'eew', '["地震预警"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'eew') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'early warning terminal', '["预警终端", "预警信息发布终端"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'early warning terminal') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'rain gauge', '["雨量计", "雨量站"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'rain gauge') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'tipping bucket rain gauge', '["翻斗式雨量计"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'tipping bucket rain gauge') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'pluviometer', '["雨量计"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'pluviometer') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'rainfall station', '["雨量监测站", "雨量站"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'rainfall station') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'water level sensor', '["水位计"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'water level sensor') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'radar water level sensor', '["雷达水位计"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'radar water level sensor') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'current meter', '["流速仪"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'current meter') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'radar flow meter', '["电波流速仪", "流速仪"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'radar flow meter') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'velocity radar', '["电波流速仪"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'velocity radar') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'road flooding sensor', '["积水监测"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'road flooding sensor') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'hydrological monitoring', '["水文监测"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'hydrological monitoring') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'bi-spectrum camera', '["双光谱"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'bi-spectrum camera') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'pan tilt camera', '["云台"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'pan tilt camera') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'smoke and fire detection', '["烟火识别"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'smoke and fire detection') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'fire danger rating', '["火险等级"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'fire danger rating') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'fire danger station', '["火险因子监测站"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'fire danger station') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'fuel moisture', '["可燃物含水率"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'fuel moisture') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'gas monitor', '["气体检测仪"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'gas monitor') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'gas alarm', '["可燃气体探测器", "气体检测仪"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'gas alarm') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'multi-gas monitor', '["复合气体检测仪", "多气体检测仪"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'multi-gas monitor') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'four gas detector', '["四合一", "复合气体检测仪"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'four gas detector') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'flammable gas detector', '["可燃气体探测器", "可燃气体"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'flammable gas detector') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'lel detector', '["可燃气体"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'lel detector') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'photoionization detector', '["VOC气体检测仪", "挥发性有机物"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'photoionization detector') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'pid detector', '["VOC气体检测仪", "挥发性有机物"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'pid detector') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'oxygen detector', '["复合气体检测仪", "多参数气体检测仪"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'oxygen detector') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'pump suction gas detector', '["泵吸式"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'pump suction gas detector') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'smoke alarm', '["烟雾报警器", "感烟火灾探测报警器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'smoke alarm') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'fire alarm control panel', '["火灾报警控制器", "报警主机"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'fire alarm control panel') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'facp', '["火灾报警控制器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'facp') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'firedamp detector', '["甲烷传感器", "甲烷"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'firedamp detector') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'infrared thermometer', '["红外测温仪"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'infrared thermometer') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'pyrometer', '["红外测温仪"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'pyrometer') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'multi-parameter gas detector', '["多参数气体检测仪", "多参数测定器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'multi-parameter gas detector') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'miner tracking', '["人员定位", "井下定位"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'miner tracking') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'uwb positioning', '["人员定位", "UWB"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'uwb positioning') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'ogi camera', '["气体成像", "泄漏红外成像仪"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'ogi camera') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'gas imaging camera', '["气体成像", "泄漏红外成像仪"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'gas imaging camera') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'gas leak camera', '["气体成像", "泄漏红外成像仪"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'gas leak camera') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'gc-ms', '["质谱联用仪", "质谱"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'gc-ms') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'toxic gas monitoring', '["有毒有害气体"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'toxic gas monitoring') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'fenceline monitoring', '["有毒有害气体", "园区监测"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'fenceline monitoring') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'water quality analyser', '["水质检测", "水质应急监测仪"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'water quality analyser') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '气质联用', '["质谱联用仪", "质谱"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '气质联用') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '色质联用仪', '["质谱联用仪", "质谱"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '色质联用仪') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'airpack', '["空气呼吸器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'airpack') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'carbon fibre cylinder', '["碳纤维气瓶", "复合气瓶"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'carbon fibre cylinder') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'oxygen respirator', '["氧气呼吸器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'oxygen respirator') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'ccba', '["氧气呼吸器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'ccba') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'full face mask', '["全面罩", "防毒面具"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'full face mask') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'filter cartridge', '["滤毒罐"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'filter cartridge') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'supplied air respirator', '["长管呼吸器", "移动供气源"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'supplied air respirator') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'airline respirator', '["长管呼吸器", "移动供气源"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'airline respirator') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'air cart', '["移动供气源"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'air cart') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'mobile air supply', '["移动供气源"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'mobile air supply') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'firefighting suit', '["灭火防护服", "灭火服"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'firefighting suit') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'fire suit', '["灭火防护服", "灭火服"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'fire suit') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'proximity suit', '["隔热服", "隔热防护服"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'proximity suit') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'aluminized suit', '["隔热服", "隔热防护服"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'aluminized suit') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'aluminised suit', '["隔热服", "隔热防护服"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'aluminised suit') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'fire entry suit', '["避火服", "避火防护服"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'fire entry suit') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'gas-tight suit', '["气密防化服", "一级防化"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'gas-tight suit') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'encapsulated suit', '["全封闭气密防化服", "气密防化服"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'encapsulated suit') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'splash suit', '["二级防化", "化学防护服"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'splash suit') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'chemical suit', '["防化服", "化学防护服"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'chemical suit') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'electrical insulation suit', '["电绝缘装具", "绝缘服"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'electrical insulation suit') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'forest firefighting suit', '["扑火服", "阻燃服"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'forest firefighting suit') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'flame resistant clothing', '["阻燃服", "扑火服"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'flame resistant clothing') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'aramid', '["芳纶"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'aramid') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'nomex', '["芳纶"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'nomex') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'fire helmet', '["消防头盔", "灭火防护头盔"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'fire helmet') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'firefighting helmet', '["消防头盔", "灭火防护头盔"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'firefighting helmet') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'wildland helmet', '["森林消防头盔", "扑火头盔"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'wildland helmet') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'earmuff', '["耳罩"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'earmuff') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'ear muff', '["耳罩"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'ear muff') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '防噪耳罩', '["防噪声耳罩", "耳罩"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '防噪耳罩') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'rescue rope', '["安全绳", "静力绳"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'rescue rope') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'kernmantle rope', '["静力绳", "安全绳"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'kernmantle rope') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'safety rope', '["安全绳"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'safety rope') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'safety belt', '["安全腰带", "安全带"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'safety belt') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'rescue belt', '["安全腰带"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'rescue belt') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'ladder belt', '["安全腰带"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'ladder belt') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'harness', '["全身式安全带", "安全带"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'harness') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'full body harness', '["全身式安全带"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'full body harness') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'rescue tripod', '["三脚架", "救援三脚架"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'rescue tripod') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'fall arrestor', '["速差自控器", "防坠器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'fall arrestor') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'self-retracting lifeline', '["速差自控器", "防坠器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'self-retracting lifeline') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'inertia reel', '["速差自控器", "防坠器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'inertia reel') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '五点式安全带', '["全身式安全带"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '五点式安全带') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'self-rescuer', '["自救器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'self-rescuer') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'escape hood', '["逃生面具", "过滤式自救呼吸器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'escape hood') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'escape mask', '["逃生面具", "过滤式自救呼吸器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'escape mask') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'descent device', '["缓降器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'descent device') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'controlled descent device', '["缓降器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'controlled descent device') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'go bag', '["应急包", "应急物资储备包"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'go bag') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'grab bag', '["应急包", "应急物资储备包"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'grab bag') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'explosion-proof torch', '["防爆手电"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'explosion-proof torch') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'explosion-proof flashlight', '["防爆手电"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'explosion-proof flashlight') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'smoke extractor', '["排烟机"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'smoke extractor') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'ppv fan', '["排烟机", "轴流风机"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'ppv fan') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'ventilation fan', '["排烟机", "轴流风机"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'ventilation fan') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'refuge chamber', '["救生舱"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'refuge chamber') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'rescue capsule', '["救生舱"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'rescue capsule') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'refuge station', '["避难硐室"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'refuge station') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'escape pipe', '["逃生管道"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'escape pipe') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'escape tube', '["逃生管道"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'escape tube') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'bess', '["储能电站", "移动储能"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'bess') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'power generation vehicle', '["电源车", "发电车"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'power generation vehicle') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'generator truck', '["电源车", "发电车"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'generator truck') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'uninterruptible power supply', '["不间断电源"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'uninterruptible power supply') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'vsat', '["卫星站", "静中通"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'vsat') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'satellite terminal', '["卫星站", "卫星手持终端"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'satellite terminal') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'flyaway terminal', '["卫星站", "静中通"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'flyaway terminal') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'satcom on the move', '["动中通"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'satcom on the move') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'sotm', '["动中通"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'sotm') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'command vehicle', '["指挥车", "卫星通信指挥车"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'command vehicle') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'command post vehicle', '["指挥车", "卫星通信指挥车"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'command post vehicle') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'ad hoc network', '["自组网"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'ad hoc network') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'manet', '["自组网"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'manet') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'emergency broadcast', '["应急广播"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'emergency broadcast') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'public address', '["应急广播", "广播音柱"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'public address') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'mine rescue telephone', '["灾区电话"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'mine rescue telephone') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'mine phone', '["灾区电话"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'mine phone') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'scene light', '["泛光工作灯", "泛光灯"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'scene light') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'tethered drone', '["系留无人机"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'tethered drone') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'marker light', '["方位灯"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'marker light') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'locator light', '["方位灯"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'locator light') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'miner''s lamp', '["矿灯", "头灯"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'miner''s lamp') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'mining lamp', '["矿灯", "头灯"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'mining lamp') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'relief tent', '["救灾帐篷", "棉帐篷"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'relief tent') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'inflatable tent', '["充气帐篷"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'inflatable tent') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'air tent', '["充气帐篷"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'air tent') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'command tent', '["指挥帐篷", "充气帐篷"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'command tent') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'water treatment unit', '["净水设备", "净水装置"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'water treatment unit') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'reverse osmosis', '["反渗透"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'reverse osmosis') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'ultrafiltration', '["超滤"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'ultrafiltration') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'field kitchen', '["炊事车"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'field kitchen') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'kitchen trailer', '["炊事车"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'kitchen trailer') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '野战厨房', '["炊事车"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '野战厨房') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'heavy rescue', '["抢险救援车", "抢险救援消防车"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'heavy rescue') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'rescue vehicle', '["抢险救援车", "全地形车"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'rescue vehicle') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'fire apparatus', '["消防车"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'fire apparatus') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'hazmat truck', '["化学救援车", "化学事故抢险救援消防车"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'hazmat truck') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'all-terrain vehicle', '["全地形车"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'all-terrain vehicle') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '两栖车', '["两栖", "全地形车"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '两栖车') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'radar life detector', '["生命探测仪(雷达式)"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'radar life detector') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'through-wall radar', '["生命探测仪(雷达式)"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'through-wall radar') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'snake eye camera', '["蛇眼", "音视频探测"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'snake eye camera') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'snake camera', '["蛇眼", "音视频探测"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'snake camera') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'geophone', '["光学声波生命探测仪", "音视频生命探测仪"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'geophone') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '音频生命探测仪', '["音视频生命探测仪", "光学声波生命探测仪"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '音频生命探测仪') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'hydraulic rescue tool', '["液压破拆工具组", "破拆"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'hydraulic rescue tool') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'combi tool', '["剪扩钳"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'combi tool') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'combination tool', '["剪扩钳"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'combination tool') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'rescue ram', '["顶杆"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'rescue ram') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'hydraulic ram', '["顶杆"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'hydraulic ram') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'lifting bag', '["起重气垫"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'lifting bag') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'air lifting bag', '["起重气垫"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'air lifting bag') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'lifting cushion', '["起重气垫"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'lifting cushion') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'fire axe', '["腰斧"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'fire axe') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'rescue saw', '["切割锯", "异向锯"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'rescue saw') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'concrete saw', '["切割锯", "异向锯"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'concrete saw') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'rescue struts', '["救援支撑", "支撑系统"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'rescue struts') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '顶撑杆', '["顶杆"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '顶撑杆') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '双轮锯', '["异向锯", "切割锯"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '双轮锯') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'vacuum mattress', '["负压担架"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'vacuum mattress') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'vacuum stretcher', '["负压担架"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'vacuum stretcher') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'stokes litter', '["篮式救援担架"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'stokes litter') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'litter', '["担架"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'litter') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'first aid kit', '["急救箱"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'first aid kit') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'first-aid box', '["急救箱"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'first-aid box') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'trauma kit', '["急救箱"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'trauma kit') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'mobile pump station', '["移动泵站", "拖车泵"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'mobile pump station') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'trash pump', '["排污泵", "潜水排污泵"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'trash pump') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'slurry pump', '["排沙泵", "排污泵"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'slurry pump') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'portable drainage', '["子母泵", "排水泵"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'portable drainage') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'hydraulic submersible pump', '["液压潜水泵", "子母泵"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'hydraulic submersible pump') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'dewatering robot', '["排涝机器人"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'dewatering robot') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '移动泵车', '["移动泵站", "拖车泵"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '移动泵车') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'dry powder extinguisher', '["干粉灭火器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'dry powder extinguisher') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'dry chemical extinguisher', '["干粉灭火器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'dry chemical extinguisher') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'wheeled extinguisher', '["推车式灭火器", "推车式干粉灭火器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'wheeled extinguisher') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'trolley extinguisher', '["推车式灭火器", "推车式干粉灭火器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'trolley extinguisher') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'fog nozzle', '["喷雾水枪", "水枪"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'fog nozzle') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'deluge gun', '["消防炮", "消防水炮"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'deluge gun') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'portable fire pump', '["手抬泵", "机动泵"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'portable fire pump') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'compressed air foam', '["压缩空气泡沫"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'compressed air foam') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '推车灭火器', '["推车式灭火器", "推车式干粉灭火器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '推车灭火器') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'rescue drilling rig', '["救援钻机"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'rescue drilling rig') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'rescue drill', '["救援钻机"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'rescue drill') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'drilling rig', '["钻机"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'drilling rig') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'sand pump', '["排沙泵"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'sand pump') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'mine rescue robot', '["救援机器人", "侦测机器人"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'mine rescue robot') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'hydraulic shoring', '["液压支护"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'hydraulic shoring') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'leak sealing bag', '["堵漏袋"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'leak sealing bag') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'leak sealing kit', '["堵漏工具组"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'leak sealing kit') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'magnetic leak sealing', '["磁压堵漏", "强磁堵漏"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'magnetic leak sealing') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'decontamination tent', '["洗消帐篷"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'decontamination tent') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'decon tent', '["洗消帐篷"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'decon tent') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'decontamination shower', '["洗消帐篷", "洗消"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'decontamination shower') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'decon', '["洗消"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'decon') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'decontamination', '["洗消"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'decontamination') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'decontamination sprayer', '["洗消器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'decontamination sprayer') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'eyewash', '["洗眼液"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'eyewash') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'chemical transfer pump', '["输转泵"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'chemical transfer pump') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '堵漏气袋', '["堵漏袋"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '堵漏气袋') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'assault boat', '["冲锋舟"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'assault boat') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'outboard motor', '["舷外机", "挂机"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'outboard motor') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'outboard engine', '["舷外机", "挂机"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'outboard engine') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'pfd', '["救生衣"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'pfd') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'line thrower', '["抛投器", "抛绳"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'line thrower') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'rope launcher', '["抛投器", "抛绳"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'rope launcher') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'remote control lifebuoy', '["动力救生圈", "救生机器人"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'remote control lifebuoy') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'rescue vessel', '["救援船"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'rescue vessel') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'rescue ship', '["救援船"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'rescue ship') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '充气船', '["充气救生艇", "橡皮艇"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '充气船') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'hexacopter', '["六旋翼", "无人机"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'hexacopter') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'multicopter', '["多旋翼", "无人机"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'multicopter') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'vtol', '["垂直起降无人机"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'vtol') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'recon drone', '["侦察无人机"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'recon drone') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'firefighting drone', '["灭火无人机"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'firefighting drone') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'bambi bucket', '["吊桶"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'bambi bucket') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'rescue hoist', '["救援绞车"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'rescue hoist') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'aerial survey', '["航拍", "应急测绘"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'aerial survey') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'aerial photography', '["航拍"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'aerial photography') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'orthophoto', '["正射影像"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'orthophoto') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'backhoe', '["挖掘机"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'backhoe') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'wheel loader', '["装载机"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'wheel loader') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'hydraulic hammer', '["破碎锤"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'hydraulic hammer') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'pile driver', '["打桩机"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'pile driver') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'modular bridge', '["装配式钢桥", "钢桥"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'modular bridge') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'temporary bridge', '["装配式钢桥", "钢桥"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'temporary bridge') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'leaf blower', '["风力灭火机"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'leaf blower') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'water mist', '["细水雾"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'water mist') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'backpack pump', '["细水雾灭火机", "细水雾灭火装置"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'backpack pump') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'wildland fire pump', '["接力水泵", "森林水泵"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'wildland fire pump') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'brush cutter', '["割灌机"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'brush cutter') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'clearing saw', '["割灌机"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'clearing saw') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'snowplow', '["除雪车", "推雪铲"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'snowplow') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'salt spreader', '["撒布机", "融雪剂撒布机"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'salt spreader') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'road salt', '["融雪剂"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'road salt') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'de-icing robot', '["除冰机器人", "除冰"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'de-icing robot') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'de-icing', '["除冰"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'de-icing') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'fire drill', '["应急演练"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'fire drill') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'risk assessment', '["风险评估"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'risk assessment') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'equipment rental', '["装备租赁", "租赁"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'equipment rental') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'generator hire', '["发电车租赁", "保电"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'generator hire') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'stockpiling', '["代储", "物资代储"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'stockpiling') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'purchase order financing', '["政采贷", "订单融资"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'purchase order financing') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'accident insurance', '["意外伤害保险", "意外险"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'accident insurance') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
UPDATE `listing_specs` SET `dimension` = 'persons', `canonical_value` = `value_num` WHERE `dimension` IS NULL AND `value_num` IS NOT NULL AND trim(`unit`) IN ('人', '名');
--> statement-breakpoint
UPDATE `constraints` SET `dimension` = 'persons', `canonical_value` = `value_num`, `canonical_value2` = `value2_num` WHERE `dimension` IS NULL AND `value_num` IS NOT NULL AND trim(`unit`) IN ('人', '名');
--> statement-breakpoint
DELETE FROM `listing_fts`;
--> statement-breakpoint
DELETE FROM `demand_item_fts`;
