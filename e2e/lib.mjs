// The end-to-end runner: scenarios and their results, the server on a temporary data directory,
// the browser, and the helpers every group of scenarios shares (pages, logins, screenshots, and the
// Ant Design controls that need clicks on their pop-ups).
import { spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium } from 'playwright-core';
import * as OTPAuth from 'otpauth';
import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';

export const root = fileURLToPath(new URL('..', import.meta.url));
export const cli = path.join(root, 'bin', 'tongban.js');
export const shots = path.join(root, 'test-results', 'e2e');
export const DEMO_PASSWORD = process.env.TONGBAN_DEMO_PASSWORD || 'Tongban@2026';
export const SIZES = [
  { width: 1280, height: 800 },
  { width: 375, height: 812 },
];
export const PHONE = SIZES[1];
const BROWSER_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

// ---------------------------------------------------------------- scenarios

/** Every scenario's outcome, in the order they ran. */
export const results = [];
const openPages = new Set();

/**
 * Runs one scenario: prints ✓ or ✗ with its time, records the result, screenshots every open page
 * on failure (FAILED-<name>-<n>.png), and closes the pages it opened.
 */
export async function scenario(name, fn) {
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

export const slug = (text) => text.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').toLowerCase();

export function check(condition, message) {
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

// ---------------------------------------------------------------- the mailbox

/**
 * Every e-mail the server sends (TONGBAN_SMTP_URL) lands in a real SMTP server (smtp-server) started
 * with it. Scenarios read it with `mails()` (all received so far) or `waitForMail(match)`; each mail is
 * mailparser's ParsedMail: subject, text, html, to.text, attachments (an invitation is the attachment
 * whose contentType is text/calendar).
 */
const received = [];

export const mails = () => [...received];

/** Waits (up to `timeoutMs`) for a mail that `match(mail)` accepts and returns it. */
export async function waitForMail(match, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = received.find(match);
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`no such mail within ${timeoutMs} ms; received: ${received.map((m) => `${m.to?.text} «${m.subject}»`).join(', ') || 'none'}`);
    await sleep(200);
  }
}

async function startMailbox() {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, _session, done) {
      simpleParser(stream).then((mail) => (received.push(mail), done()), done);
    },
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `smtp://127.0.0.1:${server.server.address().port}`, close: () => new Promise((resolve) => server.close(resolve)) };
}

/** Starts `tongban start` on a free port with `dataDir`, mailing to the mailbox; resolves once /api/health answers. */
export async function startServer(dataDir) {
  const port = await freePort();
  const mailbox = await startMailbox();
  const env = { ...process.env, TONGBAN_DATA_DIR: dataDir, TONGBAN_PORT: String(port), TONGBAN_HOST: '127.0.0.1', TONGBAN_LOG_LEVEL: 'warn', TONGBAN_SMTP_URL: mailbox.url };
  const child = spawn(process.execPath, [cli, 'start'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      await mailbox.close();
      throw new Error(`the server exited with ${child.exitCode}:\n${output}`);
    }
    const res = await fetch(`${base}/api/health`).catch(() => null);
    if (res?.ok) return { base, env, child, mailbox, output: () => output };
    await sleep(100);
  }
  child.kill('SIGKILL');
  await mailbox.close();
  throw new Error(`the server did not answer /api/health within 60 s:\n${output}`);
}

export async function stopServer(server) {
  await server.mailbox.close();
  if (server.child.exitCode !== null) return;
  const exited = new Promise((resolve) => server.child.once('exit', resolve));
  server.child.kill('SIGTERM');
  const timer = setTimeout(() => server.child.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}

// ---------------------------------------------------------------- the browser

/** The browser and the server's address, set by the entry point; scenarios read them. */
export let browser;
export let base;

export const useServer = (server) => (base = server.base);

export async function launchBrowser() {
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: BROWSER_ARGS });
  return browser;
}

/** A page in a context of its own (its own cookies: one person each); `phone` opens it at 375 px. */
export async function newPage({ phone = false } = {}) {
  const context = await browser.newContext({ viewport: phone ? PHONE : SIZES[0], locale: 'zh-CN', acceptDownloads: true });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  openPages.add(page);
  return page;
}

/** Closes a page before its scenario ends (one person leaves). */
export async function closePage(page) {
  openPages.delete(page);
  await page.context().close();
}

/**
 * Saves the page at every width as <name>-<width>.png, then returns to the width it had.
 * `fullPage` takes the whole length; `prepare(size)` readies each width (a layout that changed
 * with the width may want a panel opened again).
 */
export async function shoot(page, name, { fullPage = false, prepare } = {}) {
  const own = page.viewportSize() ?? SIZES[0];
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await sleep(400);
    if (prepare) await prepare(size);
    await page.screenshot({ path: path.join(shots, `${name}-${size.width}.png`), fullPage });
  }
  await page.setViewportSize(own);
  // Let the layout settle back (the bottom action bar is fixed on a phone and sticky on a desktop):
  // a click started while it moved between the two waited out its 15 s for a stable button.
  await sleep(400);
}

// ---------------------------------------------------------------- people

/**
 * What each demo account logs in with now. A scenario that changes a password or enrols TOTP
 * records it here, so that later scenarios can still log that person in.
 */
const accounts = new Map();

export function rememberAccount(username, change) {
  accounts.set(username, { ...account(username), ...change });
}

export const account = (username) => accounts.get(username) ?? { password: DEMO_PASSWORD, totpSecret: undefined };

export const totpCode = (secret) => new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret) }).generate();

/** Fills the login form; answers the second step with a TOTP code when `totpSecret` is given. */
export async function login(page, username, password, totpSecret) {
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

/** Logs a demo person in with what they log in with now, and waits for the workspace. */
export async function signIn(page, username) {
  const { password, totpSecret } = account(username);
  await login(page, username, password, totpSecret);
  await page.getByTestId('user-menu').waitFor();
}

export async function logout(page) {
  await page.getByTestId('user-menu').hover();
  await page.getByRole('menuitem', { name: '退出登录' }).click();
  await page.waitForURL(/\/login/);
}

/** Waits until the authenticated layout shows, then reports whether the side menu offers the entry. */
export async function menuHas(page, label) {
  await page.getByTestId('user-menu').waitFor();
  await page.getByRole('menu').first().waitFor();
  return (await page.getByRole('menuitem', { name: label }).count()) > 0;
}

// ---------------------------------------------------------------- Ant Design controls

/**
 * The form item labelled `label` within `scope`, found by the label's text: items without a `name`
 * have no <label for>, and drawers share field ids, so getByLabel cannot be relied on.
 */
export function formItem(scope, label) {
  const page = typeof scope.page === 'function' ? scope.page() : scope;
  return scope.locator('.ant-form-item').filter({ has: page.getByText(label, { exact: true }) });
}

/** Opens a Select (its trigger) and clicks the option titled `label` in the open dropdown. */
export async function chooseOption(page, trigger, label) {
  await trigger.click();
  await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${label}"]`).click();
}

/**
 * Opens a DatePicker or RangePicker (`opener`, a click target) and clicks the days ('YYYY-MM-DD')
 * in turn in its panel, paging months towards them; works with read-only inputs (phones).
 */
export async function pickDates(page, opener, days) {
  await opener.click();
  const dropdown = page.locator('.ant-picker-dropdown:visible');
  await dropdown.first().waitFor();
  // A day clicked while the panel still slides open can be lost, and the panel then stays open.
  await page.locator('.ant-picker-dropdown:visible:not([class*="-appear"])').first().waitFor();
  for (const day of days) {
    const cell = dropdown.locator(`td.ant-picker-cell-in-view[title="${day}"]`);
    const shown = dropdown.locator('td.ant-picker-cell-in-view[title]').first();
    for (let turn = 0; !(await cell.count()); turn++) {
      check(turn < 60, `the date picker never showed ${day}`);
      const first = (await shown.getAttribute('title')) ?? '';
      const button = day > first ? '.ant-picker-header-next-btn' : '.ant-picker-header-prev-btn';
      await dropdown.locator(button).filter({ visible: true }).first().click();
    }
    await cell.first().click();
  }
  // Closed once the last day is in: the next control must not meet a closing pop-up.
  await dropdown.first().waitFor({ state: 'hidden' });
}

/** Whether the page is at a phone's width. */
/** Polls `probe` until it returns something truthy (returned), failing after `timeoutMs`. */
export async function waitFor(what, probe, timeoutMs = 20_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    check(Date.now() < until, `timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

export const isPhone = (page) => (page.viewportSize()?.width ?? 1280) < 768;

/** The message an action leaves once the server took it. */
export async function expectMessage(page, text) {
  try {
    await page.locator('.ant-message').getByText(text, { exact: true }).first().waitFor();
  } catch (error) {
    const said = await page.locator('.ant-message').allTextContents();
    throw new Error(`expected the message "${text}"${said.length ? `; the page says: ${said.join(' | ')}` : ''}`, { cause: error });
  }
}
