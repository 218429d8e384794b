import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect, type Session } from '../../test/harness.js';
import { demoApp, publishFlow, startWith } from './test-support.js';

const POOL = ['zhoujie', 'panming', 'wuting', 'heping'];

type Flow = Record<string, unknown>;

/** A random flow: a chain of approval steps, some in a parallel pair or behind a condition. */
const flowArb = (users: string[]) => {
  const approval = fc.record({
    mode: fc.constantFrom('serial', 'all', 'any'),
    who: fc.uniqueArray(fc.constantFrom(...users), { minLength: 1, maxLength: 3 }),
  });
  const block = fc.oneof(
    approval.map((a) => ({ kind: 'one' as const, a })),
    fc.tuple(approval, approval).map(([a, b]) => ({ kind: 'parallel' as const, a, b })),
    fc.tuple(approval, fc.integer({ min: 0, max: 10 })).map(([a, limit]) => ({ kind: 'condition' as const, a, limit })),
  );
  return fc.array(block, { minLength: 1, maxLength: 3 });
};

type Approval = { mode: string; who: string[] };
type Block = { kind: 'one'; a: Approval } | { kind: 'parallel'; a: Approval; b: Approval } | { kind: 'condition'; a: Approval; limit: number };

function build(blocks: Block[]): Flow {
  let next: Flow | null = null;
  let n = 0;
  const appr = (a: Approval, after: Flow | null): Flow => ({
    id: `s${++n}`,
    name: `步骤${n}`,
    type: 'approval',
    assignee: { kind: 'users', userIds: a.who },
    mode: a.mode,
    emptyPolicy: 'autoPass',
    next: after,
  });
  for (const b of [...blocks].reverse()) {
    if (b.kind === 'one') next = appr(b.a, next);
    else if (b.kind === 'parallel') {
      next = { id: `p${++n}`, name: '并行', type: 'parallel', branches: [{ id: `pa${n}`, name: 'A', next: appr(b.a, null) }, { id: `pb${n}`, name: 'B', next: appr(b.b, null) }], next };
    } else {
      next = {
        id: `c${++n}`,
        name: '条件',
        type: 'condition',
        branches: [
          { id: `cy${n}`, name: '大', priority: 0, rule: { op: 'and', items: [{ field: 'amount', cmp: 'gt', value: b.limit }] }, next: appr(b.a, null) },
          { id: `cn${n}`, name: '其他', priority: 1, isDefault: true, next: null },
        ],
        next,
      };
    }
  }
  return startWith(next!);
}

describeEachDialect('workflow invariants under random flows and actions', (dialect) => {
  let t: Awaited<ReturnType<typeof demoApp>>;
  const ids: Record<string, string> = {};
  const sessions: Record<string, Session> = {};
  let flows = 0;
  beforeAll(async () => {
    t = await demoApp(dialect);
    for (const u of [...POOL, 'sunli']) {
      ids[u] = await t.userId(u);
      sessions[u] = await t.as(u);
    }
  });
  afterAll(() => t.close());

  const check = async (instanceId: string) => {
    const instance = await t.core.db.selectFrom('flow_instances').selectAll().where('id', '=', instanceId).executeTakeFirstOrThrow();
    const tasks = await t.core.db.selectFrom('flow_tasks').selectAll().where('instance_id', '=', instanceId).execute();
    const open = tasks.filter((x) => x.kind !== 'cc' && (x.status === 'pending' || x.status === 'queued'));
    if (instance.status === 'running') expect(open.some((x) => x.status === 'pending')).toBe(true);
    else expect(open).toEqual([]);
    const history = await t.core.db.selectFrom('flow_history').select(['task_id', 'action']).where('instance_id', '=', instanceId).execute();
    const recorded = new Set(history.map((h) => h.task_id));
    for (const task of tasks.filter((x) => x.status === 'done' && x.kind !== 'start' && x.kind !== 'cc')) expect(recorded.has(task.id)).toBe(true);
    for (const u of POOL) {
      const counts = (await sessions[u]!.req('GET', '/api/workflow/counts')).json();
      const pending = await t.core.db
        .selectFrom('flow_tasks')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('assignee_user_id', '=', ids[u]!)
        .where('status', '=', 'pending')
        .where('kind', '!=', 'cc')
        .executeTakeFirstOrThrow();
      expect(counts.todo).toBe(Number(pending.n));
      const todo = (await sessions[u]!.req('GET', '/api/workflow/inbox/todo?pageSize=5')).json();
      expect(todo.total).toBe(counts.todo);
      expect(todo.items).toHaveLength(Math.min(5, counts.todo));
      const created = todo.items.map((i: { createdAt: string }) => i.createdAt);
      expect(created).toEqual([...created].sort().reverse());
    }
    return instance.status;
  };

  it('keeps an open task while running, a complete history and agreeing counts', async () => {
    await fc.assert(
      fc.asyncProperty(
        flowArb(POOL).chain((blocks) => fc.tuple(fc.constant(blocks), fc.integer({ min: 0, max: 10 }), fc.array(fc.nat(1000), { minLength: 30, maxLength: 30 }))),
        async ([blocks, amount, choices]) => {
          const toIds = (a: Approval): Approval => ({ ...a, who: a.who.map((u) => ids[u]!) });
          const tree = build(blocks.map((b) => (b.kind === 'parallel' ? { ...b, a: toIds(b.a), b: toIds(b.b) } : { ...b, a: toIds(b.a) })));
          const flow = await publishFlow(await t.as('zhangwei'), `prop-${++flows}`, tree, { fields: [{ id: 'amount', type: 'number', label: '数额' }] });
          const started = await sessions.sunli!.req('POST', '/api/workflow/instances', { definitionId: flow, form: { amount } });
          expect(started.statusCode).toBe(200);
          const instanceId = started.json().id as string;
          let status = await check(instanceId);
          for (const choice of choices) {
            if (status !== 'running') break;
            const pending = await t.core.db
              .selectFrom('flow_tasks')
              .innerJoin('users', 'users.id', 'flow_tasks.assignee_user_id')
              .select(['flow_tasks.id', 'flow_tasks.kind', 'users.username'])
              .where('flow_tasks.instance_id', '=', instanceId)
              .where('flow_tasks.status', '=', 'pending')
              .where('flow_tasks.kind', '!=', 'cc')
              .orderBy('flow_tasks.id')
              .execute();
            const task = pending[choice % pending.length]!;
            const s = sessions[task.username]!;
            const other = POOL.find((u) => u !== task.username)!;
            const action = task.kind === 'start' ? 6 : choice % 7;
            const res = [
              () => s.req('POST', `/api/workflow/tasks/${task.id}/approve`, {}),
              () => s.req('POST', `/api/workflow/tasks/${task.id}/approve`, {}),
              () => s.req('POST', `/api/workflow/tasks/${task.id}/reject`, { opinion: '不同意' }),
              () => s.req('POST', `/api/workflow/tasks/${task.id}/return`, { target: choice % 2 ? 'previous' : 'initiator', mode: choice % 3 ? 'rewalk' : 'direct', opinion: '退回' }),
              () => s.req('POST', `/api/workflow/tasks/${task.id}/transfer`, { userId: ids[other] }),
              () => s.req('POST', `/api/workflow/tasks/${task.id}/add-signer`, { userIds: [ids[other]], position: ['before', 'after', 'alongside'][choice % 3] }),
              () => sessions.sunli!.req('POST', `/api/workflow/instances/${instanceId}/submit`, { form: { amount } }),
            ][action]!;
            const reply = await res();
            expect(reply.statusCode, reply.body).toBeLessThan(500);
            status = await check(instanceId);
          }
        },
      ),
      { numRuns: Number(process.env.FC_RUNS ?? 20), ...(process.env.FC_SEED ? { seed: Number(process.env.FC_SEED) } : {}) },
    );
  }, 180_000);
});
