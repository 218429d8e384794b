// The foundation's scenarios: a person's own security and workspace, the administrator's transfer
// of a person (and the menu that follows the new post), the auditor's view of both.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import { promisify } from 'node:util';
import { base, check, cli, DEMO_PASSWORD, login, logout, menuHas, newPage, closePage, rememberAccount, root, scenario, shoot, totpCode } from './lib.mjs';

async function widgetOrder(page) {
  const ids = await page.locator('[data-testid^="widget-"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')));
  return ids.map((id) => id.slice('widget-'.length));
}

export async function foundation(server) {
  // Demo accounts from server/src/modules/org/DEMO_ACCOUNTS.md: two 科员 without any role.
  const personA = { username: 'sunli', name: '孙丽', reset: 'Reset#2026a', password: 'Chang3d#Pass' };
  const personB = { username: 'huangxiaoyan', name: '黄晓燕', department: '档案室', post: '科长' };

  await scenario('a person changes the reset password, enrols TOTP, logs in with it and rearranges the workspace', async () => {
    await promisify(execFile)(process.execPath, [cli, 'user', 'reset-password', '--username', personA.username, '--password', personA.reset], {
      cwd: root,
      env: server.env,
    });
    rememberAccount(personA.username, { password: personA.reset });
    const page = await newPage();
    await page.goto(`${base}/login`);
    await page.getByLabel('用户名').waitFor();
    await shoot(page, 'login');

    await login(page, personA.username, personA.reset);
    await page.waitForURL(/\/change-password/);
    await page.getByLabel('当前密码').fill(personA.reset);
    await page.getByLabel('新密码', { exact: true }).fill(personA.password);
    await page.getByLabel('确认新密码').fill(personA.password);
    await page.getByRole('button', { name: '修改密码' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    rememberAccount(personA.username, { password: personA.password });

    await page.goto(`${base}/me/security`);
    await page.getByRole('button', { name: '启用动态口令' }).click();
    const secretText = (await page.getByTestId('totp-secret').textContent()) ?? '';
    const totpSecret = secretText.replace(/\s+/g, '');
    check(/^[A-Z2-7]{16,}$/.test(totpSecret), `the TOTP secret on the page is not base32: "${secretText}"`);
    await page.getByPlaceholder('6 位动态口令').fill(totpCode(totpSecret));
    await page.getByRole('button', { name: /^启\s*用$/ }).click();
    await page.getByText('恢复码（只显示这一次）').waitFor();
    rememberAccount(personA.username, { totpSecret });
    await page.getByRole('button', { name: '我已保存，继续' }).click();

    await logout(page);
    await login(page, personA.username, personA.password, totpSecret);
    await page.waitForURL((url) => url.pathname === '/');

    await page.getByRole('button', { name: '编辑工作台' }).click();
    const before = await widgetOrder(page);
    check(before.length >= 3, `the workspace shows ${before.length} widgets; at least 3 are needed to reorder and remove`);
    await page.getByTestId(`widget-${before[1]}`).getByRole('button', { name: '上移' }).click();
    await page.getByTestId(`widget-${before[before.length - 1]}`).getByRole('button', { name: '移除' }).click();
    const expected = [before[1], before[0], ...before.slice(2, -1)];
    check(JSON.stringify(await widgetOrder(page)) === JSON.stringify(expected), `while editing the order is ${await widgetOrder(page)}, expected ${expected}`);
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByRole('button', { name: '编辑工作台' }).waitFor();

    await page.reload();
    await page.locator(`[data-testid="widget-${expected[0]}"]`).waitFor();
    const after = await widgetOrder(page);
    check(JSON.stringify(after) === JSON.stringify(expected), `after a reload the workspace shows ${after}, expected ${expected}`);
    await shoot(page, 'workspace');
  });

  await scenario('the system administrator transfers a 科员 to 科长 and the person\'s menu changes', async () => {
    const before = await newPage();
    await login(before, personB.username, DEMO_PASSWORD);
    check(!(await menuHas(before, '人员台账')), `${personB.name} (科员) already sees 人员台账 before the transfer`);
    await closePage(before);

    const admin = await newPage();
    await login(admin, 'sysadmin', DEMO_PASSWORD);
    await admin.getByTestId('user-menu').waitFor();
    await admin.goto(`${base}/org/people`);
    await admin.getByRole('cell', { name: /^SZ\d{4}$/ }).first().waitFor();
    await shoot(admin, 'people-ledger');
    const search = admin.getByPlaceholder('姓名、工号、拼音');
    await search.fill(personB.name);
    await search.press('Enter');
    const row = admin.getByRole('row').filter({ hasText: personB.name }).filter({ hasText: '科员' });
    await row.first().waitFor();
    await row.first().getByRole('button', { name: '调动' }).click();
    const drawer = admin.getByRole('dialog').filter({ hasText: `调动 ${personB.name}` });
    // By the item's label text: the drawers share field ids, so <label for> may point into another drawer.
    const field = (label) => drawer.locator('.ant-form-item').filter({ has: admin.getByText(label, { exact: true }) }).locator('input').first();
    await field('调入部门').fill(personB.department);
    await admin.locator('.ant-select-dropdown:visible .ant-select-tree-title').getByText(personB.department, { exact: true }).click();
    await field('新岗位').fill(personB.post);
    await admin.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${personB.post}"]`).click();
    await drawer.getByRole('button', { name: /^确\s*定$/ }).click();
    await drawer.waitFor({ state: 'hidden' });
    await admin.getByRole('row').filter({ hasText: personB.name }).filter({ hasText: personB.department }).filter({ hasText: personB.post }).first().waitFor();

    const after = await newPage();
    await login(after, personB.username, DEMO_PASSWORD);
    check(await menuHas(after, '人员台账'), `${personB.name} does not see 人员台账 after becoming 科长`);
  });

  await scenario('the auditor finds the password change, the TOTP enrolment and the transfer, and exports CSV', async () => {
    const page = await newPage();
    await login(page, 'auditor', DEMO_PASSWORD);
    await page.getByTestId('user-menu').waitFor();
    await page.goto(`${base}/audit`);
    await page.getByRole('table').waitFor();
    await shoot(page, 'audit');

    for (const [action, who] of [
      ['auth.password.change', personA.name],
      ['auth.totp.enable', personA.name],
      ['org.person.transfer', personB.name],
    ]) {
      // The first combobox of the filter bar is the action picker (searchable).
      const filter = page.getByRole('combobox').first();
      await filter.click();
      await filter.fill(action);
      await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${action}"]`).click();
      await page.getByRole('row').filter({ hasText: action }).filter({ hasText: who }).first().waitFor();
    }

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /导出\s*CSV/ }).click()]);
    const csv = fs.readFileSync(await download.path(), 'utf8');
    check(download.suggestedFilename().endsWith('.csv'), `the export is named ${download.suggestedFilename()}`);
    check(csv.includes('org.person.transfer') && csv.includes(personB.name), 'the CSV export lacks the transfer record');
    check(!csv.includes('auth.login'), 'the CSV export ignores the action filter: it holds login records');
  });
}
