// HTTP benchmark of Tongban against a bare Fastify hello-world on the same machine.
//
//   npm run bench:http              full run (about 3 minutes)
//   npm run bench:http -- --quick   smaller run (under a minute)
//
// Needs a build (`npm run build`). See bench/README.md for what each figure means.
// The last line printed is one JSON object with every figure.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { generatePeople } from './generate-people.mjs';
import { cli, freePort, killChildren, load as loadWith, login, median, requireBuild, rssMb, round, start, startHello, stop, tongban, waitReady } from './lib.mjs';

const quick = process.argv.includes('--quick');
const settings = quick
  ? { connections: 10, duration: 3, warmup: 1, people: 10_000, readyRuns: 3 }
  : { connections: 20, duration: 15, warmup: 3, people: 10_000, readyRuns: 3 };
const GOALS = { listRatio: 0.3, readyMs: 1500, idleRssMb: 120 };

const load = (name, url, headers = {}, duration = settings.duration) =>
  loadWith(name, { url, connections: settings.connections, duration, headers });

/**
 * The resident memory of the server once idle. V8 keeps the heap a load grew until its memory reducer
 * sees the process idle and collects, 15 to 20 s after the load here; 2 s after it the figure depends
 * on where in its collection cycle the load ended (113 to 196 MB in repeated runs). So: sample every
 * second, and stop once the figure has fallen from the after-load one and held for two samples, or
 * after 25 s of idleness.
 */
async function idleRssMb(pid, afterLoad) {
  const samples = [];
  for (let second = 3; second <= 25; second++) {
    await sleep(1000);
    samples.push(rssMb(pid));
    const [a, b, c] = samples.slice(-3);
    if (samples.length >= 3 && a < afterLoad - 2 && Math.abs(b - a) < 0.5 && Math.abs(c - a) < 0.5) return { mb: c, seconds: second };
  }
  return { mb: samples.at(-1), seconds: 25 };
}

/** What the same load gives against a bare Fastify route that sends `body` from memory. */
async function loadFloor(body, dir) {
  const bodyFile = path.join(dir, 'list-body.json');
  fs.writeFileSync(bodyFile, body);
  const bare = await startHello(bodyFile);
  try {
    const url = new URL('body', bare.url).href;
    await load('same bytes warm-up', url, {}, settings.warmup);
    return await load('same bytes', url);
  } finally {
    await stop(bare);
  }
}

async function main() {
  requireBuild();
  console.log(`Tongban HTTP benchmark (${quick ? 'quick' : 'full'}): ${settings.connections} connections, ${settings.duration} s per route, ${os.cpus().length} CPUs, Node ${process.version}`);

  // (i) the reference: bare Fastify hello-world
  const hello = await startHello();
  const helloUrl = hello.url;
  await load('hello warm-up', helloUrl, {}, settings.warmup);
  const helloResult = await load('hello', helloUrl);
  await stop(hello);

  // (ii) Tongban on a fresh data directory with the demo unit and generated people
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongban-bench-'));
  const env = { TONGBAN_DATA_DIR: dataDir, TONGBAN_LOG_LEVEL: 'warn', TONGBAN_HOST: '127.0.0.1' };
  try {
    const generatedAt = performance.now();
    tongban(['migrate'], env);
    tongban(['seed-demo'], env);
    const generated = generatePeople(dataDir, settings.people);
    console.log(`data: demo unit + ${generated.people} generated people in ${round((performance.now() - generatedAt) / 1000, 1)} s`);

    const readyTimes = [];
    let server;
    for (let run = 0; run < settings.readyRuns; run++) {
      if (server) await stop(server);
      const port = await freePort();
      const spawnedAt = performance.now();
      server = start(process.execPath, [cli, 'serve'], { ...env, TONGBAN_PORT: String(port) });
      readyTimes.push(await waitReady(`http://127.0.0.1:${port}/api/health`, server, spawnedAt));
      server.baseUrl = `http://127.0.0.1:${port}`;
    }

    const { cookie } = await login(server.baseUrl, 'sysadmin');
    const headers = { cookie };
    const listUrl = `${server.baseUrl}/api/people?page=1&pageSize=20`;
    const searchUrl = `${listUrl}&q=zhang`;
    // The list's bytes, the same page the load receives: checked here, and sent again by the floor (iii).
    const listBody = Buffer.from(await (await fetch(listUrl, { headers })).arrayBuffer());
    const page = JSON.parse(listBody.toString('utf8'));
    const total = page.total ?? page.items?.length;
    if (!(total >= settings.people)) throw new Error(`the people list shows ${total} people, expected at least ${settings.people}`);
    const readyRss = rssMb(server.pid);

    await load('me warm-up', `${server.baseUrl}/api/auth/me`, headers, settings.warmup);
    await load('list warm-up', listUrl, headers, settings.warmup);
    const me = await load('GET /api/auth/me', `${server.baseUrl}/api/auth/me`, headers);
    const list = await load('GET /api/people', listUrl, headers);
    const search = await load('GET /api/people?q=zhang', searchUrl, headers);

    await sleep(2000);
    const afterLoadRss = rssMb(server.pid);
    // (iii) while Tongban idles: the floor, bare Fastify sending the list's very bytes from memory
    const [idle, floor] = await Promise.all([idleRssMb(server.pid, afterLoadRss), loadFloor(listBody, dataDir)]);
    const idleRss = idle.mb;
    await stop(server);

    const rows = [
      ['hello-world (Fastify)', helloResult],
      [`the list's ${round(listBody.length / 1024, 1)} KB, bare`, floor],
      ['GET /api/auth/me', me],
      ['GET /api/people page 1', list],
      ['GET /api/people q=zhang', search],
    ];
    console.log('');
    console.log('route                         req/s     p50 ms  p99 ms  vs hello');
    for (const [name, r] of rows) {
      console.log(
        `${name.padEnd(28)} ${String(round(r.rps)).padStart(7)} ${String(r.p50).padStart(9)} ${String(r.p99).padStart(7)}  ${(r.rps / helloResult.rps * 100).toFixed(1).padStart(6)} %`,
      );
    }
    const readyMs = round(median(readyTimes));
    const figures = {
      mode: quick ? 'quick' : 'full',
      connections: settings.connections,
      duration_s: settings.duration,
      people: settings.people,
      hello_rps: round(helloResult.rps),
      me_rps: round(me.rps),
      list_rps: round(list.rps),
      search_rps: round(search.rps),
      list_body_bytes: listBody.length,
      floor_rps: round(floor.rps),
      floor_ratio_vs_hello: round(floor.rps / helloResult.rps, 3),
      list_ratio_vs_floor: round(list.rps / floor.rps, 3),
      me_ratio_vs_hello: round(me.rps / helloResult.rps, 3),
      list_ratio_vs_hello: round(list.rps / helloResult.rps, 3),
      search_ratio_vs_hello: round(search.rps / helloResult.rps, 3),
      hello_p99_ms: helloResult.p99,
      me_p50_ms: me.p50,
      me_p99_ms: me.p99,
      list_p50_ms: list.p50,
      list_p99_ms: list.p99,
      search_p50_ms: search.p50,
      search_p99_ms: search.p99,
      ready_ms: readyMs,
      ready_runs_ms: readyTimes.map((t) => round(t)),
      ready_rss_mb: readyRss,
      after_load_rss_mb: afterLoadRss,
      idle_rss_mb: idleRss,
      idle_after_s: idle.seconds,
    };
    const goals = {
      list_ratio: figures.list_ratio_vs_hello >= GOALS.listRatio,
      ready: readyMs < GOALS.readyMs,
      idle_rss: idleRss <= GOALS.idleRssMb,
    };
    console.log('');
    console.log(`ready: ${readyMs} ms (median of ${readyTimes.length}: ${figures.ready_runs_ms.join(', ')})   RSS: ${readyRss} MB once ready, ${afterLoadRss} MB 2 s after the load, ${idleRss} MB idle (${idle.seconds} s after it)`);
    console.log(
      `goals: list >= ${GOALS.listRatio * 100} % of hello ${goals.list_ratio ? 'met' : 'MISSED'}; ready < ${GOALS.readyMs} ms ${goals.ready ? 'met' : 'MISSED'}; idle RSS <= ${GOALS.idleRssMb} MB ${goals.idle_rss ? 'met' : 'MISSED'}`,
    );
    console.log(JSON.stringify({ ...figures, goals_met: goals.list_ratio && goals.ready && goals.idle_rss }));
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch(async (error) => {
  killChildren();
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
