export const careQueueZhCN = {
  title: '关怀清单',
  lead: '根据客户档案自动提出的联系建议：生日、节日、纪念日、保养到期、保修将到期、维修回访和久未联系的客户。',
  calendarLink: '拜访日程',
  campaignLink: '季节性关怀活动',
  settingsLink: '调整提醒规则',
  loading: '正在检查客户档案…',
  progress: '正在检查客户档案…（已完成 {{read}}/{{total}}）',
  failed: '未能读取关怀清单：{{message}}',
  sections: {
    overdue: '已逾期',
    today: '今天',
    'this-week': '本周内',
    later: '即将到来'
  },
  sectionEmpty: {
    overdue: '没有逾期未办的关怀。',
    today: '今天没有需要联系的客户。',
    'this-week': '未来一周没有新的关怀建议。',
    later: '暂无。'
  },
  count: '{{count}} 项',
  reasons: {
    birthday: '生日',
    festival: '节日问候',
    anniversary: '纪念日',
    maintenance: '保养到期',
    warranty: '保修即将到期',
    'service-follow-up': '维修回访',
    'no-contact': '久未联系'
  },
  reasonText: {
    birthdaySolar: '生日 {{date}}',
    birthdayLunar: '农历生日 {{lunar}}，今年在公历 {{date}}',
    age: '满 {{age}} 岁',
    festival: '{{festival}} {{date}}',
    anniversary: '{{label}} {{date}}',
    anniversaryLunar: '{{label}} 农历{{lunar}}，公历 {{date}}',
    years: '第 {{years}} 年',
    maintenance: '{{product}} 保养到期日 {{date}}',
    warranty: '{{product}} 保修截止 {{date}}',
    serviceFollowUp: '{{product}}：{{summary}}（{{serviceDate}}），应在 {{date}} 回访',
    noContact: '上次联系 {{lastContact}}，已 {{days}} 天',
    noContactNever: '{{since}} 建档以来没有联系记录，已 {{days}} 天'
  },
  dateKinds: {
    'purchase-anniversary': '购买纪念日',
    custom: '纪念日'
  },
  festivals: {
    'new-year': '元旦',
    'spring-festival': '春节',
    lantern: '元宵节',
    qingming: '清明节',
    'dragon-boat': '端午节',
    qixi: '七夕',
    'mid-autumn': '中秋节',
    'national-day': '国庆节',
    'double-ninth': '重阳节',
    'winter-solstice': '冬至'
  },
  methods: {
    visit: '上门拜访',
    call: '电话',
    message: '短信/微信',
    letter: '书信/贺卡',
    gift: '礼品递送',
    event: '客户活动'
  },
  prefers: '偏好：{{channel}}',
  noPhone: '无电话',
  missing: {
    'no-phone': '缺电话',
    'no-address': '缺地址',
    'no-birthday': '缺生日',
    'unreadable-date': '日期有误：{{label}}',
    'no-purchase-date': '{{product}} 缺购买日期'
  },
  missingLabel: '档案缺少',
  actions: {
    label: '处理 {{name}} 的建议',
    accept: '接受',
    snooze: '稍后提醒',
    dismiss: '不再提醒'
  },
  accepted: '已安排：{{name}}，{{time}}',
  undo: '撤销',
  undone: '已撤销。',
  showMore: '再显示 {{count}} 项',
  snooze: {
    title: '稍后提醒：{{name}}',
    until: '在这一天再提醒',
    note: '备注（可不填）',
    submit: '稍后提醒',
    done: '已推迟到 {{date}}：{{name}}'
  },
  dismiss: {
    title: '不再提醒：{{name}}',
    reason: '原因',
    reasonHint: '例如：客户已婉拒、已通过其他方式联系',
    submit: '不再提醒',
    done: '已不再提醒：{{name}}'
  },
  cancel: '取消',
  problems: {
    'until-invalid': '请选择一个日期。',
    'until-not-after-today': '请选择今天以后的日期。',
    'reason-required': '请写明不再提醒的原因。'
  },
  purpose: {
    birthday: '生日问候',
    festival: '{{festival}}问候',
    anniversary: '{{label}}问候',
    maintenance: '保养提醒：{{product}}',
    warranty: '保修到期提醒：{{product}}',
    'service-follow-up': '维修回访：{{product}}',
    'no-contact': '久未联系回访'
  },
  tally: {
    noConsent: '{{count}} 位客户不同意被联系，未列入清单。',
    openComplaint: '{{count}} 条问候或推广因客户有未结投诉而暂缓。',
    missing: '档案缺信息：{{phones}} 位客户缺电话，{{birthdays}} 位个人客户缺生日，{{products}} 件产品缺购买日期（缺的日期不做推测，请补全）。'
  },
  campaign: {
    title: '季节性关怀活动',
    lead: '为一组客户统一安排关怀任务，例如春节前的所有 A 级客户。已为同一场合安排过、不同意被联系或有未结投诉的客户会被跳过。',
    occasion: '场合',
    festivalOption: '按节日',
    customOption: '自定义活动',
    festival: '节日',
    year: '年份',
    festivalOn: '{{festival}}：{{date}}',
    occasionDate: '活动日期',
    name: '活动名称',
    contactDate: '开始联系日期',
    contactDateHint: '每位负责人的时间排满后顺延到下一天。',
    segment: '客户范围',
    tiers: '客户等级',
    tag: '标签',
    owner: '负责人',
    any: '不限',
    method: '联系方式',
    purpose: '任务内容',
    counting: '正在计算…',
    preview: '将创建 {{count}} 个任务；跳过：已安排 {{planned}} 位，不同意联系 {{consent}} 位，有未结投诉 {{complaint}} 位。',
    run: '创建任务',
    running: '正在创建…',
    done: '已创建 {{created}} 个任务，跳过 {{skipped}} 位客户。',
    doneRange: '安排在 {{first}} 至 {{last}}。',
    close: '关闭',
    problems: {
      'no-tier': '请至少选择一个客户等级。',
      'contact-date-invalid': '请填写开始联系日期。',
      'contact-date-past': '开始联系日期不能早于今天。',
      'name-required': '请填写活动名称（最多 40 个字）。',
      'occasion-date-invalid': '请填写活动日期。',
      'festival-year-out-of-range': '只能计算 1901–2099 年的节日。',
      'purpose-required': '请填写任务内容。'
    }
  },
  settings: {
    title: '关怀规则',
    hint: '关怀清单何时提醒：提前几天出现、错过后继续显示几天，以及各等级客户多久没有联系就提醒回访。',
    leadDays: '提前提醒的天数',
    leadRules: {
      birthday: '生日',
      festival: '节日',
      anniversary: '纪念日',
      maintenance: '保养到期',
      warranty: '保修到期'
    },
    afterwards: '回访与逾期',
    followUpDaysAfterService: '维修/保养后第几天回访',
    overdueDays: '错过后继续显示的天数',
    noContactDays: '多少天未联系就提醒（按客户等级）',
    tier: '{{tier}} 级',
    festivals: '节日问候的节日',
    festivalTiers: '节日问候的客户等级',
    festivalTiersHint: '节日问候只列出这些等级的客户；更大范围请用“季节性关怀活动”。',
    days: '天',
    save: '保存',
    saved: '已保存。',
    problems: {
      'not-a-whole-number': '{{field}}：请填写 {{min}} 到 {{max}} 之间的整数。',
      'out-of-range': '{{field}}：应在 {{min}} 到 {{max}} 之间。',
      'tiers-out-of-order': '{{field}}：不能少于上一级的天数（等级越高越早提醒）。',
      'unknown-value': '{{field}}：选项无效，请重新选择。'
    }
  }
}
