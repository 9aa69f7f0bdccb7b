import { execFileSync } from 'node:child_process'
import type { Page } from '@playwright/test'
import { test, expect } from './support/fixtures'
import { ComplaintWizard } from './support/complaint-wizard'

/** Opens the first customer of the demo shop's list (whoever it is) and returns their name. */
async function openFirstDemoCustomer(page: Page): Promise<string> {
  await page.goto('/#/customers')
  const first = page.getByRole('main').locator('.virtual-table-row a').first()
  const name = (await first.textContent()) ?? ''
  await first.click()
  const heading = page.getByRole('main').getByRole('heading', { level: 1 })
  await expect(heading).toHaveText(name)
  return (await heading.textContent()) ?? ''
}

test('a complaint from intake to close: coached, flagged, printed, resolved, followed up, closed', async ({ shell, page }, testInfo) => {
  await shell.open()
  await shell.loadDemoShop()
  const customerName = await openFirstDemoCustomer(page)
  const wizard = new ComplaintWizard(page)
  await wizard.startFromCard()
  const number = await wizard.complaintNumber()
  await expect(wizard.main).toContainText(customerName)

  // 1 Listen: the customer's words, and the reply with a never-say phrase in it.
  await wizard.main.getByRole('textbox', { name: '顾客原话' }).fill('洗衣机修了两次还是漏水，我要换新的！')
  await wizard.reply.fill('您好，这是公司的规定')
  await expect(wizard.flags).toHaveCount(1)
  await expect(wizard.flags.first()).toContainText('不该说：“这是公司的规定”')
  await expect(wizard.flags.first()).toContainText('为什么：')
  await expect(wizard.flags.first()).toContainText('建议说：')
  await expect(wizard.reply).toHaveAttribute('aria-invalid', 'true')

  // Moving on with the flag still there asks first.
  await wizard.main.getByRole('button', { name: '下一步' }).click()
  const confirm = page.getByRole('dialog', { name: '还有禁忌语没有处理' })
  await expect(confirm).toContainText('1 处禁忌语')
  await confirm.getByRole('button', { name: '返回修改' }).click()
  await expect(confirm).toBeHidden()

  await wizard.flags.first().getByRole('button', { name: '换成建议说法' }).click()
  await expect(wizard.flags).toHaveCount(0)
  await expect(wizard.reply).not.toHaveValue(/公司的规定/)
  const replied = await wizard.reply.inputValue()
  expect(replied.startsWith('您好，')).toBe(true)
  expect(replied.length).toBeGreaterThan('您好，'.length)

  // One key puts the first suggested wording into the reply, at the caret.
  const firstSuggestion = wizard.coaching.getByRole('button', { name: /^插入：/ }).first()
  const suggestionText = ((await firstSuggestion.getAttribute('aria-label')) ?? '').replace(/^插入：/, '')
  await wizard.reply.focus()
  await page.keyboard.press('End')
  await page.keyboard.press('Control+1')
  await expect(wizard.reply).toHaveValue(replied + suggestionText)

  // 2 Calm, 3 Facts, 4 Classify, 5 Resolve, 6 Supervisor, 7 Follow-up.
  await wizard.next()
  await expect(wizard.stepHeading).toHaveText('第 2 步：缓和情绪')
  await wizard.next()
  await wizard.main.getByRole('textbox', { name: '顾客希望的解决方式' }).fill('换一台新的')
  await wizard.next()
  await wizard.main.getByRole('combobox', { name: '投诉类别' }).selectOption({ label: '维修技术' })
  await wizard.main.getByRole('combobox', { name: '根本原因' }).selectOption({ label: '维修/安装工艺' })
  await wizard.next()
  await wizard.main.getByRole('radio', { name: '更换' }).check()
  await wizard.main.getByRole('textbox', { name: '方案说明（对顾客的解释）' }).fill('两次维修未修好，为您免费更换同型号新机。')
  await wizard.main.getByRole('radio', { name: '接受', exact: true }).check()
  await wizard.next()
  await expect(wizard.main).toContainText('一般投诉可以不请上级')
  await wizard.next()
  await expect(wizard.main.getByRole('region', { name: '完成受理前' })).toContainText('顾客已接受方案')
  await wizard.main.getByRole('button', { name: '完成受理' }).click()
  await expect(page.getByRole('status').filter({ hasText: `投诉 ${number} 已解决` })).toBeVisible()

  // Resolved: the follow-up call is planned.
  await expect(wizard.main.locator('.complaint-header')).toContainText('已解决')
  const after = wizard.main.getByRole('region', { name: '后续处理' })
  await expect(after).toContainText('回访电话已安排')

  // The acknowledgement slip, printed to PDF, says what the customer needs and nothing internal.
  await wizard.main.getByRole('link', { name: '打印回执' }).click()
  await expect(page.getByRole('main')).toContainText(number)
  await expect(page.getByRole('main')).toContainText(customerName)
  const pdfPath = testInfo.outputPath('slip.pdf')
  await page.emulateMedia({ media: 'print' })
  await page.pdf({ path: pdfPath, format: 'A4' })
  await page.emulateMedia({ media: 'screen' })
  const slipText = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' })
  expect(slipText).toContain(number)
  expect(slipText).toContain(customerName)
  expect(slipText).not.toContain('维修/安装工艺')
  await page.goBack()

  // The follow-up call: the customer's score.
  await after.getByRole('radio', { name: '5 很满意' }).check()
  await after.getByRole('textbox', { name: '顾客的意见' }).fill('新机器很好用，谢谢')
  await after.getByRole('button', { name: '保存回访结果' }).click()
  await expect(wizard.main.locator('.complaint-header')).toContainText('已回访')
  await expect(after).toContainText('满意度 5 分')
  await expect(after).toContainText('回访电话已完成')

  // Closing needs a reason and every check.
  await after.getByRole('textbox', { name: '结案原因' }).fill('已换新机，客户满意')
  await after.getByRole('checkbox', { name: '处理决定已记录' }).check()
  await after.getByRole('button', { name: '结案' }).click()
  await expect(after.getByRole('alert')).toHaveText('结案前请确认全部三项。')
  await after.getByRole('checkbox', { name: '已告知客户' }).check()
  await after.getByRole('checkbox', { name: '已采取的措施已记录' }).check()
  await after.getByRole('button', { name: '结案' }).click()
  await expect(wizard.main.locator('.complaint-header')).toContainText('已结案')
  await expect(after).toContainText('已结案：已换新机，客户满意')
  await expect(after.getByRole('list').last()).toContainText('已结案')

  // Still there after a reload, and the reply can no longer change.
  await page.reload()
  await expect(wizard.main.locator('.complaint-header')).toContainText('已结案')
  await expect(wizard.reply).toBeDisabled()
})

test('a half-done intake is kept: leave mid-way, come back to the same step and words', async ({ shell, page }) => {
  await shell.open()
  await shell.loadDemoShop()
  await openFirstDemoCustomer(page)
  const wizard = new ComplaintWizard(page)
  await wizard.startFromCard()
  const address = page.url()
  await wizard.main.getByRole('textbox', { name: '顾客原话' }).fill('空调不制冷')
  await wizard.next()
  await wizard.next()
  await wizard.main.getByRole('textbox', { name: '处理备注' }).fill('客户很着急，下午还要上班')
  await expect(wizard.main.getByRole('status').filter({ hasText: '已自动保存' })).toBeVisible()

  await shell.goTo('客户档案')
  await page.goto(address)
  await expect(wizard.stepHeading).toHaveText('第 3 步：记录事实')
  await expect(wizard.main.getByRole('textbox', { name: '处理备注' })).toHaveValue('客户很着急，下午还要上班')
  await wizard.steps.getByRole('button', { name: /聆听和认错/ }).click()
  await expect(wizard.main.getByRole('textbox', { name: '顾客原话' })).toHaveValue('空调不制冷')
  await expect(wizard.main.locator('.complaint-header')).toContainText('处理中')
})

test('a walk-in customer in two fields, a serious complaint needs a supervisor, a false positive is dismissed', async ({ shell, page }) => {
  await shell.open()
  await shell.startEmpty('王芳')
  await page.goto('/#/complaints/new')
  const main = page.getByRole('main')
  await main.getByRole('button', { name: '建档并开始受理' }).click()
  await expect(main.getByRole('alert')).toHaveText('请填写客户姓名')
  await main.getByRole('textbox', { name: '姓名' }).fill('曾晓明')
  await main.getByRole('textbox', { name: '电话' }).fill('139 1234 5678')
  await main.getByRole('button', { name: '建档并开始受理' }).click()
  const wizard = new ComplaintWizard(page)
  await expect(wizard.main.locator('.complaint-header')).toContainText('曾晓明')
  const number = await wizard.complaintNumber()

  // A quote in the notes is not the clerk speaking: mark it a false positive.
  await wizard.steps.getByRole('button', { name: /记录事实/ }).click()
  const notes = wizard.main.getByRole('textbox', { name: '处理备注' })
  await notes.fill('顾客说上次店员回他“这是公司的规定”')
  await expect(wizard.flags).toHaveCount(1)
  await wizard.flags.first().getByRole('button', { name: '这是误报' }).click()
  await expect(wizard.flags).toHaveCount(0)
  await expect(notes).toHaveAttribute('aria-invalid', 'false')

  await wizard.steps.getByRole('button', { name: /分类定级/ }).click()
  await wizard.main.getByRole('radio', { name: '严重投诉' }).check()
  await expect(wizard.main).toContainText('严重投诉和危机必须请上级参与后才能解决。')
  await wizard.steps.getByRole('button', { name: /解释与方案/ }).click()
  await wizard.main.getByRole('radio', { name: '退款' }).check()
  await wizard.main.getByRole('radio', { name: '接受', exact: true }).check()
  await wizard.steps.getByRole('button', { name: /约定回访/ }).click()
  await wizard.main.getByRole('button', { name: '完成受理' }).click()
  await expect(wizard.main.getByRole('alert').filter({ hasText: '严重投诉和危机必须先请上级参与。' })).toBeVisible()
  await expect(wizard.stepHeading).toHaveText('第 6 步：上级参与')

  await wizard.main.getByRole('combobox', { name: '上级' }).selectOption({ index: 1 })
  await wizard.main.getByRole('button', { name: '请上级参与' }).click()
  await expect(wizard.main.getByRole('alert').filter({ hasText: '请写明请上级参与的原因。' })).toBeVisible()
  await wizard.main.getByRole('textbox', { name: '请上级参与的原因' }).fill('客户要求退款，超出前台权限')
  await wizard.main.getByRole('button', { name: '请上级参与' }).click()
  await expect(wizard.main).toContainText('客户要求退款，超出前台权限')
  await wizard.next()
  await wizard.main.getByRole('button', { name: '完成受理' }).click()
  await expect(wizard.main.locator('.complaint-header')).toContainText('已解决')

  // Coaching: the phrase typed counts once for 王芳, and the dismissal waits for review.
  await page.goto('/#/scripts/coaching')
  const hits = page.getByRole('main').getByRole('region', { name: '各员工的禁语提示' })
  const row = hits.getByRole('row').filter({ hasText: '王芳' })
  await expect(row.getByRole('cell').first()).toHaveText('1')
  const review = page.getByRole('main').getByRole('region', { name: /误报待确认/ })
  await expect(review.getByRole('listitem')).toHaveCount(1)
  await expect(review.getByRole('listitem').first()).toContainText(number)
  await expect(review.getByRole('listitem').first()).toContainText('这是公司的规定')
})

test('in English: coached wording, and "That\'s company policy" flagged with a better phrasing', async ({ shell, page }) => {
  await shell.open()
  await shell.startEmpty('Amy')
  await shell.goTo('设置')
  await page.getByRole('main').getByRole('combobox', { name: /界面语言|Language/ }).selectOption('en')
  await page.goto('/#/complaints/new')
  const main = page.getByRole('main')
  await main.getByRole('textbox', { name: 'Name' }).fill('Li Lei')
  await main.getByRole('button', { name: 'File them and start' }).click()
  const wizard = new ComplaintWizard(page)
  await expect(wizard.stepHeading).toHaveText('Step 1: Listen and acknowledge')
  await expect(wizard.coaching.getByRole('button', { name: /^Insert: / }).first()).toBeVisible()
  await wizard.reply.fill("Sorry, but that's company policy.")
  await expect(wizard.flags.first()).toContainText('Never say:')
  await expect(wizard.flags.first()).toContainText('Say instead:')
  await wizard.flags.first().getByRole('button', { name: 'Use the better wording' }).click()
  await expect(wizard.reply).not.toHaveValue(/policy/)
  await expect(wizard.flags).toHaveCount(0)
})

test('Settings: the shop name heads the slip, deadlines refuse nonsense, the shop’s own category can be chosen', async ({ shell, page }) => {
  await shell.open()
  await shell.startEmpty('王芳')
  await shell.goTo('设置')
  const settings = page.getByRole('main')

  const shop = settings.getByRole('region', { name: '门店' })
  await shop.getByRole('textbox', { name: '门店名称' }).fill('滨江家电服务中心')
  await shop.getByRole('button', { name: '保存' }).click()
  await expect(shop.getByRole('status')).toHaveText('已保存。')

  const complaints = settings.getByRole('region', { name: '投诉处理' })
  await complaints.getByRole('textbox', { name: '严重投诉 · 答复时限（小时）' }).fill('100')
  await complaints.getByRole('button', { name: '保存' }).first().click()
  await expect(complaints.getByRole('alert')).toHaveText('请填写正数，且答复时限不能长于解决时限。')
  await complaints.getByRole('textbox', { name: '严重投诉 · 答复时限（小时）' }).fill('2')
  await complaints.getByRole('button', { name: '保存' }).first().click()
  await expect(complaints.getByRole('status').first()).toHaveText('已保存。')

  await complaints.getByRole('textbox', { name: '门店自定义类别' }).fill('送货损坏\n安装延误')
  await complaints.getByRole('button', { name: '保存' }).last().click()
  // Both forms of the card have now said so: the deadlines' and the categories'.
  await expect(complaints.getByRole('status').filter({ hasText: '已保存。' })).toHaveCount(2)
  await page.reload()
  await expect(page.getByRole('main').getByRole('textbox', { name: '门店自定义类别' })).toHaveValue('送货损坏\n安装延误')

  await page.goto('/#/complaints/new')
  await page.getByRole('main').getByRole('textbox', { name: '姓名' }).fill('李雷')
  await page.getByRole('main').getByRole('button', { name: '建档并开始受理' }).click()
  const wizard = new ComplaintWizard(page)
  const number = await wizard.complaintNumber()
  await wizard.steps.getByRole('button', { name: /分类定级/ }).click()
  await wizard.main.getByRole('combobox', { name: '投诉类别' }).selectOption({ label: '安装延误' })
  await expect(wizard.main.locator('.complaint-header')).toContainText('安装延误')

  await wizard.main.getByRole('link', { name: '打印回执' }).click()
  await expect(page.getByRole('main')).toContainText('滨江家电服务中心')
  await expect(page.getByRole('main')).toContainText(number)
})
