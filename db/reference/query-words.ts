// Words of a search query that are not the thing asked for: disaster scenarios in the words officers and teams use
// (暴雪 for 冰雪灾害), and service words (消防, 应急) that say who uses a thing. Engines rank by them; they never require them.

/** A scenario word and the scenario codes (domain.md) it points to, the first being the one it names. */
export type ScenarioWord = { word: string; codes: readonly string[] }

/**
 * Everyday words for the scenarios of domain.md, written from the scenario labels, the provincial plans' wording and how
 * rescue teams speak; a word that covers two scenarios (内涝 is also a flood) names both. Latin words match whole words.
 */
export const SCENARIO_WORDS: readonly ScenarioWord[] = [
	// 地震地质灾害
	...['地震', '震后', '余震', '地质灾害', '滑坡', '泥石流', '山体滑坡', '崩塌', 'earthquake'].map((word) => ({ word, codes: ['earthquake_geo'] })),
	// 洪水灾害 (and the urban waterlogging that comes with it)
	...['洪水', '洪涝', '水灾', '防汛', '汛期', '抗洪', '溃堤', '决堤', '台风', 'flood', 'typhoon'].map((word) => ({ word, codes: ['flood', 'waterlogging'] })),
	// 城市内涝灾害
	...['城市内涝', '内涝', '积水', '暴雨'].map((word) => ({ word, codes: ['waterlogging', 'flood'] })),
	// 冰雪灾害
	...['冰雪灾害', '冰雪', '暴雪', '雪灾', '冰冻', '冻雨', '低温雨雪', '道路结冰', 'snow'].map((word) => ({ word, codes: ['ice_snow'] })),
	// 森林草原火灾
	...['森林草原火灾', '森林火灾', '草原火灾', '山火', '林火', '森林防火', '森林', '草原', 'wildfire', 'forest fire'].map((word) => ({ word, codes: ['forest_fire'] })),
	// 城市特殊场景火灾
	...['高层火灾', '高层建筑', '高楼', '地下空间', '大跨度', '石化火灾'].map((word) => ({ word, codes: ['urban_fire'] })),
	// 突发性大规模断气断电
	...['停电', '断电', '大面积停电', '断气', '停气', '供电中断', 'blackout', 'power outage'].map((word) => ({ word, codes: ['outage'] })),
	// 危化品安全事故
	...['危化品', '危险化学品', '化工园区', '化工', '泄漏', '化学品泄漏'].map((word) => ({ word, codes: ['hazchem'] })),
	// 矿山(隧道)安全事故
	...['矿山', '矿难', '煤矿', '井下', '隧道', '坍塌', '透水', '瓦斯爆炸'].map((word) => ({ word, codes: ['mine_tunnel'] })),
	// 紧急生命救护
	...['生命救护', '急救', '溺水', '伤员', '心脏骤停'].map((word) => ({ word, codes: ['life_rescue'] })),
	// Events that name no scenario of their own: what happened, not what is needed (车祸 破拆 asks for 破拆 tools).
	...['车祸', '交通事故', '事故现场', '火灾', '火场'].map((word) => ({ word, codes: [] })),
	// 家庭应急
	...['家庭应急', '家庭', '家用', '居家'].map((word) => ({ word, codes: ['household'] })),
]

/** Words that say who uses a thing or in which service, not what it is (消防腰斧 is a 腰斧): droppable from a query. */
export const SERVICE_WORDS: readonly string[] = ['消防员', '消防', '应急', '救援', '抢险', '救灾', '防汛']

/** A word that names a kind of equipment or service of the taxonomy (照明 → 030103), and the category codes it points to. */
export type CategoryWord = { word: string; codes: readonly string[] }

/**
 * Category words: the nouns of the taxonomy's labels (db/reference/codes.ts, including the lists in their brackets) and
 * the names teams use for them. Such a word stays a required word; documents of its categories rank above the others
 * that only contain it (a 照明 query puts lighting first, then a pump whose description mentions lighting).
 */
export const CATEGORY_WORDS: readonly CategoryWord[] = [
	// 监测预警
	...['地震监测', '地质监测', '位移监测'].map((word) => ({ word, codes: ['010101'] })),
	...['水文监测', '水位监测', '雨量监测', '气象监测', '洪涝监测', '水位计', '雨量计'].map((word) => ({ word, codes: ['010102'] })),
	...['火险监测'].map((word) => ({ word, codes: ['010103'] })),
	...['气体检测', '气体检测仪', '气体报警', '检测仪', '报警仪'].map((word) => ({ word, codes: ['010201', '010204'] })),
	...['火灾探测', '火灾报警', '火灾报警器', '烟感', '感烟探测器'].map((word) => ({ word, codes: ['010202'] })),
	...['矿山监测', '安全监控', '人员定位'].map((word) => ({ word, codes: ['010203'] })),
	...['泄漏监测', '环境监测'].map((word) => ({ word, codes: ['010204'] })),
	// 个体防护, 设备设施防护
	...['呼吸防护', '呼吸器', '空气呼吸器', '氧气呼吸器', '防毒面具', '面具'].map((word) => ({ word, codes: ['020101'] })),
	...['防护服', '防化服', '隔热服', '避火服', '战斗服', '防护服装'].map((word) => ({ word, codes: ['020102'] })),
	...['头盔', '安全帽', '面罩', '护目镜', '耳罩', '听觉防护'].map((word) => ({ word, codes: ['020103'] })),
	...['坠落防护', '安全带', '安全绳', '救生绳', '绳索', '速差器', '防坠器'].map((word) => ({ word, codes: ['020104'] })),
	...['自救器', '逃生', '逃生装备'].map((word) => ({ word, codes: ['020105'] })),
	...['防爆设备', '本安'].map((word) => ({ word, codes: ['020201'] })),
	...['避难舱', '救生舱', '避难硐室'].map((word) => ({ word, codes: ['020202'] })),
	// 现场保障
	...['电源', '发电', '发电机', '发电机组', '发电设备', '储能', '应急电源'].map((word) => ({ word, codes: ['030101'] })),
	...['通信', '通讯', '指挥', '对讲机', '卫星电话', '卫星通信'].map((word) => ({ word, codes: ['030102'] })),
	...['照明', '照明灯', '照明设备', '灯具', '照明车'].map((word) => ({ word, codes: ['030103'] })),
	...['帐篷', '炊事', '净水', '后勤', '野营'].map((word) => ({ word, codes: ['030104'] })),
	...['特种车辆', '应急车辆', '专用车'].map((word) => ({ word, codes: ['030105'] })),
	// 生命救护
	...['生命探测', '生命探测仪', '探测仪'].map((word) => ({ word, codes: ['030201'] })),
	...['破拆', '破拆工具', '支撑', '扩张器', '剪切器', '顶杆'].map((word) => ({ word, codes: ['030202'] })),
	...['担架', '急救', '急救箱', '转运', '除颤仪'].map((word) => ({ word, codes: ['030203'] })),
	// 抢险救援
	...['排水', '排涝', '排水泵', '水泵', '抽水'].map((word) => ({ word, codes: ['030301'] })),
	...['灭火', '灭火器', '灭火装备', '水枪', '水带', '泡沫'].map((word) => ({ word, codes: ['030302', '030308'] })),
	...['矿山救援', '隧道救援'].map((word) => ({ word, codes: ['030303'] })),
	...['堵漏', '洗消', '输转', '危化品处置'].map((word) => ({ word, codes: ['030304'] })),
	...['水上救援', '水域救援', '舟艇', '冲锋舟', '橡皮艇', '救生衣', '救生圈', '救生艇'].map((word) => ({ word, codes: ['030305'] })),
	...['航空救援', '直升机', '无人机'].map((word) => ({ word, codes: ['030306'] })),
	...['工程机械', '挖掘机', '装载机', '推土机'].map((word) => ({ word, codes: ['030307'] })),
	...['森林灭火', '风力灭火机', '灭火机'].map((word) => ({ word, codes: ['030308'] })),
	...['除冰', '融雪', '除雪', '融雪剂', '撒布'].map((word) => ({ word, codes: ['030309'] })),
	// 应急服务
	...['培训', '演练', '评估', '安全评估'].map((word) => ({ word, codes: ['0401'] })),
	...['救援服务', '社会化救援'].map((word) => ({ word, codes: ['0402'] })),
	...['物流', '租赁', '仓储'].map((word) => ({ word, codes: ['0403'] })),
	...['保险', '金融', '融资'].map((word) => ({ word, codes: ['0404'] })),
]
