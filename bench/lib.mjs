// Helpers shared by the benchmarks (bench/http.mjs, bench/workflow.mjs): child processes, ports,
// readiness, logging in, and autocannon runs. Every server is started on 127.0.0.1 and every load is
// bounded in time (autocannon's duration), and where it matters in count too.
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import autocannon from 'autocannon';

export const root = fileURLToPath(new URL('..', import.meta.url));
export const cli = path.join(root, 'bin', 'tongban.js');
export const PASSWORD = process.env.TONGBAN_DEMO_PASSWORD || 'Tongban@2026';

const children = new Set();
process.on('exit', () => {
  for (const child of children) child.kill('SIGKILL');
});

/** Kills every child still running (for a failed run). */
export function killChildren() {
  for (const child of children) child.kill('SIGKILL');
}

export function requireBuild() {
  if (!fs.existsSync(path.join(root, 'dist', 'server', 'main.js'))) {
    throw new Error('Tongban is not built: run `npm run build:server` (or `npm run build`) first.');
  }
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Spawns a child in the repository root, collecting its output (`child.output()`). */
export function start(command, args, env = {}, opts = {}) {
  const child = spawn(command, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], ...opts });
  children.add(child);
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  child.on('exit', () => children.delete(child));
  child.output = () => output;
  return child;
}

export async function stop(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}

/** Runs a command to its end (bounded by `timeoutMs`); resolves with its stdout, rejects with its output on failure. */
export function run(command, args, env = {}, timeoutMs = 600_000) {
  return new Promise((resolve, reject) => {
    const child = start(command, args, env);
    let stdout = '';
    child.stdout.on('data', (d) => (stdout += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve(stdout);
      else reject(new Error(`${[path.basename(command), ...args].join(' ')} failed (${signal ?? code}):\n${child.output()}`));
    });
  });
}

/** `tongban <args>` on a data directory, to its end. */
export function tongban(args, env) {
  return execFileSync(process.execPath, [cli, ...args], { cwd: root, env: { ...process.env, ...env }, stdio: 'pipe', timeout: 300_000 });
}

/** Polls the URL every 10 ms until it answers 200; returns milliseconds since `since`. */
export async function waitReady(url, child, since, timeoutMs = 20_000) {
  while (performance.now() - since < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${child.output()}`);
    try {
      const res = await fetch(url);
      if (res.ok) return performance.now() - since;
    } catch {
      // not listening yet
    }
    await sleep(10);
  }
  throw new Error(`server not ready after ${timeoutMs} ms:\n${child.output()}`);
}

/**
 * Starts the bare Fastify hello-world reference (bench/hello.mjs); resolves with the child and its URL.
 * Given a file, it also answers GET /body with that file's bytes.
 */
export async function startHello(bodyFile) {
  const hello = start(process.execPath, [path.join(root, 'bench', 'hello.mjs'), String(await freePort()), ...(bodyFile ? [bodyFile] : [])]);
  const started = performance.now();
  while (!/^\d+$/m.test(hello.output())) {
    if (hello.exitCode !== null) throw new Error(`hello-world server failed:\n${hello.output()}`);
    if (performance.now() - started > 10_000) throw new Error('hello-world server did not start');
    await sleep(10);
  }
  hello.url = `http://127.0.0.1:${hello.output().trim()}/`;
  return hello;
}

/** Starts `tongban serve` on a data directory at a free port on 127.0.0.1; resolves once it is healthy. */
export async function startTongban(env, nodeArgs = []) {
  const port = await freePort();
  const spawnedAt = performance.now();
  const server = start(process.execPath, [...nodeArgs, cli, 'serve'], { ...env, TONGBAN_HOST: '127.0.0.1', TONGBAN_PORT: String(port) });
  server.readyMs = await waitReady(`http://127.0.0.1:${port}/api/health`, server, spawnedAt);
  server.baseUrl = `http://127.0.0.1:${port}`;
  return server;
}

/** Logs in through the API; resolves with the session cookie and the CSRF token for writes. */
export async function login(baseUrl, username, password = PASSWORD) {
  const res = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!res.ok) throw new Error(`login as ${username} failed: ${res.status} ${await res.text()}`);
  const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const body = await res.json();
  return { username, cookie, csrf: body.csrfToken };
}

/**
 * One autocannon run. Options are autocannon's (url, connections, duration, headers, requests,
 * maxOverallRequests …). Any non-2xx reply, error or timeout fails the run unless `allowFailures`:
 * a figure measured on errors means nothing.
 */
export async function load(name, options, { allowFailures = false } = {}) {
  const result = await autocannon(options);
  // autocannon's `errors` include its `timeouts`
  const failures = result.non2xx + result.errors;
  if (failures > 0 && !allowFailures) {
    throw new Error(`${name}: ${failures} failed requests (non-2xx ${result.non2xx}, errors ${result.errors}, of which timeouts ${result.timeouts})`);
  }
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    requests: result.requests.total,
    seconds: result.duration,
    failures,
    ok: Object.entries(result.statusCodeStats ?? {}).reduce((n, [code, { count }]) => n + (code.startsWith('2') ? count : 0), 0),
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    statusCodes: result.statusCodeStats,
  };
}

export function rssMb(pid) {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1]);
  return Math.round((kb / 1024) * 10) / 10;
}

export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
export const round = (n, digits = 0) => Math.round(n * 10 ** digits) / 10 ** digits;

/**
 * The heaviest frames of a V8 .cpuprofile: self time per function, and per package or server folder.
 * Native frames count with their nearest JavaScript caller's group, except SQLite's own work (a
 * better-sqlite3 statement preparing or running), which is its own group; bench/probe.mjs's
 * wrappers are looked through.
 */
export function summariseProfile(file, top = 20) {
  const prof = JSON.parse(fs.readFileSync(file, 'utf8'));
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const selfTime = new Map();
  let total = 0;
  prof.samples.forEach((id, i) => {
    const dt = prof.timeDeltas[i] ?? 0;
    selfTime.set(id, (selfTime.get(id) ?? 0) + dt);
    total += dt;
  });
  const where = (url) => {
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
    if (pkg) return pkg[1];
    const src = /server\/src\/(.*)/.exec(url);
    if (src) return `server/${src[1].split('/').slice(0, 3).join('/')}`;
    return url.startsWith('node:') ? `node:${url.slice(5).split('/')[0]}` : url.split('/').slice(-2).join('/');
  };
  const probe = (url) => url.endsWith('bench/probe.mjs');
  const SQLITE_NATIVE = new Set(['all', 'run', 'get', 'iterate', 'Statement', 'exec', 'pragma']);
  const group = (node) => {
    const native = !node.callFrame.url ? node.callFrame.functionName : null;
    if (['(garbage collector)', '(program)', '(idle)'].includes(native)) return native;
    for (let cur = byId.get(parent.get(node.id)); native !== null && cur; cur = byId.get(parent.get(cur.id))) {
      const { url } = cur.callFrame;
      if (!url || probe(url)) continue;
      if (SQLITE_NATIVE.has(native) && /better-sqlite3|kysely/.test(url)) return 'SQLite (native, in better-sqlite3)';
      return where(url);
    }
    for (let cur = node; cur; cur = byId.get(parent.get(cur.id))) {
      const { url } = cur.callFrame;
      if (url && !probe(url)) return where(url);
    }
    return '(native)';
  };
  const frames = new Map();
  const groups = new Map();
  for (const [id, t] of selfTime) {
    const node = byId.get(id);
    const { functionName, url, lineNumber } = node.callFrame;
    const frame = `${functionName || '(anonymous)'} ${url ? `${where(url)}:${lineNumber + 1}` : '(native)'}`;
    frames.set(frame, (frames.get(frame) ?? 0) + t);
    const g = group(node);
    groups.set(g, (groups.get(g) ?? 0) + t);
  }
  const share = (entries) =>
    [...entries]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, t]) => `${((t / total) * 100).toFixed(1).padStart(5)} %  ${name}`);
  return { seconds: total / 1e6, frames: share(frames), groups: share(groups) };
}

/** The statements bench/probe.mjs recorded, per request: count, prepare and run time, heaviest first. */
export function summariseSql(file, requests, top = 25) {
  const rows = JSON.parse(fs.readFileSync(file, 'utf8')).sort((a, b) => b.prepareMs + b.runMs - a.prepareMs - a.runMs);
  const sum = (f) => rows.reduce((total, r) => total + f(r), 0);
  const us = (ms) => ((ms * 1000) / requests).toFixed(0);
  return {
    statements: round(sum((r) => r.count) / requests, 1),
    prepareUs: Number(us(sum((r) => r.prepareMs))),
    runUs: Number(us(sum((r) => r.runMs))),
    lines: rows
      .filter((r) => r.count / requests >= 0.01)
      .slice(0, top)
      .map((r) => `${(r.count / requests).toFixed(2).padStart(6)}  ${us(r.prepareMs).padStart(6)}  ${us(r.runMs).padStart(6)}  ${r.sql.replace(/\s+/g, ' ').slice(0, 150)}`),
  };
}
