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
  sections: {
    customers: {
      title: '客户档案',
      lead: '为每位客户建立服务档案：分层、性格类型、重要日期、名下产品与保修、往来记录。',
      now: '目前数据库中有 {{count}} 位客户。',
      next: '客户搜索、档案卡片与客户列表正在开发中，届时可按姓名、拼音首字母或手机尾号在一秒内找到客户。'
    },
    complaints: {
      title: '投诉处理',
      lead: '按步骤受理投诉：先处理心情，再处理事情。系统会提示该说的话，并在您输入时标出不该说的话。',
      next: '投诉受理向导正在开发中。'
    },
    visits: {
      title: '关怀与拜访',
      lead: '每日关怀清单（生日、保养到期、维修回访、久未联系）和拜访、电话的日程安排。',
      next: '关怀清单与日程正在开发中。'
    },
    scripts: {
      title: '话术库',
      lead: '按受理步骤、投诉类别和客户性格整理的推荐话术，以及“禁忌语”清单。',
      next: '话术库的浏览与编辑正在开发中。'
    },
    reports: {
      title: '报表',
      lead: '投诉、满意度、拜访完成情况与客户分层报表，可打印为 A4 或保存为 PDF。',
      next: '报表正在开发中。'
    },
    data: {
      title: '数据交接',
      lead: '备份与恢复、CSV/XLSX 导入导出，以及合并同事离线导出的数据。',
      next: '数据交接功能正在开发中。'
    },
    comingSoon: '即将推出'
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
  common: {
    close: '关闭'
  }
}

/** The shape every language file must have: same keys, any wording. */
type Messages<T> = { readonly [K in keyof T]: T[K] extends string ? string : Messages<T[K]> }
export type MessageCatalog = Messages<typeof zhCN>
