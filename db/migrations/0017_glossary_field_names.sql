-- Issue 11, third round: the field's glossary grows again (source `glossary`), written from the domain for every kind of
-- equipment and service in the catalogue: the colloquial and trade names practitioners use (防火服, 船挂机, 吹风机 for the
-- forest blower, 铲担, 帽灯), abbreviations (空呼器, 垂起无人机, rtls, cofdm) and English names with British and American
-- variants (life ring, snow plough / snow thrower, strimmer, fire hose nozzle). Only the same thing, never a sibling or a
-- related product (the matcher reads an expansion as the same thing: ADR 015); things nobody lists have no entry, so a
-- query for them stays empty. Every expansion occurs in at least one demo listing. Inserted once, as in 0012 and 0014: an
-- entry with the same term (in any case) is kept as it is (an admin's edit or deletion stands).
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '北斗监测站', '["位移监测站", "形变监测站"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '北斗监测站') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '地震预警器', '["地震预警接收终端", "地震预警信息发布终端"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '地震预警器') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'earthquake warning receiver', '["地震预警接收终端", "地震预警信息发布终端"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'earthquake warning receiver') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '雨量器', '["雨量计"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '雨量器') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '水位传感器', '["水位计"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '水位传感器') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '雷达测速枪', '["电波流速仪"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '雷达测速枪') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '测流仪', '["流速仪"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '测流仪') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '内涝监测', '["积水监测"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '内涝监测') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '林火监控', '["双光谱监控云台", "热成像视频监测"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '林火监控') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'wildfire camera', '["双光谱监控云台", "热成像视频监测"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'wildfire camera') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '火险站', '["火险因子监测站"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '火险站') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'fire weather station', '["火险因子监测站"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'fire weather station') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '侦检仪', '["气体检测仪"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '侦检仪') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '有毒气体检测仪', '["复合气体检测仪", "多气体检测仪"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '有毒气体检测仪') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '气体报警仪', '["气体检测仪"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '气体报警仪') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '可燃气体探头', '["可燃气体探测器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '可燃气体探头') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '硫化氢检测仪', '["复合气体检测仪", "四合一"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '硫化氢检测仪') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '光离子化检测仪', '["VOC气体检测仪"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '光离子化检测仪') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'voc检测仪', '["VOC气体检测仪"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'voc检测仪') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'four-gas monitor', '["四合一", "复合气体检测仪"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'four-gas monitor') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '烟感探头', '["感烟火灾探测器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '烟感探头') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '烟感报警器', '["烟雾报警器", "感烟火灾探测报警器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '烟感报警器') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '家用烟感', '["家用独立式烟雾报警器", "独立式光电感烟"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '家用烟感') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'photoelectric smoke detector', '["光电感烟"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'photoelectric smoke detector') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '火焰探头', '["火焰探测器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '火焰探头') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'ir flame detector', '["红外火焰探测器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'ir flame detector') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '火灾报警主机', '["报警主机"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '火灾报警主机') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'fire alarm controller', '["报警主机"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'fire alarm controller') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '瓦斯探头', '["甲烷传感器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '瓦斯探头') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '瓦斯传感器', '["甲烷传感器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '瓦斯传感器') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '一氧化碳探头', '["一氧化碳传感器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '一氧化碳探头') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'mine gas detector', '["多参数气体测定器", "多参数气体检测仪"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'mine gas detector') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'rtls', '["人员精确定位"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'rtls') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '红外测温枪', '["红外测温仪"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '红外测温枪') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '点温枪', '["红外测温仪"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '点温枪') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'non-contact thermometer', '["红外测温仪"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'non-contact thermometer') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '水质分析仪', '["水质应急监测仪", "水质检测"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '水质分析仪') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'gcms', '["质谱联用仪"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'gcms') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '红外气体成像仪', '["气体成像", "泄漏红外成像仪"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '红外气体成像仪') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '泄漏成像仪', '["泄漏红外成像仪", "气体成像"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '泄漏成像仪') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'plume modelling', '["扩散模拟"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'plume modelling') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '空气呼吸机', '["空气呼吸器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '空气呼吸机') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '空呼器', '["空气呼吸器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '空呼器') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '自给式呼吸器', '["空气呼吸器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '自给式呼吸器') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'compressed air breathing apparatus', '["空气呼吸器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'compressed air breathing apparatus') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'scba mask', '["空气呼吸器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'scba mask') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '氧呼器', '["氧气呼吸器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '氧呼器') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '闭路呼吸器', '["氧气呼吸器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '闭路呼吸器') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '长管面具', '["长管呼吸器", "长管空气呼吸器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '长管面具') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'airline breathing apparatus', '["长管空气呼吸器", "移动供气源"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'airline breathing apparatus') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '碳瓶', '["碳纤维气瓶"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '碳瓶') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '毒气面具', '["防毒面具"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '毒气面具') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '滤毒盒', '["滤毒罐"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '滤毒盒') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'full-face respirator', '["全面罩", "防毒面具"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'full-face respirator') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'air purifying respirator', '["过滤式防毒面具"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'air purifying respirator') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '防火服', '["避火防护服", "隔热防护服"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '防火服') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '铝箔服', '["镀铝", "proximity suit"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '铝箔服') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '高温防护服', '["镀铝", "proximity suit"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '高温防护服') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'fire proximity suit', '["镀铝", "proximity suit"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'fire proximity suit') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '穿火服', '["避火防护服"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '穿火服') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '消防战斗服', '["战斗服", "turnout gear"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '消防战斗服') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '防化衣', '["防化服", "化学防护服"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '防化衣') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '全封闭防化服', '["一级防化", "全封闭"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '全封闭防化服') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'a级防化服', '["一级防化", "全封闭"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'a级防化服') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'b级防化服', '["二级防化", "二级化学防护服"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'b级防化服') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'vapour protective suit', '["一级防化", "全封闭"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'vapour protective suit') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '绝缘防护服', '["电绝缘装具"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '绝缘防护服') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '电绝缘服', '["电绝缘装具"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '电绝缘服') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'wildland fire suit', '["扑火服"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'wildland fire suit') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '消防帽', '["灭火防护头盔", "fire helmet"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '消防帽') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '林火头盔', '["森林消防头盔"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '林火头盔') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '防噪音耳罩', '["防噪声耳罩"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '防噪音耳罩') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '防坠绳', '["防坠落安全绳"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '防坠绳') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'lifeline', '["安全绳"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'lifeline') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '全身安全带', '["全身式安全带"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '全身安全带') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'safety harness', '["全身式安全带"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'safety harness') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '消防腰带', '["安全腰带"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '消防腰带') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '速差防坠器', '["速差自控器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '速差防坠器') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'retractable lanyard', '["速差自控器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'retractable lanyard') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '井口三脚架', '["救援三脚架"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '井口三脚架') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '氧气自救器', '["压缩氧自救器", "化学氧自救器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '氧气自救器') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '生氧自救器', '["化学氧自救器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '生氧自救器') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'oxygen self-rescuer', '["压缩氧自救器", "化学氧自救器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'oxygen self-rescuer') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '防烟头罩', '["防烟面罩", "自救呼吸器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '防烟头罩') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '火灾面具', '["火灾逃生面具"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '火灾面具') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '逃生呼吸器', '["自救呼吸器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '逃生呼吸器') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'fire escape mask', '["防烟面罩", "自救呼吸器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'fire escape mask') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'smoke mask', '["防烟面罩", "自救呼吸器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'smoke mask') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '高楼逃生器', '["缓降器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '高楼逃生器') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '地震应急包', '["应急包", "应急物资储备包"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '地震应急包') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'bug out bag', '["应急包", "应急物资储备包"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'bug out bag') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '防爆电筒', '["防爆手电"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '防爆电筒') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '本安对讲机', '["防爆对讲机", "防爆数字对讲机"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '本安对讲机') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '防爆手台', '["防爆对讲机", "防爆数字对讲机"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '防爆手台') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '防爆风机', '["防爆轴流风机", "防爆型移动式排烟机"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '防爆风机') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'intrinsically safe flashlight', '["防爆手电"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'intrinsically safe flashlight') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '避险舱', '["可移动式救生舱"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '避险舱') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '避险硐室', '["避难硐室"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '避险硐室') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'refuge alternative', '["可移动式救生舱", "避难硐室"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'refuge alternative') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '隧道逃生管', '["逃生管道"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '隧道逃生管') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '静音发电机', '["静音型柴油发电机组"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '静音发电机') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'silent generator', '["静音型柴油发电机组"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'silent generator') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'standby generator', '["柴油发电机组"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'standby generator') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '保电车', '["电源车"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '保电车') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '供电车', '["电源车"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '供电车') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'emergency power vehicle', '["电源车"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'emergency power vehicle') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '便携电源', '["储能电源"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '便携电源') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '太阳能发电机', '["储能电源"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '太阳能发电机') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'power bank station', '["储能电源"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'power bank station') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '储能集装箱', '["储能电站"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '储能集装箱') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'energy storage container', '["储能电站"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'energy storage container') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'ups电源', '["不间断电源"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'ups电源') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '不停电电源', '["不间断电源"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '不停电电源') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '卫星便携站', '["卫星站"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '卫星便携站') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '卫星锅', '["卫星站"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '卫星锅') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '卫星小站', '["卫星站"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '卫星小站') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '卫星车', '["卫星通信指挥车"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '卫星车') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '卫星指挥车', '["卫星通信指挥车"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '卫星指挥车') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'mobile command center', '["指挥车"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'mobile command center') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '卫星手机', '["卫星电话"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '卫星手机') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '天通电话', '["天通卫星"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '天通电话') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'mesh电台', '["自组网"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'mesh电台') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'mesh radio', '["自组网"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'mesh radio') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'cofdm', '["单兵图传"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'cofdm') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '单兵终端', '["单兵自组网"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '单兵终端') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '高音喇叭', '["应急广播"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '高音喇叭') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '预警广播', '["应急广播"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '预警广播') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '远射灯', '["探照灯"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '远射灯') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '升降照明灯', '["照明灯塔", "泛光工作灯"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '升降照明灯') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '移动灯塔', '["照明灯塔"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '移动灯塔') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'light mast', '["照明灯塔"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'light mast') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '系留照明', '["高空照明"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '系留照明') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '照明无人机', '["系留无人机"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '照明无人机') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '位置灯', '["方位灯"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '位置灯') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '帽灯', '["矿灯", "头灯"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '帽灯') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '矿工灯', '["矿灯"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '矿工灯') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '安置帐篷', '["救灾帐篷"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '安置帐篷') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '民政帐篷', '["救灾帐篷"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '民政帐篷') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '防寒帐篷', '["棉帐篷"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '防寒帐篷') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '气柱帐篷', '["充气帐篷"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '气柱帐篷') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'air beam tent', '["充气帐篷"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'air beam tent') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '野炊车', '["炊事车"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '野炊车') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '厨房车', '["炊事车"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '厨房车') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '移动厨房', '["炊事车"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '移动厨房') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '水处理设备', '["净水设备"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '水处理设备') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'ro unit', '["反渗透"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'ro unit') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '铰接履带车', '["全地形车"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '铰接履带车') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'bv206', '["全地形车"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'bv206') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'fire appliance', '["消防车"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'fire appliance') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '抢险车', '["抢险救援消防车"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '抢险车') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'rescue tender', '["抢险救援消防车"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'rescue tender') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '危化救援车', '["化学救援车"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '危化救援车') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '生命仪', '["生命探测仪"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '生命仪') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '雷达生命探测仪', '["雷达式"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '雷达生命探测仪') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '生命雷达', '["雷达式"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '生命雷达') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '电子蛇眼', '["蛇眼"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '电子蛇眼') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '红外生命探测仪', '["红外热成像生命探测仪"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '红外生命探测仪') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '红外成像仪', '["热成像仪", "热成像生命探测仪"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '红外成像仪') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '消防热像仪', '["热成像仪"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '消防热像仪') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'flir', '["热成像仪", "热成像生命探测仪"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'flir') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '切割机', '["切割锯"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '切割机') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '反向锯', '["异向锯"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '反向锯') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'twin blade saw', '["异向锯"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'twin blade saw') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '破门工具', '["破拆工具", "腰斧"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '破门工具') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '液压剪', '["剪切器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '液压剪') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '液压扩张器', '["扩张器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '液压扩张器') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '剪扩器', '["剪扩"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '剪扩器') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'hydraulic shears', '["剪切器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'hydraulic shears') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '电动剪扩钳', '["电动液压剪扩钳"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '电动剪扩钳') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'cordless rescue tool', '["电动液压剪扩钳"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'cordless rescue tool') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '顶撑', '["顶杆"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '顶撑') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '液压撑杆', '["顶杆"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '液压撑杆') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'telescopic ram', '["顶杆"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'telescopic ram') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'belt axe', '["腰斧"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'belt axe') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '气动支撑杆', '["气动救援支撑系统"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '气动支撑杆') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'trench shoring', '["rescue struts"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'trench shoring') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '顶升气垫', '["起重气垫"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '顶升气垫') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '高压气垫', '["起重气垫"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '高压气垫') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'lifting airbag', '["起重气垫"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'lifting airbag') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '自动除颤仪', '["自动体外除颤器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '自动除颤仪') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '体外除颤仪', '["体外除颤器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '体外除颤仪') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '铲担', '["铲式担架"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '铲担') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '篮式担架', '["篮式救援担架"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '篮式担架') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'rescue basket', '["篮式救援担架"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'rescue basket') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'orthopedic stretcher', '["铲式担架"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'orthopedic stretcher') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '真空担架', '["负压担架"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '真空担架') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '急救呼吸机', '["呼吸机"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '急救呼吸机') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '便携呼吸机', '["呼吸机"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '便携呼吸机') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'portable ventilator', '["呼吸机"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'portable ventilator') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '复苏器', '["苏生器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '复苏器') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '氧气苏生器', '["苏生器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '氧气苏生器') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '急救包', '["急救箱"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '急救包') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '医药箱', '["急救箱"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '医药箱') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '污水泵', '["排污泵"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '污水泵') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '潜水电泵', '["潜水泵"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '潜水电泵') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '排水机器人', '["排涝机器人"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '排水机器人') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '排涝泵车', '["排水抢险车"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '排涝泵车') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'dewatering truck', '["排水抢险车"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'dewatering truck') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '灭火瓶', '["灭火器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '灭火瓶') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '灭火筒', '["灭火器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '灭火筒') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'portable extinguisher', '["手提式干粉灭火器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'portable extinguisher') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'abc extinguisher', '["干粉灭火器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'abc extinguisher') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '水枪头', '["水枪"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '水枪头') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'fire hose nozzle', '["水枪"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'fire hose nozzle') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'combination nozzle', '["直流喷雾水枪", "多功能消防水枪"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'combination nozzle') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '移动炮', '["移动式消防水炮"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '移动炮') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '遥控水炮', '["遥控炮"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '遥控水炮') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'portable monitor', '["移动式消防水炮"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'portable monitor') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '压缩泡沫', '["压缩空气泡沫"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '压缩泡沫') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'foam backpack', '["背负式压缩空气泡沫灭火装置"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'foam backpack') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'fire robot', '["消防机器人"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'fire robot') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'drill rig', '["救援钻机"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'drill rig') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '井下机器人', '["灾区侦测"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '井下机器人') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '煤矿机器人', '["灾区侦测"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '煤矿机器人') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'mine robot', '["mine rescue robot"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'mine robot') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '液压支柱', '["液压支护"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '液压支柱') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '泥沙泵', '["排沙泵"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '泥沙泵') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'mine pump', '["mine dewatering pump"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'mine pump') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'flameproof pump', '["隔爆型潜水排沙电泵"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'flameproof pump') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '堵漏气垫', '["气动堵漏袋"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '堵漏气垫') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '磁力堵漏', '["磁压堵漏"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '磁力堵漏') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'leak plugging', '["堵漏工具", "气动堵漏袋"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'leak plugging') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '洗消棚', '["洗消帐篷"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '洗消棚') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'mass decontamination', '["公众洗消"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'mass decontamination') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '倒罐泵', '["输转泵"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '倒罐泵') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '救生船', '["救生艇", "救援船"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '救生船') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '充气艇', '["充气救生艇", "充气式橡皮艇"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '充气艇') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'zodiac', '["橡皮艇"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'zodiac') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'rubber dinghy', '["橡皮艇"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'rubber dinghy') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'flood boat', '["冲锋舟"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'flood boat') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '救助船', '["救援船"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '救助船') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '搜救船', '["救援船"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '搜救船') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '船挂机', '["舷外机"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '船挂机') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'outboard', '["舷外机"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'outboard') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '浮力背心', '["救生衣"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '浮力背心') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'flotation vest', '["救生衣"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'flotation vest') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'swiftwater pfd', '["水域救援救生衣"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'swiftwater pfd') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '电动救生圈', '["动力救生圈"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '电动救生圈') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'emily', '["动力救生圈"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'emily') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'robotic lifebuoy', '["动力救生圈"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'robotic lifebuoy') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'life buoy', '["动力救生圈"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'life buoy') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'life ring', '["动力救生圈"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'life ring') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '射绳枪', '["救生抛投器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '射绳枪') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'line throwing apparatus', '["救生抛投器"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'line throwing apparatus') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '垂起无人机', '["垂直起降无人机"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '垂起无人机') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'hybrid vtol', '["复合翼"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'hybrid vtol') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '机载绞车', '["救援绞车"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '机载绞车') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'rescue winch', '["救援绞车"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'rescue winch') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'helicopter winch', '["直升机救援绞车"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'helicopter winch') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'heli bucket', '["吊桶"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'heli bucket') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '炮机', '["破碎锤"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '炮机') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '无人挖掘机', '["遥控挖掘机"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '无人挖掘机') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'remote excavator', '["遥控挖掘机"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'remote excavator') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '应急桥', '["装配式钢桥"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '应急桥') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'panel bridge', '["装配式钢桥"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'panel bridge') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '打桩器', '["打桩机"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '打桩器') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'post driver', '["打桩机"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'post driver') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '吹风机', '["风力灭火机"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '吹风机') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '风力灭火器', '["风力灭火机"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '风力灭火器') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'fire blower', '["风力灭火机"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'fire blower') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'water mist backpack', '["细水雾"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'water mist backpack') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '高扬程泵', '["森林消防接力水泵"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '高扬程泵') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'forestry pump', '["森林水泵"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'forestry pump') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '汽油锯', '["油锯"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '汽油锯') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '割草机', '["割灌机"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '割草机') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'strimmer', '["割灌机"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'strimmer') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'string trimmer', '["割灌机"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'string trimmer') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '消防坦克', '["履带式森林消防车"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '消防坦克') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'tracked fire truck', '["履带式森林消防车"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'tracked fire truck') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'forest fire truck', '["森林消防车"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'forest fire truck') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '吹雪机', '["抛雪机"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '吹雪机') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '清雪车', '["除雪车"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '清雪车') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'snow thrower', '["抛雪机"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'snow thrower') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'snow plough', '["除雪车"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'snow plough') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '撒盐机', '["融雪剂撒布机"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '撒盐机') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'salt truck', '["撒布机"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'salt truck') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'grit spreader', '["撒布机"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'grit spreader') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '地灾评估', '["风险评估"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '地灾评估') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '通讯保障', '["通信保障"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '通讯保障') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'drone mapping', '["应急测绘"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'drone mapping') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'temporary power', '["临时供电"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'temporary power') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'tent rental', '["帐篷租赁"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'tent rental') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'first set insurance', '["首台套"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'first set insurance') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '安全责任险', '["安全生产责任保险"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '安全责任险') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'work safety insurance', '["安全生产责任保险"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'work safety insurance') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'group accident insurance', '["团体意外伤害保险"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'group accident insurance') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '信用贷', '["信用贷款"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '信用贷') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '中标贷', '["政采贷"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '中标贷') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '订单贷', '["订单融资"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '订单贷') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT '设备分期', '["分期贷款"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = '设备分期') ON CONFLICT(`term`) DO NOTHING;
--> statement-breakpoint
INSERT INTO `search_synonyms` (`term`, `expansions`, `source`) SELECT 'installment loan', '["分期贷款"]', 'glossary' WHERE NOT EXISTS (SELECT 1 FROM `search_synonyms` WHERE lower(`term`) = 'installment loan') ON CONFLICT(`term`) DO NOTHING;
