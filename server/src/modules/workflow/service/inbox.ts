import type { ExpressionBuilder, SelectQueryBuilder } from 'kysely';
import type { Core } from '../../../platform/context.js';
import type { DB } from '../../../platform/db/schema.js';
import { nowIso } from '../../../platform/util.js';
import { containsText } from '../../../platform/db/contains.js';
import { epochCaches } from '../../../platform/db/epoch-cache.js';
import type { Auth } from '../../../platform/auth/hook.js';

export interface InboxFilter {
  q?: string;
  definitionId?: string;
  status?: string;
  from?: string;
  to?: string;
  overdue?: boolean;
  unread?: boolean;
  page: number;
  pageSize: number;
}

export type Box = 'todo' | 'done' | 'started' | 'cc';

type TaskBox = Exclude<Box, 'started'>;
type MyTasks = SelectQueryBuilder<DB, 'flow_tasks', object>;

const mine = (userId: string) => (eb: ExpressionBuilder<DB, 'flow_tasks'>) =>
  eb.or([eb('flow_tasks.assignee_user_id', '=', userId), eb('flow_tasks.on_behalf_of_user_id', '=', userId)]);

/** The box's tasks where the user is `as` (the assignee, or the person a delegate stands in for), filtered. */
function boxTasks(core: Core, box: TaskBox, f: InboxFilter, as: 'assignee_user_id' | 'on_behalf_of_user_id', userId: string): MyTasks {
  let q: MyTasks = core.db.selectFrom('flow_tasks').where(`flow_tasks.${as}`, '=', userId);
  if (box === 'todo') q = q.where('flow_tasks.status', '=', 'pending').where('flow_tasks.kind', '!=', 'cc');
  if (box === 'done') q = q.where('flow_tasks.status', '=', 'done').where('flow_tasks.kind', 'in', ['approval', 'handle']);
  if (box === 'cc') q = q.where('flow_tasks.kind', '=', 'cc');
  if (f.unread) q = q.where('flow_tasks.read_at', 'is', null);
  if (f.from) q = q.where('flow_tasks.created_at', '>=', f.from);
  if (f.to) q = q.where('flow_tasks.created_at', '<', f.to);
  if (f.overdue) q = q.where((eb) => eb.or([eb('flow_tasks.overdue', '=', 1), eb.and([eb('flow_tasks.due_at', '<', nowIso()), eb('flow_tasks.status', '=', 'pending')])]));
  if (f.q || f.definitionId || f.status) {
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('flow_instances')
          .select('flow_instances.id')
          .whereRef('flow_instances.id', '=', 'flow_tasks.instance_id')
          .$if(!!f.q, (iq) => iq.where(containsText('flow_instances.title', f.q!)))
          .$if(!!f.definitionId, (iq) => iq.where('flow_instances.definition_id', '=', f.definitionId!))
          .$if(!!f.status, (iq) => iq.where('flow_instances.status', '=', f.status as never)),
      ),
    );
  }
  return q;
}

/**
 * Lists for 待办, 已办, 抄送我的 (tasks) and 我发起的 (instances), with search, filters and paging on the server.
 * A task box is the union of the user's own tasks and those they stand in for, each walked on its
 * index: the page is chosen from task ids and dates alone, and only its rows are joined to their
 * instances; the total counts task ids alone.
 */
export async function inbox(core: Core, userId: string, box: Box, f: InboxFilter) {
  if (box === 'started') return started(core, userId, f);
  const order = box === 'done' ? 'completed_at' : 'created_at';
  const branch = (as: 'assignee_user_id' | 'on_behalf_of_user_id') => boxTasks(core, box, f, as, userId).select(['flow_tasks.id', `flow_tasks.${order} as at`]);
  const ids = branch('assignee_user_id').union(branch('on_behalf_of_user_id'));
  const [page, total] = await Promise.all([
    ids.orderBy('at', 'desc').limit(f.pageSize).offset((f.page - 1) * f.pageSize).execute(),
    core.db.selectFrom(ids.as('box')).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  const items = page.length
    ? await core.db
        .selectFrom('flow_tasks')
        .innerJoin('flow_instances', 'flow_instances.id', 'flow_tasks.instance_id')
        .innerJoin('flow_definitions', 'flow_definitions.id', 'flow_instances.definition_id')
        .innerJoin('users as initiator', 'initiator.id', 'flow_instances.initiator_user_id')
        .select([
          'flow_tasks.id as taskId',
          'flow_tasks.instance_id as instanceId',
          'flow_instances.title',
          'flow_instances.status',
          'flow_definitions.name as definitionName',
          'initiator.display_name as initiatorName',
          'flow_tasks.step_name as stepName',
          'flow_tasks.kind',
          'flow_tasks.outcome',
          'flow_tasks.created_at as createdAt',
          'flow_tasks.completed_at as completedAt',
          'flow_tasks.due_at as dueAt',
          'flow_tasks.overdue',
          'flow_tasks.read_at as readAt',
          'flow_tasks.on_behalf_of_user_id as onBehalfOfUserId',
        ])
        .where('flow_tasks.id', 'in', page.map((p) => p.id))
        .execute()
    : [];
  const byId = new Map(items.map((i) => [i.taskId, i]));
  const now = nowIso();
  return {
    items: page.map(({ id }) => {
      const i = byId.get(id)!;
      return { ...i, overdue: i.overdue === 1 || (!!i.dueAt && i.dueAt < now && !i.completedAt) };
    }),
    total: Number(total.n),
    page: f.page,
    pageSize: f.pageSize,
  };
}

/**
 * Pages of the boxes as JSON bytes, kept under the database's epoch per user, box and filters: the 待办 is
 * the page an office opens most. A page showing due times is kept only until the next of them passes
 * (its overdue marks change then); the overdue filter depends on the clock for every task, so its
 * pages are never kept.
 */
const pages = epochCaches<string, Buffer>(1000);

export async function inboxJson(core: Core, auth: Pick<Auth, 'user' | 'epoch'>, box: Box, f: InboxFilter): Promise<Buffer> {
  const cache = pages(core.database);
  const epoch = f.overdue ? null : auth.epoch;
  const key = `${auth.user.id}\n${box}\n${JSON.stringify(f)}`;
  const kept = cache.get(epoch, key);
  if (kept !== undefined) return kept;
  const page = await inbox(core, auth.user.id, box, f);
  const json = Buffer.from(JSON.stringify(page));
  cache.set(epoch, key, json, nextDue(page.items));
  return json;
}

/** When the first item not yet overdue becomes overdue (never, for a page without such items). */
function nextDue(items: readonly object[]): number {
  let next = Infinity;
  for (const i of items as { dueAt?: string | null; overdue?: boolean; completedAt?: string | null }[]) {
    if (i.dueAt && !i.overdue && !i.completedAt) next = Math.min(next, Date.parse(i.dueAt));
  }
  return next;
}

async function started(core: Core, userId: string, f: InboxFilter) {
  let q = core.db
    .selectFrom('flow_instances')
    .innerJoin('flow_definitions', 'flow_definitions.id', 'flow_instances.definition_id')
    .where('flow_instances.initiator_user_id', '=', userId);
  if (f.q) q = q.where(containsText('flow_instances.title', f.q));
  if (f.definitionId) q = q.where('flow_instances.definition_id', '=', f.definitionId);
  if (f.status) q = q.where('flow_instances.status', '=', f.status as never);
  if (f.from) q = q.where('flow_instances.created_at', '>=', f.from);
  if (f.to) q = q.where('flow_instances.created_at', '<', f.to);
  const [rows, total] = await Promise.all([
    q
      .select([
        'flow_instances.id as instanceId',
        'flow_instances.title',
        'flow_instances.status',
        'flow_definitions.name as definitionName',
        'flow_instances.created_at as createdAt',
        'flow_instances.finished_at as finishedAt',
      ])
      .orderBy('flow_instances.created_at', 'desc')
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  const ids = rows.map((r) => r.instanceId);
  const current = ids.length
    ? await core.db.selectFrom('flow_tasks').select(['instance_id', 'step_name']).where('instance_id', 'in', ids).where('status', '=', 'pending').where('kind', '!=', 'cc').execute()
    : [];
  const steps = new Map<string, string[]>();
  for (const c of current) steps.set(c.instance_id, [...new Set([...(steps.get(c.instance_id) ?? []), c.step_name])]);
  return { items: rows.map((r) => ({ ...r, currentSteps: steps.get(r.instanceId) ?? [] })), total: Number(total.n), page: f.page, pageSize: f.pageSize };
}

/** The numbers on the inbox tabs and the workspace widget. */
export async function inboxCounts(core: Core, userId: string) {
  const now = nowIso();
  const row = await core.db
    .selectFrom('flow_tasks')
    .where(mine(userId))
    .where((eb) => eb.or([eb('status', '=', 'pending'), eb.and([eb('kind', '=', 'cc'), eb('read_at', 'is', null)])]))
    .select((eb) => [
      eb.fn.sum<number>(eb.case().when(eb.and([eb('status', '=', 'pending'), eb('kind', '!=', 'cc')])).then(1).else(0).end()).as('todo'),
      eb.fn
        .sum<number>(eb.case().when(eb.and([eb('status', '=', 'pending'), eb('kind', '!=', 'cc'), eb.or([eb('overdue', '=', 1), eb('due_at', '<', now)])])).then(1).else(0).end())
        .as('overdue'),
      eb.fn.sum<number>(eb.case().when(eb.and([eb('kind', '=', 'cc'), eb('read_at', 'is', null)])).then(1).else(0).end()).as('ccUnread'),
    ])
    .executeTakeFirst();
  const running = await core.db
    .selectFrom('flow_instances')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('initiator_user_id', '=', userId)
    .where('status', '=', 'running')
    .executeTakeFirstOrThrow();
  return { todo: Number(row?.todo ?? 0), overdue: Number(row?.overdue ?? 0), ccUnread: Number(row?.ccUnread ?? 0), startedRunning: Number(running.n) };
}
