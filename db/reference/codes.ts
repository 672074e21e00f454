// The reference codes of domain.md (taxonomy, scenarios, regions, certifications, qualifications, team types).
// They are part of the interchange contract: seeded into the database and used by validation.

export type Labelled = { code: string; zh: string; en: string }

export const CATEGORIES: Labelled[] = [
	{ code: '01', zh: '监测预警', en: 'Monitoring and early warning' },
	{ code: '0101', zh: '自然灾害监测预警', en: 'Natural-hazard monitoring' },
	{ code: '010101', zh: '地震与地质灾害监测设备', en: 'Earthquake and geohazard monitoring' },
	{ code: '010102', zh: '水文气象与洪涝监测设备', en: 'Hydrological, weather and flood monitoring' },
	{ code: '010103', zh: '森林火险监测设备', en: 'Forest-fire risk monitoring' },
	{ code: '0102', zh: '事故灾难监测预警', en: 'Accident monitoring' },
	{ code: '010201', zh: '气体检测报警仪器', en: 'Gas detectors and alarms' },
	{ code: '010202', zh: '火灾探测报警设备', en: 'Fire detection and alarm' },
	{ code: '010203', zh: '矿山安全监测监控设备', en: 'Mine safety monitoring' },
	{ code: '010204', zh: '危化品泄漏与环境监测设备', en: 'Hazchem leak and environmental monitoring' },
	{ code: '02', zh: '预防防护', en: 'Prevention and protection' },
	{ code: '0201', zh: '个体防护', en: 'Personal protection' },
	{ code: '020101', zh: '呼吸防护装备', en: 'Respiratory protection' },
	{ code: '020102', zh: '躯体防护装备(防护服)', en: 'Body protection (suits)' },
	{ code: '020103', zh: '头面部与听觉防护装备', en: 'Head, face and hearing protection' },
	{ code: '020104', zh: '坠落防护与救生绳索', en: 'Fall protection and rescue ropes' },
	{ code: '020105', zh: '自救器与逃生装备', en: 'Self-rescuers and escape equipment' },
	{ code: '0202', zh: '设备设施防护', en: 'Equipment and facility protection' },
	{ code: '020201', zh: '防爆与本质安全设备', en: 'Explosion-proof and intrinsically safe equipment' },
	{ code: '020202', zh: '避难与救生舱室', en: 'Refuge chambers and capsules' },
	{ code: '03', zh: '救援处置', en: 'Rescue and response' },
	{ code: '0301', zh: '现场保障', en: 'On-site support' },
	{ code: '030101', zh: '应急电源与发电设备', en: 'Emergency power and generators' },
	{ code: '030102', zh: '应急通信与指挥设备', en: 'Emergency communication and command' },
	{ code: '030103', zh: '应急照明设备', en: 'Emergency lighting' },
	{ code: '030104', zh: '应急后勤保障装备(帐篷、炊事、净水)', en: 'Logistics (tents, kitchens, water purification)' },
	{ code: '030105', zh: '特种应急车辆', en: 'Special emergency vehicles' },
	{ code: '0302', zh: '生命救护', en: 'Life rescue' },
	{ code: '030201', zh: '生命探测设备', en: 'Life detection' },
	{ code: '030202', zh: '破拆与支撑救援工具', en: 'Breaching and shoring tools' },
	{ code: '030203', zh: '医疗急救与转运设备', en: 'Medical first aid and transport' },
	{ code: '0303', zh: '抢险救援', en: 'Emergency rescue' },
	{ code: '030301', zh: '排水抢险装备', en: 'Drainage equipment' },
	{ code: '030302', zh: '消防灭火装备', en: 'Firefighting equipment' },
	{ code: '030303', zh: '矿山与隧道救援装备', en: 'Mine and tunnel rescue' },
	{ code: '030304', zh: '危化品处置装备(堵漏、洗消、输转)', en: 'Hazchem response (sealing, decontamination, transfer)' },
	{ code: '030305', zh: '水上救援装备(舟艇、救生器材)', en: 'Water rescue (boats, lifesaving)' },
	{ code: '030306', zh: '航空应急救援装备(直升机、无人机)', en: 'Aviation rescue (helicopters, drones)' },
	{ code: '030307', zh: '工程抢险机械', en: 'Engineering rescue machinery' },
	{ code: '030308', zh: '森林草原灭火装备', en: 'Forest and grassland firefighting' },
	{ code: '030309', zh: '冰雪灾害处置装备', en: 'Ice and snow response' },
	{ code: '04', zh: '应急服务', en: 'Emergency services' },
	{ code: '0401', zh: '事前预防服务(评估、培训、演练)', en: 'Prevention services (assessment, training, drills)' },
	{ code: '0402', zh: '社会化救援服务', en: 'Social rescue services' },
	{ code: '0403', zh: '应急物流与租赁服务', en: 'Emergency logistics and rental' },
	{ code: '0404', zh: '应急金融与保险服务', en: 'Emergency finance and insurance' },
]

export const SCENARIOS: Labelled[] = [
	{ code: 'earthquake_geo', zh: '地震地质灾害', en: 'Earthquakes and geohazards' },
	{ code: 'flood', zh: '洪水灾害', en: 'Floods' },
	{ code: 'waterlogging', zh: '城市内涝灾害', en: 'Urban waterlogging' },
	{ code: 'ice_snow', zh: '冰雪灾害', en: 'Ice and snow' },
	{ code: 'forest_fire', zh: '森林草原火灾', en: 'Forest and grassland fires' },
	{ code: 'urban_fire', zh: '城市特殊场景火灾', en: 'Special urban fires' },
	{ code: 'outage', zh: '突发性大规模断气断电', en: 'Large-scale power and gas outages' },
	{ code: 'hazchem', zh: '危化品安全事故', en: 'Hazardous-chemical accidents' },
	{ code: 'mine_tunnel', zh: '矿山(隧道)安全事故', en: 'Mine and tunnel accidents' },
	{ code: 'life_rescue', zh: '紧急生命救护', en: 'Emergency life rescue' },
	{ code: 'household', zh: '家庭应急', en: 'Household emergencies' },
]

export const REGIONS: Labelled[] = [
	{ code: '360000', zh: '江西省', en: 'Jiangxi' },
	{ code: '360100', zh: '南昌市', en: 'Nanchang' },
	{ code: '360200', zh: '景德镇市', en: 'Jingdezhen' },
	{ code: '360300', zh: '萍乡市', en: 'Pingxiang' },
	{ code: '360400', zh: '九江市', en: 'Jiujiang' },
	{ code: '360500', zh: '新余市', en: 'Xinyu' },
	{ code: '360600', zh: '鹰潭市', en: 'Yingtan' },
	{ code: '360700', zh: '赣州市', en: 'Ganzhou' },
	{ code: '360800', zh: '吉安市', en: "Ji'an" },
	{ code: '360900', zh: '宜春市', en: 'Yichun' },
	{ code: '361000', zh: '抚州市', en: 'Fuzhou' },
	{ code: '361100', zh: '上饶市', en: 'Shangrao' },
]

/** Provinces (GB/T 2260 first two digits), so any valid code of another province can be labelled. */
export const PROVINCES: Record<string, [string, string]> = {
	'11': ['北京市', 'Beijing'], '12': ['天津市', 'Tianjin'], '13': ['河北省', 'Hebei'], '14': ['山西省', 'Shanxi'],
	'15': ['内蒙古自治区', 'Inner Mongolia'], '21': ['辽宁省', 'Liaoning'], '22': ['吉林省', 'Jilin'],
	'23': ['黑龙江省', 'Heilongjiang'], '31': ['上海市', 'Shanghai'], '32': ['江苏省', 'Jiangsu'], '33': ['浙江省', 'Zhejiang'],
	'34': ['安徽省', 'Anhui'], '35': ['福建省', 'Fujian'], '36': ['江西省', 'Jiangxi'], '37': ['山东省', 'Shandong'],
	'41': ['河南省', 'Henan'], '42': ['湖北省', 'Hubei'], '43': ['湖南省', 'Hunan'], '44': ['广东省', 'Guangdong'],
	'45': ['广西壮族自治区', 'Guangxi'], '46': ['海南省', 'Hainan'], '50': ['重庆市', 'Chongqing'], '51': ['四川省', 'Sichuan'],
	'52': ['贵州省', 'Guizhou'], '53': ['云南省', 'Yunnan'], '54': ['西藏自治区', 'Tibet'], '61': ['陕西省', 'Shaanxi'],
	'62': ['甘肃省', 'Gansu'], '63': ['青海省', 'Qinghai'], '64': ['宁夏回族自治区', 'Ningxia'], '65': ['新疆维吾尔自治区', 'Xinjiang'],
	'71': ['台湾省', 'Taiwan'], '81': ['香港特别行政区', 'Hong Kong'], '82': ['澳门特别行政区', 'Macao'],
}

export const CERTIFICATION_TYPES: (Labelled & { appliesTo: string })[] = [
	{ code: 'CCC', zh: '中国强制性产品认证', en: 'China Compulsory Certification', appliesTo: '电气产品；2020年起含防爆电气' },
	{ code: 'CCCF', zh: '消防产品强制性认证', en: 'Compulsory fire-product certification', appliesTo: '火灾报警产品、灭火器、逃生产品' },
	{ code: 'FIRE_VOL', zh: '消防产品自愿性认证', en: 'Voluntary fire-product certification', appliesTo: '消防员个人防护装备、消防车' },
	{ code: 'MA', zh: '矿用产品安全标志(煤矿)', en: 'Coal-mine product safety mark', appliesTo: '煤矿井下使用的产品' },
	{ code: 'KA', zh: '金属非金属矿山安全标志', en: 'Non-coal mine safety mark', appliesTo: '非煤矿山设备' },
	{ code: 'EX', zh: '防爆合格证', en: 'Explosion-proof certificate', appliesTo: '爆炸性环境用设备' },
	{ code: 'CCS', zh: '中国船级社检验', en: 'China Classification Society survey', appliesTo: '救援艇' },
	{ code: 'NMPA', zh: '医疗器械注册证', en: 'Medical device registration', appliesTo: 'AED、呼吸机、医疗救援设备' },
	{ code: 'TS', zh: '特种设备许可', en: 'Special-equipment licence', appliesTo: '气瓶、压力容器' },
	{ code: 'VEH', zh: '机动车产品公告', en: 'Motor-vehicle product announcement', appliesTo: '消防车、救援车辆' },
	{ code: 'CE', zh: 'CE认证', en: 'CE marking', appliesTo: '出口产品' },
	{ code: 'ISO9001', zh: '质量管理体系认证', en: 'ISO 9001 quality management', appliesTo: '任何' },
]

export const QUALIFICATIONS: Labelled[] = [
	{ code: 'srdi', zh: '专精特新中小企业', en: 'Specialised SME (SRDI)' },
	{ code: 'little_giant', zh: '专精特新"小巨人"', en: 'SRDI "Little Giant"' },
	{ code: 'single_champion', zh: '制造业单项冠军', en: 'Manufacturing single champion' },
	{ code: 'high_tech', zh: '高新技术企业', en: 'High-tech enterprise' },
	{ code: 'chain_leader', zh: '链主企业', en: 'Chain leader' },
]
/** Chinese labels accepted as aliases of qualification codes (domain.md). */
export const QUALIFICATION_ALIASES: Record<string, string> = {
	专精特新: 'srdi',
	专精特新中小企业: 'srdi',
	'专精特新"小巨人"': 'little_giant',
	'专精特新“小巨人”': 'little_giant',
	专精特新小巨人: 'little_giant',
	小巨人: 'little_giant',
	制造业单项冠军: 'single_champion',
	单项冠军: 'single_champion',
	高新技术企业: 'high_tech',
	链主企业: 'chain_leader',
}

export const TEAM_TYPES: Labelled[] = [
	{ code: 'fire_station', zh: '消防救援站', en: 'Fire station' },
	{ code: 'mine_rescue', zh: '矿山救护队', en: 'Mine rescue team' },
	{ code: 'hazchem_rescue', zh: '危化品救援队', en: 'Hazchem rescue team' },
	{ code: 'earthquake_rescue', zh: '地震救援队', en: 'Earthquake rescue team' },
	{ code: 'flood_rescue', zh: '防汛抢险队', en: 'Flood rescue team' },
	{ code: 'forest_fire', zh: '森林消防队', en: 'Forest firefighting team' },
	{ code: 'aviation_rescue', zh: '航空救援队', en: 'Aviation rescue team' },
	{ code: 'power_emergency', zh: '电力应急抢修队', en: 'Power emergency repair team' },
	{ code: 'gas_emergency', zh: '燃气抢险队', en: 'Gas emergency team' },
	{ code: 'medical_rescue', zh: '紧急医学救援队', en: 'Emergency medical team' },
	{ code: 'enterprise_team', zh: '企业专职救援队', en: 'Enterprise rescue team' },
	{ code: 'social_rescue', zh: '社会应急力量', en: 'Volunteer rescue force' },
]

export const ORG_KINDS: Labelled[] = [
	{ code: 'enterprise', zh: '企业', en: 'Enterprise' },
	{ code: 'rescue_team', zh: '救援队伍', en: 'Rescue team' },
	{ code: 'bureau', zh: '应急管理部门', en: 'Emergency bureau' },
	{ code: 'organizer', zh: '活动组织方', en: 'Event organizer' },
	{ code: 'finance', zh: '金融机构', en: 'Financial institution' },
	{ code: 'research', zh: '科研机构', en: 'Research institution' },
]

export const LISTING_KIND_LABELS: Labelled[] = [
	{ code: 'equipment', zh: '装备产品', en: 'Equipment' },
	{ code: 'service', zh: '应急服务', en: 'Service' },
	{ code: 'finance_product', zh: '金融产品', en: 'Financial product' },
	{ code: 'research_result', zh: '科技成果', en: 'Research result' },
]

export const DEMAND_KIND_LABELS: Labelled[] = [
	{ code: 'procurement', zh: '采购需求', en: 'Procurement' },
	{ code: 'catalog', zh: '需求目录', en: 'Demand catalog' },
	{ code: 'finance', zh: '融资需求', en: 'Finance need' },
	{ code: 'technology', zh: '技术需求', en: 'Technology need' },
]

const byCode = (xs: Labelled[]) => new Map(xs.map((x) => [x.code, x]))
export const CATEGORY_BY_CODE = byCode(CATEGORIES)
export const SCENARIO_BY_CODE = byCode(SCENARIOS)
export const CERTIFICATION_BY_CODE = byCode(CERTIFICATION_TYPES)
export const QUALIFICATION_BY_CODE = byCode(QUALIFICATIONS)
export const TEAM_TYPE_BY_CODE = byCode(TEAM_TYPES)
export const REGION_BY_CODE = byCode(REGIONS)

export function categoryParent(code: string): string | null {
	return code.length > 2 ? code.slice(0, code.length - 2) : null
}

/** A region code is valid when it is six digits and its province exists (domain.md: any province's code is accepted). */
export function isValidRegionCode(code: string): boolean {
	return /^\d{6}$/.test(code) && code.slice(0, 2) in PROVINCES && code !== '000000'
}

export function regionLabel(code: string, locale: 'zh-CN' | 'en' = 'zh-CN'): string {
	const known = REGION_BY_CODE.get(code)
	if (known) return locale === 'en' ? known.en : known.zh
	const province = PROVINCES[code.slice(0, 2)]
	if (!province) return code
	const name = locale === 'en' ? province[1] : province[0]
	return code.endsWith('0000') ? name : `${name} ${code}`
}
