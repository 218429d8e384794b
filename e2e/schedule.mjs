// 日程 (MTG-5): 孙丽 (秘书科 科员) puts an entry with a 15-minute reminder in her week view by clicking
// an hour, finds it in the month and list views, creates her iCalendar subscription URL and fetches
// it as a calendar app would (no login; it parses as a VCALENDAR with her entry), stops it (404),
// and opens her calendar on a 375-px phone, where it starts on the list. 张伟 (秘书科 科长) creates the
// team calendar of his section from the department and puts a meeting of the section on it for 赵敏;
// she finds it in her own calendar and accepts it, which 张伟 sees; his free/busy shows her the hour, not what.
// Demo people (server/src/modules/org/DEMO_ACCOUNTS.md).
import ICAL from 'ical.js';
import { base, check, expectMessage, newPage, scenario, shoot, signIn } from './lib.mjs';
import { apiAs } from './api.mjs';

const TITLE = '起草季度工作总结（e2e）';
const HOUR = 15;
const TEAM = '秘书科日程（e2e）';
const TEAM_ENTRY = '科室周计划碰头（e2e）';

/** Tomorrow at midnight, local. */
const tomorrow = () => {
  const d = new Date();
  d.setHours(0, 0, 0, 0);
  d.setDate(d.getDate() + 1);
  return d;
};
/** Monday-based weekday index (0 = Monday). */
const weekdayIndex = (d) => (d.getDay() + 6) % 7;

async function chooseView(page, label) {
  await page.locator('.ant-segmented-item').filter({ hasText: new RegExp(`^${label}$`) }).click();
}

/** Sunli's entries with this title (over the API, as the server keeps them). */
async function entriesTitled(title) {
  const from = new Date(Date.now() - 86_400_000).toISOString();
  const to = new Date(Date.now() + 8 * 86_400_000).toISOString();
  const mine = await (await apiAs('sunli'))('GET', `/api/schedule?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`);
  return mine.items.filter((i) => i.title === title);
}

export async function schedule() {
  await scenario('日程：周视图点选时段新建带 15 分钟提醒的日程，月视图与列表中可见', async () => {
    const page = await newPage();
    await signIn(page, 'sunli');
    await page.goto(`${base}/schedule`);
    const grid = page.getByTestId('schedule-time-grid');
    await grid.waitFor();
    const day = tomorrow();
    // Tomorrow may be next week (today is Sunday).
    if (weekdayIndex(day) === 0) await page.getByRole('button', { name: '下一段' }).click();
    await grid.locator('.schedule-day-column').nth(weekdayIndex(day)).locator(`.schedule-hour-cell[data-hour="${HOUR}"]`).click();

    const drawer = page.locator('.ant-drawer').filter({ hasText: '新建日程' });
    await drawer.getByText('提醒', { exact: true }).waitFor();
    await drawer.locator('.ant-form-item').filter({ hasText: '标题' }).locator('input').fill(TITLE);
    await drawer.locator('.ant-form-item').filter({ hasText: '地点' }).locator('input').fill('三楼办公室');
    const fifteen = drawer.getByRole('checkbox', { name: '提前 15 分钟' });
    check(await fifteen.isChecked(), 'the 15-minute reminder is the default');
    await drawer.locator('.ant-radio-button-wrapper').filter({ hasText: /^高$/ }).click();
    await drawer.getByRole('button', { name: '确 定' }).or(drawer.getByRole('button', { name: '确定' })).click();
    await drawer.waitFor({ state: 'hidden' });
    await grid.getByRole('button', { name: new RegExp(TITLE) }).waitFor();

    const [saved] = await entriesTitled(TITLE);
    check(saved, 'the entry is in her calendar on the server');
    check(new Date(saved.startAt).getHours() === HOUR && new Date(saved.startAt).getDate() === day.getDate(), `it starts tomorrow at ${HOUR}:00: ${saved.startAt}`);
    const entry = await (await apiAs('sunli'))('GET', `/api/schedule/entries/${saved.refId}`);
    check(JSON.stringify(entry.reminders) === '[15]' && entry.priority === 'high', `reminder and priority kept: ${JSON.stringify(entry)}`);
    await shoot(page, 'schedule-week');

    await chooseView(page, '月');
    await page.locator('.ant-picker-calendar').getByRole('button', { name: new RegExp(TITLE) }).waitFor();
    await shoot(page, 'schedule-month');

    await chooseView(page, '列表');
    const list = page.getByTestId('schedule-list');
    await list.getByRole('button', { name: new RegExp(TITLE) }).waitFor();
    await list.getByRole('button', { name: new RegExp(TITLE) }).click();
    const edit = page.locator('.ant-drawer').filter({ hasText: '编辑日程' });
    check((await edit.locator('.ant-form-item').filter({ hasText: '标题' }).locator('input').inputValue()) === TITLE, 'the entry opens for editing');
    await shoot(page, 'schedule-entry');
  });

  await scenario('日程：生成日历订阅地址（二维码），不登录取回 iCalendar，停用后 404', async () => {
    const page = await newPage();
    await signIn(page, 'sunli');
    await page.goto(`${base}/schedule/subscribe`);
    await page.getByRole('button', { name: '生成订阅地址' }).click();
    const shown = page.getByTestId('schedule-feed-url');
    await shown.waitFor();
    const url = ((await shown.textContent()) ?? '').trim();
    check(/\/api\/schedule\/feed\/[A-Za-z0-9_-]{43}\.ics$/.test(url), `a secret feed URL: ${url}`);
    await page.locator('.ant-qrcode canvas').waitFor();
    await shoot(page, 'schedule-subscribe');

    const feed = `${base}${new URL(url).pathname}`;
    const res = await fetch(feed);
    check(res.status === 200, `the feed answers without a login: ${res.status}`);
    check(res.headers.get('content-type') === 'text/calendar; charset=utf-8', `served as text/calendar: ${res.headers.get('content-type')}`);
    check(/no-store/.test(res.headers.get('cache-control') ?? ''), 'never cached');
    const calendar = new ICAL.Component(ICAL.parse(await res.text()));
    check(calendar.name === 'vcalendar', 'it parses as a VCALENDAR');
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const mine = events.find((e) => e.summary === TITLE);
    check(mine && /^entry-.+@tongban$/.test(mine.uid), `her entry is in it with a stable UID: ${events.map((e) => e.summary).join(', ')}`);

    await page.getByRole('button', { name: '停用订阅' }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: /确\s*定|OK/ }).click();
    await expectMessage(page, '操作成功');
    await page.getByTestId('schedule-feed-status').filter({ hasText: '尚未启用日历订阅' }).waitFor();
    check((await fetch(feed)).status === 404, 'a stopped feed answers 404');
  });

  await scenario('日程：团队日历按部门建立，成员在自己的日程中答复参加', async () => {
    const boss = await newPage();
    await signIn(boss, 'zhangwei');
    await boss.goto(`${base}/schedule/teams`);
    await boss.getByRole('button', { name: '新建团队日历' }).click();
    const drawer = boss.locator('.ant-drawer').filter({ hasText: '新建团队日历' });
    await drawer.locator('.ant-form-item').filter({ hasText: '名称' }).locator('input').fill(TEAM);
    const department = drawer.locator('.ant-form-item').filter({ hasText: '按部门加入成员' });
    await department.locator('.ant-select').click();
    // The tree drops down with an animation: a click while it moves may miss, so click until it is chosen.
    const chosen = department.locator('.ant-select-content[title="秘书科"]');
    for (let turn = 0; !(await chosen.count()); turn++) {
      check(turn < 5, '秘书科 could not be chosen');
      await boss.locator('.ant-select-dropdown:visible .ant-select-tree-node-content-wrapper[title="秘书科"]').click();
      await chosen.waitFor({ timeout: 1000 }).catch(() => undefined);
    }
    await drawer.getByRole('button', { name: /确\s*定/ }).click();
    await boss.locator('.ant-list').getByText(TEAM).waitFor();
    const calendar = (await (await apiAs('zhangwei'))('GET', '/api/schedule/calendars')).items.find((c) => c.name === TEAM);
    const members = (await (await apiAs('zhangwei'))('GET', `/api/schedule/calendars/${calendar.id}`)).members;
    const names = members.map((m) => m.name);
    check(['张伟', '赵敏', '孙丽', '吴婷'].every((n) => names.includes(n)), `the section's people are members: ${names.join('、')}`);
    const start = tomorrow();
    start.setHours(10);
    const zhaomin = members.find((m) => m.name === '赵敏').userId;
    await (await apiAs('zhangwei'))('POST', '/api/schedule/entries', {
      title: TEAM_ENTRY, calendarId: calendar.id, participantIds: [zhaomin], startAt: start.toISOString(), endAt: new Date(start.getTime() + 3_600_000).toISOString(), reminders: [60, 15],
    });
    await shoot(boss, 'schedule-teams');

    const page = await newPage();
    await signIn(page, 'zhaomin');
    await page.goto(`${base}/schedule`);
    await chooseView(page, '列表');
    await page.getByTestId('schedule-list').getByRole('button', { name: new RegExp(TEAM_ENTRY) }).click();
    const view = page.locator('.ant-drawer').filter({ hasText: TEAM_ENTRY });
    await view.getByText('赵敏 · 待答复').waitFor();
    await view.getByRole('button', { name: /^接\s*受$/ }).click();
    await view.getByText('赵敏 · 已接受').waitFor();
    await shoot(page, 'schedule-reply');

    const [entry] = (await (await apiAs('zhangwei'))('GET', `/api/schedule/calendars/${calendar.id}/entries?from=${encodeURIComponent(new Date().toISOString())}&to=${encodeURIComponent(new Date(Date.now() + 3 * 86_400_000).toISOString())}`)).items;
    const detail = await (await apiAs('zhangwei'))('GET', `/api/schedule/entries/${entry.refId}`);
    check(detail.participants.find((p) => p.name === '赵敏')?.status === 'accepted', `张伟 sees her answer: ${JSON.stringify(detail.participants)}`);

    // Her colleagues' free/busy shows 张伟 busy tomorrow at ten, and nothing of what with.
    await page.goto(`${base}/schedule/free-busy`);
    await page.locator('.ant-select').first().click();
    await page.keyboard.type('张伟');
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option[title="张伟"]').filter({ hasText: '秘书科' }).click();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: '下一段' }).click();
    const line = page.getByTestId('schedule-free-busy');
    await line.locator('[title="10:00–11:00"]').waitFor();
    check(!(await line.textContent()).includes(TEAM_ENTRY), 'free/busy never says what with');
    await shoot(page, 'schedule-free-busy');
  });

  await scenario('日程：375 px 手机上默认列表视图，日视图与日程详情可用', async () => {
    const page = await newPage({ phone: true });
    await signIn(page, 'sunli');
    await page.goto(`${base}/schedule`);
    const list = page.getByTestId('schedule-list');
    await list.getByRole('button', { name: new RegExp(TITLE) }).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    check(overflow <= 0, `nothing sticks out sideways at 375 px (${overflow}px)`);
    await shoot(page, 'schedule-phone-list');

    await chooseView(page, '日');
    await page.getByTestId('schedule-time-grid').waitFor();
    await page.getByRole('button', { name: '下一段' }).click();
    await page.getByTestId('schedule-time-grid').getByRole('button', { name: new RegExp(TITLE) }).click();
    await page.locator('.ant-drawer').filter({ hasText: '编辑日程' }).getByText('提醒', { exact: true }).waitFor();
    await shoot(page, 'schedule-phone-day');
  });
}
