// The meeting story (会议):
//   郑海 (综合科 科长) applies for a meeting starting in half an hour: a free room (or, outside the rooms'
//   opening hours, a 腾讯会议 link), 黄晓燕 and 何平 as attendees, 徐静 as recorder, an agenda; the form
//   shows whether anyone clashes; it goes to approval and the approvers approve it (over the API);
//   黄晓燕, on a phone, finds it in 我的会议 and accepts; at the door she opens the sign-in link of the QR
//   code on a phone that is not logged in, logs in, and comes back signed in; the organiser sees the
//   figures; 徐静 writes the minutes from the template with a decision (owner, department, deadline)
//   and publishes them, and the decision is now a supervision item.
// Demo people (server/src/modules/org/DEMO_ACCOUNTS.md).
import { base, check, closePage, expectMessage, newPage, pickDates, scenario, shoot, signIn, account, waitFor } from './lib.mjs';
import { apiAs, approveMeetingFlow } from './api.mjs';
import { pickPerson, typeHours } from './forms.mjs';
import { publishMinutes } from './meeting-steps.mjs';

const TOPIC = '综合科季度工作推进会';
const DECISION = '年底前完成全部档案数字化扫描';
const pad = (n) => String(n).padStart(2, '0');
const clock = (d) => `${pad(d.getHours())}:${pad(d.getMinutes())}`;
const dateOf = (d) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
const unitClock = (d) => new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(d);

export async function meetings() {
  let meetingId;

  await scenario('科长 applies for a meeting with a room and attendees; the clash check answers; it goes to approval', async () => {
    // Half an hour ahead, on a five-minute step, for an hour.
    const start = new Date(Math.ceil((Date.now() + 30 * 60_000) / 300_000) * 300_000);
    const end = new Date(start.getTime() + 60 * 60_000);
    const roomOpen = dateOf(start) === dateOf(end) && unitClock(start) >= '08:00' && unitClock(end) <= '21:30' && unitClock(end) > unitClock(start);
    const page = await newPage();
    await signIn(page, 'zhenghai');
    await page.goto(`${base}/meetings/new`);
    await page.getByTestId('topic').fill(TOPIC);
    await pickDates(page, page.getByTestId('date'), [dateOf(start)]);
    await typeHours(page, page.locator('.ant-picker-range'), clock(start), clock(end));
    if (roomOpen) {
      await page.getByTestId('room-picker').click();
      await page.locator('.ant-select-dropdown:visible .ant-select-item-option:not(.ant-select-item-option-disabled)').first().click();
    } else {
      // Ant Design's button-style radio hides its input: click the button the person sees.
      await page.locator('.ant-radio-button-wrapper').filter({ hasText: '线上会议' }).click();
      await page.getByPlaceholder('https://meeting.tencent.com/dm/…').fill('https://meeting.tencent.com/dm/e2e2026');
    }
    const form = page.getByTestId('apply-form');
    await pickPerson(page, form.locator('.ant-form-item').filter({ hasText: '参会人员' }).first().locator('.ant-select'), '黄晓燕');
    await pickPerson(page, form.locator('.ant-form-item').filter({ hasText: '参会人员' }).first().locator('.ant-select'), '何平');
    await page.getByTestId('clash-none').or(page.getByTestId('clash-alert')).first().waitFor();
    await pickPerson(page, form.locator('.ant-form-item').filter({ hasText: '记录人' }).locator('.ant-select'), '徐静');
    await page.getByPlaceholder('议题').first().fill('第四季度重点工作推进情况');
    await shoot(page, 'meetings-apply', { fullPage: true });
    await page.getByTestId('apply-submit').click();
    await page.waitForURL(/\/meetings\/[0-9a-f-]{36}$/);
    meetingId = page.url().split('/').pop();
    await page.getByTestId('meeting-topic').getByText(TOPIC).waitFor();
    await page.getByText('审批中').first().waitFor();
    await closePage(page);
  });

  await scenario('it is approved; 黄晓燕 finds it on a phone (375 px) and accepts', async () => {
    check(meetingId, 'no meeting from the previous scenario');
    const organiser = await apiAs('zhenghai');
    const { flowInstanceId } = await organiser('GET', `/api/meetings/${meetingId}`);
    await approveMeetingFlow(flowInstanceId);
    await waitFor('the approval', async () => (await organiser('GET', `/api/meetings/${meetingId}`)).status === 'approved');
    const page = await newPage({ phone: true });
    await signIn(page, 'huangxiaoyan');
    await page.goto(`${base}/meetings`);
    await page.getByTestId('meeting-card').filter({ hasText: TOPIC }).click();
    await page.waitForURL(new RegExp(`/meetings/${meetingId}$`));
    await page.getByTestId('reply-accept').click();
    await expectMessage(page, '已回复');
    await page.getByTestId('reply-bar').getByText('接受', { exact: true }).first().waitFor();
    await shoot(page, 'meetings-page', { fullPage: true });
    await closePage(page);
  });

  await scenario('at the door: the QR code is shown; a phone not logged in opens the sign-in link, logs in and is signed in', async () => {
    check(meetingId, 'no meeting from the previous scenario');
    const desk = await newPage();
    await signIn(desk, 'zhenghai');
    await desk.goto(`${base}/meetings/${meetingId}?tab=signin`);
    await desk.getByTestId('sign-in-qr').waitFor();
    const { path } = await (await apiAs('zhenghai'))('GET', `/api/meetings/${meetingId}/sign-in/code`);

    const phone = await newPage({ phone: true });
    await phone.goto(`${base}${path}`);
    await phone.waitForURL(/\/login\?next=/);
    await phone.getByLabel('用户名').fill('huangxiaoyan');
    await phone.getByLabel('密码', { exact: true }).fill(account('huangxiaoyan').password);
    await phone.getByRole('button', { name: /^登\s*录$/ }).click();
    await phone.waitForURL(new RegExp(`/m/signin/${meetingId}`));
    await phone.getByTestId('sign-in-done').getByText('签到成功').waitFor();
    await shoot(phone, 'meetings-signed-in');
    await closePage(phone);

    await desk.reload();
    await desk.getByTestId('attendance').getByText('实到').waitFor();
    const figures = await (await apiAs('zhenghai'))('GET', `/api/meetings/${meetingId}/attendance`);
    check(figures.signed === 1 && figures.expected === 2, `attendance ${JSON.stringify(figures)}`);
    await shoot(desk, 'meetings-sign-in-qr');
    await closePage(desk);
  });

  await scenario('the recorder writes the minutes with a decision and publishes them; the decision becomes a supervision item', async () => {
    check(meetingId, 'no meeting from the previous scenario');
    const page = await newPage();
    await signIn(page, 'xujing');
    await publishMinutes(page, meetingId, { resolutions: '一、各科室按季度计划推进重点工作。', decision: DECISION, owner: '郑海', department: '综合科', deadline: dateOf(new Date(Date.now() + 30 * 86_400_000)) });
    await page.getByTestId('minutes-status').getByText('已印发').waitFor();
    await shoot(page, 'meetings-minutes', { fullPage: true });
    const minutes = await (await apiAs('zhenghai'))('GET', `/api/meetings/${meetingId}/minutes`);
    check(minutes.decisions[0]?.supervisionItemId, 'the decision has its supervision item');
    await closePage(page);
  });

  await scenario('工作台：会议提醒、我的督办、今日日程', async () => {
    check(meetingId, 'no meeting from the previous scenarios');
    const { startAt } = await (await apiAs('zhenghai'))('GET', `/api/meetings/${meetingId}`);
    // 何平 is invited and has not replied yet.
    const page = await newPage({ phone: true });
    await signIn(page, 'heping');
    await page.goto(`${base}/`);
    const upcoming = page.getByTestId('widget-meetingsUpcoming');
    const row = upcoming.getByTestId('widget-meeting').filter({ hasText: TOPIC });
    await row.getByText('待回复').waitFor();
    check((await row.getAttribute('href')) === `/meetings/${meetingId}`, `the reminder links to ${await row.getAttribute('href')}`);
    await upcoming.getByRole('button', { name: '我的会议' }).waitFor();

    const supervision = page.getByTestId('widget-supervisionMine');
    for (const key of ['open', 'overdue', 'reportDue']) await supervision.getByTestId(`supervision-count-${key}`).waitFor();
    await supervision.getByRole('button', { name: '我的督办' }).waitFor();

    const today = page.getByTestId('widget-scheduleToday');
    await today.getByRole('button', { name: /新建日程/ }).waitFor();
    if (dateOf(new Date(startAt)) === dateOf(new Date())) await today.getByTestId('widget-schedule-item').filter({ hasText: TOPIC }).waitFor();
    else await today.getByText('今天没有日程').or(today.getByTestId('widget-schedule-item').first()).first().waitFor();

    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    check(overflow <= 0, `the workspace is ${overflow}px wider than the phone`);
    await shoot(page, 'workspace-meetings-widgets', { fullPage: true });
    await today.getByRole('button', { name: /新建日程/ }).click();
    await page.waitForURL(/\/schedule$/);
    await closePage(page);

    // 郑海 owns the decision the minutes turned into a supervision item: it is among his nearest deadlines.
    const { items } = await (await apiAs('zhenghai'))('GET', '/api/supervision/items?scope=mine&pageSize=200');
    const decision = items.find((i) => i.title === `${TOPIC}：决议1`);
    check(decision, 'the decision is among 郑海’s supervision items');
    const desk = await newPage();
    await signIn(desk, 'zhenghai');
    await desk.goto(`${base}/`);
    const mine = desk.getByTestId('widget-supervisionMine');
    const open = await mine.getByTestId('supervision-count-open').innerText();
    check(open.includes(String(items.filter((i) => i.status === 'open').length)), `进行中 shows "${open}"`);
    if (items.indexOf(decision) < 3) {
      const link = mine.getByTestId('widget-supervision-item').filter({ hasText: decision.title });
      check((await link.getAttribute('href')) === `/supervision/items/${decision.id}`, 'the item links to its page');
    }
    await closePage(desk);
  });
}
