import type { Session, TestApp } from '../../test/harness.js';
import { createTestApp, login } from '../../test/harness.js';
import type { Dialect } from '../../platform/db/index.js';
import { loadDemo } from '../../cli/seed.js';
import type { Config } from '../../config.js';

export const DEMO_PASSWORD = 'Tongban@2026';

/** A test app with the demo unit and the shipped flows loaded. */
export async function demoApp(
  dialect: Dialect,
  overrides: Partial<Config> = {},
): Promise<TestApp & { as(username: string): Promise<Session>; userId(username: string): Promise<string> }> {
  const t = await createTestApp(dialect, { demoPassword: DEMO_PASSWORD, ...overrides });
  await loadDemo(t.core);
  const sessions = new Map<string, Session>();
  return {
    ...t,
    as: async (username) => {
      if (!sessions.has(username)) sessions.set(username, await login(t.app, username, DEMO_PASSWORD));
      return sessions.get(username)!;
    },
    userId: async (username) => (await t.core.db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirstOrThrow()).id,
  };
}

/** The caller's pending task on an instance (their 待办). */
export async function todoOn(s: Session, instanceId: string): Promise<{ taskId: string; stepName: string }> {
  const res = await s.req('GET', '/api/workflow/inbox/todo?pageSize=100');
  const item = (res.json().items as { taskId: string; instanceId: string; stepName: string }[]).find((i) => i.instanceId === instanceId);
  if (!item) throw new Error(`no todo on ${instanceId}: ${res.body}`);
  return item;
}

type Flow = Record<string, unknown>;

/** Creates and publishes a flow as the demo flow administrator (zhangwei); returns its id. */
export async function publishFlow(s: Session, key: string, tree: Flow, form: Flow = { fields: [{ id: 'title', type: 'text', label: '事由' }] }) {
  const created = await s.req('POST', '/api/workflow/definitions', { key, name: key });
  if (created.statusCode !== 200) throw new Error(created.body);
  const id = created.json().id as string;
  await s.req('PUT', `/api/workflow/definitions/${id}`, { tree, form });
  const published = await s.req('POST', `/api/workflow/definitions/${id}/publish`);
  if (published.statusCode !== 200) throw new Error(published.body);
  return id;
}

/** One approval step for the named users. */
export const step = (id: string, userIds: string[], mode: 'serial' | 'all' | 'any', next: Flow | null = null, extra: Flow = {}): Flow => ({
  id,
  name: id,
  type: 'approval',
  assignee: { kind: 'users', userIds },
  mode,
  emptyPolicy: 'autoPass',
  next,
  ...extra,
});

export const startWith = (next: Flow): Flow => ({ id: 'start', name: '发起人', type: 'start', next });
