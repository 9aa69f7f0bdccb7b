import type { BUILT_IN_COMPLAINT_CATEGORIES, ResolutionKind } from '../domain/complaint'

/*
 * Word lists for the demo shop: a home-appliance sales and service centre in Shanghai.
 * Weights are rough shares, not statistics; they only need to look plausible.
 */

/** Surnames with rough weights; 曾 单 解 查 仇 are read differently as surnames, which pinyin search must handle. */
export const SURNAMES: readonly (readonly [string, number])[] = [
  ['王', 71], ['李', 70], ['张', 68], ['刘', 54], ['陈', 46], ['杨', 32], ['黄', 25], ['赵', 23], ['吴', 21],
  ['周', 20], ['徐', 17], ['孙', 15], ['马', 15], ['朱', 13], ['胡', 13], ['郭', 12], ['何', 12], ['林', 11],
  ['高', 11], ['罗', 10], ['郑', 10], ['梁', 9], ['谢', 8], ['宋', 8], ['唐', 8], ['许', 7], ['韩', 7], ['冯', 7],
  ['邓', 7], ['曹', 6], ['彭', 6], ['曾', 6], ['肖', 6], ['田', 5], ['董', 5], ['袁', 5], ['潘', 5], ['蒋', 5],
  ['蔡', 5], ['余', 5], ['杜', 4], ['叶', 4], ['程', 4], ['苏', 4], ['魏', 4], ['吕', 4], ['丁', 4], ['任', 4],
  ['沈', 4], ['姚', 4], ['卢', 4], ['钟', 3], ['姜', 3], ['崔', 3], ['谭', 3], ['陆', 3], ['范', 3], ['汪', 3],
  ['廖', 3], ['石', 3], ['金', 3], ['贾', 3], ['夏', 3], ['韦', 2], ['方', 2], ['白', 2], ['邹', 2], ['孟', 2],
  ['熊', 2], ['秦', 2], ['邱', 2], ['江', 2], ['尹', 2], ['薛', 2], ['段', 2], ['雷', 2], ['侯', 2], ['龙', 2],
  ['史', 2], ['黎', 2], ['贺', 2], ['顾', 2], ['毛', 2], ['郝', 2], ['龚', 2], ['邵', 2], ['万', 2], ['钱', 2],
  ['严', 2], ['武', 2], ['戴', 2], ['孔', 1], ['单', 1], ['解', 1], ['查', 1], ['仇', 0.5], ['欧阳', 0.5],
  ['司马', 0.2], ['诸葛', 0.2], ['上官', 0.2]
]

/** Characters common in given names, in two pools so one name does not mix both styles. */
export const GIVEN_NAME_CHARACTERS: readonly (readonly string[])[] = [
  [...'伟强磊军洋勇杰涛明超刚辉建国斌宇浩凯鹏飞博俊志海波峰亮成鑫昊泽轩晨阳帆天家文华林一'],
  [...'芳娜敏静丽艳娟霞玲桂英红欣怡婷雪琳涵思雨佳嘉晓春兰秀萍燕丹琴云倩颖悦诗瑶晶宁一']
]

export interface City {
  readonly name: string
  readonly areaCode: string
  readonly districts: readonly string[]
  readonly roads: readonly string[]
}

/** The shop's own city comes first: most customers live there. */
export const CITIES: readonly City[] = [
  { name: '上海市', areaCode: '021', districts: ['浦东新区', '徐汇区', '闵行区', '静安区', '杨浦区'], roads: ['张杨路', '漕溪北路', '七莘路', '南京西路', '世纪大道', '国权路'] },
  { name: '北京市', areaCode: '010', districts: ['朝阳区', '海淀区', '丰台区', '东城区'], roads: ['建国路', '中关村大街', '望京西路', '丰台北路'] },
  { name: '广州市', areaCode: '020', districts: ['天河区', '越秀区', '海珠区'], roads: ['天河路', '中山五路', '江南大道'] },
  { name: '深圳市', areaCode: '0755', districts: ['南山区', '福田区', '宝安区'], roads: ['科技园路', '深南大道', '宝安大道'] },
  { name: '杭州市', areaCode: '0571', districts: ['西湖区', '拱墅区', '滨江区'], roads: ['文三路', '莫干山路', '江南大道'] },
  { name: '南京市', areaCode: '025', districts: ['鼓楼区', '玄武区', '江宁区'], roads: ['中山北路', '龙蟠路', '双龙大道'] },
  { name: '苏州市', areaCode: '0512', districts: ['姑苏区', '工业园区', '吴中区'], roads: ['人民路', '星湖街', '东吴北路'] },
  { name: '成都市', areaCode: '028', districts: ['武侯区', '锦江区', '成华区'], roads: ['人民南路', '春熙路', '建设路'] }
]

export const COMPOUNDS: readonly string[] = [
  '阳光花园', '锦绣华庭', '翠湖天地', '金色家园', '碧水湾', '春江苑', '景泰小区', '东方名苑', '和平里', '幸福里', '绿地新城', '梅园新村'
]

/** Mainland mobile prefixes (all 1[3-9]x). */
export const MOBILE_PREFIXES: readonly string[] = [
  '130', '131', '132', '133', '135', '136', '137', '138', '139', '150', '151', '152', '153', '155', '156', '157',
  '158', '159', '166', '173', '177', '180', '181', '182', '183', '185', '186', '187', '188', '189', '191', '198', '199'
]

export const COMPANY_WORDS: readonly string[] = ['恒通', '华信', '瑞丰', '金桥', '宏达', '中诚', '鼎盛', '安泰', '联创', '新纪元', '嘉禾', '博远']

/** [short name, full trade] of organisation customers. */
export const INDUSTRIES: readonly (readonly [string, string])[] = [
  ['物业', '物业管理'], ['餐饮', '餐饮管理'], ['酒店', '酒店管理'], ['科技', '信息科技'], ['商贸', '商贸'],
  ['教育', '教育咨询'], ['医疗', '医疗器械'], ['地产', '房地产开发']
]

export const CUSTOMER_TAGS: readonly string[] = [
  '老客户', '转介绍', '团购客户', '价格敏感', '重视服务', '需提前预约', '上门安装', '夜间勿扰', '微信活跃', '以旧换新', '延保客户'
]

export interface ProductLine {
  readonly category: string
  /** Two letters that start this line's serial numbers. */
  readonly serialPrefix: string
  readonly brands: readonly string[]
  readonly models: readonly string[]
  readonly price: readonly [number, number]
  readonly warrantyYears: number
  readonly maintenanceIntervalMonths: number | null
}

export const PRODUCT_LINES: readonly ProductLine[] = [
  { category: '空调', serialPrefix: 'AC', brands: ['格力', '美的', '海尔', '奥克斯', '大金'], models: ['KFR-35GW', 'KFR-26GW', 'KFR-72LW', 'KFR-50LW'], price: [2600, 12000], warrantyYears: 3, maintenanceIntervalMonths: 12 },
  { category: '冰箱', serialPrefix: 'RF', brands: ['海尔', '美的', '西门子', '容声'], models: ['BCD-470WDPG', 'BCD-521WKPZM', 'KA92NV02TI', 'BCD-406WD'], price: [2200, 9800], warrantyYears: 3, maintenanceIntervalMonths: null },
  { category: '洗衣机', serialPrefix: 'WM', brands: ['小天鹅', '海尔', '西门子', '松下'], models: ['TG100V86', 'EG10014B39GU1', 'WM12P2602W', 'XQG100-N'], price: [1800, 7000], warrantyYears: 3, maintenanceIntervalMonths: 12 },
  { category: '热水器', serialPrefix: 'WH', brands: ['A.O.史密斯', '海尔', '万和', '林内'], models: ['E60HPD', 'EC6002-D6', 'JSQ24-12ET', 'RUS-16QD'], price: [1500, 6000], warrantyYears: 3, maintenanceIntervalMonths: 12 },
  { category: '油烟机', serialPrefix: 'RH', brands: ['方太', '老板', '华帝'], models: ['CXW-258-EMC2', 'CXW-260-27A7', 'CXW-200-i11083'], price: [2500, 8000], warrantyYears: 1, maintenanceIntervalMonths: 6 },
  { category: '燃气灶', serialPrefix: 'GS', brands: ['方太', '老板', '华帝'], models: ['JZT-TH29B', 'JZT-30B1', 'JZT-i10052B'], price: [1200, 4000], warrantyYears: 1, maintenanceIntervalMonths: null },
  { category: '净水器', serialPrefix: 'WP', brands: ['沁园', '美的', 'A.O.史密斯'], models: ['QR-RO-05B', 'MRO1787B-400G', 'R1200XD1'], price: [1800, 6500], warrantyYears: 1, maintenanceIntervalMonths: 6 },
  { category: '电视', serialPrefix: 'TV', brands: ['海信', 'TCL', '创维', '小米'], models: ['65E7K', '75Q10K', '65A5F', 'L75M7-A'], price: [2500, 15000], warrantyYears: 1, maintenanceIntervalMonths: null }
]

/** Small purchases besides appliances: [what, lowest, highest price in yuan]. */
export const SERVICE_PURCHASES: readonly (readonly [string, number, number])[] = [
  ['清洗保养服务', 150, 380], ['滤芯更换', 120, 600], ['延保服务', 299, 899], ['安装辅材', 80, 400]
]

export const CALL_SUMMARIES = {
  reached: ['回访安装情况，客户表示满意', '提醒保养时间，客户同意预约', '介绍延保服务，客户考虑中', '确认上门时间', '了解使用情况，运行正常'],
  'no-answer': ['电话无人接听'],
  'call-back': ['客户正忙，约好稍后回电'],
  'wrong-number': ['号码有误，需要核实'],
  declined: ['客户表示暂不需要']
} as const

export const VISIT_SUMMARIES: readonly string[] = ['到店咨询新品', '上门检查设备运行', '到店取配件', '上门安装调试', '到店办理以旧换新']
export const MESSAGE_SUMMARIES: readonly string[] = ['发送保养提醒短信', '微信发送门店活动', '发送节日问候']
export const NOTE_SUMMARIES: readonly string[] = ['客户希望上午联系', '家中有老人，上门前先打电话', '客户对价格比较在意', '客户习惯微信沟通']

/** What the customer said, the cause found, and a fitting remedy, per built-in category. */
export interface ComplaintStory {
  readonly words: readonly string[]
  readonly cause: string
  readonly remedy: ResolutionKind
}

export const COMPLAINT_STORIES: Readonly<Record<(typeof BUILT_IN_COMPLAINT_CATEGORIES)[number], ComplaintStory>> = {
  'service-attitude': { words: ['前台接待很冷淡，问了几次都没人理。', '电话里客服语气很不耐烦。'], cause: '高峰时段人手不足，接待未按流程', remedy: 'apology' },
  'repair-workmanship': { words: ['修完不到一周又出同样的问题。', '师傅走后地上全是水。'], cause: '维修时未彻底排查故障点', remedy: 'repair' },
  'repair-price': { words: ['换个零件比电话里说的贵了一倍。', '上门费事先没人说过。'], cause: '报价时未说明人工费和上门费', remedy: 'compensation' },
  'parts-quality': { words: ['新换的配件用了半个月就坏了。', '遥控器刚换就失灵。'], cause: '该批次配件质量问题', remedy: 'replacement' },
  'slow-service': { words: ['约好上午上门，等到下午四点才来。', '报修三天了还没人联系我。'], cause: '派工排程冲突', remedy: 'apology' },
  'product-quality': { words: ['买来两个月就有很大的异响。', '新机器开机就报故障码。'], cause: '出厂质量问题', remedy: 'replacement' },
  'promise-not-kept': { words: ['说好三天给答复，一周了还没消息。', '说送的清洗服务一直没兑现。'], cause: '跟进人员休假未交接', remedy: 'compensation' },
  'staff-skill': { words: ['师傅对新款机型不熟，折腾了半天。', '店员讲不清楚几个型号的区别。'], cause: '新机型培训未覆盖', remedy: 'apology' },
  'returns-exchanges': { words: ['七天内要求退货，门店一直推脱。', '换货要我自己把机器送过来。'], cause: '退换货政策解释不清', remedy: 'refund' }
}

export const DESIRED_REMEDIES: readonly string[] = ['尽快修好', '退货退款', '换一台新的', '减免费用', '给个说法', '赔偿损失']
