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
	...['地震', '震后', '余震', '地质灾害', '滑坡', '泥石流', '山体滑坡', '崩塌', '地面塌陷', '房屋倒塌', 'earthquake'].map((word) => ({ word, codes: ['earthquake_geo'] })),
	// 洪水灾害 (and the urban waterlogging that comes with it)
	...['洪水', '洪涝', '水灾', '防汛', '汛期', '抗洪', '溃堤', '决堤', '决口', '管涌', '山洪', '台风', 'flood', 'typhoon'].map((word) => ({ word, codes: ['flood', 'waterlogging'] })),
	// 城市内涝灾害
	...['城市内涝', '内涝', '积水', '城市积水', '暴雨'].map((word) => ({ word, codes: ['waterlogging', 'flood'] })),
	// 冰雪灾害
	...['冰雪灾害', '冰雪', '暴雪', '雪灾', '冰冻', '冻雨', '冰灾', '凝冻', '覆冰', '寒潮', '低温雨雪', '低温雨雪冰冻', '道路结冰', 'snow'].map((word) => ({ word, codes: ['ice_snow'] })),
	// 森林草原火灾
	...['森林草原火灾', '森林火灾', '草原火灾', '草原火', '山火', '林火', '森林防火', '森林', '草原', 'wildfire', 'forest fire'].map((word) => ({ word, codes: ['forest_fire'] })),
	// 城市特殊场景火灾
	...['高层火灾', '高层建筑', '高楼', '地下空间', '大跨度', '石化火灾'].map((word) => ({ word, codes: ['urban_fire'] })),
	// 突发性大规模断气断电
	...['停电', '断电', '大面积停电', '断气', '停气', '供电中断', 'blackout', 'power outage'].map((word) => ({ word, codes: ['outage'] })),
	// 危化品安全事故
	...['危化品', '危险化学品', '化工园区', '化工厂', '化工', '泄漏', '化学品泄漏', '毒气泄漏', '槽车泄漏'].map((word) => ({ word, codes: ['hazchem'] })),
	// 矿山(隧道)安全事故
	...['矿山', '矿难', '煤矿', '井下', '隧道', '坍塌', '透水', '冒顶', '瓦斯爆炸', '煤与瓦斯突出'].map((word) => ({ word, codes: ['mine_tunnel'] })),
	// 紧急生命救护
	...['生命救护', '急救', '伤员', '心脏骤停'].map((word) => ({ word, codes: ['life_rescue'] })),
	// Two scenarios at once: a landslide lake (地震地质灾害, then a flood), a collapse above or below ground, a storage-tank
	// fire at a chemical site, towers and lines brought down by ice, an e-bike fire at home.
	{ word: '堰塞湖', codes: ['earthquake_geo', 'flood'] },
	{ word: '塌方', codes: ['earthquake_geo', 'mine_tunnel'] },
	{ word: '储罐火灾', codes: ['hazchem', 'urban_fire'] },
	{ word: '倒塔断线', codes: ['outage', 'ice_snow'] },
	{ word: '电动车起火', codes: ['urban_fire', 'household'] },
	// Events that name no scenario of their own: what happened, not what is needed (车祸 破拆 asks for 破拆 tools; 抗旱 供水
	// asks for water supply, and no scenario of domain.md is a drought; 断网 通信 asks for communications; 化工厂爆炸 洗消 for 洗消).
	...['车祸', '交通事故', '事故现场', '火灾', '火场', '爆炸', '爆燃', '起火', '着火', '抗旱', '干旱', '旱灾', '断网', '通信中断'].map((word) => ({ word, codes: [] })),
	// 家庭应急
	...['家庭应急', '家庭', '家用', '居家'].map((word) => ({ word, codes: ['household'] })),
]

/** Words that say who uses a thing or in which service, not what it is (消防腰斧 is a 腰斧): droppable from a query. */
export const SERVICE_WORDS: readonly string[] = ['消防员', '消防', '应急', '救援', '抢险', '救灾', '防汛']

/**
 * A word that names a kind of equipment or service of the taxonomy (照明 → 030103), and the category codes it points to.
 * `whole`: the word names the whole category (船 for 水上救援装备, 照明 for 应急照明设备), so it is indexed with every
 * document of those categories and finds them even when their own text does not say it (a 冲锋舟 is a 船). The others
 * name one kind of thing inside the category (冲锋舟, 灭火器): they only rank the category first.
 */
export type CategoryWord = { word: string; codes: readonly string[]; whole?: true }

const whole = (codes: readonly string[], words: readonly string[]): CategoryWord[] => words.map((word) => ({ word, codes, whole: true }))
const some = (codes: readonly string[], words: readonly string[]): CategoryWord[] => words.map((word) => ({ word, codes }))

/**
 * Category words: the nouns of the taxonomy's labels (db/reference/codes.ts, including the lists in their brackets), the
 * tasks they serve (搜救, 扑救, 安置) and the names teams use for them. Such a word stays a required word; documents of its
 * categories rank above the others that only contain it (a 照明 query puts lighting first, then a pump whose description
 * mentions lighting).
 */
export const CATEGORY_WORDS: readonly CategoryWord[] = [
	// 监测预警
	...whole(['010101'], ['地震监测', '地质监测', '地灾监测', '地质灾害监测']),
	...some(['010101'], ['位移监测']),
	...whole(['010102'], ['水文监测', '气象监测', '洪涝监测', '水情监测', '防汛监测']),
	...some(['010102'], ['水位监测', '雨量监测', '水位计', '雨量计']),
	...whole(['010103'], ['火险监测', '林火监测', '森林防火监测']),
	...whole(['010201', '010204'], ['气体检测', '气体报警', '气体监测']),
	...some(['010201', '010204'], ['气体检测仪', '检测仪', '报警仪']),
	...whole(['010202'], ['火灾探测', '火灾报警', '火灾自动报警']),
	...some(['010202'], ['火灾报警器', '烟感', '感烟探测器']),
	...whole(['010203'], ['矿山监测', '安全监控', '矿山安全监控']),
	...some(['010203'], ['人员定位']),
	...whole(['010204'], ['泄漏监测', '环境监测']),
	// 个体防护, 设备设施防护
	...whole(['020101'], ['呼吸防护', '呼吸防护装备']),
	...some(['020101'], ['呼吸器', '空气呼吸器', '氧气呼吸器', '防毒面具', '面具']),
	...whole(['020102'], ['防护服', '防护服装', '躯体防护']),
	...some(['020102'], ['防化服', '隔热服', '避火服', '战斗服']),
	...whole(['020103'], ['头部防护', '面部防护', '听觉防护']),
	...some(['020103'], ['头盔', '安全帽', '面罩', '护目镜', '耳罩']),
	...whole(['020104'], ['坠落防护', '防坠落']),
	...some(['020104'], ['安全带', '安全绳', '救生绳', '绳索', '速差器', '防坠器']),
	...whole(['020105'], ['逃生', '逃生装备', '逃生器材']),
	...some(['020105'], ['自救器']),
	...whole(['020201'], ['防爆设备', '本安', '本质安全']),
	...whole(['020202'], ['避难设施', '避险设施']),
	...some(['020202'], ['避难舱', '救生舱', '避难硐室']),
	// 现场保障
	...whole(['030101'], ['电源', '发电', '发电设备', '应急电源', '供电', '供电设备']),
	...some(['030101'], ['发电机', '发电机组', '储能']),
	...whole(['030102'], ['通信', '通讯', '通信设备', '应急通信']),
	...some(['030102'], ['指挥', '对讲机', '卫星电话', '卫星通信']),
	...whole(['030103'], ['照明', '照明设备', '灯具']),
	...some(['030103'], ['照明灯', '照明车']),
	...whole(['030104'], ['后勤', '后勤保障', '野营', '安置', '生活保障']),
	...some(['030104'], ['帐篷', '炊事', '净水']),
	...whole(['030105'], ['特种车辆', '应急车辆', '救援车辆']),
	...some(['030105'], ['专用车']),
	// 生命救护
	...whole(['030201'], ['生命探测']),
	...some(['030201'], ['生命探测仪', '探测仪']),
	...whole(['030201', '030202'], ['搜救', '搜索救援']),
	...whole(['030202'], ['破拆', '破拆工具', '支撑']),
	...some(['030202'], ['扩张器', '剪切器', '顶杆']),
	...whole(['030203'], ['急救', '医疗急救', '转运']),
	...some(['030203'], ['担架', '急救箱', '除颤仪']),
	// 抢险救援
	...whole(['030301'], ['排水', '排涝', '抽水', '排水设备']),
	...some(['030301'], ['排水泵', '水泵']),
	...whole(['030302', '030308'], ['灭火', '灭火装备', '扑救', '灭火救援']),
	...some(['030302', '030308'], ['灭火器', '水枪', '水带', '泡沫']),
	...whole(['030303'], ['矿山救援', '隧道救援', '矿山救护']),
	...whole(['030304'], ['危化品处置', '化学救援']),
	...some(['030304'], ['堵漏', '洗消', '输转']),
	...whole(['030305'], ['水上救援', '水域救援', '舟艇', '船', '船只', '救生器材', '水上救生', '溺水']),
	...some(['030305'], ['冲锋舟', '橡皮艇', '救生衣', '救生圈', '救生艇']),
	...whole(['030306'], ['航空救援', '航空', '空中救援']),
	...some(['030306'], ['直升机', '无人机']),
	...whole(['030307'], ['工程机械', '工程抢险', '重型机械']),
	...some(['030307'], ['挖掘机', '装载机', '推土机']),
	...whole(['030308'], ['森林灭火', '扑火']),
	...some(['030308'], ['风力灭火机', '灭火机']),
	...whole(['030309'], ['除冰', '融雪', '除雪', '清雪', '冰雪处置']),
	...some(['030309'], ['融雪剂', '撒布']),
	// 应急服务
	...some(['0401'], ['培训', '演练', '评估', '安全评估']),
	...whole(['0402'], ['救援服务', '社会化救援']),
	...some(['0403'], ['物流', '租赁', '仓储']),
	...whole(['0404'], ['金融', '金融服务']),
	...some(['0404'], ['保险', '融资', '贷款']),
]

/**
 * What the last word of a thing's name may be when a query names its class by one word: a 船 is any boat, so 充气救生艇
 * and 冲锋舟 end in a 船 word while 船用救生衣 only starts with one. Read by the title-head ranking signal (search/query.ts
 * titleHeads, queryHead).
 */
export const HEAD_FORMS: ReadonlyMap<string, readonly string[]> = new Map([
	['船', ['船', '艇', '舟']],
	['艇', ['艇', '舟', '船']],
	['舟', ['舟', '艇', '船']],
	['船只', ['船', '艇', '舟']],
	['舟艇', ['船', '艇', '舟']],
	['船艇', ['船', '艇', '舟']],
	['boat', ['船', '艇', '舟']],
])

/**
 * The whole-category words of a category code and its ancestors (030305 → 船, 舟艇 …): what the search documents add to
 * their category text.
 */
export function wholeCategoryWords(code: string | null | undefined): readonly string[] {
	if (!code) return []
	let words = WHOLE_BY_CODE.get(code)
	if (!words) {
		words = CATEGORY_WORDS.filter((c) => c.whole && c.codes.some((x) => code.startsWith(x))).map((c) => c.word)
		if (WHOLE_BY_CODE.size < 1_000) WHOLE_BY_CODE.set(code, words)
	}
	return words
}
const WHOLE_BY_CODE = new Map<string, readonly string[]>()

/**
 * Attribute words (区别词): how a thing is powered, carried, sized or meant to be used (备用, 气动, 便携式, 车载, 重型, 多功能),
 * not what it is. A query that finds nothing with them may drop them, as it drops service words and sizes: 气动救生抛投器
 * finds the 救生抛投器 when nobody lists a pneumatic one, and those that are come first. Properties that decide whether a thing
 * may be used at all (防爆, 本安, 阻燃) are not among them.
 */
export const ATTRIBUTE_WORDS: readonly string[] = [
	'备用', '专用', '通用', '气动', '电动', '手动', '手持', '手提', '背负', '背负式', '便携', '便携式', '车载', '车载式', '推车', '推车式',
	'拖车式', '手抬', '手抬式', '移动式', '固定式', '轻型', '重型', '中型', '大型', '小型', '微型', '轻便', '轻量化', '多功能', '新型',
	'智能', '全自动', '半自动', '数字', '数字式', '简易', '折叠', '折叠式', '可折叠', '充电式', '锂电', '无线', '一体式', '一体化',
	'组合式', '高性能', '高效', '加强型', '标准型', '经济型', '国产', '进口', '式',
]

/**
 * Names of a spec (载重, 续航, 扬程): with a quantity they say which spec the number is about; they are not the thing
 * asked for, so a query that finds nothing with them may drop them (无人机 载重 30kg → drones, those carrying 30 kg first).
 */
export const SPEC_WORDS: readonly string[] = [
	'载重', '载荷', '续航', '航时', '扬程', '流量', '排量', '功率', '容量', '容积', '重量', '自重', '压力', '工作压力', '射程',
	'高度', '升降高度', '照度', '亮度', '光通量', '电压', '电流', '转速', '时长', '防护时间', '使用时间', '工作时间', '距离',
	'通信距离', '传输距离', '探测距离', '量程', '精度', '长度', '宽度', '直径', '口径', '载人', '人数', '浓度', '温度',
	'承重', '承载', '最大承重', '额定载荷', '负载', '载重量', '起重量', '顶升力', '扩张力', '剪切力', '扩张距离', '剪切直径', '浮力',
	'输出功率', '续航时间', '产水量', '制水量', '处理量', '覆盖范围', '监测距离', '有效距离',
]
