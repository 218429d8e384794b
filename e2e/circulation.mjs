// 传阅 on a signed 通知: the document is drafted by 孙丽 (sunli), approved by her 科长 张伟 (zhangwei) and
// signed off by the director 王建国 (wangjianguo) through the API. Then, in the browser, the 文书 吴婷
// (wuting), who holds its 编号 step, starts a sequential 传阅 from the 稿纸 to 周杰 (zhoujie) and 何平
// (heping); 周杰 reads it on a phone (375 px) in 传阅给我 and marks it 阅毕 with an opinion; it passes
// to 何平; 吴婷 sees in 我发起的传阅 that 何平 has not read it, the opinion of 周杰, and sends a 催阅.
import { base, check, menuHas, newPage, scenario, shoot, signIn } from './lib.mjs';
import { apiAs, driveNotice } from './api.mjs';

const TITLE = '关于传阅第三季度安全生产检查情况的通知';
const NOTE = '请各位阅知并提出意见';
const OPINION = '已阅，建议下周例会通报';

/** A 通知 drafted, approved and signed off; its 编号 step is now with the 文书. */
const signedNotice = () => driveNotice({ drafter: 'sunli', title: TITLE, stopAt: '编号' });

/** Picks people in the open drawer's person picker, in order, by searching each name. */
async function pickReaders(page, drawer, names) {
  const select = drawer.locator('.ant-form-item').filter({ hasText: '传阅人' }).locator('.ant-select');
  await select.click();
  for (const name of names) {
    await page.keyboard.type(name);
    await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${name}"]`).click();
  }
  await page.keyboard.press('Escape');
}

export async function circulation() {
  await scenario('传阅: a 文书 circulates a signed 通知 in order; the first reader marks it 阅毕 on a phone; the starter sees who has not read', async () => {
    const id = await signedNotice();

    // 吴婷 starts it from the 稿纸: 依次传阅 to 周杰, then 何平.
    const clerk = await newPage();
    await signIn(clerk, 'wuting');
    check(await menuHas(clerk, '我发起的传阅'), '我发起的传阅 is not in 吴婷\'s menu');
    await clerk.goto(`${base}/documents/${id}`);
    const card = clerk.getByTestId('circulation-card');
    await card.getByTestId('start-circulation').click();
    const drawer = clerk.getByRole('dialog').filter({ hasText: '发起传阅' });
    await drawer.getByText('依次传阅', { exact: true }).waitFor();
    await pickReaders(clerk, drawer, ['周杰', '何平']);
    await drawer.getByLabel('传阅说明').fill(NOTE);
    await drawer.getByRole('button', { name: /^确\s*定$/ }).click();
    await drawer.waitFor({ state: 'hidden' });
    await card.getByTestId('circulation-progress').getByText('已阅 0/2', { exact: true }).waitFor();
    await card.getByTestId('not-read').getByText('未阅：周杰、何平', { exact: true }).waitFor();
    const marks = card.getByTestId('circulation-reader');
    check((await marks.nth(0).textContent())?.includes('待阅'), 'the first reader is not marked 待阅');
    check((await marks.nth(1).textContent())?.includes('未传到'), 'the second reader is not marked 未传到');
    await shoot(clerk, 'circulation-start');

    // 周杰 reads it on a phone and marks it 阅毕 with an opinion.
    const reader = await newPage({ phone: true });
    await signIn(reader, 'zhoujie');
    await reader.goto(`${base}/circulations`);
    const item = reader.getByTestId('circulation-item').filter({ hasText: TITLE });
    await item.getByText(NOTE, { exact: true }).waitFor();
    await shoot(reader, 'circulation-inbox');
    await item.getByTestId('circulation-read').click();
    const dialog = reader.getByRole('dialog').filter({ has: reader.locator('.ant-modal-title', { hasText: '阅毕' }) });
    await dialog.getByLabel('阅示意见').fill(OPINION);
    await dialog.getByRole('button', { name: /^阅\s*毕$/ }).click();
    await reader.locator('.ant-message').getByText('已阅毕', { exact: true }).waitFor();
    await dialog.waitFor({ state: 'hidden' });
    await reader.getByRole('tab', { name: '已阅', exact: true }).click();
    await reader.getByTestId('circulation-item').filter({ hasText: TITLE }).getByText(`阅示意见：${OPINION}`, { exact: true }).waitFor();
    const width = await reader.evaluate(() => document.documentElement.scrollWidth);
    check(width <= 375, `传阅给我 is ${width} px wide on a 375 px phone`);
    await reader.getByRole('link', { name: TITLE, exact: true }).click();
    await reader.getByTestId('circulation-card').getByText(`阅示意见：${OPINION}`, { exact: true }).waitFor();

    // It has passed to 何平.
    const heping = await apiAs('heping');
    const waiting = (await heping('GET', '/api/circulations?box=unread')).items.map((c) => c.documentId);
    check(waiting.includes(id), 'the 通知 did not pass to 何平');

    // 吴婷 sees the progress, who has not read, and 周杰's opinion; she reminds 何平.
    await clerk.goto(`${base}/circulations/started`);
    const started = clerk.getByTestId('started-circulation').filter({ hasText: TITLE });
    await started.getByTestId('circulation-progress').getByText('已阅 1/2', { exact: true }).waitFor();
    await started.getByTestId('not-read').getByText('未阅：何平', { exact: true }).waitFor();
    await started.getByText('阅读情况', { exact: true }).click();
    await started.getByText(`阅示意见：${OPINION}`, { exact: true }).waitFor();
    await started.getByTestId('circulation-remind').click();
    await clerk.locator('.ant-message').getByText('已催阅', { exact: true }).waitFor();
    await shoot(clerk, 'circulation-started', { fullPage: true });
  });
}
