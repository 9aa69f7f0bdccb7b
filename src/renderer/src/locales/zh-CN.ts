import { spreadsheetImportZhCN } from './zh-CN/spreadsheet-import'
import { customerSheetZhCN } from './zh-CN/customer-sheet'
import { careQueueZhCN } from './zh-CN/care-queue'
import { calendarZhCN } from './zh-CN/calendar'
import { daySheetZhCN } from './zh-CN/day-sheet'
import { reportsZhCN } from './zh-CN/reports'
import { dataTransferZhCN } from './zh-CN/data-transfer'
import { spreadsheetExportZhCN } from './zh-CN/spreadsheet-export'
import { coachingZhCN } from './zh-CN/coaching'
import { complaintsZhCN } from './zh-CN/complaints'
import { complaintListZhCN } from './zh-CN/complaint-list'
import { scriptsZhCN } from './zh-CN/scripts'

/** 简体中文: the default language. `en.ts` must have exactly the same keys (the type checks it). */
export const zhCN = {
  app: {
    name: '前台',
    tagline: '门店服务台',
    skipToContent: '跳到主要内容',
    loading: '正在加载…'
  },
  nav: {
    label: '主导航',
    customers: '客户档案',
    complaints: '投诉处理',
    visits: '关怀与拜访',
    scripts: '话术库',
    reports: '报表',
    data: '数据交接',
    settings: '设置',
    shortcutHint: 'Alt+{{key}}'
  },
  staff: {
    atDesk: '当前值班',
    nobody: '— 未选择 —',
    noneYet: '还没有员工，请在“设置”中添加',
    switched: '已切换为 {{name}}',
    roles: {
      clerk: '前台',
      manager: '店长'
    }
  },

  firstRun: {
    title: '欢迎使用「前台」',
    intro: '所有数据都只保存在这台电脑上，无需联网。请选择如何开始：',
    demoTitle: '载入示例门店',
    demoHint: '一家家电售后服务中心：约 300 位客户、产品、投诉和关怀任务，方便先熟悉软件。',
    emptyTitle: '从空白开始',
    emptyHint: '直接录入自己门店的数据。',
    yourName: '您的姓名（可选，将作为第一位员工）',
    loadingDemo: '正在生成示例数据…',
    failed: '未能完成：{{message}}。已保存的数据没有受到影响，请重试。'
  },
  settings: {
    saved: '已保存。',
    shop: {
      title: '门店',
      hint: '门店名称会印在给顾客的回执上，也用于话术中的门店名称变量。',
      name: '门店名称',
      tooLong: '门店名称最多 {{max}} 个字'
    },
    complaints: {
      title: '投诉处理',
      deadlinesHint: '从受理起算，多少小时内必须首次答复、多少小时内必须解决（按自然小时计算，不扣除非营业时间）。',
      severity: '严重程度',
      responseHours: '答复时限（小时）',
      resolutionHours: '解决时限（小时）',
      deadlinesInvalid: '请填写正数，且答复时限不能长于解决时限。',
      categoriesHint: '除系统自带的类别外，门店自己的投诉类别，每行一个。',
      categories: '门店自定义类别',
      categoryProblems: {
        'too-long': '“{{name}}”太长，类别名称最多 30 个字',
        'built-in': '“{{name}}”是系统自带类别的代号，请换一个名称'
      }
    },
    title: '设置',
    language: {
      title: '界面语言',
      hint: '只影响这台电脑上的显示。'
    },
    staff: {
      title: '员工',
      hint: '“当前值班”的员工会记录为每一次修改的操作人。',
      name: '姓名',
      role: '岗位',
      add: '添加员工',
      rename: '改名',
      save: '保存',
      cancel: '取消',
      deactivate: '停用',
      reactivate: '恢复',
      inactive: '已停用',
      empty: '还没有员工。',
      nameRequired: '请填写姓名。',
      nameTaken: '已有一位名叫“{{name}}”的员工。'
    },
    tiers: {
      title: '客户等级标准',
      hint: '按近 12 个月的消费金额（元）建议客户等级，低于 C 级标准的为 D 级。',
      threshold: '{{tier}} 级不低于',
      invalid: '请填写正数，且 A > B > C。',
      saved: '已保存。'
    },
    storage: {
      title: '数据保存',
      persisted: '浏览器已同意长期保存本应用的数据，不会因磁盘空间不足而被自动清除。',
      notPersisted: '浏览器未同意长期保存：磁盘空间紧张时，浏览器可能清除本应用的数据。请定期备份，或使用桌面版。',
      unsupported: '此浏览器不支持长期保存设置。请定期备份，或使用桌面版。',
      desktop: '桌面版的数据保存在本机的数据文件夹中。',
      dataFolder: '数据位置',
      checking: '正在检查…'
    },
    about: {
      title: '关于',
      version: '版本',
      runtime: '运行方式',
      runtimes: {
        electron: '桌面应用',
        browser: '浏览器'
      },
      development: '（开发数据）'
    }
  },
  error: {
    title: '出了点问题',
    body: '这个页面遇到了意外错误，没能显示出来。',
    safe: '您已保存的数据都还在这台电脑上，没有丢失。',
    details: '错误详情（可复制给技术支持）',
    reload: '重新加载',
    copy: '复制错误详情',
    copied: '已复制'
  },
  customers: {
    listTitle: '客户档案',
    newCustomer: '新建客户',
    trash: '回收站',
    count: '共 {{count}} 位客户',
    loading: '正在加载…',
    noMatches: '没有符合条件的客户。',
    emptyDatabase: '还没有客户。点击“新建客户”录入第一位客户。',
    columnsMenu: '显示列',
    columns: {
      name: '姓名',
      tier: '等级',
      phone: '电话',
      company: '单位',
      personality: '性格',
      owner: '负责人',
      lastContact: '最近联系',
      tags: '标签',
      updatedAt: '更新时间'
    },
    filters: {
      title: '筛选',
      tier: '等级',
      personality: '性格',
      owner: '负责人',
      tag: '标签',
      any: '全部',
      noContactForDays: '超过 N 天未联系',
      days: '天',
      openComplaints: '有未结投诉',
      clear: '清除筛选'
    },
    search: {
      label: '搜索客户',
      placeholder: '姓名、拼音首字母、手机尾号…（Ctrl+K）',
      noResults: '没有找到“{{query}}”',
      results: '{{count}} 个结果'
    },
    tiers: { A: 'A 级', B: 'B 级', C: 'C 级', D: 'D 级' },
    tierHint: { A: '重点客户', B: '重要客户', C: '普通客户', D: '一般客户' },
    personalities: {
      lively: '活泼型',
      powerful: '力量型',
      peaceful: '和平型',
      analytical: '分析型',
      unknown: '未知'
    },
    personalityTips: {
      lively: {
        recognise: '爱说爱笑、追求新鲜时尚，容易冲动消费。',
        serve: '多倾听、真诚赞美，介绍产品的独特之处、颜色和外观。',
        complaint: '投诉时保持热情、亲切，让对方感到被重视。'
      },
      powerful: {
        recognise: '果断直接、重视身份和掌控感。',
        serve: '说话简洁坦率，给出三个方案让对方自己选。',
        complaint: '可能脾气急：尊重对方、保持冷静，绝不争辩。'
      },
      peaceful: {
        recognise: '随大流、比较被动，喜欢优惠。',
        serve: '用其他客户的例子建立信任，耐心讲解，温和地推动决定。',
        complaint: '多安抚，并主动跟进进度。'
      },
      analytical: {
        recognise: '理性、看重性价比，注重细节。',
        serve: '提供事实、数据、规格参数和其他客户的评价。',
        complaint: '拿出依据，给出准确、具体的处理方案。'
      },
      unknown: {
        recognise: '还没有判断这位客户的性格类型。',
        serve: '多观察、多倾听，了解后在档案中记录下来。',
        complaint: '先处理心情，再处理事情。'
      }
    },
    channels: { phone: '电话', sms: '短信', wechat: '微信', letter: '信件', visit: '上门拜访', email: '电子邮件' },
    kinds: { person: '个人', organisation: '单位' },
    stages: { current: '现实客户', prospect: '潜在客户' },
    relationships: { transactional: '交易型', relationship: '关系型' },
    dateKinds: { birthday: '生日', 'purchase-anniversary': '购买纪念日', custom: '其他纪念日' },
    calendars: { solar: '公历', lunar: '农历' },
    form: {
      createTitle: '新建客户',
      editTitle: '编辑客户：{{name}}',
      identity: '基本信息',
      name: '姓名',
      kind: '类型',
      company: '单位',
      phones: '电话',
      addPhone: '添加电话',
      removePhone: '删除这个电话',
      phoneNormalized: '识别为：{{value}}',
      address: '地址',
      contact: '联系方式',
      preferredChannel: '首选联系方式',
      consent: '客户同意接受联系',
      dates: '重要日期',
      addDate: '添加日期',
      removeDate: '删除这个日期',
      dateKind: '类别',
      dateLabel: '说明',
      calendar: '历法',
      year: '年（可不填）',
      month: '月',
      day: '日',
      leapMonth: '闰月',
      classification: '分类',
      tier: '客户等级',
      suggestedTier: '按近 12 个月消费建议：{{tier}}（消费 {{spend}}）',
      noSuggestion: '还没有消费记录，暂无建议等级。',
      tierReason: '手动调整等级的原因',
      stage: '客户阶段',
      relationship: '关系类型',
      personality: '性格类型',
      owner: '负责人',
      noOwner: '— 未指定 —',
      tags: '标签（用逗号分隔）',
      notes: '备注',
      save: '保存',
      cancel: '取消',
      saved: '已保存',
      fixErrors: '请先修改标出的问题。'
    },
    errors: {
      nameRequired: '请填写姓名。',
      phoneNoDigits: '“{{raw}}”里没有数字，不是电话号码。',
      phoneWarning: '“{{raw}}”不是常见的大陆手机或座机格式，将按原样保存，请核对。',
      phoneDuplicateInRecord: '这个号码已经填过了。',
      dateInvalid: '日期不正确：{{problem}}',
      tierReasonRequired: '手动调整等级时，请填写原因。',
      saveFailed: '保存失败：{{message}}。已保存的数据没有受影响。'
    },
    duplicate: {
      title: '电话号码已存在',
      body: '号码 {{phone}} 已属于客户“{{name}}”。可能是同一个人。',
      open: '打开“{{name}}”的档案',
      merge: '与“{{name}}”合并',
      saveAnyway: '仍然保存为新客户'
    },
    card: {
      planVisit: '安排拜访',
      startComplaint: '登记投诉',
      edit: '编辑',
      delete: '删除',
      merge: '合并重复档案',
      tier: '等级',
      suggestedTier: '按消费建议 {{tier}} 级',
      tierReason: '手动调整：{{reason}}',
      personality: '性格类型与服务要点',
      recognise: '特点',
      serve: '服务方式',
      inComplaint: '投诉时',
      nextDate: '下一个重要日期',
      nextDateValue: '{{label}}：{{date}}（{{days}} 天后）',
      nextDateToday: '{{label}}：就是今天！',
      lunarShown: '农历 {{lunar}}，今年公历 {{solar}}',
      noDates: '没有记录重要日期',
      lastContact: '距上次联系',
      daysAgo: '{{count}} 天',
      never: '从未联系',
      lastSatisfaction: '最近满意度',
      noScore: '暂无评分',
      openComplaints: '未结投诉',
      noOpenComplaints: '没有未结投诉',
      products: '名下产品',
      noProducts: '还没有登记产品',
      serial: '序列号',
      purchased: '购买日期',
      warrantyEnd: '保修截止',
      maintenanceDue: '下次保养',
      warranty: { valid: '保修期内', expiring: '保修即将到期', expired: '已过保修期', unknown: '保修期未知' },
      phones: '电话',
      owner: '负责人',
      tags: '标签',
      notes: '备注',
      timeline: '往来记录',
      noTimeline: '还没有往来记录。',
      logCall: '记录来电/去电',
      addPurchase: '登记购买',
      notFound: '找不到这位客户，可能已被删除。',
      backToList: '返回客户列表',
      deleted: '已删除客户“{{name}}”。',
      undo: '撤销',
      mergedInto: '这份档案已合并到另一位客户。',
      openSurvivor: '打开合并后的档案',
      inTrash: '这位客户在回收站中。',
      restore: '恢复'
    },
    timeline: {
      call: '电话',
      visit: '拜访',
      message: '消息',
      purchase: '购买',
      note: '备注',
      complaint: '投诉',
      task: '关怀任务',
      edit: '修改档案',
      created: '建立档案',
      deleted: '删除',
      restored: '恢复',
      amount: '金额 {{amount}}',
      score: '满意度 {{score}}/5',
      changed: '修改了：{{fields}}',
      by: '经办：{{name}}'
    },
    callOutcomes: {
      reached: '已接通',
      'no-answer': '无人接听',
      'call-back': '需回电',
      'wrong-number': '号码错误',
      declined: '客户拒绝'
    },
    logCall: {
      title: '记录电话',
      outcome: '结果',
      summary: '内容摘要',
      at: '时间',
      save: '保存记录'
    },
    purchase: {
      title: '登记购买',
      amount: '金额（元）',
      productName: '产品（可不填）',
      serial: '序列号',
      at: '购买日期',
      warrantyEnd: '保修截止日期',
      maintenanceIntervalMonths: '保养周期（月）',
      save: '保存',
      amountInvalid: '请输入大于或等于 0 的金额。'
    },
    product: {
      addTitle: '登记产品',
      editTitle: '编辑产品',
      add: '登记产品',
      edit: '编辑',
      product: '产品',
      serial: '序列号',
      purchaseDate: '购买日期',
      warrantyEnd: '保修截止日期',
      lastMaintenanceDate: '上次保养日期',
      maintenanceIntervalMonths: '保养周期（月）',
      notes: '备注',
      problems: {
        productRequired: '请填写产品名称。',
        badDate: '日期格式不正确，应为 年-月-日。',
        warrantyBeforePurchase: '保修截止日期不能早于购买日期。',
        badInterval: '保养周期应为 1 到 120 之间的整数（月）。'
      }
    },
    mergePage: {
      title: '合并重复档案',
      intro: '两份档案将合并为一份：所有电话、标签、日期、产品、投诉、往来记录都会保留在保留的档案中。请为不同的字段选择要保留的值。',
      keep: '保留的档案',
      absorb: '并入的档案',
      field: '字段',
      same: '两份档案的其余信息相同。',
      keepBoth: '两份备注都保留',
      confirm: '确认合并',
      done: '已合并。',
      pickOther: '选择要合并的另一位客户',
      swap: '交换保留方向'
    },
    mergeFields: {
      name: '姓名',
      kind: '类型',
      company: '单位',
      address: '地址',
      preferredChannel: '首选联系方式',
      contactConsent: '同意接受联系',
      tier: '等级',
      stage: '客户阶段',
      relationship: '关系类型',
      personality: '性格类型',
      ownerId: '负责人',
      notes: '备注'
    },
    dateProblems: {
      'month-out-of-range': '月份应在 1 到 12 之间',
      'day-out-of-range': '日期应在 1 到 31 之间（农历 1 到 30）',
      'year-out-of-range': '年份应在 1900 到 9999 之间',
      'impossible-date': '这个月没有这一天',
      'leap-month-on-solar-date': '只有农历才有闰月',
      'in-the-future': '这个日期还没到',
      'label-required': '其他纪念日请填写说明'
    },
    trashPage: {
      title: '回收站',
      intro: '删除的客户保存在这里，可以随时恢复。',
      empty: '回收站是空的。',
      deletedAt: '删除时间',
      restore: '恢复',
      restored: '已恢复客户“{{name}}”。'
    }
  },
  complaints: complaintsZhCN,
  complaintList: complaintListZhCN,
  scripts: scriptsZhCN,
  coaching: coachingZhCN,
  reports: reportsZhCN,
  dataTransfer: dataTransferZhCN,
  spreadsheetExport: spreadsheetExportZhCN,
  careQueue: careQueueZhCN,
  calendar: calendarZhCN,
  daySheet: daySheetZhCN,
  customerSheet: customerSheetZhCN,
  spreadsheetImport: spreadsheetImportZhCN,
  common: {
    close: '关闭',
    saved: '已保存：{{location}}',
    failed: '未能完成：{{message}}'
  }
}

/** The shape every language file must have: same keys, any wording. */
type Messages<T> = { readonly [K in keyof T]: T[K] extends string ? string : Messages<T[K]> }
export type MessageCatalog = Messages<typeof zhCN>
