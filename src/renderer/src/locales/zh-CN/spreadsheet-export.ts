/** Exports for Excel: the lists' 导出 control, the data page's section, and the sheets' headers. */
export const spreadsheetExportZhCN = {
  export: '导出',
  exporting: '正在导出…',
  choices: '导出为',
  formats: {
    csv: 'CSV 文件（Excel 可直接打开）',
    xlsx: 'Excel 工作簿（.xlsx）'
  },
  progress: {
    reading: '正在读取 {{done}} / {{total}} 条…',
    writing: '正在生成文件（{{total}} 条）…'
  },
  nothing: '没有可导出的记录。',
  yes: '是',
  no: '否',
  sheetNames: {
    customers: '客户',
    complaints: '投诉',
    tasks: '关怀任务',
    interactions: '往来记录'
  },
  fileNames: {
    customers: '客户档案-{{date}}',
    complaints: '投诉-{{date}}',
    tasks: '关怀任务-{{from}}至{{to}}',
    allTasks: '关怀任务-全部-{{date}}',
    interactions: '往来记录-{{from}}至{{to}}'
  },
  section: {
    title: '导出到 Excel',
    hint: '导出的文件可以用 Excel 或 WPS 打开。电话号码和编号按文本保存，不会变成科学计数法。列表页上的“导出”按钮只导出当前筛选出的记录。',
    interactionsTitle: '往来记录（电话、拜访、消息、购买）',
    from: '从',
    to: '到',
    staff: '经办人',
    allStaff: '全部',
    badRange: '结束日期不能早于开始日期。',
    allCustomers: '全部客户',
    allComplaints: '全部投诉',
    allTasks: '全部关怀任务'
  },
  headers: {
    complaints: {
      number: '投诉编号',
      receivedAt: '受理时间',
      customer: '客户',
      phone: '客户电话',
      category: '类别',
      severity: '级别',
      status: '状态',
      handler: '经办人',
      customerWords: '客户原话',
      desiredRemedy: '客户诉求',
      rootCause: '原因',
      resolutionKind: '处理方式',
      resolutionDetail: '处理说明',
      resolutionAccepted: '客户接受',
      firstResponseAt: '首次答复时间',
      resolvedAt: '解决时间',
      followUpDate: '回访日期',
      closedAt: '结案时间',
      satisfactionScore: '满意度',
      satisfactionComment: '满意度评价',
      notes: '备注'
    },
    tasks: {
      startAt: '时间',
      durationMinutes: '时长（分钟）',
      customer: '客户',
      phone: '客户电话',
      method: '方式',
      purpose: '目的',
      staff: '负责人',
      status: '状态',
      repeats: '重复',
      outcome: '结果',
      satisfactionScore: '满意度',
      followUpNeeded: '需要跟进',
      notes: '备注'
    },
    interactions: {
      occurredAt: '时间',
      kind: '类型',
      customer: '客户',
      phone: '客户电话',
      staff: '经办人',
      summary: '内容',
      callOutcome: '通话结果',
      amount: '金额（元）'
    }
  }
}
