/** 投诉处理: the words every complaint screen shares (lists, wizard, print). */
export const complaintsZhCN = {
  statuses: {
    new: '新投诉',
    'in-progress': '处理中',
    resolved: '已解决',
    'followed-up': '已回访',
    closed: '已结案'
  },
  severities: { ordinary: '一般投诉', serious: '严重投诉', crisis: '危机' },
  categories: {
    'service-attitude': '服务质量/服务态度',
    'repair-workmanship': '维修技术',
    'repair-price': '维修价格',
    'parts-quality': '配件质量',
    'slow-service': '维修不及时/服务速度慢',
    'product-quality': '产品质量',
    'promise-not-kept': '服务承诺未兑现',
    'staff-skill': '服务技能欠妥',
    'returns-exchanges': '退换货'
  },
  resolutionKinds: {
    repair: '维修',
    replacement: '更换',
    refund: '退款',
    compensation: '补偿',
    apology: '道歉',
    other: '其他'
  },
  rootCauses: {
    'product-defect': '产品缺陷',
    'part-failure': '配件故障',
    workmanship: '维修/安装工艺',
    'wear-or-misuse': '正常损耗或使用不当',
    'staff-conduct': '员工言行',
    'process-or-policy': '流程或制度',
    communication: '沟通不到位',
    delay: '处理拖延',
    supplier: '供应商/厂家',
    unknown: '原因不明'
  },
  steps: {
    listen: '聆听和认错',
    calm: '缓和情绪',
    facts: '记录事实',
    classify: '分类定级',
    resolve: '解释与方案',
    escalate: '上级参与',
    'follow-up': '约定回访'
  },
  isoStages: {
    receipt: '受理',
    acknowledgement: '确认',
    assessment: '初步评估',
    investigation: '调查',
    response: '答复',
    closure: '结案'
  },
  closeChecklist: {
    'decision-recorded': '处理决定已记录',
    'customer-informed': '已告知客户',
    'actions-noted': '已采取的措施已记录'
  },
  givenBy: { customer: '客户本人评分', clerk: '店员代为评分' },
  overdue: {
    response: '响应超时',
    resolution: '解决超时'
  },
  uncategorised: '未分类',
  loading: '正在加载…',
  nobody: '（未指定）',
  settledHint: '投诉已解决，方案和严重程度已确定；如需修改，请先重新打开投诉。',
  page: {
    title: '投诉 {{number}}',
    received: '受理于 {{time}}',
    printSlip: '打印回执',
    printSheet: '打印处理单',
    notFoundTitle: '找不到这条投诉',
    notFound: '这条投诉不存在或已被删除。',
    backToList: '返回投诉列表'
  },
  start: {
    title: '登记投诉',
    lead: '先处理心情，再处理事情：找到客户后立即开始聆听，其余信息可以边听边记。',
    forCustomer: '为这位客户登记投诉',
    begin: '开始受理',
    someoneElse: '换一位客户',
    customerGone: '这位客户的档案已删除或已合并，请重新查找。',
    findTitle: '查找已有客户',
    walkInTitle: '新客户（只需两项）',
    name: '姓名',
    phone: '电话',
    createAndBegin: '建档并开始受理',
    phoneTaken: '电话 {{phone}} 已属于客户“{{name}}”。',
    useExisting: '为“{{name}}”登记',
    createAnyway: '仍然新建客户',
    problems: {
      'name-required': '请填写客户姓名',
      'phone-unreadable': '电话号码里没有数字，请检查'
    }
  },
  wizard: {
    stepsLabel: '受理步骤',
    stepTitle: '第 {{number}} 步：{{name}}',
    back: '上一步',
    next: '下一步',
    finish: '完成受理',
    resolved: '投诉 {{number}} 已解决，已安排回访电话。',
    savedUnresolved: '投诉 {{number}} 已保存，仍在处理中：客户接受方案后再完成受理。'
  },
  stepGuide: {
    listen: '让顾客把话说完，不打断、不辩解；无论谁的责任，先真诚道歉。',
    calm: '先处理心情，再处理事情：请顾客坐下，表示理解，不争执。',
    facts: '记下发生了什么、什么时候、哪件产品或服务，以及顾客希望怎样解决。',
    classify: '找出原因，界定范围：选择投诉类别和严重程度，严重投诉需上级参与。',
    resolve: '作出解释，给予满意答案：提出双方都能接受的方案，并确认顾客是否接受。',
    escalate: '必要时让上级参与：严重投诉和危机必须请上级处理，并说明原因。',
    'follow-up': '约定回访日期，问题解决后按时回电，记录满意度。'
  },
  calm: {
    seat: '请顾客坐下，递上一杯水。',
    thank: '感谢顾客告诉我们问题所在。',
    noArguing: '不争辩、不打断，也不急着解释原因。'
  },
  fields: {
    customerWords: '顾客原话',
    customerWordsHint: '尽量照顾客的原话记录，不加评判。',
    desiredRemedy: '顾客希望的解决方式',
    desiredRemedyHint: '例如：上门维修、换新、退款、道歉。',
    product: '涉及的产品',
    noProduct: '— 不涉及具体产品 —',
    noProductsOwned: '这位客户的档案里还没有登记产品。',
    notes: '处理备注',
    notesHint: '内部记录，不给客户看；同样会提示禁忌语。',
    category: '投诉类别',
    severity: '严重程度',
    severityNeedsSupervisor: '严重投诉和危机必须请上级参与后才能解决。',
    rootCause: '根本原因',
    rootCauseNotYet: '— 尚未查明 —',
    resolutionKind: '处理方案',
    resolutionDetail: '方案说明（对顾客的解释）',
    accepted: '顾客是否接受',
    acceptedAnswers: { accepted: '接受', declined: '不接受', notAsked: '尚未确认' },
    declinedHint: '顾客不接受时，可调整方案，或请上级参与。',
    followUpDate: '回访日期',
    followUpDateHint: '完成受理后，系统会在这一天上午 10 点安排回访电话。',
    replyDraft: '答复顾客（草稿）',
    replyDraftHint: '在这里组织要对顾客说的话；右侧的推荐话术可一键插入（Ctrl+1…5）。'
  },
  warranty: {
    valid: '在保修期内（至 {{date}}）',
    expiring: '保修即将到期（{{date}}）',
    expired: '已过保修期（{{date}}）',
    unknown: '保修期未知'
  },
  escalate: {
    optional: '一般投诉可以不请上级；顾客情绪激动或方案超出权限时，也可请上级参与。',
    required: '这是严重投诉或危机：解决前必须请上级参与。',
    supervisor: '上级',
    chooseSupervisor: '— 请选择 —',
    reason: '请上级参与的原因',
    submit: '请上级参与',
    again: '更换上级或补充原因',
    done: '已于 {{time}} 请 {{name}} 参与：{{reason}}'
  },
  readiness: {
    title: '完成受理前',
    proposed: '已提出处理方案',
    accepted: '顾客已接受方案',
    escalated: '上级已参与',
    ready: '点击“完成受理”即标记为已解决，并安排回访电话。',
    notReady: '条件未齐时也可以点击“完成受理”保存，投诉将保持“处理中”。'
  },
  coaching: {
    title: '话术提示',
    suggested: '推荐话术',
    noSuggestions: '话术库里没有适合这一步的话术。',
    insertLabel: '插入：{{text}}',
    insertHint: '点击或按 Ctrl+数字，插入到正在编辑的文字框。',
    difficultCustomers: '难伺候的顾客怎么应对'
  },
  flags: {
    label: '{{count}} 处禁忌语',
    neverSay: '不该说：“{{phrase}}”',
    why: '为什么：',
    better: '建议说：',
    replace: '换成建议说法',
    dismiss: '这是误报',
    confirmTitle: '还有禁忌语没有处理',
    confirmText: '文字里还有 {{count}} 处禁忌语，既没有替换，也没有标为误报。确定继续吗？',
    goBack: '返回修改',
    continueAnyway: '仍然继续'
  },
  history: {
    title: '这位客户的投诉记录',
    summary: '未结 {{open}} 条，共 {{total}} 条（不含本条）'
  },
  lifecycle: {
    title: '后续处理',
    callPlanned: '回访电话已安排：{{time}}，由 {{name}} 负责。',
    callDone: '回访电话已完成：{{time}}，{{name}}。',
    followUpTitle: '记录回访结果',
    score: '满意度',
    scores: { '1': '1 很不满意', '2': '2 不满意', '3': '3 一般', '4': '4 满意', '5': '5 很满意' },
    givenByLabel: '评分人',
    comment: '顾客的意见',
    recordFollowUp: '保存回访结果',
    scored: '满意度 {{score}} 分',
    closeTitle: '结案',
    closeWithoutFollowUp: '联系不上顾客时也可以直接结案，请在原因中说明。',
    closeReason: '结案原因',
    checklist: '结案前确认',
    close: '结案',
    closedBecause: '已结案：{{reason}}',
    reopenTitle: '问题没有解决？重新打开',
    reopenReason: '重新打开的原因',
    reopen: '重新打开',
    history: '状态记录'
  },
  saveState: {
    saved: '已自动保存',
    pending: '正在输入…',
    saving: '正在保存…',
    errors: {
      'complaint-closed': '投诉已结案，不能再修改。',
      'settled-by-resolution': '投诉已解决，方案和严重程度不能再修改；请先重新打开。',
      'follow-up-date-invalid': '回访日期不是有效日期。',
      failed: '保存失败，您输入的内容仍在屏幕上，系统会在下次修改时重试。'
    }
  },
  transitionErrors: {
    'not-allowed-from-status': '投诉当前的状态不允许这样操作。',
    'resolution-required': '请先选择处理方案。',
    'resolution-not-accepted': '顾客还没有接受方案。',
    'escalation-required': '严重投诉和危机必须先请上级参与。',
    'supervisor-required': '请选择一位上级。',
    'escalation-reason-required': '请写明请上级参与的原因。',
    'score-out-of-range': '请选择 1 到 5 分的满意度。',
    'close-reason-required': '请填写结案原因。',
    'checklist-incomplete': '结案前请确认全部三项。',
    'reopen-reason-required': '请写明重新打开的原因。'
  }
}
