import type { Clearance } from '../../platform/db/schema.js';
import { approvalStep, type AssigneeRule, type FormDefinition, type Refs, type ShippedFlow, type Step } from '../workflow/index.js';
import { isClassified } from './policy.js';

/** The keys of the archive's shipped flows; the business types of their instances are the same words. */
export const BORROWING_FLOW_KEY = 'archiveBorrowing';
export const DISPOSAL_FLOW_KEY = 'archiveDisposal';

/** Nobody to approve must never mean "approved": such a step goes to the flow administrator. */
const approve = (id: string, name: string, assignee: AssigneeRule, next: Step | null) =>
  approvalStep(id, name, assignee, next, { emptyPolicy: 'toAdmin' });

const LEVEL_OPTIONS = [
  { value: 'public', label: '公开' },
  { value: 'internal', label: '内部' },
  { value: 'secret', label: '秘密' },
  { value: 'confidential', label: '机密' },
  { value: 'topSecret', label: '绝密' },
];

/** What the approvers read: the record's catalogue facts (a state secret's title stays out), and the request. */
const recordFields: FormDefinition['fields'] = [
  { id: 'docNo', type: 'text', label: '档号（文号）' },
  { id: 'title', type: 'text', label: '题名' },
  { id: 'year', type: 'number', label: '年度' },
  { id: 'retention', type: 'text', label: '保管期限' },
  { id: 'secretLevel', type: 'select', label: '密级', required: true, options: LEVEL_OPTIONS },
];

const LEVEL_NAMES = Object.fromEntries(LEVEL_OPTIONS.map((o) => [o.value, o.label])) as Record<Clearance, string>;

interface RecordFacts {
  docNo: string;
  title: string;
  year: number;
  retention: string;
  secretLevel: Clearance;
}

/** A request's flow title and the record's fields of its form: a state secret's title stays out of flow lists and forms. */
export function flowFacts(action: string, r: RecordFacts) {
  const classified = isClassified(r.secretLevel);
  const docNo = r.docNo || '—';
  return {
    title: `${action}：${docNo}${classified ? `（${LEVEL_NAMES[r.secretLevel]}）` : ` ${r.title}`}`.slice(0, 200),
    form: { docNo, title: classified ? `（${LEVEL_NAMES[r.secretLevel]}，题名不显示）` : r.title, year: r.year, retention: r.retention, secretLevel: r.secretLevel },
  };
}

/** 借阅: the 档案员 approves; a record of 秘密 and above also goes to the 主任. */
export function borrowingFlow(r: Refs): ShippedFlow {
  return {
    key: BORROWING_FLOW_KEY,
    name: '档案借阅',
    category: '档案',
    description: '借阅已归档的公文：档案员审批，秘密及以上另报主任审批，到期自动收回',
    tree: {
      id: 'start',
      name: '借阅申请',
      type: 'start',
      next: approve('archivist', '档案员审批', r.post('archivist'), {
        id: 'by-level',
        name: '按密级',
        type: 'condition',
        branches: [
          {
            id: 'classified',
            name: '秘密及以上',
            priority: 0,
            rule: { op: 'and', items: [{ field: 'secretLevel', cmp: 'in', value: ['secret', 'confidential', 'topSecret'] }] },
            next: approve('director', '主任审批', r.post('director'), null),
          },
          { id: 'ordinary', name: '内部及公开', priority: 9, isDefault: true, next: null },
        ],
        next: null,
      }),
    },
    form: {
      fields: [
        ...recordFields,
        { id: 'days', type: 'number', label: '借阅天数', required: true, min: 1, max: 30, decimals: 0 },
        { id: 'reason', type: 'textarea', label: '借阅事由', required: true, maxLength: 500 },
      ],
    },
  };
}

/** 清退 / 销毁 of a classified record: the 档案员 requests, the office head (秘书科负责人) and the 主任 approve. */
export function disposalFlow(r: Refs): ShippedFlow {
  return {
    key: DISPOSAL_FLOW_KEY,
    name: '涉密档案清退销毁',
    category: '档案',
    description: '档案员申请清退或销毁涉密档案，办公室负责人、主任审批后由档案员执行，留存销毁记录',
    tree: {
      id: 'start',
      name: '档案员申请',
      type: 'start',
      next: approve('office', '办公室负责人审批', r.departmentHead('secretariat'), approve('director', '主任审批', r.post('director'), null)),
    },
    form: {
      fields: [
        ...recordFields,
        { id: 'kind', type: 'radio', label: '处置方式', required: true, options: [{ value: 'return', label: '清退' }, { value: 'destroy', label: '销毁' }] },
        { id: 'reason', type: 'textarea', label: '处置理由', required: true, maxLength: 500 },
      ],
    },
  };
}
