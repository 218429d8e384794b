// The 发文 story on the shipped 发文 flow (拟稿 → 部门核稿 → 办公室审核 → 会签 → 签发 → …):
//   a clerk drafts a 通知 from its template, edits title and body, picks two 会签 departments, saves
//   and submits; her head edits a word (revision 3), comments on a passage and approves; 办公室审核
//   passes by itself (the same head approved before); both 会签 heads approve; the director, on a
//   phone, reads the clean text, turns on 修改痕迹, sees the change marked and signs off.
// Then the 文书 takes the 文号, lays it out with the seal, distributes it to a department and two
// external units (one by e-mail, one on paper); the department's 文书 signs for it; the board shows
// 1 of 3 signed (no mail server in e2e: the e-mailed unit cannot acknowledge); the 档案员 files it
// for 30 years and completes 归档.
// Afterwards 孙丽 finds it in 公文检索 by a word and by its 文号, and 吴婷 sees its number 已使用 in the
// 发文登记簿, where she reserves the next one and voids it. Last, 赵敏 (clearance 秘密) drafts a 秘密
// 通知: the 稿纸 asks for the second factor, sends her to turn TOTP on, and opens with her code.
// Demo people (server/src/modules/org/DEMO_ACCOUNTS.md): 孙丽 sunli (秘书科 科员), 张伟 zhangwei
// (秘书科 科长), 郑海 zhenghai (综合科 科长), 程刚 chenggang (行政财务科 科长), 王建国 wangjianguo (主任),
// 吴婷 wuting (秘书科 文书), 徐静 xujing (综合科 文书), 卢芳 lufang (档案室 档案员).
import { base, check, chooseOption, closePage, expectMessage, formItem, isPhone, menuHas, newPage, rememberAccount, scenario, shoot, signIn, totpCode } from './lib.mjs';

const TITLE = '关于做好年度预算执行工作的通知';
const PAPER_UNIT = '示例市发展和改革委员会';
const MAIL_UNIT = '示例市财政局';
const OPENING = '为做好年度预算执行工作，现将有关事项通知如下：';
const COMMENT = '请补充执行时限';
const SECRET_TITLE = '关于开展保密检查工作的通知';

const editorOf = (page) => page.getByTestId('body-editor').locator('.ProseMirror');


/**
 * Selects the first occurrence of `text` inside `scope` (a body rendered on the page) as a person
 * would with the mouse; an editor is focused first so that it takes the selection as its own.
 */
async function selectText(scope, text) {
  await scope.evaluate((root, wanted) => {
    if (root.isContentEditable) root.focus();
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.data.indexOf(wanted);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const selection = document.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      return;
    }
    throw new Error(`"${wanted}" is not in the body`);
  }, text);
}

/** Replaces `text` in the body editor with `replacement`, typed. */
async function replaceInEditor(page, text, replacement) {
  await selectText(editorOf(page), text);
  await page.keyboard.insertText(replacement);
  await editorOf(page).getByText(replacement, { exact: false }).first().waitFor();
}

async function save(page, revision) {
  await page.getByTestId('save-document').click();
  await expectMessage(page, `已保存第 ${revision} 稿`);
  await page.getByText(`当前为第 ${revision} 稿`, { exact: true }).waitFor();
}

/** Picks departments in the department tree inside `field` (a 稿纸 row or a form item) by searching each name. */
async function chooseDepartments(page, field, names) {
  await field.locator('.ant-select').first().click();
  for (const name of names) {
    await page.keyboard.type(name);
    await page.locator('.ant-select-dropdown:visible').getByTitle(name, { exact: true }).click();
  }
  await page.keyboard.press('Escape');
  for (const name of names) await field.locator('.ant-select').getByText(name, { exact: true }).waitFor();
}

const countersignRow = (page) => page.locator('.ant-descriptions-row').filter({ has: page.getByText('会签单位', { exact: true }) });

/** Opens the document from the list's 待我办理: a row's link, or a card on a phone. */
async function openFromTodo(page, title) {
  await page.goto(`${base}/documents`);
  if (isPhone(page)) await page.getByTestId('document-card').filter({ hasText: title }).click();
  else await page.getByRole('link', { name: title, exact: true }).click();
  await page.waitForURL(/\/documents\/[0-9a-f-]{36}$/);
  await page.getByTestId('document-title').getByText(title, { exact: true }).waitFor();
}

/** Selects `quote` in the body and writes a 批注 on it; waits until the note lists it and the text marks it. */
async function annotate(page, body, quote, comment) {
  await selectText(body, quote);
  await page.getByTestId('add-annotation').click();
  const dialog = page.getByRole('dialog').filter({ has: page.locator('.ant-modal-title', { hasText: '添加批注' }) });
  await dialog.locator('.tb-doc-quote').getByText(quote, { exact: true }).waitFor();
  await dialog.getByLabel('批注内容').fill(comment);
  await dialog.getByRole('button', { name: '添加', exact: true }).click();
  await dialog.waitFor({ state: 'hidden' });
  await page.getByTestId('annotation').filter({ hasText: comment }).locator('.tb-doc-quote').getByText(quote, { exact: true }).waitFor();
  await body.locator('.tb-doc-annotated').getByText(quote, { exact: true }).waitFor();
}

/** A button of the bottom bar whose dialog asks for an opinion (optional): fills it, confirms, waits for `done`. */
async function act(page, button, dialogTitle, done, opinion) {
  await page.getByTestId('action-bar').getByRole('button', { name: button, exact: true }).click();
  const dialog = page.getByRole('dialog').filter({ has: page.locator('.ant-modal-title', { hasText: dialogTitle }) });
  await dialog.waitFor();
  if (opinion) await formItem(dialog, '审批意见').locator('textarea').fill(opinion);
  await dialog.getByRole('button', { name: '确定', exact: true }).click();
  await dialog.waitFor({ state: 'hidden' });
  await expectMessage(page, done);
}

/** 同意 from the bottom bar, with an opinion. */
const approve = (page, opinion) => act(page, '同意', '同意', '已同意', opinion);

/** 办理 from the bottom bar: completes a step whose work was done on the 稿纸 (编号, 用印排版, 分发, 归档). */
const handle = (page) => act(page, '办理', '办理完成', '已办理');

/** The 办理 panel of the caller's step, once it shows that step. */
async function handlingOf(page, step) {
  const panel = page.getByTestId('handling');
  await panel.getByText(`办理：${step}`, { exact: true }).waitFor();
  return panel;
}

/** The formal PDF as 吴婷 generated it, for 签章核验. */
let formalPdf;
/** The 文号 吴婷 took, for 公文检索 and the 发文登记簿. */
let issuedNo;

const statusTag = (page, status) => page.getByTestId('document-tags').getByText(status, { exact: true });


/** The search box of 公文检索: types the query and searches; the query goes into the URL. */
async function searchFor(page, q) {
  const box = page.locator('input[data-testid="search-box"], [data-testid="search-box"] input').first();
  await box.fill(q);
  await box.press('Enter');
  await page.waitForURL((url) => url.searchParams.get('q') === q);
}

/** Turns on TOTP on the security page as foundation.mjs does; returns the secret. */
async function enrolTotp(page) {
  await page.goto(`${base}/me/security`);
  await page.getByRole('button', { name: '启用动态口令' }).click();
  const secret = ((await page.getByTestId('totp-secret').textContent()) ?? '').replace(/\s+/g, '');
  check(/^[A-Z2-7]{16,}$/.test(secret), `the TOTP secret on the page is not base32: "${secret}"`);
  await page.getByPlaceholder('6 位动态口令').fill(totpCode(secret));
  await page.getByRole('button', { name: /^启\s*用$/ }).click();
  await page.getByText('恢复码（只显示这一次）').waitFor();
  await page.getByRole('button', { name: '我已保存，继续' }).click();
  return secret;
}

export async function documents() {
  await scenario('发文: drafted from a template, reviewed with an edit and a 批注, countersigned, and signed off on a phone with tracked changes', async () => {
    // 孙丽 drafts a 通知.
    const clerk = await newPage();
    await signIn(clerk, 'sunli');
    await clerk.goto(`${base}/documents/new`);
    await clerk.getByTestId('kind-notice').waitFor();
    await shoot(clerk, 'documents-new');
    await clerk.getByTestId('kind-notice').click();
    await clerk.waitForURL(/\/documents\/[0-9a-f-]{36}$/);
    await clerk.getByTestId('document-title').getByText('关于××××的通知', { exact: true }).waitFor();
    await statusTag(clerk, '拟稿中').waitFor();

    await clerk.getByLabel('标题', { exact: true }).fill(TITLE);
    await replaceInEditor(clerk, '为……，根据……，现将有关事项通知如下：', OPENING);
    await chooseDepartments(clerk, countersignRow(clerk), ['综合科', '行政财务科']);
    await save(clerk, 2);
    await clerk.getByTestId('document-title').getByText(TITLE, { exact: true }).waitFor();
    await shoot(clerk, 'documents-draft', { fullPage: true });

    await clerk.getByTestId('action-bar').getByRole('button', { name: '送审', exact: true }).click();
    const submit = clerk.getByRole('dialog').filter({ has: clerk.locator('.ant-modal-title', { hasText: '送审' }) });
    await submit.getByRole('button', { name: '确定', exact: true }).click();
    await expectMessage(clerk, '已送审');
    await statusTag(clerk, '审核中').waitFor();

    // 张伟 (部门核稿) changes a word, saves revision 3, comments on a passage and approves.
    const head = await newPage();
    await signIn(head, 'zhangwei');
    await head.goto(`${base}/documents`);
    await head.getByRole('link', { name: TITLE, exact: true }).waitFor();
    await shoot(head, 'documents-list');
    await openFromTodo(head, TITLE);
    await replaceInEditor(head, '预算', '决算');
    await save(head, 3);
    await annotate(head, editorOf(head), '总体要求', COMMENT);
    await head.getByTestId('revisions-panel').locator('ins').getByText('决算', { exact: false }).first().waitFor();
    await shoot(head, 'documents-review', { fullPage: true });
    await approve(head, '核稿无误。');

    // 办公室审核 passed by itself; the two 会签 heads approve.
    for (const username of ['zhenghai', 'chenggang']) {
      const countersigner = await newPage();
      await signIn(countersigner, username);
      await openFromTodo(countersigner, TITLE);
      await countersigner.getByText('会签（', { exact: false }).first().waitFor();
      // Countersigners read the clean text; a 批注 is anchored on it the same way.
      if (username === 'zhenghai') await annotate(countersigner, countersigner.getByTestId('body-view'), '工作要求', '建议写明牵头科室。');
      await approve(countersigner, '会签同意。');
    }

    // 王建国 signs off on his phone: the clean text first, then the changes marked.
    const director = await newPage({ phone: true });
    await signIn(director, 'wangjianguo');
    await openFromTodo(director, TITLE);
    const sheet = director.locator('.tb-doc-sheet');
    await sheet.getByTestId('body-view').getByText('为做好年度决算执行工作', { exact: false }).waitFor();
    check((await sheet.getByTestId('diff').count()) === 0, 'the director does not start with the clean text');
    await director.locator('.ant-segmented').getByText('修改痕迹', { exact: true }).click();
    const marked = sheet.getByTestId('diff');
    await marked.waitFor();
    const inserted = (await marked.locator('ins').allTextContents()).join('|');
    const deleted = (await marked.locator('del').allTextContents()).join('|');
    check(inserted.includes('决算'), `the tracked changes do not mark 决算 as inserted: ins=${inserted}`);
    check(deleted.includes('根据'), `the tracked changes do not mark the template's words as deleted: del=${deleted}`);
    // The body with its marks, just under the switch between 清稿 and 修改痕迹.
    await shoot(director, 'documents-signoff', { prepare: () => sheet.evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 120)) });
    await approve(director, '同意印发');
    await statusTag(director, '已签发').waitFor();
    await director.getByText('同意印发', { exact: false }).first().waitFor();

    await director.goto(`${base}/documents?tab=all`);
    await director.getByTestId('document-card').filter({ hasText: TITLE }).filter({ hasText: '已签发' }).waitFor();
    await clerk.goto(`${base}/documents?tab=mine`);
    await clerk.getByRole('row').filter({ hasText: TITLE }).filter({ hasText: '已签发' }).waitFor();
    await shoot(clerk, 'documents-signed');
  });

  await scenario('发文: numbered, laid out with the seal, distributed, signed for by 综合科, and archived', async () => {
    // 吴婷 (文书) takes the 文号.
    const registry = await newPage();
    await signIn(registry, 'wuting');
    await openFromTodo(registry, TITLE);
    const numbering = await handlingOf(registry, '编号');
    await numbering.getByRole('button', { name: '取文号' }).click();
    await expectMessage(registry, '已取文号');
    const docNo = (await registry.getByTestId('doc-no').textContent()) ?? '';
    check(/^示政办发〔\d{4}〕1号$/.test(docNo), `the 文号 is "${docNo}"`);
    check(docNo.includes(`〔${new Date().getFullYear()}〕`), `the 文号 "${docNo}" is not of this year`);
    issuedNo = docNo;
    await statusTag(registry, '已编号').waitFor();
    await shoot(registry, 'documents-number');
    await handle(registry);

    // 用印排版 with the unit's seal: the sealed PDF and the DOCX.
    const layout = await handlingOf(registry, '用印排版');
    const seal = layout.getByRole('radio', { checked: true }).locator('xpath=ancestor::label').getByAltText('示例市人民政府办公室公章');
    await seal.waitFor();
    check(await seal.evaluate((img) => img.decode().then(() => img.naturalWidth > 0, () => false)), 'the seal picture did not load');
    await layout.getByRole('button', { name: '生成正式文件并盖章' }).click();
    await expectMessage(registry, '已生成正式文件并盖章');
    const pdfLink = registry.getByTestId('formal-pdf');
    await pdfLink.waitFor();
    const pdf = await registry.request.get(new URL((await pdfLink.getAttribute('href')) ?? '', base).href);
    formalPdf = await pdf.body();
    check(pdf.ok() && formalPdf.subarray(0, 5).toString() === '%PDF-', `the formal PDF does not download: ${pdf.status()}`);
    await registry.getByTestId('formal-docx').waitFor();
    await statusTag(registry, '已用印').waitFor();
    await shoot(registry, 'documents-layout');
    await handle(registry);

    // 分发 to 综合科 and two external units: e-mail for the one with an address, paper for the other.
    const distribution = await handlingOf(registry, '分发');
    await chooseDepartments(registry, formItem(distribution, '内部科室'), ['综合科']);
    for (const [unit, channel] of [[MAIL_UNIT, '邮件'], [PAPER_UNIT, '纸质']]) {
      const choice = distribution.locator('.ant-checkbox-wrapper').filter({ hasText: unit });
      await choice.getByText(channel, { exact: true }).waitFor();
      await choice.click();
    }
    await distribution.getByTestId('distribute').click();
    await expectMessage(registry, '已分发');
    const board = registry.getByTestId('distribution-board');
    await board.getByTestId('board-progress').getByText('已签收 0/3', { exact: true }).waitFor();
    await statusTag(registry, '已分发').waitFor();
    await shoot(registry, 'documents-distribute', { fullPage: true });
    await handle(registry);

    // 徐静 (综合科 文书) signs for 综合科's copy, then opens it from 已签收.
    const receiver = await newPage();
    await signIn(receiver, 'xujing');
    check(await menuHas(receiver, '收文签收'), '收文签收 is not in 徐静\'s menu');
    await receiver.goto(`${base}/documents/receipts`);
    const waiting = receiver.getByRole('row').filter({ hasText: TITLE });
    await waiting.getByText(docNo, { exact: true }).waitFor();
    await shoot(receiver, 'documents-receipts');
    await waiting.getByTestId('sign-copy').click();
    await expectMessage(receiver, '已签收');
    await receiver.getByRole('tab', { name: '已签收', exact: true }).click();
    await receiver.getByRole('link', { name: TITLE, exact: true }).click();
    await receiver.getByTestId('document-title').getByText(TITLE, { exact: true }).waitFor();
    await closePage(receiver);

    // 吴婷's board: 综合科 signed for it; the e-mailed unit has not acknowledged (no mail server here).
    await registry.reload();
    await board.getByTestId('board-progress').getByText('已签收 1/3', { exact: true }).waitFor();
    const signedCopy = board.getByTestId('distribution').filter({ hasText: '综合科' });
    await signedCopy.getByText('已签收', { exact: true }).waitFor();
    await signedCopy.getByText('徐静', { exact: false }).waitFor();
    const paperCopy = board.getByTestId('distribution').filter({ hasText: PAPER_UNIT });
    await paperCopy.getByRole('button', { name: '催收', exact: true }).waitFor();
    await paperCopy.getByRole('button', { name: '撤回', exact: true }).waitFor();
    check((await registry.getByTestId('handling').count()) === 0, 'the 办理 panel still shows after 分发 was completed');
    await shoot(registry, 'documents-board', { prepare: () => board.scrollIntoViewIfNeeded() });

    // 卢芳 (档案员) archives it on her phone.
    const archivist = await newPage({ phone: true });
    await signIn(archivist, 'lufang');
    await openFromTodo(archivist, TITLE);
    const archive = await handlingOf(archivist, '归档');
    await archive.getByTestId('archive-summary').getByText(docNo, { exact: true }).waitFor();
    await archive.getByTestId('formal-pdf').waitFor();
    await archive.getByRole('radio', { name: '30年', exact: true }).check();
    await shoot(archivist, 'documents-archive');
    await archive.getByTestId('archive').click();
    await expectMessage(archivist, '已归档');
    await statusTag(archivist, '已归档').waitFor();
    await handle(archivist);
    await archivist.goto(`${base}/documents?tab=all`);
    await archivist.getByTestId('document-card').filter({ hasText: TITLE }).filter({ hasText: '已归档' }).waitFor();
    await shoot(archivist, 'documents-archived');
  });

  await scenario('公文检索 finds the document by a word (marked) and by its 文号; the 发文登记簿 shows the number used, reserves one and voids it', async () => {
    check(issuedNo, 'no 文号 was taken by the scenario before');
    const reader = await newPage();
    await signIn(reader, 'sunli');
    check(await menuHas(reader, '公文检索'), '公文检索 is not in 孙丽\'s menu');
    check(!(await menuHas(reader, '发文登记簿')), '发文登记簿 is in a 科员\'s menu');
    await reader.goto(`${base}/documents/search`);
    await searchFor(reader, '预算');
    const hit = reader.getByTestId('search-hit').filter({ hasText: TITLE });
    await hit.locator('mark', { hasText: '预算' }).first().waitFor();
    await hit.getByTestId('search-hit-number').filter({ hasText: issuedNo }).waitFor();
    await reader.getByTestId('search-total').filter({ hasText: /^共 \d+ 条$/ }).waitFor();
    await shoot(reader, 'documents-search');

    // The exact 文号, kept in the URL: a reload shows the same answer.
    await searchFor(reader, issuedNo);
    await reader.reload();
    const byNumber = reader.getByTestId('search-hit');
    await byNumber.filter({ hasText: TITLE }).getByTestId('search-hit-number').locator('mark', { hasText: issuedNo }).waitFor();
    check((await byNumber.count()) === 1, `searching ${issuedNo} finds ${await byNumber.count()} documents`);
    await shoot(reader, 'documents-search-number');

    // The title leads to the 稿纸, which offers the 发文稿纸 with every step's opinion as a PDF.
    await byNumber.getByRole('link', { name: TITLE }).click();
    await reader.getByTestId('document-title').getByText(TITLE, { exact: true }).waitFor();
    const form = reader.getByTestId('processing-form');
    check((await form.getAttribute('target')) === '_blank', 'the 发文稿纸 PDF does not open in a tab of its own');
    const pdf = await reader.request.get(new URL((await form.getAttribute('href')) ?? '', base).href);
    check(pdf.ok() && (await pdf.body()).subarray(0, 5).toString() === '%PDF-', `the 发文稿纸 PDF does not open: ${pdf.status()}`);
    check((pdf.headers()['content-disposition'] ?? '').startsWith('inline'), 'the 发文稿纸 PDF is not shown inline');
    await closePage(reader);

    // 吴婷's 发文登记簿: the number used by the document; the next one reserved, then voided with a reason.
    const registry = await newPage();
    await signIn(registry, 'wuting');
    check(await menuHas(registry, '发文登记簿'), '发文登记簿 is not in 吴婷\'s menu');
    await registry.goto(`${base}/documents/register`);
    const used = registry.getByRole('row').filter({ hasText: issuedNo });
    await used.locator('.ant-tag', { hasText: '已使用' }).waitFor();
    await used.getByTestId('register-document').waitFor();
    await registry.getByText('文号规则', { exact: true }).first().waitFor();

    const next = issuedNo.replace(/\d+号$/, (n) => `${parseInt(n, 10) + 1}号`);
    await registry.getByTestId('reserve-number').click();
    const drawer = registry.getByRole('dialog').filter({ hasText: '预留说明' });
    await chooseOption(registry, formItem(drawer, '文号规则').locator('.ant-select'), '示政办发（办公室发文）');
    await formItem(drawer, '预留说明').locator('textarea').fill('留给年度总结通知');
    await drawer.getByRole('button', { name: '确定', exact: true }).click();
    await expectMessage(registry, `已预留 ${next}`);
    const reserved = registry.getByRole('row').filter({ hasText: next });
    await reserved.locator('.ant-tag', { hasText: '预留' }).waitFor();
    await reserved.getByTestId('void-number').click();
    const confirm = registry.getByRole('dialog').filter({ has: registry.locator('.ant-modal-title', { hasText: `作废 ${next}？` }) });
    await confirm.getByRole('button', { name: '作废', exact: true }).click();
    await confirm.getByText('请填写作废原因', { exact: true }).waitFor();
    await formItem(confirm, '原因').locator('textarea').fill('总结通知改为函');
    await confirm.getByRole('button', { name: '作废', exact: true }).click();
    await expectMessage(registry, '已作废');
    await reserved.locator('.ant-tag', { hasText: '作废' }).waitFor();
    await reserved.getByText('总结通知改为函', { exact: true }).waitFor();
    check((await reserved.getByTestId('void-number').count()) === 0, 'a void number can still be voided');
    await used.locator('.ant-tag', { hasText: '已使用' }).waitFor();
    await shoot(registry, 'documents-register', { fullPage: true });
  });

  await scenario('公文: 外单位 and 电子印章 listed for their keepers; 签章核验 tells the sealed PDF from an altered copy', async () => {
    const registry = await newPage();
    await signIn(registry, 'wuting');
    await registry.goto(`${base}/documents/units`);
    for (const [unit, channel] of [[MAIL_UNIT, '邮件'], [PAPER_UNIT, '纸质']]) await registry.getByRole('row').filter({ hasText: unit }).getByText(channel, { exact: true }).waitFor();
    await shoot(registry, 'documents-units');
    check(!(await menuHas(registry, '电子印章')), '电子印章 is in the 文书\'s menu');
    await closePage(registry);

    const security = await newPage();
    await signIn(security, 'secadmin');
    await security.goto(`${base}/documents/seals`);
    await security.getByTestId('seal').getByAltText('示例市人民政府办公室公章').waitFor();
    await shoot(security, 'documents-seals');
    await closePage(security);

    check(formalPdf, 'the formal PDF was not generated by the scenario before');
    const reader = await newPage();
    await signIn(reader, 'sunli');
    await reader.goto(`${base}/documents/verify`);
    const upload = (name, buffer) => reader.locator('input[type=file]').setInputFiles({ name, mimeType: 'application/pdf', buffer });
    const verdict = reader.getByTestId('verification');
    await upload('正式文件.pdf', formalPdf);
    await verdict.getByText('签章有效，文件未被修改', { exact: true }).waitFor();
    await verdict.getByText('本系统登记的印章', { exact: true }).waitFor();
    await shoot(reader, 'documents-verify', { fullPage: true });
    const altered = Buffer.from(formalPdf);
    const at = altered.indexOf('stream', altered.length >> 2) + 20;
    altered[at] ^= 1;
    await upload('改动过的.pdf', altered);
    await verdict.getByText('文件已被修改，签章无效', { exact: true }).waitFor();
  });

  await scenario('涉密公文: a 秘密 通知 asks for the second factor; without TOTP she is sent to turn it on, then her code opens it', async () => {
    // 赵敏 (clearance 秘密) has two sessions, both begun before she had TOTP: enabling it confirms only the session she enables it in.
    const drafting = await newPage();
    await signIn(drafting, 'zhaomin');
    const other = await newPage();
    await signIn(other, 'zhaomin');

    await drafting.goto(`${base}/documents/new`);
    await drafting.getByTestId('kind-notice').click();
    await drafting.waitForURL(/\/documents\/[0-9a-f-]{36}$/);
    const paperUrl = drafting.url();
    await drafting.getByLabel('标题', { exact: true }).fill(SECRET_TITLE);
    const levelRow = drafting.locator('.ant-descriptions-row').filter({ has: drafting.getByText('密级', { exact: true }) });
    await chooseOption(drafting, levelRow.locator('.ant-select').first(), '秘密');
    await drafting.getByPlaceholder('保密期限，如 1年').fill('1年');
    await drafting.getByTestId('save-document').click();
    await expectMessage(drafting, '已保存第 2 稿');

    // Saved as 秘密, the 稿纸 asks for the code; she has none yet.
    const prompt = drafting.getByTestId('second-factor');
    await prompt.getByText('查看涉密公文须进行二次验证', { exact: true }).waitFor();
    const code = prompt.getByLabel('动态口令');
    // (antd may leave the spinner's collapsed icon in the button's name once loading ends)
    const verify = prompt.locator('button[type=submit]:not(.ant-btn-loading)').filter({ hasText: '验证' });
    await code.fill('123456');
    await verify.click();
    const notEnabled = prompt.getByTestId('totp-not-enabled');
    await notEnabled.waitFor();
    check((await notEnabled.getByTestId('security-link').getAttribute('href')) === '/me/security', 'the prompt does not lead to the security page');
    await shoot(drafting, 'documents-second-factor-off');

    // In her other session she turns TOTP on: that session is confirmed, the 稿纸 opens there at once.
    const secret = await enrolTotp(other);
    rememberAccount('zhaomin', { totpSecret: secret });
    await other.goto(paperUrl);
    await other.getByTestId('document-title').getByText(SECRET_TITLE, { exact: true }).waitFor();
    await closePage(other);

    // The first session still asks: a wrong code is refused, the right one opens the 稿纸.
    const right = totpCode(secret);
    await code.fill(String((Number(right) + 500_000) % 1_000_000).padStart(6, '0'));
    await verify.click();
    await prompt.locator('.ant-form-item-explain-error').waitFor();
    check((await prompt.getByTestId('totp-not-enabled').count()) === 0, 'the prompt still says TOTP is not enabled');
    await code.fill(right);
    await shoot(drafting, 'documents-second-factor');
    await verify.click();
    await drafting.getByTestId('document-title').getByText(SECRET_TITLE, { exact: true }).waitFor();
    await drafting.getByTestId('document-tags').getByText('秘密★1年', { exact: true }).waitFor();
    // Confirmed for ten minutes: a reload opens it without asking.
    await drafting.reload();
    await drafting.getByTestId('document-title').getByText(SECRET_TITLE, { exact: true }).waitFor();
    check((await drafting.getByTestId('second-factor').count()) === 0, 'the 稿纸 asks again right after the code was given');
  });
}
