/** 话术辅导: never-say hits per staff member, and the manager's review of dismissed flags. */
export const coachingZhCN = {
  title: '话术辅导',
  lead: '看看哪些“不该说的话”最常被说出口、由谁说的，并处理前台标记为误报的提示。',
  backToScripts: '返回话术库',
  loading: '正在加载…',
  periods: {
    label: '时间范围',
    '30-days': '最近 30 天',
    '90-days': '最近 90 天',
    all: '全部'
  },
  /** The complaint's free-text fields, by the names hits and reviews record (see COMPLAINT_TEXT_FIELDS). */
  fields: {
    customerWords: '客户原话',
    desiredRemedy: '客户诉求',
    rootCause: '原因分析',
    replyDraft: '答复草稿',
    notes: '备注',
    resolution: { detail: '处理方案' },
    escalation: { reason: '上报原因' },
    satisfaction: { comment: '回访意见' },
    closeReason: '结案说明'
  },
  hits: {
    title: '各员工的禁语提示',
    lead: '同一张投诉、同一个栏目里的同一句禁语只算一次，反复保存不会重复计数。',
    empty: '这段时间没有记录到禁语提示。',
    staff: '员工',
    total: '提示次数',
    topRules: '最常出现的禁语',
    nobody: '（未选择值班人员）',
    unknownStaff: '（已不在员工名单中）',
    more: '另有 {{count}} 条'
  },
  rules: {
    title: '全店最常出现的禁语',
    phrase: '禁语',
    count: '次数',
    staffCount: '涉及员工',
    unknownRule: '（这条话术已不在话术库中）'
  },
  review: {
    title: '误报待确认',
    lead: '前台认为下面这些提示是误报。认可误报，会把这句话加为该禁语的例外，以后同样的话不再提示；维持提示，则撤销前台的标记，投诉页面会重新显示这条提示。',
    empty: '没有待确认的误报。',
    count: '{{count}} 条',
    complaint: '投诉 {{number}}',
    rule: '禁语',
    text: '原文（{{field}}）',
    dismissedBy: '标记人：{{name}}',
    unknownStaff: '（未知）',
    nobody: '（未选择值班人员）',
    exception: '加为例外的内容',
    exceptionHint: '保留禁语前后的几个字，只免除这种用法；只写禁语本身会让这条禁语失效。',
    accept: '认可误报，加为例外',
    uphold: '维持提示',
    readOnly: '只有店长可以处理误报。如需处理，请在页面右上角“当前值班”中选择店长。',
    noManager: '门店还没有店长，任何人都可以处理误报。',
    accepted: '已把“{{exception}}”加为“{{phrase}}”的例外。',
    upheld: '已维持提示，投诉 {{number}} 会重新显示这条提示。',
    errors: {
      'not-allowed': '只有店长可以处理误报。',
      'not-pending': '这一条已经处理过了。',
      'exception-empty': '请填写例外的内容。',
      'exception-does-not-cover': '这段内容没有包含被提示的话，加为例外后提示仍会出现。',
      'exception-silences-rule': '这段内容只有禁语本身，加为例外会让这条禁语再也不提示。请保留前后的话。',
      failed: '没能保存：{{message}}'
    }
  }
}
