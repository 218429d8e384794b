// End-to-end scenarios in a real browser (Debian's Chromium driven by playwright-core) against the
// built server on a fresh data directory with the demo unit.
//
//   npm run build && node e2e/run.mjs
//
// Screenshots (1280×800 and 375×812) go to test-results/e2e/. The last line is "N passed, N failed";
// the exit code is non-zero when any scenario fails.
import { spawn, execFile } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium } from 'playwright-core';
import * as OTPAuth from 'otpauth';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = path.join(root, 'bin', 'tongban.js');
const shots = path.join(root, 'test-results', 'e2e');
const DEMO_PASSWORD = process.env.TONGBAN_DEMO_PASSWORD || 'Tongban@2026';
const SIZES = [
  { width: 1280, height: 800 },
  { width: 375, height: 812 },
];
const BROWSER_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

// ---------------------------------------------------------------- the runner

const results = [];
const openPages = new Set();

async function scenario(name, fn) {
  const started = performance.now();
  try {
    await fn();
    results.push({ name, ok: true });
    console.log(`  ✓ ${name} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  } catch (error) {
    results.push({ name, ok: false });
    console.log(`  ✗ ${name} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
    console.log(String(error?.stack ?? error).replace(/^/gm, '      '));
    let i = 0;
    for (const page of openPages) {
      await page
        .screenshot({ path: path.join(shots, `FAILED-${slug(name)}-${++i}.png`) })
        .catch(() => undefined);
    }
  } finally {
    for (const page of openPages) await page.context().close().catch(() => undefined);
    openPages.clear();
  }
}

const slug = (text) => text.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').toLowerCase();

function check(condition, message) {
  if (!condition) throw new Error(message);
}

// ---------------------------------------------------------------- the server

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function startServer(dataDir) {
  const port = await freePort();
  const env = { ...process.env, TONGBAN_DATA_DIR: dataDir, TONGBAN_PORT: String(port), TONGBAN_HOST: '127.0.0.1', TONGBAN_LOG_LEVEL: 'warn' };
  const child = spawn(process.execPath, [cli, 'start'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}:\n${output}`);
    const res = await fetch(`${base}/api/health`).catch(() => null);
    if (res?.ok) return { base, env, child, output: () => output };
    await sleep(100);
  }
  child.kill('SIGKILL');
  throw new Error(`the server did not answer /api/health within 60 s:\n${output}`);
}

async function stopServer(server) {
  if (server.child.exitCode !== null) return;
  const exited = new Promise((resolve) => server.child.once('exit', resolve));
  server.child.kill('SIGTERM');
  const timer = setTimeout(() => server.child.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}

// ---------------------------------------------------------------- browser helpers

let browser;
let base;

async function newPage() {
  const context = await browser.newContext({ viewport: SIZES[0], locale: 'zh-CN', acceptDownloads: true });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  openPages.add(page);
  return page;
}

/** Saves the page at every width, then returns to the first. */
async function shoot(page, name) {
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await sleep(400);
    await page.screenshot({ path: path.join(shots, `${name}-${size.width}.png`) });
  }
  await page.setViewportSize(SIZES[0]);
}

/** Fills the login form; answers the second step with a TOTP code when `totpSecret` is given. */
async function login(page, username, password, totpSecret) {
  await page.goto(`${base}/login`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.getByRole('button', { name: /^登\s*录$/ }).click();
  if (totpSecret) {
    const code = page.getByLabel('动态口令或恢复码');
    await code.waitFor();
    await code.fill(totpCode(totpSecret));
    await page.getByRole('button', { name: '验证并登录' }).click();
  }
}

async function logout(page) {
  await page.getByTestId('user-menu').hover();
  await page.getByRole('menuitem', { name: '退出登录' }).click();
  await page.waitForURL(/\/login/);
}

/** Waits until the authenticated layout shows, then reports whether the side menu offers the entry. */
async function menuHas(page, label) {
  await page.getByTestId('user-menu').waitFor();
  await page.getByRole('menu').first().waitFor();
  return (await page.getByRole('menuitem', { name: label }).count()) > 0;
}

const totpCode = (secret) => new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret) }).generate();

async function widgetOrder(page) {
  const ids = await page.locator('[data-testid^="widget-"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')));
  return ids.map((id) => id.slice('widget-'.length));
}

// ---------------------------------------------------------------- the scenarios

async function main() {
  for (const file of ['dist/server/main.js', 'dist/web/index.html']) {
    if (!fs.existsSync(path.join(root, file))) throw new Error(`${file} is missing: run \`npm run build\` first`);
  }
  fs.rmSync(shots, { recursive: true, force: true });
  fs.mkdirSync(shots, { recursive: true });
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongban-e2e-'));
  const started = performance.now();
  const server = await startServer(dataDir);
  base = server.base;
  console.log(`e2e: server ready at ${base} in ${((performance.now() - started) / 1000).toFixed(1)} s (data ${dataDir})`);
  try {
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: BROWSER_ARGS });
    await scenarios(server);
  } finally {
    await browser?.close();
    await stopServer(server);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

async function scenarios(server) {
  // Demo accounts from server/src/modules/org/DEMO_ACCOUNTS.md: two 科员 without any role.
  const personA = { username: 'sunli', name: '孙丽', reset: 'Reset#2026a', password: 'Chang3d#Pass' };
  const personB = { username: 'huangxiaoyan', name: '黄晓燕', department: '档案室', post: '科长' };

  await scenario('a person changes the reset password, enrols TOTP, logs in with it and rearranges the workspace', async () => {
    await promisify(execFile)(process.execPath, [cli, 'user', 'reset-password', '--username', personA.username, '--password', personA.reset], {
      cwd: root,
      env: server.env,
    });
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

    await page.goto(`${base}/me/security`);
    await page.getByRole('button', { name: '启用动态口令' }).click();
    const secretText = (await page.getByTestId('totp-secret').textContent()) ?? '';
    const totpSecret = secretText.replace(/\s+/g, '');
    check(/^[A-Z2-7]{16,}$/.test(totpSecret), `the TOTP secret on the page is not base32: "${secretText}"`);
    await page.getByPlaceholder('6 位动态口令').fill(totpCode(totpSecret));
    await page.getByRole('button', { name: /^启\s*用$/ }).click();
    await page.getByText('恢复码（只显示这一次）').waitFor();
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
    await before.context().close();
    openPages.delete(before);

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

const startedAt = performance.now();
try {
  await main();
} catch (error) {
  results.push({ name: 'set-up', ok: false });
  console.log(`  ✗ set-up: ${error?.stack ?? error}`);
}
const failed = results.filter((r) => !r.ok).length;
console.log(`e2e finished in ${((performance.now() - startedAt) / 1000).toFixed(1)} s; screenshots in ${path.relative(root, shots)}/`);
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
