import { approvalStep, type Refs, type ShippedFlow } from '../workflow/index.js';

/** The key of the shipped 会议申请 flow; its instances' business type is the same word. */
export const MEETING_FLOW_KEY = 'meetingApplication';

/** 申请 → 部门负责人审核 (passes when the applicant is the head) → 办公室审批 (秘书科负责人). */
export function meetingFlow(r: Refs): ShippedFlow {
  return {
    key: MEETING_FLOW_KEY,
    name: '会议申请',
    category: '会议',
    description: '会议申请：部门负责人审核、办公室审批；通过后向参会人员发送会议通知与日历邀请',
    tree: {
      id: 'start',
      name: '申请',
      type: 'start',
      next: approvalStep(
        'dept-head',
        '部门负责人审核',
        { kind: 'head', level: 1 },
        approvalStep('office', '办公室审批', r.departmentHead('secretariat'), null, { emptyPolicy: 'toAdmin' }),
        { autoPassIfInitiator: true },
      ),
    },
    form: {
      fields: [
        { id: 'topic', type: 'text', label: '会议主题', maxLength: 200 },
        { id: 'time', type: 'text', label: '会议时间', maxLength: 200 },
        { id: 'place', type: 'text', label: '会议地点', maxLength: 500 },
        { id: 'classification', type: 'text', label: '密级', maxLength: 20 },
        { id: 'attendees', type: 'textarea', label: '参会人员', maxLength: 5000 },
        { id: 'agenda', type: 'textarea', label: '议程', maxLength: 10_000 },
      ],
    },
  };
}
