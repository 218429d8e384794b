// 会议室 (rooms): 张伟 (秘书科 科长) drags across free quarter hours of 第二会议室 in the availability grid,
// names the booking in the small form and sees the slot taken; 孙丽, whose grid was opened before that,
// drags the same time and the server refuses her with the clash named; 张伟 cancels under 我的预订 and
// the time is free again; on a 375-px phone with a touch screen 孙丽 taps a start and an end in
// 小会议室 and books it. Demo people (server/src/modules/org/DEMO_ACCOUNTS.md).
import path from 'node:path';
import { base, browser, check, expectMessage, newPage, PHONE, scenario, shoot, shots, signIn } from './lib.mjs';

/** A date some days ahead on the unit's wall clock (Asia/Shanghai), as the grid's URL takes it. */
const daysAhead = (days) => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(new Date(Date.now() + days * 86_400_000));
const DATE = daysAhead(3);
const cell = (page, room, time) => page.getByTestId(`cell-${room}-${DATE}-${time}`);

/** Presses on the first quarter hour, moves across to the last, and lets go: a drag with the mouse. */
async function drag(page, room, from, to) {
  const start = await cell(page, room, from).boundingBox();
  const end = await cell(page, room, to).boundingBox();
  check(start && end, `the cells ${from} and ${to} of ${room} are not free`);
  await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
  await page.mouse.down();
  await page.mouse.move(end.x + end.width / 2, end.y + end.height / 2, { steps: 6 });
  await page.mouse.up();
}

async function fillAndBook(page, title) {
  const dialog = page.getByRole('dialog');
  await dialog.getByTestId('book-title').fill(title);
  await dialog.getByTestId('book-submit').click();
}

export async function rooms() {
  await scenario('会议室：拖动预订、被占用、他人被拒、取消释放', async () => {
    const late = await newPage();
    await signIn(late, 'sunli');
    await late.goto(`${base}/rooms?date=${DATE}`);
    await cell(late, '第二会议室', '10:00').waitFor();

    const page = await newPage();
    await signIn(page, 'zhangwei');
    await page.goto(`${base}/rooms?date=${DATE}`);
    await drag(page, '第二会议室', '10:00', '10:45');
    const dialog = page.getByRole('dialog');
    await dialog.getByText(`第二会议室 · ${DATE}`).waitFor();
    await dialog.getByText('11:00', { exact: true }).first().waitFor();
    await fillAndBook(page, '科务会');
    await expectMessage(page, '已预订 1 个时段');
    await page.getByTestId('booking-科务会').waitFor();
    check(!(await cell(page, '第二会议室', '10:30').count()), 'the booked quarter hours still show free');
    await shoot(page, 'rooms-grid-booked');

    // 孙丽's grid still shows the time free: the server decides.
    await drag(late, '第二会议室', '10:15', '11:15');
    await fillAndBook(late, '学习会');
    await expectMessage(late, `会议室在 ${DATE} 10:00–11:00 已被占用（科务会），请另选时段`);
    await late.getByRole('dialog').getByRole('button', { name: /取\s*消/ }).click();

    await page.goto(`${base}/rooms/mine`);
    await page.getByTestId('cancel-科务会').click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: /确\s*定/ }).click();
    await expectMessage(page, '已取消，时段已释放');
    await page.goto(`${base}/rooms?date=${DATE}`);
    await cell(page, '第二会议室', '10:30').waitFor();
    check(!(await page.getByTestId('booking-科务会').count()), 'the cancelled booking still shows');

    // One room's week: a row per day from the chosen date.
    await page.getByText('按周', { exact: true }).click();
    await page.waitForURL(/view=week/);
    await page.locator('.room-grid-row').nth(7).waitFor();
    check((await page.locator('.room-grid-row').count()) === 8, 'the week view does not show seven days');
    await shoot(page, 'rooms-week');
  });

  await scenario('会议室：常委会议室预订待审批，袁媛同意', async () => {
    const page = await newPage();
    await signIn(page, 'sunli');
    await page.goto(`${base}/rooms?date=${DATE}`);
    await drag(page, '常委会议室', '15:00', '15:45');
    await page.getByRole('dialog').getByText('该会议室的预订需经管理员审批，审批前时段仍为您保留。').waitFor();
    await fillAndBook(page, '专题会');
    await expectMessage(page, '已提交，等待会议室管理员审批');
    await page.getByTestId('booking-专题会').and(page.locator('.pending')).waitFor();

    const admin = await newPage();
    await signIn(admin, 'yuanyuan');
    await admin.goto(`${base}/rooms/manage/approvals`);
    const item = admin.locator('.ant-list-item').filter({ hasText: '专题会' });
    await item.getByText(`常委会议室 · ${DATE} 15:00–16:00`, { exact: false }).waitFor();
    await item.getByRole('button', { name: /^同\s*意$/ }).click();
    await expectMessage(admin, '操作成功');
    await admin.goto(`${base}/rooms/manage`);
    await admin.getByText('常委会议室', { exact: true }).waitFor();
    await shoot(admin, 'rooms-admin');

    await page.goto(`${base}/rooms/mine`);
    await page.getByTestId('mine-专题会').getByText('已预订', { exact: true }).waitFor();
  });

  await scenario('会议室：手机（375 px）点选开始和结束时间预订', async () => {
    const context = await browser.newContext({ viewport: PHONE, locale: 'zh-CN', hasTouch: true, isMobile: true });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    try {
      await signIn(page, 'sunli');
      await page.goto(`${base}/rooms?date=${DATE}`);
      await page.getByText('先点开始时间，再点结束时间，即可预订。').waitFor();
      await cell(page, '小会议室', '14:00').tap();
      await page.getByText('已选开始 14:00，请点结束时间').waitFor();
      await cell(page, '小会议室', '14:30').tap();
      await fillAndBook(page, '小组讨论');
      await expectMessage(page, '已预订 1 个时段');
      await page.getByTestId('booking-小组讨论').waitFor();
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      check(width <= PHONE.width, `the page is ${width} px wide at 375 px (only the grid may scroll sideways)`);
      await page.screenshot({ path: path.join(shots, 'rooms-grid-phone-375.png') });
    } catch (error) {
      await page.screenshot({ path: path.join(shots, 'FAILED-rooms-phone.png') }).catch(() => undefined);
      throw error;
    } finally {
      await context.close();
    }
  });
}
