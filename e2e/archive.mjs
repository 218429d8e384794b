// 档案 借阅: a 内部 通知 is drafted by 孙丽 (sunli), signed off and filed by 卢芳 (lufang, 档案员) for 10
// years, all through the API. Then, in the browser, 周杰 (zhoujie, 秘书科 科员), who had no part in it,
// finds it in 档案检索 (also on a phone, 375 px), cannot open it, and asks to borrow it for 7 days; 卢芳
// approves the request in 待办; 周杰 sees it 借阅中 in 我的借阅 and opens the 稿纸 from there, where
// the archive card shows its catalogue entry. Last he returns it and can no longer open it.
// 销毁: 卢芳 turns on TOTP (a 秘密 record opens only with the second factor) and files a 秘密 通知 drafted
// by 张伟 (zhangwei); 赵敏 (zhaomin, 秘密, no part in it) sees it in 档案检索 with its title masked; 卢芳
// asks from 档案检索 to destroy it; the office head 张伟 and the director 王建国
// (wangjianguo) approve; she carries it out on 清退与销毁, reads the record kept (the erased files'
// SM3 digests), and the 稿纸 says it was destroyed.
import { base, check, expectMessage, isPhone, menuHas, newPage, rememberAccount, scenario, shoot, signIn, totpCode } from './lib.mjs';
import { apiAs, driveNotice } from './api.mjs';

const TITLE = '关于加强档案借阅管理的通知';
const REASON = '起草年度档案工作总结需要参考';
const SECRET_TITLE = '关于做好涉密载体清查工作的通知';
const DISPOSAL_REASON = '已过保管期限，经鉴定无保存价值';

/** A 通知 drafted by `drafter` and driven through the whole 发文 flow into the archive; returns its id and 文号. */
async function archivedNotice({ drafter, title, secretLevel, retention }) {
  const id = await driveNotice({ drafter, title, body: '<p>借阅档案须经审批，按期归还；涉密载体定期清查。</p>', secretLevel, retention });
  // The archive's own entry: the 稿纸 of a 秘密 通知 would ask for the second factor.
  const { status, docNo } = await (await apiAs('lufang'))('GET', `/api/archive/records/${id}`);
  check(status === 'archived', `the 通知 is ${status}, not archived`);
  return { id, docNo };
}

/** Turns TOTP on for a demo person through the API and remembers it for their later logins. */
async function enrolTotp(username) {
  const call = await apiAs(username);
  const { secret } = await call('POST', '/api/auth/totp/setup');
  await call('POST', '/api/auth/totp/enable', { code: totpCode(secret) });
  rememberAccount(username, { totpSecret: secret });
}


/** A record's entry on 档案检索 as the page shows it now (a table row, or a card on a phone), by its title or 文号. */
const entryOf = (page, title = TITLE) => (isPhone(page) ? page.getByTestId('archive-record') : page.locator('.ant-table-row')).filter({ hasText: title });

/** Waits until the list shows the entry and has stopped loading. */
async function settled(page, title) {
  await entryOf(page, title).waitFor();
  await page.locator('.ant-spin-spinning').waitFor({ state: 'detached' });
}

/** 档案检索, searched by `words` of a record's title; returns its entry. */
async function findRecord(page, words = '档案借阅', title = TITLE) {
  await page.goto(`${base}/archive`);
  const box = page.getByTestId('archive-search-box').locator('input');
  await box.fill(words);
  await box.press('Enter');
  await settled(page, title);
  return entryOf(page, title);
}


export async function archive() {
  await scenario('档案借阅: a 科员 asks to borrow an archived 通知, the 档案员 approves in 待办, the borrower opens it from 我的借阅', async () => {
    const { id, docNo } = await archivedNotice({ drafter: 'sunli', title: TITLE, secretLevel: 'internal', retention: '10年' });

    // 周杰 had no part in it: listed by title in 档案检索, not to be opened; he asks for 7 days.
    const borrower = await newPage();
    await signIn(borrower, 'zhoujie');
    check(await menuHas(borrower, '档案检索'), '档案检索 is not in 周杰\'s menu');
    check(!(await menuHas(borrower, '借阅登记')), '借阅登记 is offered to a 科员');
    const record = await findRecord(borrower);
    check((await record.textContent()).includes(docNo), `the entry does not show the 文号 ${docNo}`);
    check((await record.getByRole('link', { name: '查阅' }).count()) === 0, 'the entry offers 查阅 before any loan');
    await shoot(borrower, 'archive-search', { prepare: () => settled(borrower) });
    await record.getByTestId('borrow-button').click();
    const dialog = borrower.getByRole('dialog').filter({ hasText: '申请借阅档案' });
    await dialog.getByTestId('borrow-reason').fill(REASON);
    await dialog.getByRole('button', { name: '提交申请' }).click();
    await expectMessage(borrower, '借阅申请已提交，请等待审批');
    await (await findRecord(borrower)).getByTestId('borrowing-status').getByText('待审批', { exact: true }).waitFor();

    // 卢芳, the 档案员, finds the request in 待办 and approves it.
    const archivist = await newPage();
    await signIn(archivist, 'lufang');
    const flowTitle = `借阅档案：${docNo} ${TITLE}`;
    await archivist.goto(`${base}/workflow`);
    await archivist.getByRole('link', { name: flowTitle, exact: true }).click();
    await archivist.waitForURL(/\/workflow\/instances\/[^/]+$/);
    await archivist.getByText(REASON, { exact: true }).waitFor();
    await archivist.getByTestId('action-bar').getByRole('button', { name: '同意', exact: true }).click();
    const approval = archivist.getByRole('dialog').filter({ has: archivist.locator('.ant-modal-title', { hasText: '同意' }) });
    await approval.getByRole('button', { name: '确定', exact: true }).click();
    await archivist.locator('.ant-message').getByText('已同意', { exact: true }).first().waitFor();
    await archivist.goto(`${base}/archive/register`);
    await archivist.locator('.ant-table-row').filter({ hasText: '周杰' }).getByText('借阅中', { exact: true }).waitFor();

    // 周杰 sees it 借阅中 in 我的借阅 (on a phone too) and opens the 稿纸 from there.
    await borrower.goto(`${base}/archive/borrowings`);
    const loan = borrower.locator('.ant-table-row').filter({ hasText: TITLE });
    await loan.getByText('借阅中', { exact: true }).waitFor();
    await shoot(borrower, 'archive-borrowings', { prepare: () => borrower.getByTestId('borrowing-status').first().waitFor() });
    await loan.getByTestId('borrowing-open').click();
    await borrower.waitForURL(new RegExp(`/documents/${id}$`));
    await borrower.getByTestId('paper').getByText(TITLE).first().waitFor();
    await borrower.getByTestId('archive-card').getByText('10年', { exact: true }).waitFor();

    // He returns it early: the record is closed to him again.
    await borrower.goto(`${base}/archive/borrowings`);
    await borrower.locator('.ant-table-row').filter({ hasText: TITLE }).getByTestId('borrowing-return').click();
    await borrower.locator('.ant-popconfirm').getByRole('button', { name: /^归\s*还$/ }).click();
    await expectMessage(borrower, '已归还');
    await borrower.locator('.ant-table-row').filter({ hasText: TITLE }).getByText('已归还', { exact: true }).waitFor();
    await borrower.goto(`${base}/documents/${id}`);
    await borrower.getByText('对象不存在或无权访问', { exact: true }).waitFor();
  });

  await scenario('销毁: the 档案员 asks to destroy a 秘密 record, the office head and the director approve, she carries it out and the record stays', async () => {
    await enrolTotp('lufang');
    const { id, docNo } = await archivedNotice({ drafter: 'zhangwei', title: SECRET_TITLE, secretLevel: 'secret', retention: '30年' });

    // 赵敏 (秘密) had no part in it: 文号, 年度, 密级 and 保管期限 only, the title masked.
    const cleared = await newPage();
    await signIn(cleared, 'zhaomin');
    await cleared.goto(`${base}/archive?secretLevel=secret`);
    await settled(cleared, docNo);
    const masked = entryOf(cleared, docNo);
    await masked.getByTestId('masked-title').waitFor();
    check(!(await masked.textContent()).includes(SECRET_TITLE), 'the masked entry shows the title');
    await shoot(cleared, 'archive-masked', { prepare: () => settled(cleared, docNo) });

    const archivist = await newPage();
    await signIn(archivist, 'lufang');
    check(await menuHas(archivist, '清退与销毁'), '清退与销毁 is not in 卢芳\'s menu');
    await (await findRecord(archivist, '涉密载体', SECRET_TITLE)).getByTestId('dispose-button').click();
    const dialog = archivist.getByRole('dialog').filter({ hasText: '清退或销毁档案' });
    await dialog.locator('textarea').fill(DISPOSAL_REASON);
    await dialog.getByRole('button', { name: '提交申请' }).click();
    await expectMessage(archivist, '申请已提交，请等待审批');

    for (const username of ['zhangwei', 'wangjianguo']) {
      const call = await apiAs(username);
      const todo = (await call('GET', '/api/workflow/inbox/todo?pageSize=100')).items.find((i) => i.title === `销毁涉密档案：${docNo}（秘密）`);
      check(todo, `${username} has no 销毁 request in 待办`);
      await call('POST', `/api/workflow/tasks/${todo.taskId}/approve`, { opinion: '同意销毁' });
    }

    await archivist.goto(`${base}/archive/disposals`);
    const row = archivist.locator('.ant-table-row').filter({ hasText: docNo });
    await row.getByText('已批准，待执行', { exact: true }).waitFor();
    await row.getByTestId('disposal-execute').click();
    await archivist.locator('.ant-popconfirm').getByRole('button', { name: '执行销毁' }).click();
    await expectMessage(archivist, '已销毁，销毁记录已留存');
    await row.getByText('已执行', { exact: true }).waitFor();
    await archivist.mouse.move(640, 700);
    await shoot(archivist, 'archive-disposals', { prepare: () => archivist.getByTestId('disposal-status').first().waitFor() });
    await row.getByTestId('disposal-record').click();
    const record = archivist.getByTestId('destruction-record');
    await record.getByText(SECRET_TITLE, { exact: true }).waitFor();
    await record.getByText('正式文件.pdf', { exact: true }).waitFor();
    const digests = await record.locator('code').allTextContents();
    check(digests.length >= 3 && digests.every((d) => /^[0-9a-f]{64}$/.test(d.trim())), `the record does not list SM3 digests: ${digests.join(', ')}`);
    await shoot(archivist, 'archive-destruction-record');

    // The 稿纸 still opens for who may, and says the content was destroyed.
    await archivist.goto(`${base}/documents/${id}`);
    await archivist.getByTestId('disposed-notice').waitFor();
    await archivist.getByTestId('paper').waitFor();
    await shoot(archivist, 'archive-destroyed-document', { prepare: () => archivist.getByTestId('disposed-notice').waitFor() });
  });
}
