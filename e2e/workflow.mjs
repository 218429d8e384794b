// The workflow's scenarios, on the shipped 请假 flow: 部门负责人 (the initiator's head) → by workdays
// (>7: 分管领导 then 主要领导; >3: 分管领导; else nobody) → CC 人事科备案.
//   the leave story: a clerk asks from a phone, the head approves, the leader returns it, the clerk
//     edits and resubmits, both approve; the trace and the drawing tell the whole story;
//   a new version: the flow administrator publishes version 2 while an instance runs on version 1;
//     each instance finishes on its own version.
// Demo people (server/src/modules/org/DEMO_ACCOUNTS.md): 孙丽 sunli (秘书科 科员), 张伟 zhangwei
// (秘书科 科长, the flow administrator), 刘洪涛 liuhongtao (分管领导).
import { base, check, chooseOption, formItem, isPhone, newPage, pickDates, scenario, shoot, signIn } from './lib.mjs';

const CLERK = { username: 'sunli', name: '孙丽' };
const HEAD = { username: 'zhangwei', name: '张伟' };
const LEADER = { username: 'liuhongtao', name: '刘洪涛' };

/** The inbox and the instance page change their layout below Ant Design's md breakpoint. */

/** What the action buttons say once the server took the action (the success message). */
const DONE = { 同意: '已同意', 退回: '已退回', 重新提交: '已重新提交' };

/**
 * Starts a 请假 from 发起审批 and submits it: title, leave type, the days (checking the workdays the
 * form counts), the reason. Screenshots the filled form when `shot` is given. Returns the instance id.
 */
async function startLeave(page, { title, type, from, to, workdays, reason, shot }) {
  await page.goto(`${base}/workflow/new`);
  await page.getByTestId('start-leave').click();
  await page.waitForURL(/\/workflow\/new\/[^/]+$/);
  await page.getByRole('heading', { name: '请假', exact: true }).waitFor();

  await page.getByPlaceholder(/^不填写则为/).fill(title);
  await chooseOption(page, formItem(page, '请假类型').locator('.ant-select'), type);
  const period = formItem(page, '请假时间');
  // A range picker on a wide form; on a phone two date pickers. Both show 开始日期 on the first input.
  const start = period.getByPlaceholder('开始日期');
  if (await period.locator('.ant-picker-range').count()) await pickDates(page, start, [from, to]);
  else {
    await pickDates(page, start, [from]);
    await pickDates(page, period.getByPlaceholder('结束日期'), [to]);
  }
  await period.getByText(`共 ${workdays} 个工作日`, { exact: true }).waitFor();
  await formItem(page, '请假事由').locator('textarea').fill(reason);
  if (shot) await shoot(page, shot);

  await page.getByTestId('action-bar').getByRole('button', { name: '提交', exact: true }).click();
  await page.waitForURL(/\/workflow\/instances\/[^/]+$/);
  await page.getByTestId('instance-title').getByText(title, { exact: true }).waitFor();
  return new URL(page.url()).pathname.split('/').pop();
}

/** Opens the instance titled `title` from 待办 (or another box): a row's link, or a card on a phone. */
async function openFromInbox(page, title, box = 'todo') {
  await page.goto(`${base}/workflow${box === 'todo' ? '' : `?tab=${box}`}`);
  if (isPhone(page)) await page.getByTestId('inbox-card').filter({ hasText: title }).click();
  else await page.getByRole('link', { name: title, exact: true }).click();
  await page.waitForURL(/\/workflow\/instances\/[^/]+$/);
  await page.getByTestId('instance-title').getByText(title, { exact: true }).waitFor();
}

/**
 * Clicks an action of the bottom bar, writes the opinion in its dialog, confirms, and waits for the
 * dialog to close and the page to say it was done. `inDialog` may fill more of the dialog first.
 */
async function act(page, action, opinion, inDialog) {
  await page.getByTestId('action-bar').getByRole('button', { name: action, exact: true }).click();
  const dialog = page.getByRole('dialog').filter({ has: page.locator('.ant-modal-title', { hasText: action }) });
  await dialog.waitFor();
  if (inDialog) await inDialog(dialog);
  if (opinion) await formItem(dialog, '审批意见').locator('textarea').fill(opinion);
  await dialog.getByRole('button', { name: '确定', exact: true }).click();
  try {
    await dialog.waitFor({ state: 'hidden' });
    await page.locator('.ant-message').getByText(DONE[action], { exact: true }).first().waitFor();
  } catch (error) {
    const said = await page.locator('.ant-message, .ant-form-item-explain-error').allTextContents();
    throw new Error(`${action} was not done${said.length ? `; the page says: ${said.join(' | ')}` : ''}`, { cause: error });
  }
}

/** The opinion timeline as read on the page: who did what at which step, with the opinion. */
async function traceOf(page) {
  await page.getByTestId('trace-entry').first().waitFor();
  return page.getByTestId('trace-entry').evaluateAll((entries) =>
    entries.map((e) => ({
      who: e.querySelector('strong')?.textContent?.trim() ?? '',
      action: e.querySelector('.ant-tag')?.textContent?.trim() ?? '',
      step: e.querySelector('.ant-tag ~ .ant-typography')?.textContent?.trim() ?? '',
      text: e.textContent ?? '',
    })),
  );
}

/** The classes of a step's card in the flow drawing (passed, current, faded). */
const cardClass = async (page, stepId) => (await page.getByTestId(`flow-card-${stepId}`).getAttribute('class')) ?? '';

/** Opens the flow drawing where it is folded away (a phone); a no-op where it is always shown. */
async function unfoldFlow(page) {
  const folded = page.getByRole('button', { name: /流程图/, expanded: false });
  if (await folded.count()) await folded.click();
  await page.getByTestId('flow-canvas').waitFor();
  // Until the panel has finished opening.
  await page.waitForFunction(() => !document.querySelector('[class*="motion-collapse"]'));
}

/**
 * Scrolls a drawing wider than the screen to its main line, as the page does when it opens: after
 * the window narrows (a screenshot at 375 px) the drawing keeps its old scroll position.
 */
const centreFlow = (page) =>
  page.getByTestId('flow-canvas').evaluate((el) => {
    el.scrollLeft = (el.scrollWidth - el.clientWidth) / 2;
  });

/** The instance header's "请假（第 N 版）" and the status tag beside the title. */
async function expectHeader(page, { version, status }) {
  await page.getByText(`请假（第 ${version} 版）`, { exact: true }).waitFor();
  await page.getByTestId('instance-title').locator('xpath=..').locator('.ant-tag').getByText(status, { exact: true }).waitFor();
}

export async function workflow() {
  await scenario('the leave story: 5 days asked from a phone, approved by the head, returned by the leader, resubmitted and approved by both', async () => {
    const leave = {
      title: '孙丽请假（12月7日至11日）',
      type: '年假',
      from: '2026-12-07',
      to: '2026-12-11',
      workdays: 5,
      reason: '回老家探望父母。',
    };
    const opinions = { head: '情况属实，同意。', returned: '请写明休假期间的工作交接安排后重新提交。', head2: '交接已落实，同意。', leader: '同意，注意安全。' };
    const handOver = '休假期间工作由周杰代为处理。';

    // 孙丽, from her phone.
    const clerk = await newPage({ phone: true });
    await signIn(clerk, CLERK.username);
    await startLeave(clerk, { ...leave, shot: 'workflow-start' });
    await clerk.getByText('部门负责人', { exact: true }).first().waitFor();

    // 张伟, her head, approves from 待办.
    const head = await newPage();
    await signIn(head, HEAD.username);
    await head.goto(`${base}/workflow`);
    await head.getByRole('link', { name: leave.title, exact: true }).waitFor();
    await shoot(head, 'workflow-inbox');
    await openFromInbox(head, leave.title);
    await act(head, '同意', opinions.head);

    // 刘洪涛, 分管领导 (more than 3 workdays), returns it to the initiator.
    const leader = await newPage();
    await signIn(leader, LEADER.username);
    await openFromInbox(leader, leave.title);
    await act(leader, '退回', opinions.returned, async (dialog) => {
      await formItem(dialog, '退回至').getByText('发起人', { exact: true }).waitFor();
    });

    // 孙丽 finds it in her 待办, adds the hand-over and resubmits.
    await openFromInbox(clerk, leave.title);
    const reason = formItem(clerk, '请假事由').locator('textarea');
    check((await reason.inputValue()) === leave.reason, `the returned request shows the reason "${await reason.inputValue()}"`);
    await reason.fill(`${leave.reason}${handOver}`);
    await act(clerk, '重新提交');

    // The flow is walked again: 张伟, then 刘洪涛.
    await openFromInbox(head, leave.title);
    await head.getByText(handOver, { exact: false }).first().waitFor();
    await act(head, '同意', opinions.head2);
    await openFromInbox(leader, leave.title);
    await act(leader, '同意', opinions.leader);

    // 孙丽's 我发起的 shows it approved; its page tells the whole story.
    await clerk.goto(`${base}/workflow?tab=started`);
    await clerk.getByTestId('inbox-card').filter({ hasText: leave.title }).filter({ hasText: '已通过' }).waitFor();
    await openFromInbox(clerk, leave.title, 'started');
    await expectHeader(clerk, { version: 1, status: '已通过' });
    await clerk.getByText(`${leave.reason}${handOver}`, { exact: true }).waitFor();

    const trace = await traceOf(clerk);
    const acts = trace.filter((e) => ['发起', '提交', '同意', '退回', '重新提交'].includes(e.action));
    const story = acts.map((e) => `${e.who} ${e.action}`);
    const expected = [`${CLERK.name} 发起`, `${HEAD.name} 同意`, `${LEADER.name} 退回`, `${CLERK.name} 重新提交`, `${HEAD.name} 同意`, `${LEADER.name} 同意`];
    check(JSON.stringify(story) === JSON.stringify(expected), `the timeline reads ${JSON.stringify(story)}, expected ${JSON.stringify(expected)}`);
    for (const [i, opinion] of [[1, opinions.head], [2, opinions.returned], [4, opinions.head2], [5, opinions.leader]]) {
      check(acts[i].text.includes(opinion), `the timeline's "${story[i]}" lacks the opinion "${opinion}": ${acts[i].text}`);
    }
    check(acts[2].text.includes('退回至“发起人”'), `the return does not say where it went: ${acts[2].text}`);
    check(/已通过 · \d{4}-\d\d-\d\d/.test((await clerk.locator('.ant-timeline').textContent()) ?? ''), 'the timeline does not end with 已通过 and the time');

    // The drawing (folded away on a phone): the steps taken are checked, the branch not taken fades.
    await unfoldFlow(clerk);
    // Only approval and handle steps count as passed (the engine's progress); the CC step stays faded.
    for (const id of ['dept-head', 'over-3', 'leader-3']) {
      const classes = await cardClass(clerk, id);
      check(/\bpassed\b/.test(classes), `the drawing does not mark the step ${id} passed: "${classes}"`);
    }
    for (const id of ['over-7', 'leader', 'director', 'short']) {
      const classes = await cardClass(clerk, id);
      check(/\bfaded\b/.test(classes) && !/\bpassed\b/.test(classes), `the drawing marks the step ${id}, which was not taken: "${classes}"`);
    }
    await shoot(clerk, 'workflow-instance', { fullPage: true, prepare: () => unfoldFlow(clerk) });
  });

  await scenario('the flow administrator publishes 请假 version 2 while an instance runs on version 1; both finish, each on its own version', async () => {
    const renamed = '科室负责人审批';
    const onV1 = { title: '孙丽请假（12月14日至15日）', type: '事假', from: '2026-12-14', to: '2026-12-15', workdays: 2, reason: '办理房屋过户手续。' };
    const onV2 = { title: '孙丽请假（12月16日至17日）', type: '调休', from: '2026-12-16', to: '2026-12-17', workdays: 2, reason: '加班调休。' };

    const clerk = await newPage();
    await signIn(clerk, CLERK.username);
    await startLeave(clerk, onV1);
    await expectHeader(clerk, { version: 1, status: '审批中' });

    // 张伟, the flow administrator, renames the first step in the designer and publishes.
    const admin = await newPage();
    await signIn(admin, HEAD.username);
    await admin.goto(`${base}/flows`);
    await admin.getByRole('link', { name: '请假', exact: true }).click();
    await admin.waitForURL(/\/flows\/[^/]+$/);
    await admin.getByRole('tab', { name: '流程设计' }).click();
    await admin.getByText('已发布 v1', { exact: true }).waitFor();
    await admin.getByTestId('flow-card-dept-head').click();
    // The drawer's title follows the name being typed: found by its OK button instead.
    const drawer = admin.getByRole('dialog').filter({ has: admin.getByTestId('step-drawer-ok') });
    await drawer.getByText('设置：部门负责人', { exact: true }).waitFor();
    await formItem(drawer, '名称').locator('input').fill(renamed);
    await drawer.getByTestId('step-drawer-ok').click();
    await drawer.waitFor({ state: 'hidden' });
    await admin.getByTestId('flow-card-dept-head').getByText(renamed).waitFor();
    await admin.getByRole('button', { name: '发布', exact: true }).click();
    await admin.locator('.ant-message').getByText('已发布第 2 版', { exact: true }).waitFor();
    await admin.getByText('已发布 v2', { exact: true }).waitFor();
    await shoot(admin, 'workflow-designer', { fullPage: true, prepare: () => centreFlow(admin) });

    // 孙丽's next request runs on version 2.
    await startLeave(clerk, onV2);
    await expectHeader(clerk, { version: 2, status: '审批中' });

    // 张伟 approves both from 待办, each at the step as its version names it.
    for (const [leave, version, step] of [[onV1, 1, '部门负责人'], [onV2, 2, renamed]]) {
      await openFromInbox(admin, leave.title);
      await admin.getByTestId('flow-card-dept-head').getByText(step, { exact: false }).waitFor();
      await act(admin, '同意', '同意。');
      await expectHeader(admin, { version, status: '已通过' });
      const approved = (await traceOf(admin)).find((e) => e.action === '同意');
      check(approved?.step === step, `on version ${version} the approval is recorded at "${approved?.step}", expected "${step}"`);
      const card = (await admin.getByTestId('flow-card-dept-head').textContent()) ?? '';
      const other = step === renamed ? '部门负责人' : renamed;
      check(card.includes(step) && !card.includes(other), `the version ${version} drawing names its first step "${card}"`);
    }

    await clerk.goto(`${base}/workflow?tab=started`);
    for (const leave of [onV1, onV2]) await clerk.getByRole('row').filter({ hasText: leave.title }).filter({ hasText: '已通过' }).waitFor();
  });
}
