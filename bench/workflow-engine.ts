// Part (a) of the workflow benchmark: instances per second of one 3-step approval
// (start → review → approve → end), run in-process, one engine per process.
//
//   node --import tsx bench/workflow-engine.ts --engine tongban [--pg ADMIN_URL] [--count N] [--warmup N] [--concurrency C]
//   node --import tsx bench/workflow-engine.ts --engine bpmn [--count N] [--warmup N]
//
// tongban: Tongban's own engine on a fresh database (a temporary SQLite file, or a scratch PostgreSQL
// database created on the server ADMIN_URL names and dropped afterwards), migrated and loaded with the
// demo unit. Every instance goes through the engine's public commands — startFlow, then approve as the
// reviewer, then approve as the approver — each one transaction with its flow_tasks, flow_history and
// hash-chained audit_log rows, exactly what the HTTP routes call after authentication.
// bpmn: bpmn-engine in memory, the same process drawn as BPMN 2.0 (startEvent → userTask review →
// userTask approve → endEvent); each instance is a new Engine that is executed and has its two user
// tasks signalled. The XML is parsed once up front, so the figure is the engine's execution alone.
//
// Prints one JSON line: { engine, dialect, count, concurrency, seconds, instances_per_s, check }.
//
// For the engine's developers: `--cpu-prof FILE` writes a CPU profile of the measured loop only (not
// the set-up), and `--trace-sql` (SQLite) counts the statements the measured loop runs, per instance.
import fs from 'node:fs';
import { Session } from 'node:inspector/promises';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Engine, type BpmnEngineOptions } from 'bpmn-engine';
import '../server/src/modules/index.js'; // registers the org module's directory, as the server does at start-up
import { loadConfig } from '../server/src/config.js';
import { scratchPostgres } from '../server/src/test/scratch-postgres.js';
import { createCore } from '../server/src/platform/core.js';
import { migrateToLatest } from '../server/src/platform/db/index.js';
import type { Core, Ctx } from '../server/src/platform/context.js';
import { loadAccess } from '../server/src/platform/access/resolve.js';
import { loadDemo } from '../server/src/cli/seed.js';
import { startFlow } from '../server/src/modules/workflow/index.js';
import { approve } from '../server/src/modules/workflow/engine/task-actions.js';
import { insertDefinition, publishDefinition } from '../server/src/modules/workflow/service/definitions.js';
import type { StartStep } from '../server/src/modules/workflow/definition/types.js';

function arg(name: string, fallback?: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : fallback;
}
const engine = arg('engine', 'tongban')!;
const count = Number(arg('count', '2000'));
const warmup = Number(arg('warmup', '200'));
const concurrency = Number(arg('concurrency', '1'));
const pgAdminUrl = arg('pg');
const cpuProfile = arg('cpu-prof');
const traceSql = process.argv.includes('--trace-sql');

// --trace-sql: count each SQL text better-sqlite3 runs (prepared statements are reused, so runs are
// counted, not prepares), and time its preparing and its running.
type Traced = { count: number; prepareMs: number; runMs: number };
const statements = new Map<string, Traced>();
let tracing = false;
if (traceSql) {
  type Stmt = { run(...a: unknown[]): unknown; all(...a: unknown[]): unknown; get(...a: unknown[]): unknown };
  const proto = SQLite.prototype as unknown as { prepare(source: string): Stmt };
  const prepare = proto.prepare;
  const texts = new WeakMap<object, string>();
  let patched = false;
  proto.prepare = function (this: unknown, source: string) {
    const t0 = performance.now();
    const stmt = prepare.call(this, source);
    if (tracing) {
      const row = statements.get(source) ?? { count: 0, prepareMs: 0, runMs: 0 };
      row.prepareMs += performance.now() - t0;
      statements.set(source, row);
    }
    texts.set(stmt, source);
    if (!patched) {
      patched = true;
      const sp = Object.getPrototypeOf(stmt) as Record<'run' | 'all' | 'get', (...a: unknown[]) => unknown>;
      for (const m of ['run', 'all', 'get'] as const) {
        const original = sp[m];
        sp[m] = function (this: object, ...a: unknown[]) {
          const t = performance.now();
          try {
            return original.apply(this, a);
          } finally {
            const text = tracing ? texts.get(this) : undefined;
            if (text !== undefined) {
              const row = statements.get(text) ?? { count: 0, prepareMs: 0, runMs: 0 };
              row.count++;
              row.runMs += performance.now() - t;
              statements.set(text, row);
            }
          }
        };
      }
    }
    return stmt;
  };
}

/** The flow both engines run: two approval steps of one named person each. */
export const BPMN_XML = `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="bench" targetNamespace="http://tongban.local/bench">
  <process id="approval" isExecutable="true">
    <startEvent id="start" />
    <sequenceFlow id="to-review" sourceRef="start" targetRef="review" />
    <userTask id="review" name="审核" />
    <sequenceFlow id="to-approve" sourceRef="review" targetRef="approve" />
    <userTask id="approve" name="审批" />
    <sequenceFlow id="to-end" sourceRef="approve" targetRef="end" />
    <endEvent id="end" />
  </process>
</definitions>`;

const REVIEWER = 'sunli';
const APPROVER = 'zhoujie';
const INITIATOR = 'zhaomin';
const FLOW_ADMIN = 'zhangwei';

const tree = (reviewerId: string, approverId: string): StartStep => ({
  id: 'start',
  name: '发起人',
  type: 'start',
  next: {
    id: 'review',
    name: '审核',
    type: 'approval',
    assignee: { kind: 'users', userIds: [reviewerId] },
    mode: 'any',
    emptyPolicy: 'autoPass',
    next: {
      id: 'approve',
      name: '审批',
      type: 'approval',
      assignee: { kind: 'users', userIds: [approverId] },
      mode: 'any',
      emptyPolicy: 'autoPass',
      next: null,
    },
  },
});

/** Runs `fn(i)` for i in [0, n) on `workers` concurrent loops; returns seconds taken. */
async function timed(n: number, workers: number, fn: (i: number) => Promise<void>): Promise<number> {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: Math.max(1, workers) }, async () => {
      for (let i = next++; i < n; i = next++) await fn(i);
    }),
  );
  return (performance.now() - started) / 1000;
}

/** The measured loop, with the optional profile and SQL count around it (never around the warm-up). */
async function measured(n: number, workers: number, fn: (i: number) => Promise<void>): Promise<number> {
  const session = cpuProfile ? new Session() : undefined;
  if (session) {
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.start');
  }
  tracing = true;
  const seconds = await timed(n, workers, fn);
  tracing = false;
  if (session) {
    const { profile } = await session.post('Profiler.stop');
    fs.writeFileSync(cpuProfile!, JSON.stringify(profile));
    session.disconnect();
  }
  if (traceSql) {
    const rows = [...statements].sort((a, b) => b[1].prepareMs + b[1].runMs - a[1].prepareMs - a[1].runMs);
    const sum = (f: (r: Traced) => number) => rows.reduce((total, [, r]) => total + f(r), 0);
    const ms = (v: number) => ((v * 1000) / n).toFixed(0).padStart(6);
    console.error(
      `SQL in the measured loop, per instance: ${(sum((r) => r.count) / n).toFixed(1)} statements, ` +
        `prepare ${ms(sum((r) => r.prepareMs)).trim()} µs, run ${ms(sum((r) => r.runMs)).trim()} µs, ` +
        `of ${((seconds * 1e6) / n).toFixed(0)} µs in all`,
    );
    console.error('  per inst  prepare µs  run µs  statement');
    for (const [text, r] of rows) {
      console.error(`${(r.count / n).toFixed(2).padStart(10)}  ${ms(r.prepareMs).padStart(10)}  ${ms(r.runMs)}  ${text.replace(/\s+/g, ' ').slice(0, 160)}`);
    }
  }
  return seconds;
}

async function benchBpmn() {
  // Parse and serialise the XML once, with the engine's own serialiser, and hand every new engine
  // the serialised context: each instance then pays for execution only, not for XML parsing.
  const seed = new Engine({ name: 'seed' }) as Engine & { _serializeSource?: (xml: string) => Promise<BpmnEngineOptions['sourceContext']> };
  const sourceContext = seed._serializeSource ? await seed._serializeSource(BPMN_XML) : undefined;
  let ended = 0;
  const one = async (i: number) => {
    const e = new Engine(sourceContext ? { name: `bench-${i}`, sourceContext } : { name: `bench-${i}`, source: BPMN_XML });
    const end = e.waitFor('end');
    const execution = await e.execute({ variables: { reason: `出差申请 ${i}` } });
    for (const id of ['review', 'approve']) {
      const [waiting] = execution.getPostponed();
      if (waiting?.id !== id) throw new Error(`bpmn-engine: expected ${id} to wait, found ${waiting?.id}`);
      execution.signal({ id, opinion: '同意' });
    }
    await end;
    ended++;
  };
  await timed(warmup, 1, one);
  ended = 0;
  const seconds = await measured(count, concurrency, one);
  if (ended !== count) throw new Error(`bpmn-engine: ${ended} of ${count} instances ended`);
  return { seconds, check: { ended, parsedOnce: !!sourceContext } };
}

async function actorCtx(core: Core, username: string): Promise<Ctx> {
  const u = await core.db.selectFrom('users').select(['id', 'username', 'display_name', 'person_id']).where('username', '=', username).executeTakeFirstOrThrow();
  return {
    actor: { userId: u.id, username: u.username, displayName: u.display_name, personId: u.person_id },
    ip: '127.0.0.1',
    userAgent: 'tongban-bench',
    requestId: 'bench',
    locale: 'zh-CN',
  };
}

async function benchTongban() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongban-wfbench-'));
  const scratch = pgAdminUrl ? await scratchPostgres(pgAdminUrl, 'tongban_bench') : undefined;
  const config = loadConfig({ TONGBAN_DATA_DIR: dataDir, TONGBAN_LOG_LEVEL: 'silent' }, { databaseUrl: scratch?.url });
  const core = createCore(config);
  try {
    await migrateToLatest(core.database);
    await loadDemo(core);
    const [initiator, reviewer, approver, admin] = await Promise.all([INITIATOR, REVIEWER, APPROVER, FLOW_ADMIN].map((u) => actorCtx(core, u)));

    // A real published flow: created and published through the definition service, which validates it.
    const definitionId = await insertDefinition(core.db, {
      key: 'bench-approval',
      name: '基准审批',
      adminUserId: admin.actor!.userId,
      tree: tree(reviewer.actor!.userId, approver.actor!.userId),
      form: { fields: [{ id: 'reason', type: 'text', label: '事由', required: true }] },
    });
    await publishDefinition(core, admin, await loadAccess(core.db, admin.actor!.userId, admin.actor!.personId), definitionId);

    // The engine tells other modules about new tasks on its event bus (after commit): that is how
    // the benchmark learns which task to act on next, as a document or meeting module would.
    const pending = new Map<string, string>();
    let finished = 0;
    core.bus.on('workflow.task.created', (e) => pending.set(e.payload.instanceId as string, e.payload.taskId as string));
    core.bus.on('workflow.instance.approved', () => finished++);
    const take = (instanceId: string) => {
      const taskId = pending.get(instanceId);
      if (!taskId) throw new Error(`no pending task on ${instanceId}`);
      pending.delete(instanceId);
      return taskId;
    };

    const one = async (i: number) => {
      const { id } = await startFlow(core, initiator, { definitionKey: 'bench-approval', title: `出差申请 ${i}`, form: { reason: `赴省厅汇报工作 ${i}` } });
      await approve(core, reviewer, take(id), { opinion: '同意' });
      await approve(core, approver, take(id), { opinion: '同意' });
    };
    await timed(warmup, concurrency, one);
    finished = 0;
    const seconds = await measured(count, concurrency, one);

    const n = async (table: 'flow_instances' | 'flow_tasks' | 'flow_history' | 'audit_log') =>
      Number((await core.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    const total = warmup + count;
    const check = {
      finished,
      instances: await n('flow_instances'),
      tasks: await n('flow_tasks'),
      history: await n('flow_history'),
      audit: await n('audit_log'),
    };
    // each instance: 1 instance row, 2 tasks, 3 history rows (start, approve, approve), 3 audit records
    if (finished !== count || check.instances !== total || check.tasks !== 2 * total || check.history !== 3 * total || check.audit < 3 * total) {
      throw new Error(`tongban: the database does not hold what ${total} finished instances must leave: ${JSON.stringify(check)}`);
    }
    return { seconds, check, dialect: core.dialect };
  } finally {
    await core.database.close();
    await scratch?.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

const result = engine === 'bpmn' ? { ...(await benchBpmn()), dialect: 'memory' } : await benchTongban();
console.log(
  JSON.stringify({
    engine,
    dialect: result.dialect,
    count,
    warmup,
    concurrency,
    seconds: Math.round(result.seconds * 1000) / 1000,
    instances_per_s: Math.round((count / result.seconds) * 10) / 10,
    check: result.check,
  }),
);
