import { approvalStep, type AssigneeRule, type ShippedFlow } from '../workflow/index.js';

/** The shipped 督办延期 flow's key; the business type of its instances is the same word. */
export const EXTENSION_FLOW_KEY = 'supervisionExtension';

/** 延期申请: the owner asks, a 督查员 (any one) approves; nobody to approve goes to the flow administrator. */
export function extensionFlow(supervisorRoleId: string | null): () => ShippedFlow {
  // A unit without the role still gets a valid flow: the step finds nobody and goes to the flow administrator.
  const supervisors: AssigneeRule = supervisorRoleId ? { kind: 'role', roleId: supervisorRoleId } : { kind: 'users', userIds: ['00000000-0000-7000-8000-000000000000'] };
  return () => ({
    key: EXTENSION_FLOW_KEY,
    name: '督办延期申请',
    category: '督办',
    description: '督办事项责任人申请延长办理期限，督查员审批；批准后期限自动顺延',
    tree: { id: 'start', name: '责任人申请', type: 'start', next: approvalStep('supervisor', '督查员审批', supervisors, null, { emptyPolicy: 'toAdmin' }) },
    form: {
      fields: [
        { id: 'title', type: 'text', label: '督办事项' },
        { id: 'deadline', type: 'date', label: '原办理期限' },
        { id: 'newDeadline', type: 'date', label: '申请延至', required: true },
        { id: 'reason', type: 'textarea', label: '延期理由', required: true, maxLength: 500 },
      ],
    },
  });
}
