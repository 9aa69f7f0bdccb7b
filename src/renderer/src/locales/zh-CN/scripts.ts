/**
 * 话术库: the script library screen. Wording that shows a placeholder such as {{customerName}}
 * takes it as a value ({{example}}), never literally: i18next would fill a literal one.
 */
export const scriptsZhCN = {
  title: '话术库',
  lead: '受理投诉时该说的话、不该说的话和应对提示，可按受理步骤、投诉类别和客户性格查找。',
  count: '共 {{count}} 条',
  loading: '正在加载…',
  noMatches: '没有符合条件的话术。',
  emptyLibrary: '这个语言的话术库还是空的。',
  add: '新增话术',
  openCoaching: '话术辅导',
  any: '不限',
  kinds: {
    say: '该说的话',
    'never-say': '不该说的话',
    tip: '应对提示'
  },
  locales: {
    'zh-CN': '简体中文',
    en: 'English'
  },
  filters: {
    title: '筛选话术',
    kind: '类型',
    all: '全部',
    locale: '话术语言',
    step: '受理步骤',
    category: '投诉类别',
    personality: '客户性格',
    anyOnly: '仅通用（不限）',
    includeRetired: '显示已停用',
    search: '搜索话术',
    searchPlaceholder: '搜索内容、原因或更好的说法',
    clear: '清除筛选'
  },
  entry: {
    listLabel: '话术',
    meta: '{{label}}：{{value}}',
    step: '步骤',
    category: '类别',
    personality: '性格',
    why: '为什么不能说',
    better: '更好的说法',
    variants: '近似说法',
    exceptions: '例外（不提示）',
    retired: '已停用',
    edit: '编辑',
    retire: '停用',
    unretire: '恢复使用'
  },
  variables: {
    customerName: '客户姓名',
    staffName: '员工姓名',
    shopName: '门店名称',
    complaintNumber: '投诉编号',
    followUpDate: '回访日期'
  },
  variableHint: '变量“{{label}}”：使用时自动填入；没有值时原样显示，提醒您补上。',
  unknownVariableHint: '未知变量：话术辅导不会填入，会原样显示。',
  access: {
    readOnly: '只有店长可以新增、修改或停用话术。请店长在右上角“当前值班”中选择自己。',
    noManager: '店里还没有店长，所以现在任何人都可以修改话术库。在“设置”中添加店长后，只有店长可以修改。'
  },
  form: {
    addTitle: '新增话术',
    editTitle: '编辑话术',
    kind: '类型',
    locale: '语言',
    text: {
      say: '该说的话',
      'never-say': '不该说的话',
      tip: '提示内容'
    },
    step: '受理步骤',
    category: '投诉类别',
    personality: '客户性格',
    why: '为什么不能说',
    better: '更好的说法',
    variants: '近似说法（每行一个）',
    variantsHint: '同样意思的其他说法也会被提示。用“…”表示中间可以插入几个字，例如“{{example}}”。',
    exceptions: '例外（每行一个）',
    exceptionsHint: '在这些话里出现时不提示，例如承诺“以后不可能再发生这种事”。',
    insertVariable: '插入变量',
    unknownVariables: '话术辅导不认识这些变量，不会填入：{{names}}',
    retiredNote: '这条话术已停用：不会出现在话术辅导和禁忌语提示中。',
    save: '保存',
    cancel: '取消',
    fixProblems: '请先修改标出的问题。'
  },
  problems: {
    'empty-text': '请填写内容。',
    'missing-why': '请说明为什么不能这样说。',
    'missing-better': '请给出更好的说法。',
    'trips-never-say': '“{{matched}}”属于不该说的话“{{rulePhrase}}”，不能作为推荐话术保存。',
    tripsBetter: '可以改成：{{better}}',
    'flags-coaching': '保存后，话术“{{scriptText}}”中的“{{matched}}”会被当作不该说的话提示。请修改措辞，或把这句话加为例外。'
  },
  toasts: {
    created: '已新增话术。',
    saved: '已保存修改。',
    retired: '已停用“{{text}}”。',
    unretired: '已恢复使用“{{text}}”。',
    undo: '撤销',
    unretireRefused: '不能恢复使用：{{reason}}',
    failed: '没能保存：{{message}}。已保存的数据没有受影响。'
  }
}
