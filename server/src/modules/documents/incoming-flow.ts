import { approvalStep, type Refs, type ShippedFlow } from '../workflow/index.js';

/** The key of the shipped 收文 flow; editable in the designer like any other flow. */
export const INCOMING_FLOW_KEY = 'incomingDocument';

/** What the 收文 does at a step: 拟办 proposes, 批示 decides, 承办 handles to 办结, then 归档. */
export const INCOMING_PURPOSES = ['propose', 'instruct', 'handle', 'archive'] as const;
export type IncomingPurpose = (typeof INCOMING_PURPOSES)[number];

/** The form fields the 拟办 and 批示 steps set: they choose who handles it (承办), by when, and whether it is followed (督办). */
const DECIDES = { handlingDepartment: 'editable', deadline: 'editable', supervised: 'editable' } as const;

/** 登记 → 拟办 (the office) → 领导批示 (the director) → 承办 (head of the chosen department) → 归档. */
export function incomingFlow(r: Refs): ShippedFlow {
  return {
    key: INCOMING_FLOW_KEY,
    name: '收文',
    category: '公文',
    description: '登记、拟办、领导批示、承办、办结、归档',
    tree: {
      id: 'start',
      name: '登记',
      type: 'start',
      next: approvalStep(
        'propose',
        '拟办',
        r.departmentHead('secretariat'),
        approvalStep(
          'instruct',
          '领导批示',
          r.post('director'),
          approvalStep(
            'handle',
            '承办',
            { kind: 'formField', fieldId: 'handlingDepartment' },
            approvalStep('archive', '归档', r.post('archivist'), null, { type: 'handle', purpose: 'archive' }),
            { type: 'handle', purpose: 'handle', mode: 'any', emptyPolicy: 'toAdmin' },
          ),
          { purpose: 'instruct', fieldRights: DECIDES, emptyPolicy: 'toAdmin' },
        ),
        { type: 'handle', purpose: 'propose', fieldRights: { ...DECIDES, handlingDepartment: 'required' }, emptyPolicy: 'toAdmin' },
      ),
    },
    form: {
      fields: [
        { id: 'handlingDepartment', type: 'department', label: '承办科室' },
        { id: 'deadline', type: 'date', label: '办理期限' },
        {
          id: 'supervised',
          type: 'radio',
          label: '督办',
          options: [
            { value: 'yes', label: '督办' },
            { value: 'no', label: '不督办' },
          ],
        },
      ],
    },
  };
}
