// The story of issue 5, end to end:
//   郑海 (综合科 科长) applies for a weekly 周例会 on Thursdays four to six weeks ahead in 第一会议室, with
//   黄晓燕 and 何平 attending and 徐静 recording; the form warns that 黄晓燕 is busy then (her own entry);
//   the leaders approve (over the API: the approval pages are another group's); 黄晓燕's bell counts the
//   notice, 消息中心 lists it, and her mailbox holds the calendar invitation (parsed with ical.js); 郑海
//   uploads a material and a new version, and she is told and reads version 2; the first meeting is
//   brought forward to now (sign-in opens an hour before the start, and the run cannot wait weeks) and she
//   signs in from the QR code's link on a 375-px phone; 徐静 writes the minutes from the template with a
//   decision for 黄晓燕, publishes them, and she finds the 督办 item on her phone and reports progress.
// Demo people (server/src/modules/org/DEMO_ACCOUNTS.md).
import ICAL from 'ical.js';
import { base, check, closePage, expectMessage, formItem, newPage, pickDates, scenario, shoot, signIn, waitForMail, waitFor } from './lib.mjs';
import { apiAs, approveMeetingFlow } from './api.mjs';
import { pickPerson, typeHours } from './forms.mjs';
import { publishMinutes } from './meeting-steps.mjs';

const TOPIC = '综合科周例会（e2e 全流程）';
const ROOM = '第一会议室';
const WEEKS = 3;
const CLASH = '市局业务培训';
const MATERIAL = '周例会议程.txt';
const DECISION = '下周五前报送本科室年度工作总结';
const PROGRESS = '总结初稿已完成，正在征求科室意见。';
const HUANG_MAIL = 'huangxiaoyan@demo.gov.cn';

const pad = (n) => String(n).padStart(2, '0');
const dateOf = (d) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
const at = (day, hour, minute) => new Date(day.getFullYear(), day.getMonth(), day.getDate(), hour, minute);

/** The first Thursday at least four weeks ahead (local midnight): a date no other group books. */
function firstThursday() {
  const d = new Date();
  d.setHours(0, 0, 0, 0);
  d.setDate(d.getDate() + 28);
  while (d.getDay() !== 4) d.setDate(d.getDate() + 1);
  return d;
}

/** A mail's calendar invitation, parsed (METHOD and the VEVENT), or undefined. */
function invitationOf(mail) {
  const part = (mail.attachments ?? []).find((a) => a.contentType?.startsWith('text/calendar'));
  if (!part) return undefined;
  const calendar = new ICAL.Component(ICAL.parse(part.content.toString('utf8')));
  return { method: calendar.getFirstPropertyValue('method'), event: calendar.getFirstSubcomponent('vevent') };
}

const bellCount = async (page) => Number(await page.getByTestId('notice-bell').getAttribute('data-count'));

/** The meeting as the form would send it again, at a new time and online (the room is not free now). */
function movedBody(m, startAt, endAt) {
  const named = (role) => m.attendees.filter((a) => a.role === role && !a.viaDepartmentId && !a.delegatedFrom).map((a) => a.userId);
  return {
    topic: m.topic,
    description: m.description,
    startAt,
    endAt,
    roomId: null,
    onlineUrl: 'https://meeting.tencent.com/dm/e2e2026story',
    classification: m.classification,
    attendeeUserIds: named('attendee'),
    observerUserIds: named('observer'),
    departmentIds: m.departments.map((d) => d.id),
    agenda: m.agenda.map((a) => ({ title: a.title, presenter: a.presenter ?? '', minutes: a.minutes ?? 0 })),
    recorderUserId: m.recorder?.userId ?? null,
    reminderMinutes: m.reminderMinutes,
  };
}

export async function meetingStory() {
  const first = firstThursday();
  let meetingId;
  let unreadBefore = 0;

  await scenario('story 1: 郑海 applies for a weekly 周例会; the form names 黄晓燕’s clash before he submits', async () => {
    await (await apiAs('huangxiaoyan'))('POST', '/api/schedule/entries', { title: CLASH, startAt: at(first, 9, 30).toISOString(), endAt: at(first, 10, 30).toISOString(), reminders: [] });
    const page = await newPage();
    await signIn(page, 'zhenghai');
    await page.goto(`${base}/meetings/new`);
    await page.getByTestId('topic').fill(TOPIC);
    await pickDates(page, page.getByTestId('date'), [dateOf(first)]);
    await typeHours(page, page.locator('.ant-picker-range'), '09:00', '10:00');
    await formItem(page, '周例会（每周同一时间）').getByRole('switch').click();
    await formItem(page, '共几周').locator('input').fill(String(WEEKS));
    await page.getByTestId('room-picker').click();
    await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${ROOM}"]:not(.ant-select-item-option-disabled)`).click();
    const form = page.getByTestId('apply-form');
    const attendees = form.locator('.ant-form-item').filter({ hasText: '参会人员' }).first().locator('.ant-select');
    await pickPerson(page, attendees, '黄晓燕');
    await pickPerson(page, attendees, '何平');
    const clash = page.getByTestId('clash-alert');
    await clash.getByText(/^黄晓燕：/).waitFor();
    const said = await clash.textContent();
    check(said.includes(`${dateOf(first)}`) && said.includes('09:30–10:30'), `the clash names her entry's time: ${said}`);
    check(said.includes(CLASH) || said.includes('忙碌'), `the clash says what (or 忙碌): ${said}`);
    check(!said.includes('何平'), `何平 is free then: ${said}`);
    await pickPerson(page, form.locator('.ant-form-item').filter({ hasText: '记录人' }).locator('.ant-select'), '徐静');
    await page.getByPlaceholder('议题').first().fill('各岗位本周工作完成情况及下周安排');
    await shoot(page, 'story-apply', { fullPage: true });
    await page.getByTestId('apply-submit').click();
    await page.waitForURL(/\/meetings\/[0-9a-f-]{36}$/);
    meetingId = page.url().split('/').pop();
    await page.getByTestId('meeting-topic').getByText(TOPIC).waitFor();
    await page.getByText('审批中').first().waitFor();
  });

  await scenario('story 2: the leaders approve the series (over the API)', async () => {
    check(meetingId, 'no meeting from the previous step');
    const organiser = await apiAs('zhenghai');
    unreadBefore = (await (await apiAs('huangxiaoyan'))('GET', '/api/notifications/unread-count')).count;
    const { flowInstanceId } = await organiser('GET', `/api/meetings/${meetingId}`);
    await approveMeetingFlow(flowInstanceId);
    await waitFor('the approval', async () => (await organiser('GET', `/api/meetings/${meetingId}`)).status === 'approved');
    const series = (await organiser('GET', '/api/meetings?when=upcoming&pageSize=100')).items.filter((m) => m.topic === TOPIC);
    check(series.length === WEEKS && series.every((m) => m.status === 'approved'), `the ${WEEKS} Thursdays are approved: ${JSON.stringify(series.map((m) => [m.startAt, m.status]))}`);
  });

  await scenario('story 3: 黄晓燕’s bell counts the notice, 消息中心 lists it, and her mailbox holds the invitation', async () => {
    check(meetingId, 'no meeting from the previous steps');
    const page = await newPage();
    await signIn(page, 'huangxiaoyan');
    await page.locator('[data-testid="notice-bell"][data-count]').waitFor();
    await waitFor('her bell to count the notice', async () => (await bellCount(page)) > unreadBefore);
    await page.goto(`${base}/me/notifications`);
    const notice = page.getByTestId('notice-item').filter({ hasText: `会议通知：${TOPIC}` }).first();
    await notice.waitFor();
    check((await notice.getAttribute('data-unread')) === 'true', 'the meeting notice is shown unread');
    await shoot(page, 'story-notice', { fullPage: true });

    const uid = `meeting-${meetingId}@tongban`;
    const mail = await waitForMail((m) => m.to?.text.includes(HUANG_MAIL) && invitationOf(m)?.event.getFirstPropertyValue('uid') === uid);
    const { method, event } = invitationOf(mail);
    check(method === 'REQUEST', `the invitation's METHOD is ${method}`);
    check(/^mailto:zhenghai@demo\.gov\.cn$/i.test(event.getFirstPropertyValue('organizer') ?? ''), `ORGANIZER is ${event.getFirstPropertyValue('organizer')}`);
    const invited = event.getAllProperties('attendee').map((p) => String(p.getFirstValue()).toLowerCase());
    check(invited.includes(`mailto:${HUANG_MAIL}`), `her address is an ATTENDEE: ${invited.join(', ')}`);
    check(event.getFirstPropertyValue('summary') === TOPIC, `SUMMARY is ${event.getFirstPropertyValue('summary')}`);
  });

  await scenario('story 4: the day before, 郑海 uploads a material and a new version; 黄晓燕 is told and reads version 2', async () => {
    check(meetingId, 'no meeting from the previous steps');
    const desk = await newPage();
    await signIn(desk, 'zhenghai');
    await desk.goto(`${base}/meetings/${meetingId}?tab=materials`);
    const list = desk.getByTestId('material-list');
    await list.waitFor();
    await desk.locator('input[type=file]').first().setInputFiles({ name: MATERIAL, mimeType: 'text/plain', buffer: Buffer.from('一、本周工作完成情况\n二、下周工作安排') });
    await list.getByText('第1版').waitFor();
    await list.locator('input[type=file]').first().setInputFiles({ name: MATERIAL, mimeType: 'text/plain', buffer: Buffer.from('一、本周工作完成情况\n二、下周工作安排\n三、其他事项') });
    await list.getByText('第2版').waitFor();
    await shoot(desk, 'story-materials', { fullPage: true });
    await closePage(desk);

    const page = await newPage();
    await signIn(page, 'huangxiaoyan');
    await page.goto(`${base}/me/notifications`);
    const notice = page.getByTestId('notice-item').filter({ hasText: `会议材料更新：${TOPIC}` }).first();
    await notice.getByText(/第 2 版/).waitFor();
    await notice.click();
    await page.waitForURL(new RegExp(`/meetings/${meetingId}`));
    await page.getByRole('tab', { name: '材料' }).click();
    const group = page.getByTestId('material-list').locator('.ant-list-item').filter({ hasText: MATERIAL });
    await group.getByText('第2版').waitFor();
    await group.getByText('第1版').waitFor();
  });

  await scenario('story 5: at the door, 黄晓燕 opens the QR code’s link on a 375-px phone and is signed in; 郑海 sees her', async () => {
    check(meetingId, 'no meeting from the previous steps');
    // Sign-in opens an hour before the start: the first meeting is brought forward to now.
    const organiser = await apiAs('zhenghai');
    const start = new Date(Date.now() + 10 * 60_000);
    await organiser('PUT', `/api/meetings/${meetingId}`, movedBody(await organiser('GET', `/api/meetings/${meetingId}`), start.toISOString(), new Date(start.getTime() + 60 * 60_000).toISOString()));

    // She is logged in on her phone already; the QR code's token changes every 30 s.
    const phone = await newPage({ phone: true });
    await signIn(phone, 'huangxiaoyan');
    const desk = await newPage();
    await signIn(desk, 'zhenghai');
    const code = desk.waitForResponse((r) => r.url().includes(`/api/meetings/${meetingId}/sign-in/code`) && r.ok());
    await desk.goto(`${base}/meetings/${meetingId}?tab=signin`);
    await desk.getByTestId('sign-in-qr').waitFor();
    const encoded = new URL((await (await code).json()).url);
    await phone.goto(`${base}${encoded.pathname}${encoded.search}`);
    await phone.getByTestId('sign-in-done').getByText('签到成功').waitFor();
    const width = await phone.evaluate(() => document.documentElement.scrollWidth);
    check(width <= 375, `the sign-in page fits 375 px (scroll width ${width})`);
    await shoot(phone, 'story-signed-in');
    await closePage(phone);

    await desk.reload();
    const signed = desk.getByTestId('attendance').locator('.ant-statistic').filter({ hasText: '实到' });
    await signed.locator('.ant-statistic-content-value').getByText('1', { exact: true }).waitFor();
    await shoot(desk, 'story-attendance');
    await desk.getByRole('tab', { name: '参会人员与回复' }).click();
    await desk.getByTestId('attendee-list').locator('.ant-list-item').filter({ hasText: '黄晓燕' }).getByText(/签到$/).waitFor();
  });

  await scenario('story 6: 徐静 writes the minutes with a decision for 黄晓燕 and publishes; she reports progress in 我的督办 at 375 px', async () => {
    check(meetingId, 'no meeting from the previous steps');
    const page = await newPage();
    await signIn(page, 'xujing');
    await publishMinutes(page, meetingId, { resolutions: '一、各岗位按计划推进年底工作。', decision: DECISION, owner: '黄晓燕', department: '综合科', deadline: dateOf(new Date(Date.now() + 21 * 86_400_000)) });
    await shoot(page, 'story-minutes', { fullPage: true });
    await closePage(page);

    const phone = await newPage({ phone: true });
    await signIn(phone, 'huangxiaoyan');
    await phone.goto(`${base}/supervision/mine`);
    const card = phone.getByTestId('supervision-card').filter({ hasText: `${TOPIC}：决议1` });
    await card.waitFor();
    await card.click();
    await phone.waitForURL(/\/supervision\/items\/[0-9a-f-]{36}$/);
    await phone.getByTestId('supervision-item').getByText(DECISION).waitFor();
    await phone.getByTestId('action-report').click();
    await phone.getByTestId('report-body').fill(PROGRESS);
    await phone.getByLabel('完成进度（%）').fill('30');
    await phone.getByRole('button', { name: /^提\s*交$/ }).click();
    await expectMessage(phone, '已完成');
    await phone.getByTestId('event-report').getByText(PROGRESS).waitFor();
    const width = await phone.evaluate(() => document.documentElement.scrollWidth);
    check(width <= 375, `the item page fits 375 px (scroll width ${width})`);
    await shoot(phone, 'story-supervision-report', { fullPage: true });
  });
}
