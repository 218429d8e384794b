import type { Core } from '../../platform/context.js';
import { command } from '../../platform/command.js';
import { systemCtx } from '../../platform/context.js';
import type { Tx } from '../../platform/db/index.js';
import { directory } from '../../platform/directory.js';
import { newId, nowIso } from '../../platform/util.js';
import type { AssigneeRule, StartStep, Step, TaskStep } from './definition/types.js';
import { validateFlow } from './definition/validate.js';
import { FORM_TEMPLATES, type FormTemplateKey } from './forms/index.js';
import type { FormDefinition } from './forms/types.js';
import { insertDefinition } from './service/definitions.js';

export type Refs = { post(code: string): AssigneeRule; departmentHead(code: string): AssigneeRule };

/** An approval step of the shipped flows: 或签, passing on when nobody is found; `extra` overrides. */
export const approvalStep = (id: string, name: string, assignee: AssigneeRule, next: Step | null, extra: Partial<TaskStep> = {}): TaskStep => ({
  id,
  name,
  type: 'approval',
  assignee,
  mode: 'any',
  emptyPolicy: 'autoPass',
  next,
  ...extra,
});
const approval = (id: string, name: string, assignee: AssigneeRule, next: Step | null, extra: Partial<TaskStep> = {}): TaskStep =>
  approvalStep(id, name, assignee, next, { autoPassIfInitiator: true, ...extra });
const head = (next: Step | null): TaskStep =>
  approval('dept-head', '部门负责人', { kind: 'head', level: 1 }, next, {
    timeLimit: { amount: 2, unit: 'workday', remindBeforeHours: 4, onOverdue: 'none' },
  });
const start = (next: Step | null): StartStep => ({ id: 'start', name: '发起人', type: 'start', next });

/** The shipped flows (WF-7), editable in the designer like any other. */
function trees(r: Refs): Record<FormTemplateKey, StartStep> {
  return {
    leave: start(
      head({
        id: 'by-days',
        name: '按请假天数',
        type: 'condition',
        branches: [
          {
            id: 'over-7',
            name: '超过7个工作日',
            priority: 0,
            rule: { op: 'and', items: [{ field: 'period.days', cmp: 'gt', value: 7 }] },
            next: approval('leader', '分管领导', r.post('leader-in-charge'), approval('director', '主要领导', r.post('director'), null)),
          },
          {
            id: 'over-3',
            name: '超过3个工作日',
            priority: 1,
            rule: { op: 'and', items: [{ field: 'period.days', cmp: 'gt', value: 3 }] },
            next: approval('leader-3', '分管领导', r.post('leader-in-charge'), null),
          },
          { id: 'short', name: '3个工作日及以内', priority: 9, isDefault: true, next: null },
        ],
        next: { id: 'cc-personnel', name: '人事科备案', type: 'cc', assignee: r.departmentHead('personnel'), next: null },
      }),
    ),
    reimbursement: start(
      head(
        approval('finance', '财务审核', r.departmentHead('finance'), {
          id: 'by-amount',
          name: '按金额',
          type: 'condition',
          branches: [
            {
              id: 'over-5000',
              name: '超过5000元',
              priority: 0,
              rule: { op: 'and', items: [{ field: 'total', cmp: 'gt', value: 500_000 }] },
              next: approval('leader', '分管领导', r.post('leader-in-charge'), null),
            },
            { id: 'small', name: '5000元及以下', priority: 9, isDefault: true, next: null },
          ],
          next: { id: 'pay', name: '出纳付款', type: 'handle', assignee: r.departmentHead('finance'), mode: 'any', emptyPolicy: 'autoPass', next: null },
        }),
      ),
    ),
    businessTrip: start(
      head({
        id: 'by-days',
        name: '按出差天数',
        type: 'condition',
        branches: [
          {
            id: 'long',
            name: '超过3个工作日',
            priority: 0,
            rule: { op: 'and', items: [{ field: 'period.days', cmp: 'gt', value: 3 }] },
            next: approval('leader', '分管领导', r.post('leader-in-charge'), null),
          },
          { id: 'short', name: '3个工作日及以内', priority: 9, isDefault: true, next: null },
        ],
        next: { id: 'cc-finance', name: '抄送行政财务科', type: 'cc', assignee: r.departmentHead('finance'), next: null },
      }),
    ),
    sealUse: start(
      head(
        approval('director', '办公室主任', r.post('director'), {
          id: 'stamp',
          name: '用印登记',
          type: 'handle',
          assignee: r.departmentHead('secretariat'),
          mode: 'any',
          emptyPolicy: 'toAdmin',
          next: null,
        }),
      ),
    ),
    general: start(approval('chosen', '审批人', { kind: 'initiatorChooses' }, null, { mode: 'serial', emptyPolicy: 'refuse', autoPassIfInitiator: false })),
  };
}

const NAMES: Record<FormTemplateKey, { name: string; category: string; description: string }> = {
  leave: { name: '请假', category: '人事', description: '请假天数按工作日计算；超过3天报分管领导，超过7天报主要领导' },
  reimbursement: { name: '报销', category: '财务', description: '费用明细合计；超过5000元报分管领导' },
  businessTrip: { name: '出差', category: '行政', description: '出差申请，超过3个工作日报分管领导' },
  sealUse: { name: '用印', category: '行政', description: '单位印章使用申请' },
  general: { name: '通用审批', category: '通用', description: '由发起人选择审批人，依次审批' },
};

async function refs(tx: Tx): Promise<Refs> {
  const dir = directory();
  const posts = new Map<string, string | null>();
  const departments = new Map<string, string | null>();
  for (const code of ['leader-in-charge', 'director', 'document-clerk', 'archivist']) posts.set(code, await dir.postIdByCode(tx, code));
  for (const code of ['personnel', 'finance', 'secretariat']) departments.set(code, await dir.departmentIdByCode(tx, code));
  // A unit without such a post or department still gets a valid flow: the step then has nobody and passes on.
  const none: AssigneeRule = { kind: 'users', userIds: ['00000000-0000-7000-8000-000000000000'] };
  return {
    post: (code) => (posts.get(code) ? { kind: 'post', postId: posts.get(code)!, scope: 'all' } : none),
    departmentHead: (code) => (departments.get(code) ? { kind: 'departmentHead', departmentId: departments.get(code)! } : none),
  };
}

export interface ShippedFlow {
  key: string;
  name: string;
  category: string;
  description: string;
  tree: StartStep;
  form: FormDefinition;
}

/** Creates and publishes one shipped flow unless a flow with its key exists; true when created. */
async function publishShipped(tx: Tx, flow: ShippedFlow, adminUserId: string | null): Promise<boolean> {
  const exists = await tx.selectFrom('flow_definitions').select('id').where('key', '=', flow.key).executeTakeFirst();
  if (exists) return false;
  if (validateFlow(flow.tree, flow.form).length) throw new Error(`shipped flow ${flow.key} is invalid`);
  const { tree, form, ...meta } = flow;
  const id = await insertDefinition(tx, { ...meta, tree, form, adminUserId });
  await tx
    .insertInto('flow_versions')
    .values({ id: newId(), definition_id: id, version: 1, tree: JSON.stringify(tree), form: JSON.stringify(form), published_at: nowIso(), published_by: null })
    .execute();
  await tx.updateTable('flow_definitions').set({ current_version: 1 }).where('id', '=', id).execute();
  return true;
}

async function seedShipped(core: Core, adminUsername: string | undefined, build: (r: Refs) => ShippedFlow[]): Promise<number> {
  return command(core, systemCtx('seed'), async (w) => {
    const adminUserId = adminUsername ? await directory().userIdByUsername(w.tx, adminUsername) : null;
    const flows = build(await refs(w.tx));
    let created = 0;
    for (const flow of flows) if (await publishShipped(w.tx, flow, adminUserId)) created++;
    if (created) w.audit({ action: 'workflow.templates.seed', targetType: 'flowDefinition', targetId: '', summary: `载入流程模板 ${created} 个` });
    return created;
  });
}

/** Creates and publishes the shipped flows that are missing (idempotent), with `adminUsername` as their flow administrator. */
export function seedFlowTemplates(core: Core, adminUsername?: string): Promise<number> {
  return seedShipped(core, adminUsername, (r) => {
    const built = trees(r);
    return (Object.keys(built) as FormTemplateKey[]).map((key) => ({ key, ...NAMES[key], tree: built[key], form: FORM_TEMPLATES[key] }));
  });
}

/** A business module's own shipped flow (e.g. 发文), built from the unit's posts and departments; idempotent. */
export function seedShippedFlow(core: Core, build: (r: Refs) => ShippedFlow, adminUsername?: string): Promise<number> {
  return seedShipped(core, adminUsername, (r) => [build(r)]);
}
