-- Issue 11, third round: the dictionary says which of an entry's words are the same thing and which are only related.
-- `expansions` are the same thing as the term (a search finds them, and the matcher reads them as the thing itself: ADR
-- 015); `related` words are only found by a search (ADR 021). Before, 救生圈 → 救生衣 made every life jacket 符合要求 for a
-- life-buoy demand and alerted its supplier; 卫星电话 → 卫星通信 did the same for satellite command vehicles. Each entry was
-- reviewed against what its words find in the catalogue: siblings (救生衣 for 救生圈, 抛雪机 for snow plow), broader classes
-- (无人机 for quadcopter, 热成像 for thermal camera, 甲烷 for methane detector) and parts or bare gas names move to
-- `related`, replaced where the same thing has a name. Only rows still holding exactly the shipped expansions change (an
-- admin's edit stands); a search finds what it found before.
ALTER TABLE `search_synonyms` ADD `related` text DEFAULT '[]' NOT NULL;
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["两栖"]', `related` = '["全地形车"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = 'amphibious vehicle' AND `expansions` = '["两栖", "全地形车"]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["装配式钢桥"]', `related` = '["钢桥"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = 'bailey bridge' AND `expansions` = '["装配式钢桥", "钢桥"]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["储能电站"]', `related` = '["移动储能"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = 'bess' AND `expansions` = '["储能电站", "移动储能"]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["风力灭火机"]', `related` = '["抛雪机"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = 'blower' AND `expansions` = '["风力灭火机", "抛雪机"]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["一氧化碳传感器"]', `related` = '["复合气体检测仪", "多参数气体检测仪"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = 'carbon monoxide detector' AND `expansions` = '["一氧化碳传感器", "复合气体检测仪", "多参数气体检测仪"]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["可燃气体探测器"]', `related` = '["可燃气体"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = 'combustible gas detector' AND `expansions` = '["可燃气体探测器", "可燃气体"]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["指挥帐篷", "帐篷(指挥型)"]', `related` = '["充气帐篷"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = 'command tent' AND `expansions` = '["指挥帐篷", "充气帐篷"]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["除冰机器人", "输电线路除冰装置"]', `related` = '["除冰"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = 'de-icing robot' AND `expansions` = '["除冰机器人", "除冰"]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["洗消帐篷", "淋浴洗消"]', `related` = '["洗消"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = 'decontamination shower' AND `expansions` = '["洗消帐篷", "洗消"]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["敌腐特灵"]', `related` = '["洗消器"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = 'diphoterine' AND `expansions` = '["敌腐特灵", "洗消器"]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["救灾帐篷", "棉帐篷"]', `related` = '["充气帐篷"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = 'emergency shelter' AND `expansions` = '["救灾帐篷", "棉帐篷", "充气帐篷"]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["防爆对讲机", "防爆数字对讲机"]', `related` = '["对讲机"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = 'explosion-proof radio' AND `expansions` = '["防爆对讲机", "对讲机"]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["液压破拆工具组"]', `related` = '["破拆"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = 'extrication tool' AND `expansions` = '["液压破拆工具组", "破拆"]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["园区监测", "有毒有害气体在线监测"]', `related` = '["有毒有害气体"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = 'fenceline monitoring' AND `expansions` = '["有毒有害气体", "园区监测"]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["玻璃钢冲锋舟"]', `related` = '["冲锋舟"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = 'fiberglass boat' AND `expansions` = '["玻璃钢冲锋舟", "冲锋舟"]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["玻璃钢冲锋舟"]', `related` = '["冲锋舟"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = 'fibreglass boat' AND `expansions` = '["玻璃钢冲锋舟", "冲锋舟"]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["手抬泵", "机动消防泵", "消防泵"]', `related` = '["机动泵"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = 'fire pump' AND `expansions` = '["手抬泵", "机动泵", "消防泵"]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["甲烷传感器"]', `related` = '["甲烷"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = 'firedamp detector' AND `expansions` = '["甲烷传感器", "甲烷"]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["急救培训", "救护员培训"]', `related` = '["救护员"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = 'first aid training' AND `expansions` = '["急救培训", "救护员"]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["可燃气体探测器"]', `related` = '["可燃气体"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = 'flammable gas detector' AND `expansions` = '["可燃气体探测器", "可燃气体"]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["喷雾水枪", "多功能消防水枪"]', `related` = '["水枪"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = 'fog nozzle' AND `expansions` = '["喷雾水枪", "水枪"]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["四合一气体检测仪", "复合气体检测仪"]', `related` = '["四合一"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = 'four gas detector' AND `expansions` = '["四合一", "复合气体检测仪"]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["质谱联用仪", "气相色谱-质谱联用仪"]', `related` = '["质谱"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = 'gc-ms' AND `expansions` = '["质谱联用仪", "质谱"]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["发电车租赁"]', `related` = '["保电"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = 'generator hire' AND `expansions` = '["发电车租赁", "保电"]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["六旋翼"]', `related` = '["无人机"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = 'hexacopter' AND `expansions` = '["六旋翼", "无人机"]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["液压破拆工具组"]', `related` = '["破拆"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = 'hydraulic rescue tool' AND `expansions` = '["液压破拆工具组", "破拆"]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["热成像仪"]', `related` = '["热成像"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = 'infrared camera' AND `expansions` = '["热成像仪", "热成像"]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["防爆对讲机", "防爆数字对讲机"]', `related` = '["对讲机"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = 'intrinsically safe radio' AND `expansions` = '["防爆对讲机", "对讲机"]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["可燃气体探测器"]', `related` = '["可燃气体"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = 'lel detector' AND `expansions` = '["可燃气体"]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["救生抛投器", "抛绳"]', `related` = '["抛投器"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = 'line launcher' AND `expansions` = '["抛投器", "抛绳"]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["救生抛投器", "抛绳"]', `related` = '["抛投器"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = 'line thrower' AND `expansions` = '["抛投器", "抛绳"]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["甲烷传感器"]', `related` = '["甲烷"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = 'methane detector' AND `expansions` = '["甲烷传感器", "甲烷"]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["矿灯"]', `related` = '["头灯"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = 'miner''s lamp' AND `expansions` = '["矿灯", "头灯"]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["矿灯"]', `related` = '["头灯"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = 'mining lamp' AND `expansions` = '["矿灯", "头灯"]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["装配式钢桥"]', `related` = '["钢桥"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = 'modular bridge' AND `expansions` = '["装配式钢桥", "钢桥"]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["多旋翼", "四旋翼", "六旋翼"]', `related` = '["无人机"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = 'multicopter' AND `expansions` = '["多旋翼", "无人机"]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["多旋翼", "四旋翼", "六旋翼"]', `related` = '["无人机"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = 'multirotor' AND `expansions` = '["多旋翼", "无人机"]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["VOC气体检测仪"]', `related` = '["挥发性有机物"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = 'photoionization detector' AND `expansions` = '["VOC气体检测仪", "挥发性有机物"]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["VOC气体检测仪"]', `related` = '["挥发性有机物"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = 'pid detector' AND `expansions` = '["VOC气体检测仪", "挥发性有机物"]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["手抬泵", "机动消防泵"]', `related` = '["机动泵"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = 'portable fire pump' AND `expansions` = '["手抬泵", "机动泵"]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["排烟机"]', `related` = '["轴流风机"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = 'ppv fan' AND `expansions` = '["排烟机", "轴流风机"]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["泵吸式复合气体检测仪", "泵吸式多气体检测仪"]', `related` = '["泵吸式"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = 'pump suction gas detector' AND `expansions` = '["泵吸式"]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["四旋翼"]', `related` = '["无人机"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = 'quadcopter' AND `expansions` = '["四旋翼", "无人机"]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["救生抛投器", "抛绳"]', `related` = '["抛投器"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = 'rope launcher' AND `expansions` = '["抛投器", "抛绳"]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["压缩氧自救器", "化学氧自救器"]', `related` = '["自救器"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = 'scsr' AND `expansions` = '["自救器", "压缩氧自救器", "化学氧自救器"]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["除雪车"]', `related` = '["抛雪机"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = 'snow plow' AND `expansions` = '["除雪车", "抛雪机"]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["除雪车"]', `related` = '["推雪铲"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = 'snowplough' AND `expansions` = '["除雪车", "推雪铲"]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["除雪车"]', `related` = '["推雪铲"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = 'snowplow' AND `expansions` = '["除雪车", "推雪铲"]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["装配式钢桥"]', `related` = '["钢桥"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = 'temporary bridge' AND `expansions` = '["装配式钢桥", "钢桥"]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["热成像仪"]', `related` = '["热成像"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = 'thermal camera' AND `expansions` = '["热成像仪", "热成像"]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["热成像仪"]', `related` = '["热成像"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = 'thermal imager' AND `expansions` = '["热成像仪", "热成像"]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["热成像仪"]', `related` = '["热成像"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = 'thermal imaging camera' AND `expansions` = '["热成像仪", "热成像"]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["热成像仪"]', `related` = '["热成像"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = 'tic' AND `expansions` = '["热成像仪", "热成像"]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["有毒有害气体在线监测", "有毒有害气体预警监测"]', `related` = '["有毒有害气体"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = 'toxic gas monitoring' AND `expansions` = '["有毒有害气体"]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["人员精确定位"]', `related` = '["人员定位", "UWB"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = 'uwb positioning' AND `expansions` = '["人员定位", "UWB"]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["两栖"]', `related` = '["全地形车"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = '两栖车' AND `expansions` = '["两栖", "全地形车"]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["剪扩"]', `related` = '["液压破拆"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = '剪扩钳' AND `expansions` = '["剪扩", "液压破拆"]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["卫星手持终端"]', `related` = '["卫星通信"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = '卫星电话' AND `expansions` = '["卫星手持终端", "卫星通信"]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["异向锯"]', `related` = '["切割锯"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = '双轮锯' AND `expansions` = '["异向锯", "切割锯"]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["应急电源车", "电源车"]', `related` = '["发电机组"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = '发电车' AND `expansions` = '["应急电源车", "发电机组"]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["单兵图传"]', `related` = '["自组网"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = '图传' AND `expansions` = '["单兵图传", "自组网"]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["标识卡"]', `related` = '["人员定位"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = '定位卡' AND `expansions` = '["人员定位", "标识卡"]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["直流喷雾水枪", "多功能消防水枪"]', `related` = '["水枪"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = '开花水枪' AND `expansions` = '["直流喷雾水枪", "水枪"]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["手提式干粉灭火器", "干粉灭火器(手提式)"]', `related` = '["灭火器"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = '手提灭火器' AND `expansions` = '["手提式干粉灭火器", "灭火器"]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["抛雪机"]', `related` = '["除雪车"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = '扫雪机' AND `expansions` = '["抛雪机", "除雪车"]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["除雪车"]', `related` = '["抛雪机"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = '扫雪车' AND `expansions` = '["除雪车", "抛雪机"]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["救生抛投器", "抛绳"]', `related` = '["抛投器"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = '抛绳枪' AND `expansions` = '["抛投器", "抛绳"]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["充气艇", "充气救生艇"]', `related` = '["救生艇", "冲锋舟"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = '橡皮艇' AND `expansions` = '["救生艇", "冲锋舟"]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["质谱联用仪", "气相色谱-质谱联用仪"]', `related` = '["质谱"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = '气质联用' AND `expansions` = '["质谱联用仪", "质谱"]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["质谱联用仪", "气相色谱-质谱联用仪"]', `related` = '["质谱"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = '气质联用仪' AND `expansions` = '["质谱联用仪", "质谱"]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["氧气检测"]', `related` = '["气体检测仪"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = '测氧仪' AND `expansions` = '["氧气检测", "气体检测仪"]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["可燃气体探测器"]', `related` = '["可燃气体", "复合气体检测仪"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = '测爆仪' AND `expansions` = '["可燃气体", "复合气体检测仪"]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["热成像仪"]', `related` = '["热成像"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = '热像仪' AND `expansions` = '["热成像仪", "热成像"]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["甲烷传感器"]', `related` = '["甲烷"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = '瓦检仪' AND `expansions` = '["甲烷传感器", "甲烷"]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["矿灯"]', `related` = '["头灯"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = '矿帽灯' AND `expansions` = '["矿灯", "头灯"]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["热成像仪"]', `related` = '["热成像"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = '红外热像仪' AND `expansions` = '["热成像仪", "热成像"]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["质谱联用仪", "气相色谱-质谱联用仪"]', `related` = '["质谱"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = '色质联用仪' AND `expansions` = '["质谱联用仪", "质谱"]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["装配式钢桥"]', `related` = '["钢桥"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = '贝雷桥' AND `expansions` = '["装配式钢桥", "钢桥"]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["卫星通信指挥车"]', `related` = '["指挥车"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = '通信车' AND `expansions` = '["卫星通信指挥车", "指挥车"]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '["防爆输转泵"]', `related` = '["输转泵"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = '防爆泵' AND `expansions` = '["防爆输转泵", "输转泵"]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '[]', `related` = '["摄像", "成像", "云台"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = 'camera' AND `expansions` = '["摄像", "成像", "云台"]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '[]', `related` = '["硫化氢"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = 'h2s detector' AND `expansions` = '["硫化氢"]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '[]', `related` = '["复合气体检测仪", "多参数气体检测仪"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = 'oxygen detector' AND `expansions` = '["复合气体检测仪", "多参数气体检测仪"]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '[]', `related` = '["救生艇", "橡皮艇"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = '冲锋舟' AND `expansions` = '["救生艇", "橡皮艇"]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '[]', `related` = '["救生衣"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = '救生圈' AND `expansions` = '["救生衣"]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '[]', `related` = '["避难硐室"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = '救生舱' AND `expansions` = '["救生舱", "避难硐室"]';
--> statement-breakpoint
UPDATE `search_synonyms` SET `expansions` = '[]', `related` = '["热成像"]', `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE `term` = '红外' AND `expansions` = '["热成像"]';
