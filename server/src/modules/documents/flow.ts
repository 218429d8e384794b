import { approvalStep, type Refs, type ShippedFlow, type StartStep, type Step, type TaskStep, type AssigneeRule } from '../workflow/index.js';

/** The key of the shipped 发文 flow; a unit edits it in the designer like any other flow. */
export const OUTGOING_FLOW_KEY = 'outgoingDocument';

/**
 * What the document does at a step of its flow (the step's `purpose`): reviewers may edit the text,
 * 签发 records the signer, and 编号, 用印排版, 分发 and 归档 each need their work done before the
 * task can be completed.
 */
export const STEP_PURPOSES = ['review', 'countersign', 'signoff', 'number', 'layout', 'distribute', 'archive'] as const;
export type StepPurpose = (typeof STEP_PURPOSES)[number];

const task = (id: string, name: string, purpose: StepPurpose, assignee: AssigneeRule, next: Step | null, extra: Partial<TaskStep> = {}): TaskStep =>
  approvalStep(id, name, assignee, next, { purpose, ...extra });

const TWO_WORKDAYS = { amount: 2, unit: 'workday', remindBeforeHours: 4, onOverdue: 'none' } as const;

/** 拟稿 → 部门核稿 → 办公室审核 → 会签 (parallel or serial, departments chosen by the drafter) → 签发 → 编号 → 用印排版 → 分发 → 归档. */
export function outgoingFlow(r: Refs): ShippedFlow {
  const clerk = r.post('document-clerk');
  const tail = task(
    'signoff',
    '签发',
    'signoff',
    r.post('director'),
    task('number', '编号', 'number', clerk, task('layout', '用印排版', 'layout', clerk, task('distribute', '分发', 'distribute', clerk, task('archive', '归档', 'archive', r.post('archivist'), null, { type: 'handle' }), { type: 'handle' }), { type: 'handle' }), { type: 'handle' }),
    { emptyPolicy: 'toAdmin' },
  );
  const countersign = (id: string, mode: 'all' | 'serial'): TaskStep =>
    task(id, '会签', 'countersign', { kind: 'formField', fieldId: 'countersign' }, null, { mode, timeLimit: TWO_WORKDAYS });
  const tree: StartStep = {
    id: 'start',
    name: '拟稿',
    type: 'start',
    next: task(
      'dept-review',
      '部门核稿',
      'review',
      { kind: 'head', level: 1 },
      task('office-review', '办公室审核', 'review', r.departmentHead('secretariat'), {
        id: 'countersign-mode',
        name: '会签方式',
        type: 'condition',
        branches: [
          {
            id: 'serial',
            name: '依次会签',
            priority: 0,
            rule: { op: 'and', items: [{ field: 'countersignMode', cmp: 'eq', value: 'serial' }] },
            next: countersign('countersign-serial', 'serial'),
          },
          { id: 'parallel', name: '同时会签', priority: 9, isDefault: true, next: countersign('countersign', 'all') },
        ],
        next: tail,
      }, { autoPassIfApprovedBefore: true }),
      { autoPassIfInitiator: true, timeLimit: TWO_WORKDAYS },
    ),
  };
  return {
    key: OUTGOING_FLOW_KEY,
    name: '发文',
    category: '公文',
    description: '拟稿、核稿、会签、签发、编号、用印排版、分发、归档',
    tree,
    form: {
      fields: [
        { id: 'countersign', type: 'department', label: '会签单位', multiple: true },
        {
          id: 'countersignMode',
          type: 'radio',
          label: '会签方式',
          required: true,
          options: [
            { value: 'parallel', label: '同时会签' },
            { value: 'serial', label: '依次会签' },
          ],
        },
      ],
    },
  };
}
