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
