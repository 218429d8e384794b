// The 督办 story: 谢军 (督查科 科长, 督查员) enters an item for 综合科 with 郑海 answerable and a
//   deadline; 郑海, on a 375-px phone, finds it in 我的督办 and reports progress with a file; a 收文 marked 督办
//   (driven over the API) whose 督办 deadline has passed turns 综合科 red on the 考核 board; 谢军
//   produces the month's 通报 and the PDF downloads.
// Demo people (server/src/modules/org/DEMO_ACCOUNTS.md).
import fs from 'node:fs';
import { base, check, expectMessage, formItem, isPhone, newPage, pickDates, scenario, shoot, signIn } from './lib.mjs';
import { apiAs, departmentId } from './api.mjs';
import { pickPerson, pickDepartment } from './forms.mjs';

const TITLE = '推进政务服务事项“一网通办”梳理';
const PROGRESS = '已完成事项梳理，正在核对办事指南。';
const OVERDUE_TITLE = '关于报送安全生产检查情况的通知';

const pad = (n) => String(n).padStart(2, '0');
const day = (offset) => {
  const d = new Date(Date.now() + offset * 86_400_000);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};

/** A 收文 marked 督办 for 综合科 at 批示, whose 督办 deadline the registry then sets to yesterday. */
async function overdueIncoming() {
  const wuting = await apiAs('wuting');
  const general = await departmentId(wuting, '综合科');
  const { id } = await wuting('POST', '/api/incoming', { title: OVERDUE_TITLE, sourceUnit: '示例市应急管理局', sourceDocNo: `示应急〔${new Date().getFullYear()}〕7号`, kind: 'notice', copies: 1, pages: 1 });
  await (await apiAs('zhangwei'))('POST', `/api/incoming/${id}/propose`, { opinion: '拟请综合科办理', handlingDepartmentId: general, deadline: day(10), supervised: true });
  await (await apiAs('wangjianguo'))('POST', `/api/incoming/${id}/instruct`, { opinion: '请综合科按期报送。' });
  await wuting('POST', `/api/incoming/${id}/supervise`, { supervised: true, deadline: day(-1) });
}

export async function supervision() {
  await scenario('督办立项: 谢军 enters an item for 综合科 with 郑海 answerable, a deadline and a milestone', async () => {
    const page = await newPage();
    await signIn(page, 'xiejun');
    await page.goto(`${base}/supervision/items/new`);
    await page.getByTestId('new-title').fill(TITLE);
    await page.getByLabel('内容（批示、要求）').fill('主任批示：年底前完成全部事项梳理。');
    await pickDepartment(page, formItem(page, '牵头单位').locator('.ant-select'), '综合科');
    await pickPerson(page, formItem(page, '责任人').locator('.ant-select'), '郑海');
    await pickDates(page, page.getByTestId('new-deadline'), [day(14)]);
    await page.getByRole('button', { name: '添加节点' }).click();
    await page.getByPlaceholder('节点名称').fill('完成事项清单');
    await pickDates(page, page.getByPlaceholder('节点日期'), [day(7)]);
    await page.getByTestId('new-submit').click();
    await page.waitForURL(/\/supervision\/items\/[0-9a-f-]{36}$/);
    const item = page.getByTestId('supervision-item');
    await item.getByText(TITLE).waitFor();
    check((await item.getByTestId('supervision-status').textContent()) === '进行中', 'a new item is in progress');
    await item.getByText('完成事项清单').waitFor();
    await shoot(page, 'supervision-item-new', { fullPage: true });
  });

  await scenario('我的督办 on a 375-px phone: 郑海 finds the item and reports progress', async () => {
    const page = await newPage({ phone: true });
    check(isPhone(page), 'the page is at phone width');
    await signIn(page, 'zhenghai');
    await page.goto(`${base}/supervision/mine`);
    const card = page.getByTestId('supervision-card').filter({ hasText: TITLE });
    await card.waitFor();
    await shoot(page, 'supervision-mine');
    await card.click();
    await page.waitForURL(/\/supervision\/items\/[0-9a-f-]{36}$/);
    await page.getByTestId('action-report').click();
    await page.getByTestId('report-body').fill(PROGRESS);
    await page.getByLabel('完成进度（%）').fill('40');
    await page.locator('.ant-modal input[type=file]').setInputFiles({ name: '进展说明.txt', mimeType: 'text/plain', buffer: Buffer.from('事项清单已核对。') });
    await page.locator('.ant-modal a[href^="/api/files/"]').getByText('进展说明.txt').waitFor();
    await page.getByRole('button', { name: /^提\s*交$/ }).click();
    await expectMessage(page, '已完成');
    await page.getByTestId('event-report').getByText(PROGRESS).waitFor();
    await page.getByTestId('event-report').getByText('40%').waitFor();
    await page.getByTestId('event-report').getByRole('link', { name: /进展说明\.txt/ }).waitFor();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    check(width <= 375, `the item page fits 375 px (scroll width ${width})`);
    await shoot(page, 'supervision-report', { fullPage: true });
  });

  await scenario('考核: an overdue 督办 item turns 综合科 red on the board', async () => {
    await overdueIncoming();
    const page = await newPage();
    await signIn(page, 'xiejun');
    await page.goto(`${base}/supervision/items`);
    const row = page.locator('tr').filter({ hasText: OVERDUE_TITLE });
    await row.getByTestId('supervision-status').getByText('逾期').waitFor();
    await page.goto(`${base}/supervision/board`);
    const general = page.getByTestId('board-table').locator('tr').filter({ hasText: '综合科' });
    await general.getByTestId('board-overdue').waitFor();
    check((await general.getAttribute('data-overdue')) === 'yes', '综合科 is marked overdue on the board');
    await page.getByTestId('board-rate-chart').locator('canvas').first().waitFor();
    await page.getByTestId('board-trend-chart').locator('canvas').first().waitFor();
    await shoot(page, 'supervision-board', { fullPage: true });
  });

  await scenario('通报: 谢军 produces the month’s bulletin and the PDF downloads', async () => {
    const page = await newPage();
    await signIn(page, 'xiejun');
    await page.goto(`${base}/supervision/bulletin`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('bulletin-download').click()]);
    check(/^督办通报-\d{4}-\d{2}\.pdf$/.test(download.suggestedFilename()), `the file is named for the period (${download.suggestedFilename()})`);
    const file = await download.path();
    check(fs.readFileSync(file).subarray(0, 5).toString() === '%PDF-', 'the download is a PDF');
    await page.locator('.ant-table').getByText('谢军').first().waitFor();
    await shoot(page, 'supervision-bulletin');
  });
}
