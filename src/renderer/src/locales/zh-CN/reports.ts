/** 报表: the dashboard, every report, and their printouts and exports. */
export const reportsZhCN = {
  title: '报表',
  lead: '选择时间范围（必要时再选员工），查看概览，或打开一份报表：每份报表都有图表和对应的明细表，可打印成 A4、另存为 PDF，或导出 CSV、Excel 和图片。',
  loading: '正在统计…',
  empty: '这段时间没有可统计的记录。',
  notFound: '没有这份报表。',
  backToReports: '返回报表',
  openReport: '打开报表',
  groups: {
    complaints: '投诉',
    satisfaction: '满意度',
    coaching: '话术辅导',
    care: '关怀与拜访',
    customers: '客户'
  },
  list: {
    complaints: {
      title: '投诉统计',
      description: '按类别、严重程度和月份统计受理的投诉。'
    },
    'root-causes': {
      title: '投诉原因分析',
      description: '帕累托图：哪几个原因造成了大部分投诉，先解决它们。'
    },
    'complaint-times': {
      title: '投诉处理时效',
      description: '从受理到首次答复、到解决的平均用时，以及按时完成的比例。'
    },
    'open-complaints': {
      title: '未结投诉与超时',
      description: '仍未结案的投诉按已受理时长分组，其中有多少已经超时。'
    },
    satisfaction: {
      title: '满意度',
      description: '回访评分的月度趋势、按员工和按类别的平均分，以及顾客本人评分与前台代记的占比。'
    },
    coaching: {
      title: '禁忌语辅导',
      description: '每位员工被提示禁忌语的次数，以及最常出现的禁忌语。'
    },
    care: {
      title: '关怀与拜访完成情况',
      description: '期间内计划的回访、关怀和拜访：已完成、未联系上、已逾期，按员工、按目的和按月份。'
    },
    customers: {
      title: '客户结构与流失风险',
      description: '各等级的客户数与消费额占比（二八法则）、性格类型分布，以及有流失风险的客户。'
    }
  },
  sections: {
    'by-category': '按类别',
    'by-severity': '按严重程度',
    'by-month': '按月份',
    'root-causes': '根本原因（帕累托）',
    times: '答复与解决用时（按严重程度）',
    'open-by-age': '未结投诉（按已受理时长）',
    'satisfaction-by-month': '满意度月度趋势',
    'satisfaction-by-staff': '按经办员工',
    'satisfaction-by-category': '按投诉类别',
    'satisfaction-given-by': '顾客本人评分与前台代记',
    'flags-by-staff': '每位员工的禁忌语提示',
    'top-phrases': '最常出现的禁忌语',
    'care-by-staff': '按员工',
    'care-by-purpose': '按目的',
    'care-by-month': '关怀队列完成情况（按月份）',
    'customers-by-tier': '客户数与消费额（按等级）',
    'customers-by-personality': '性格类型分布',
    'customers-at-risk': '有流失风险的客户'
  },
  notes: {
    received: '统计范围：期间内受理的投诉。',
    withoutCause: '另有 {{count}} 条投诉尚未填写根本原因，未计入。',
    times: '平均用时只计已答复或已解决的投诉；按时比例按门店设置的时限计算。',
    open: '期间内受理、到 {{time}} 仍未结案的投诉；超时按门店设置的时限判断。',
    scored: '只计已回访并评分的投诉（1–5 分）。',
    flags: '统计期间内员工输入时被提示的禁忌语，同一投诉同一栏目同一人只计一次。',
    topPhrases: '最多列出 {{count}} 条；占比按全部提示次数计算。',
    care: '重复的任务按每一次计算。逾期完成：在计划日期之后才标记完成；已超时：日期已过仍未处理；即将进行的不计入完成率。',
    tiers: '客户数为当前在册客户；消费额为期间内登记的购买金额。',
    atRisk: '有未结投诉，或超过该等级的“久未联系”天数（见设置）的客户；有未结投诉的在前，其余按超出该等级天数的多少排列。',
    atRiskMore: '另有 {{count}} 位客户未列出。'
  },
  rowKinds: {
    category: '类别',
    severity: '严重程度',
    month: '月份',
    staff: '员工',
    'root-cause': '根本原因',
    age: '已受理时长',
    'given-by': '评分方式',
    phrase: '禁忌语',
    purpose: '目的',
    tier: '等级',
    personality: '性格类型',
    customer: '客户'
  },
  columns: {
    complaints: '投诉数',
    share: '占比',
    'cumulative-share': '累计占比',
    ordinary: '一般',
    serious: '严重',
    crisis: '危机',
    responded: '已答复',
    'response-hours': '平均答复用时（小时）',
    'responded-on-time': '按时答复',
    resolved: '已解决',
    'resolution-hours': '平均解决用时（小时）',
    'resolved-on-time': '按时解决',
    open: '未结',
    overdue: '已超时',
    'on-time': '未超时',
    scored: '评分数',
    'average-score': '平均分',
    flags: '提示次数',
    phrases: '涉及禁忌语',
    staff: '涉及员工',
    planned: '计划',
    'done-on-time': '按时完成',
    'done-late': '逾期完成',
    missed: '未联系上',
    upcoming: '即将进行',
    cancelled: '已取消',
    'done-share': '完成率',
    customers: '客户数',
    'customer-share': '客户占比',
    spend: '消费额（元）',
    'spend-share': '消费额占比',
    'days-without-contact': '未联系天数',
    'open-complaints': '未结投诉',
    owner: '负责人'
  },
  purposes: {
    birthday: '生日',
    anniversary: '纪念日',
    festival: '节日问候',
    maintenance: '保养提醒',
    warranty: '保修到期',
    'service-follow-up': '维修后回访',
    'no-contact': '久未联系',
    'complaint-follow-up': '投诉回访',
    campaign: '活动',
    'by-hand': '手动安排'
  },
  ages: {
    'under-1-day': '不到 1 天',
    '1-3-days': '1–3 天',
    '3-7-days': '3–7 天',
    '7-14-days': '7–14 天',
    '14-30-days': '14–30 天',
    'over-30-days': '30 天以上'
  },
  givenBy: {
    customer: '顾客本人评分',
    clerk: '前台代为记录',
    unknown: '未注明'
  },
  labels: {
    total: '合计',
    none: '—',
    unassigned: '（无经办人）',
    nobodyAtDesk: '（未选择值班员工）',
    unknownStaff: '（已删除的员工）',
    unknownPhrase: '（已删除的禁忌语）',
    unknownCustomer: '（已删除的客户）',
    noOwner: '（无负责人）'
  },
  filters: {
    label: '报表范围',
    preset: '时间范围',
    presets: {
      'this-month': '本月',
      'last-month': '上月',
      'last-90-days': '最近 90 天',
      'this-year': '今年',
      'last-12-months': '最近 12 个月',
      custom: '自定义'
    },
    from: '开始日期',
    to: '结束日期',
    invalidRange: '请填写开始和结束日期，开始日期不能晚于结束日期。',
    staff: '员工',
    allStaff: '全部员工'
  },
  toolbar: {
    label: '报表操作',
    print: '打印 / 另存为 PDF',
    orientation: '纸张方向',
    portrait: '纵向',
    landscape: '横向',
    fileName: '{{report}} {{from}}至{{to}}'
  },
  section: {
    exports: '导出“{{title}}”',
    csv: '导出 CSV',
    xlsx: '导出 Excel',
    png: '导出图片',
    chart: '{{title}}图表',
    chartLoading: '正在绘制图表…',
    chartFailed: '图表未能显示，明细见下表。',
    fileName: '{{report}}-{{section}} {{from}}至{{to}}'
  },
  print: {
    range: '统计期间：{{from}} 至 {{to}}',
    staff: '员工：{{name}}',
    printedBy: '打印人：{{name}}',
    printedAt: '打印时间：{{time}}',
    nobody: '未选择值班员工',
    pageNumber: '第 {{page}} 页 / 共 {{pages}} 页'
  },
  dashboard: {
    title: '概览',
    received: '受理投诉',
    openNow: '仍未结案',
    overdueNow: '其中已超时 {{overdue}} 条',
    responseHours: '平均首次答复',
    resolutionHours: '平均解决用时',
    hours: '{{hours}} 小时',
    topCause: '最常见原因',
    topCauseShare: '占已查明原因的 {{share}}',
    averageScore: '平均满意度',
    scored: '共 {{count}} 个评分',
    customerShare: '顾客本人评分',
    flags: '禁忌语提示',
    topPhrase: '最常出现：{{phrase}}',
    noValue: '—',
    reports: '全部报表'
  }
}
