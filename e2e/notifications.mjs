// 消息中心 (the notification centre):
//   周杰 has the workspace open when 孙丽 starts a flow whose first step is his: the bell's count goes up
//   without a reload (server-sent events), the panel (a drawer on a phone) shows the 待办 and opens the instance;
//   on a phone (375 px) the 消息中心 page lists it unread, marks it read, and 全部标为已读 empties the count;
//   the system administrator (曹阳) sends a test e-mail from 消息通道, which the e2e mailbox receives;
//   a WeCom robot without a webhook fails, and the failure shows in 投递记录 (filtered to 失败) with 重试.
// Demo people (server/src/modules/org/DEMO_ACCOUNTS.md).
import { base, check, expectMessage, newPage, scenario, shoot, signIn, waitForMail, isPhone } from './lib.mjs';
import { apiAs } from './api.mjs';

const TITLE = '关于采购办公用品的请示';
const TEST_ADDRESS = 'e2e-check@example.gov.cn';

/** The bell's unread count (its data-count: the badge animates in and out). */
const bellCount = async (page) => Number(await page.getByTestId('notice-bell').getAttribute('data-count'));

async function waitForBellCount(page, expected) {
  for (let i = 0; i < 100; i++) {
    if ((await bellCount(page)) === expected) return;
    await page.waitForTimeout(100);
  }
  check(false, `the bell shows ${await bellCount(page)}, expected ${expected}`);
}

/** A one-step flow for 周杰, published by the flow administrator (张伟), started by 孙丽 with `title`. */
async function startFlowForZhoujie(title) {
  const zhoujie = (await (await apiAs('zhoujie'))('GET', '/api/auth/me')).user.id;
  const admin = await apiAs('zhangwei');
  const { id } = await admin('POST', '/api/workflow/definitions', { key: `notice-e2e-${Date.now()}`, name: '消息测试流程' });
  const tree = {
    id: 'start',
    name: '发起人',
    type: 'start',
    next: { id: 'review', name: '科长审核', type: 'approval', assignee: { kind: 'users', userIds: [zhoujie] }, mode: 'any', emptyPolicy: 'autoPass', next: null },
  };
  await admin('PUT', `/api/workflow/definitions/${id}`, { tree, form: { fields: [{ id: 'title', type: 'text', label: '事由' }] } });
  await admin('POST', `/api/workflow/definitions/${id}/publish`);
  return (await (await apiAs('sunli'))('POST', '/api/workflow/instances', { definitionId: id, title, form: { title } })).id;
}

export async function notifications() {
  let instanceId;

  await scenario('a workflow task reaches 周杰’s bell live, and the panel opens it', async () => {
    const page = await newPage();
    await signIn(page, 'zhoujie');
    // The count has loaded (data-count is set then); give the stream a moment to open.
    await page.locator('[data-testid="notice-bell"][data-count]').waitFor();
    await page.waitForTimeout(500);
    const before = await bellCount(page);
    instanceId = await startFlowForZhoujie(TITLE);
    await waitForBellCount(page, before + 1);
    await page.locator('.ant-notification').getByText(/^待办：/).first().waitFor();
    await page.getByTestId('notice-bell').click();
    const panel = page.getByTestId('notice-panel');
    const item = panel.getByTestId('notice-item').first();
    await item.waitFor();
    check((await item.getAttribute('data-unread')) === 'true', 'the new notice is not shown unread');
    check((await item.textContent()).includes(`待办：${TITLE}`), `the panel's first notice is ${await item.textContent()}`);
    // Opened again at each width, so that the panel is placed for that width.
    await shoot(page, 'notifications-bell', {
      prepare: async () => {
        // A drawer on a phone (closed with Esc), a pop-over on a desktop (closed by the bell); either fades out.
        if (await panel.isVisible()) {
          if (isPhone(page)) await page.keyboard.press('Escape');
          else await page.getByTestId('notice-bell').click();
        }
        await panel.waitFor({ state: 'hidden' });
        await page.getByTestId('notice-bell').click();
        await item.waitFor();
        await page.waitForTimeout(300);
      },
    });
    await item.click();
    await page.waitForURL(new RegExp(`/workflow/instances/${instanceId}$`));
    await waitForBellCount(page, before);
  });

  await scenario('the 消息中心 page on a phone: filter, mark read, mark all read; quiet hours', async () => {
    // A second notice (an urge from 孙丽) to find unread.
    await (await apiAs('sunli'))('POST', `/api/workflow/instances/${instanceId}/urge`, { message: '请今天处理' });
    const page = await newPage({ phone: true });
    await signIn(page, 'zhoujie');
    await page.goto(`${base}/me/notifications`);
    const urged = page.getByTestId('notice-item').filter({ hasText: '催办：' }).first();
    await urged.waitFor();
    check((await urged.getAttribute('data-unread')) === 'true', 'the urge is not shown unread');
    check((await page.evaluate(() => document.documentElement.scrollWidth)) <= 375, 'the 消息中心 page is wider than the phone');
    await page.getByRole('tab', { name: '审批' }).click();
    await page.getByTestId('notice-item').filter({ hasText: '催办：' }).first().waitFor();
    await shoot(page, 'notifications-center', { fullPage: true });
    await page.getByRole('listitem').filter({ hasText: '催办：' }).getByRole('button', { name: '标为已读' }).click();
    await page.getByTestId('notice-item').filter({ hasText: '催办：' }).and(page.locator('[data-unread="false"]')).first().waitFor();
    // Whatever else is unread (the demo unit's own flows) goes with 全部标为已读.
    await page.getByRole('tab', { name: '全部' }).click();
    const readAll = page.getByRole('button', { name: '全部标为已读' });
    await page.waitForTimeout(500);
    if (await readAll.isEnabled()) {
      await readAll.click();
      await expectMessage(page, '已全部标为已读');
    }
    await readAll.and(page.locator('[disabled]')).waitFor();
    check((await page.locator('[data-unread="true"]').count()) === 0, 'a notice is still shown unread');

    // Quiet hours, in the 通知渠道 card.
    await page.goto(`${base}/me/security`);
    const quiet = page.getByTestId('quiet-hours');
    await quiet.getByRole('switch', { name: '开启免打扰' }).click();
    await expectMessage(page, '已保存');
    check((await quiet.getByLabel('开始').inputValue()) === '22:00', 'quiet hours do not start at 22:00');
    check((await quiet.getByLabel('结束').inputValue()) === '07:00', 'quiet hours do not end at 07:00');
    await quiet.scrollIntoViewIfNeeded();
    await shoot(page, 'notifications-quiet-hours');
  });

  await scenario('the system administrator sends a test e-mail, received by the mailbox', async () => {
    const page = await newPage();
    await signIn(page, 'sysadmin');
    await page.goto(`${base}/system/notifications`);
    await page.getByText('未单独设置时使用服务器环境变量 TONGBAN_SMTP_URL。').waitFor();
    await page.getByLabel('测试收件地址').fill(TEST_ADDRESS);
    await page.getByRole('button', { name: '发送测试邮件' }).click();
    await expectMessage(page, '测试消息已发送');
    const mail = await waitForMail((m) => m.to?.text.includes(TEST_ADDRESS));
    check(mail.subject === '通办测试消息', `the test mail's subject is ${mail.subject}`);
    check(mail.text.includes('收到它，说明电子邮件设置正确。'), `the test mail says: ${mail.text}`);
    await shoot(page, 'notifications-settings', { fullPage: true });
  });

  await scenario('a failed delivery shows in 投递记录 for the administrator, who can retry it', async () => {
    const page = await newPage();
    await signIn(page, 'sysadmin');
    await page.goto(`${base}/system/notifications`);
    // No WeCom webhook is set: the robot test fails and is logged.
    await page.getByRole('button', { name: '发送测试消息' }).first().click();
    await expectMessage(page, '发送失败：未设置企业微信群机器人 Webhook');
    const log = page.getByTestId('delivery-log');
    await log.getByLabel('状态').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option[title="失败"]').click();
    const row = log.getByTestId('delivery-row').filter({ hasText: '企业微信' }).first();
    await row.waitFor();
    check((await row.textContent()).includes('失败'), `the row reads ${await row.textContent()}`);
    await shoot(page, 'notifications-delivery-log', { fullPage: true });
    await row.getByRole('button', { name: /^重\s*试$/ }).click();
    await expectMessage(page, '已重新排队发送');
  });
}
