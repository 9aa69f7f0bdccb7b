/** The customer columns of an export for Excel, and the words its cells use; the import reads them back in either language. */
export const customerSheetZhCN = {
  headers: {
    name: '姓名',
    phone: '手机',
    otherPhones: '其他电话',
    company: '单位',
    kind: '类型',
    tier: '等级',
    personality: '性格',
    birthday: '生日',
    address: '地址',
    tags: '标签',
    notes: '备注',
    owner: '负责人',
    stage: '客户阶段',
    relationship: '关系类型',
    preferredChannel: '首选联系方式',
    contactConsent: '同意联系',
    lastContactAt: '最近联系'
  },
  yes: '是',
  no: '否',
  lunar: '农历',
  leap: '闰',
  tierReason: '表格导入'
}
