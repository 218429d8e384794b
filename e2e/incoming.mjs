// The 收文 story on the shipped 收文 flow (登记 → 拟办 → 领导批示 → 承办 → 归档):
//   吴婷 (秘书科 文书) registers a 来文 from 示例市财政局 with its scanned PDF and gets the 收文编号; marking
//   it 督办 asks for a deadline; typing the same 来文单位 and 文号 again warns at once with a link to it,
//   and the server refuses it; 张伟 (秘书科 科长) proposes 综合科 with a deadline and 督办, choosing the
//   common phrase; 王建国 (主任), on a phone, returns it once with a reason, then gives his 批示 on the
//   proposal made again; 郑海 (综合科 科长) records progress and concludes with the result; the lists
//   show it concluded, and under 督办 with its 督 tag; the search box and the year filter narrow them;
//   卢芳 (档案员) files it.
// Then an electronic arrival: a 通知 issued through the 发文 flow (driven over the API) is distributed to
//   综合科; 徐静 (综合科 文书) signs for it on 收文签收, registers it from there with the form filled in
//   from the copy and its formal PDF attached by the server, and the copy then leads to its 收文.
// Demo people (server/src/modules/org/DEMO_ACCOUNTS.md).
import { base, check, chooseOption, closePage, expectMessage, formItem, isPhone, menuHas, newPage, pickDates, scenario, shoot, signIn } from './lib.mjs';
import { apiAs, departmentId, driveNotice } from './api.mjs';

const YEAR = new Date().getFullYear();
const UNIT = '示例市财政局';
const SOURCE_NO = `示财发〔${YEAR}〕12号`;
const TITLE = '关于开展2026年度预算执行情况专项检查的通知';
const PROPOSAL = '拟请综合科办理。';
const INSTRUCTION = '同意拟办意见。';
const PROGRESS = '已布置各科室自查，完成过半。';
const RESULT = '已完成自查并报送检查报告。';
const RETURN_REASON = '请先核实检查范围。';
const ISSUED = '关于做好2026年度政务信息报送工作的通知';
const RECEIPT = /^已登记，收文编号 (收〔\d{4}〕\d+号)$/;

const day = (offset) => {
  const d = new Date(Date.now() + offset * 86_400_000);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** A one-page PDF, as a scanner would leave it (no text layer). */
function scannedPdf() {
  const objects = ['<</Type/Catalog/Pages 2 0 R>>', '<</Type/Pages/Kids[3 0 R]/Count 1>>', '<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>'];
  let pdf = '%PDF-1.4\n';
  const offsets = objects.map((body, i) => {
    const at = pdf.length;
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<</Size ${objects.length + 1}/Root 1 0 R>>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}


/** Waits for the success message of a registration and returns the 收文编号 it gives. */
async function receiptFromMessage(page) {
  const message = page.locator('.ant-message').getByText(RECEIPT).first();
  await message.waitFor();
  return RECEIPT.exec((await message.textContent()) ?? '')[1];
}

/** A 通知 drafted, reviewed, signed off, numbered, sealed and distributed to 综合科, as the 发文 story does in the browser. */
async function issueToGeneralSection() {
  const general = await departmentId(await apiAs('wuting'), '综合科');
  await driveNotice({ drafter: 'sunli', title: ISSUED, body: '<p>为做好政务信息报送工作，现将有关事项通知如下。</p>', distribute: { departmentIds: [general], externalUnitIds: [] }, stopAt: '归档' });
}

/** Types 来文单位 (an AutoComplete that takes any text) and 来文文号. */
async function fillSource(page, unit, sourceNo) {
  await page.getByTestId('source-unit').locator('input').fill(unit);
  await page.keyboard.press('Escape');
  await page.getByTestId('source-doc-no').fill(sourceNo);
}

/** Turns an Ant Design switch on, whatever it was. */
async function switchOn(control) {
  if ((await control.getAttribute('aria-checked')) !== 'true') await control.click();
  await control.and(control.page().locator('[aria-checked="true"]')).waitFor();
}

/** Opens the 收文 from the list's 待我办理: a row's link, or a card on a phone. */
async function openFromTodo(page) {
  await page.goto(`${base}/incoming`);
  if (isPhone(page)) await page.getByTestId('incoming-card').filter({ hasText: TITLE }).click();
  else await page.getByRole('link', { name: TITLE, exact: true }).click();
  await page.waitForURL(/\/incoming\/[0-9a-f-]{36}$/);
  await page.getByTestId('incoming-title').getByText(TITLE, { exact: true }).waitFor();
}

/** The card of the caller's step, once it shows that step. */
async function taskOf(page, step) {
  const card = page.getByTestId('incoming-task');
  await card.getByText(`办理：${step}`, { exact: true }).waitFor();
  return card;
}

const statusTag = (page, status) => page.getByTestId('incoming-tags').getByText(status, { exact: true });

/** The 收文 as 吴婷 registered it. */
let registered;

export async function incoming() {
  await scenario('收文登记: a 来文 with its scan gets its 收文编号; the same 来文单位 and 文号 again is pointed out and refused', async () => {
    const registry = await newPage();
    await signIn(registry, 'wuting');
    for (const entry of ['收文', '收文登记', '收文签收']) check(await menuHas(registry, entry), `${entry} is not in 吴婷's menu`);
    await registry.goto(`${base}/incoming/new`);
    await registry.getByTestId('registration-form').waitFor();
    await fillSource(registry, UNIT, SOURCE_NO);
    await registry.getByTestId('incoming-title').fill(TITLE);
    check((await formItem(registry, '收文日期').locator('input').inputValue()) === day(0), 'the 收文日期 is not today by default');
    await formItem(registry, '紧急程度').getByText('加急', { exact: true }).click();
    await formItem(registry, '份数').locator('input').fill('2');
    await formItem(registry, '页数').locator('input').fill('3');
    await registry.locator('input[type=file]').setInputFiles({ name: '来文扫描件.pdf', mimeType: 'application/pdf', buffer: scannedPdf() });
    // Uploaded once the list links it to the stored file.
    await registry.locator('.ant-upload-list-item').filter({ hasText: '来文扫描件.pdf' }).locator('a[href^="/api/files/"]').first().waitFor();
    check((await registry.getByTestId('duplicate-warning').count()) === 0, 'a new 来文 is warned about as a duplicate');
    await shoot(registry, 'incoming-register', { fullPage: true });

    await registry.getByTestId('register-incoming').click();
    const receiptNo = await receiptFromMessage(registry);
    check(receiptNo.startsWith(`收〔${YEAR}〕`), `the 收文编号 ${receiptNo} is not of this year`);
    await registry.waitForURL(/\/incoming\/[0-9a-f-]{36}$/);
    registered = registry.url();
    await registry.getByTestId('receipt-no').getByText(receiptNo, { exact: true }).waitFor();
    await statusTag(registry, '已登记').waitFor();
    await statusTag(registry, '加急').waitFor();
    const facts = registry.getByTestId('incoming-facts');
    await facts.getByText(SOURCE_NO, { exact: true }).waitFor();
    await facts.getByText('2 份 / 3 页', { exact: true }).waitFor();
    const scan = facts.getByTestId('scan').filter({ hasText: '来文扫描件.pdf' });
    const pdf = await registry.request.get(new URL((await scan.getAttribute('href')) ?? '', base).href);
    check(pdf.ok() && (await pdf.body()).subarray(0, 5).toString() === '%PDF-', `the scan does not download: ${pdf.status()}`);
    await registry.getByTestId('opinion').filter({ hasText: '登记' }).filter({ hasText: '吴婷' }).waitFor();
    await registry.getByTestId('flow-link').waitFor();
    await shoot(registry, 'incoming-registered', { fullPage: true });

    // 督办 needs a deadline; marked, then unmarked again (拟办 decides it below).
    const superviseDialog = registry.getByRole('dialog').filter({ has: registry.locator('.ant-modal-title', { hasText: '督办设置' }) });
    await registry.getByTestId('supervise').click();
    await superviseDialog.getByRole('switch').click();
    await superviseDialog.getByRole('button', { name: '确定', exact: true }).click();
    await superviseDialog.getByText('督办事项须有办理期限', { exact: true }).waitFor();
    await pickDates(registry, formItem(superviseDialog, '办理期限').locator('.ant-picker'), [day(20)]);
    await superviseDialog.getByRole('button', { name: '确定', exact: true }).click();
    await expectMessage(registry, '督办设置已保存');
    await registry.getByTestId('incoming-tags').getByTestId('supervised-tag').waitFor();
    await facts.getByText(day(20), { exact: true }).waitFor();
    await registry.getByTestId('supervise').click();
    await superviseDialog.getByRole('switch').click();
    await superviseDialog.getByRole('button', { name: '确定', exact: true }).click();
    await registry.getByTestId('incoming-tags').getByTestId('supervised-tag').waitFor({ state: 'detached' });

    // The same 来文 again: the form says so while it is typed, and links to the 收文 that has it.
    await registry.goto(`${base}/incoming/new`);
    await fillSource(registry, UNIT, SOURCE_NO);
    const warning = registry.getByTestId('duplicate-warning');
    await warning.getByText(receiptNo, { exact: false }).first().waitFor();
    check((await warning.getByTestId('duplicate-link').getAttribute('href')) === new URL(registered).pathname, 'the warning does not link to the registered 收文');
    await registry.getByTestId('incoming-title').fill('重复登记的来文');
    await shoot(registry, 'incoming-duplicate');
    await registry.getByTestId('register-incoming').click();
    await registry.getByTestId('registration-refused').getByText(receiptNo, { exact: false }).waitFor();
    check(registry.url().endsWith('/incoming/new'), 'a refused registration left the form');
  });

  await scenario('拟办 to 综合科 with a deadline and 督办; 批示 on a phone, returned once; progress and 办结; the lists show it concluded and supervised; 归档', async () => {
    check(registered, 'the 收文 was not registered by the scenario before');
    const deadline = day(10);

    // 张伟 proposes 综合科, the deadline and 督办; the common phrase names the department chosen.
    const office = await newPage();
    await signIn(office, 'zhangwei');
    await office.goto(`${base}/incoming`);
    await office.getByRole('row').filter({ hasText: TITLE }).getByText('拟办', { exact: true }).waitFor();
    await shoot(office, 'incoming-list-todo');
    await openFromTodo(office);
    const propose = await taskOf(office, '拟办');
    await propose.getByTestId('submit-propose').click();
    await propose.getByText('请选择承办科室', { exact: true }).waitFor();
    await formItem(propose, '承办科室').locator('.ant-select').click();
    await office.keyboard.type('综合科');
    await office.locator('.ant-select-dropdown:visible').getByTitle('综合科', { exact: true }).click();
    await pickDates(office, formItem(propose, '办理期限').locator('.ant-picker'), [deadline]);
    await switchOn(propose.getByTestId('supervised-switch'));
    await propose.getByTestId('decide-phrase').filter({ hasText: PROPOSAL }).click();
    check((await propose.locator('textarea').first().inputValue()) === PROPOSAL, 'the phrase did not go into the opinion');
    await shoot(office, 'incoming-propose', { fullPage: true });
    await propose.getByTestId('submit-propose').click();
    await expectMessage(office, '已提交拟办意见');
    await office.getByTestId('opinion').filter({ hasText: '拟办意见' }).getByText(PROPOSAL, { exact: true }).waitFor();
    check((await office.getByTestId('incoming-task').count()) === 0, 'the 拟办 step is still offered after it was done');

    // 王建国, on his phone, first returns it to 拟办 with his reason.
    const director = await newPage({ phone: true });
    await signIn(director, 'wangjianguo');
    await openFromTodo(director);
    await (await taskOf(director, '领导批示')).getByTestId('return-task').click();
    const dialog = director.getByRole('dialog').filter({ has: director.locator('.ant-modal-title', { hasText: '退回上一环节' }) });
    await dialog.locator('textarea').fill(RETURN_REASON);
    await dialog.getByRole('button', { name: '退回', exact: true }).click();
    await expectMessage(director, '已退回');
    await director.getByTestId('opinion').filter({ hasText: '退回' }).getByText(RETURN_REASON, { exact: true }).waitFor();
    await statusTag(director, '已登记').waitFor();
    check((await director.getByTestId('incoming-task').count()) === 0, 'the 批示 step is still offered after it was returned');

    // 张伟 proposes again: his department, deadline and 督办 are still there; only the opinion is new.
    await openFromTodo(office);
    const again = await taskOf(office, '拟办');
    await formItem(again, '承办科室').getByText('综合科', { exact: true }).waitFor();
    check((await formItem(again, '办理期限').locator('input').inputValue()) === deadline, 'the deadline proposed before is gone');
    check((await again.getByTestId('supervised-switch').getAttribute('aria-checked')) === 'true', '督办 proposed before is off');
    await again.getByTestId('decide-phrase').filter({ hasText: PROPOSAL }).click();
    await again.getByTestId('submit-propose').click();
    await expectMessage(office, '已提交拟办意见');
    await closePage(office);

    // Then he gives his 批示: the proposal is there to read and to keep.
    await openFromTodo(director);
    const facts = director.getByTestId('incoming-facts');
    await facts.getByTestId('handling-department').getByText('综合科', { exact: true }).waitFor();
    await facts.getByText(deadline, { exact: true }).waitFor();
    await director.getByTestId('incoming-tags').getByTestId('supervised-tag').waitFor();
    const instruct = await taskOf(director, '领导批示');
    await formItem(instruct, '承办科室').getByText('综合科', { exact: true }).waitFor();
    await instruct.getByTestId('decide-phrase').filter({ hasText: INSTRUCTION }).click();
    await shoot(director, 'incoming-instruct', { prepare: () => instruct.scrollIntoViewIfNeeded() });
    const width = await director.evaluate(() => document.documentElement.scrollWidth);
    check(width <= 375, `the 处理单 is ${width} px wide on a 375 px phone`);
    await instruct.getByTestId('submit-instruct').click();
    await expectMessage(director, '已批示');
    await statusTag(director, '承办中').waitFor();
    await director.getByTestId('opinion').filter({ hasText: '领导批示' }).getByText(INSTRUCTION, { exact: true }).waitFor();
    await closePage(director);

    // 郑海 (综合科) records progress, then concludes with the result.
    const handler = await newPage();
    await signIn(handler, 'zhenghai');
    await openFromTodo(handler);
    const handle = await taskOf(handler, '承办');
    await handler.getByTestId('progress-input').fill(PROGRESS);
    await handler.getByTestId('add-progress').click();
    await expectMessage(handler, '已记录进展');
    await handler.getByTestId('progress-entry').filter({ hasText: PROGRESS }).getByText('郑海', { exact: false }).waitFor();
    await handle.getByTestId('result-input').fill(RESULT);
    await shoot(handler, 'incoming-handle', { fullPage: true });
    await handle.getByTestId('conclude').click();
    await expectMessage(handler, '已办结');
    await statusTag(handler, '已办结').waitFor();
    await handler.getByTestId('incoming-facts').getByTestId('result').getByText(RESULT, { exact: true }).waitFor();
    check((await handler.getByTestId('progress-input').count()) === 0, 'progress can still be added to a concluded 收文');
    await closePage(handler);

    // The registrar's lists: concluded under 全部, and under 督办 with its deadline and 督.
    const registry = await newPage();
    await signIn(registry, 'wuting');
    await registry.goto(`${base}/incoming?tab=all`);
    const row = registry.getByRole('row').filter({ hasText: TITLE });
    await row.getByText('已办结', { exact: true }).waitFor();
    await row.getByText('综合科', { exact: true }).waitFor();
    await registry.getByRole('tab', { name: '督办', exact: true }).click();
    await registry.waitForURL((url) => url.searchParams.get('tab') === 'supervised');
    const supervised = registry.getByRole('row').filter({ hasText: TITLE });
    await supervised.getByText(deadline, { exact: true }).waitFor();
    await supervised.getByTestId('supervised-tag').waitFor();
    check((await supervised.getByTestId('overdue-tag').count()) === 0, 'a concluded 收文 is marked overdue');
    await shoot(registry, 'incoming-list-supervised');

    // Found by its 来文文号 in the search box.
    await registry.getByRole('tab', { name: '全部', exact: true }).click();
    await registry.waitForURL((url) => url.searchParams.get('tab') === 'all');
    await registry.getByTestId('incoming-search').locator('input').fill('示财发');
    await registry.getByTestId('incoming-search').locator('input').press('Enter');
    await registry.waitForURL((url) => url.searchParams.get('q') === '示财发');
    await registry.getByRole('row').filter({ hasText: TITLE }).waitFor();
    await chooseOption(registry, registry.getByRole('combobox', { name: '年度' }), `${YEAR - 1}年`);
    await registry.getByText('暂无收文', { exact: true }).waitFor();
    await closePage(registry);

    // 卢芳 files it: 保管期限 and a keyword of her own; the step is done with it.
    const archivist = await newPage();
    await signIn(archivist, 'lufang');
    await openFromTodo(archivist);
    const archive = await taskOf(archivist, '归档');
    await archive.getByRole('radio', { name: '10年', exact: true }).check();
    await archive.getByTestId('archive-keywords').click();
    await archivist.keyboard.type('预算执行');
    await archivist.keyboard.press('Enter');
    await archivist.keyboard.press('Escape');
    await archive.getByTestId('archive-keywords').getByText('预算执行', { exact: true }).waitFor();
    await archive.getByTestId('archive').click();
    await expectMessage(archivist, '已归档');
    await statusTag(archivist, '已归档').waitFor();
    check((await archivist.getByTestId('incoming-task').count()) === 0, 'the 归档 step is still offered after filing');
  });

  await scenario('收文签收 → 登记: a copy of our own 分发 is signed for and registered with the form filled in and its formal PDF', async () => {
    await issueToGeneralSection();
    const registry = await newPage();
    await signIn(registry, 'xujing');
    await registry.goto(`${base}/documents/receipts`);
    await registry.getByRole('row').filter({ hasText: ISSUED }).getByTestId('sign-copy').click();
    await expectMessage(registry, '已签收');
    await registry.getByRole('tab', { name: '已签收', exact: true }).click();
    await registry.getByRole('row').filter({ hasText: ISSUED }).getByTestId('register-copy').click();
    await registry.waitForURL(/\/incoming\/new\?distribution=/);
    await registry.getByTestId('prefilled').getByTestId('formal-scan').waitFor();
    check((await registry.getByTestId('incoming-title').inputValue()) === ISSUED, 'the title is not filled in from the copy');
    check((await registry.getByTestId('source-unit').locator('input').inputValue()) === '示例市人民政府办公室', 'the 来文单位 is not the issuing unit');
    const sourceNo = await registry.getByTestId('source-doc-no').inputValue();
    check(new RegExp(`^示政办发〔${YEAR}〕\\d+号$`).test(sourceNo), `the 来文文号 is "${sourceNo}"`);
    await shoot(registry, 'incoming-register-distribution', { fullPage: true });
    await registry.getByTestId('register-incoming').click();
    const receiptNo = await receiptFromMessage(registry);
    await registry.getByTestId('receipt-no').getByText(receiptNo, { exact: true }).waitFor();
    const scan = registry.getByTestId('incoming-facts').getByTestId('scan');
    const pdf = await registry.request.get(new URL((await scan.first().getAttribute('href')) ?? '', base).href);
    check(pdf.ok() && (await pdf.body()).subarray(0, 5).toString() === '%PDF-', `the formal PDF is not the 收文's scan: ${pdf.status()}`);
    const sheet = registry.url();

    // The signed copy now leads to its 收文 rather than to 登记.
    await registry.goto(`${base}/documents/receipts?tab=signed`);
    const copy = registry.getByRole('row').filter({ hasText: ISSUED });
    check((await copy.getByTestId('view-incoming').getAttribute('href')) === new URL(sheet).pathname, 'the registered copy does not lead to its 收文');
    check((await copy.getByTestId('register-copy').count()) === 0, 'a registered copy still offers 登记');
    await shoot(registry, 'incoming-receipts');
  });
}
