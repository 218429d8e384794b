import type { FormDefinition } from './types.js';

/** The form of each shipped flow template; units edit their copies in the designer. */
export const FORM_TEMPLATE_KEYS = ['leave', 'reimbursement', 'businessTrip', 'sealUse', 'general'] as const;
export type FormTemplateKey = (typeof FORM_TEMPLATE_KEYS)[number];

const options = (pairs: [value: string, label: string][]) => pairs.map(([value, label]) => ({ value, label }));

/** 请假: `period.days` holds the workdays, which the flow's conditions compare. */
const leave: FormDefinition = {
  fields: [
    {
      id: 'leaveType',
      type: 'select',
      label: '请假类型',
      required: true,
      options: options([
        ['annual', '年假'],
        ['personal', '事假'],
        ['sick', '病假'],
        ['marriage', '婚假'],
        ['maternity', '产假'],
        ['bereavement', '丧假'],
        ['compensatory', '调休'],
      ]),
    },
    { id: 'period', type: 'dateRange', label: '请假时间', required: true, description: '天数按工作日计算' },
    { id: 'reason', type: 'textarea', label: '请假事由', required: true },
    { id: 'attachment', type: 'attachment', label: '附件', description: '病假请附医院证明' },
  ],
};

/** 报销: amounts in fen; `total` is the sum of the rows, which the flow's conditions compare. */
const reimbursement: FormDefinition = {
  fields: [
    { id: 'reason', type: 'text', label: '报销事由', required: true },
    {
      id: 'items',
      type: 'table',
      label: '费用明细',
      required: true,
      columns: [
        { id: 'date', type: 'date', label: '日期', required: true },
        {
          id: 'category',
          type: 'select',
          label: '费用类别',
          required: true,
          options: options([
            ['transport', '交通'],
            ['lodging', '住宿'],
            ['meals', '餐饮'],
            ['office', '办公'],
            ['other', '其他'],
          ]),
        },
        { id: 'description', type: 'text', label: '说明', maxLength: 200 },
        { id: 'amount', type: 'money', label: '金额（元）', required: true, min: 1 },
      ],
    },
    { id: 'total', type: 'computed', label: '合计金额（元）', compute: { op: 'sum', fields: ['items.amount'] } },
    { id: 'invoices', type: 'attachment', label: '发票', required: true },
  ],
};

/** 出差 */
const businessTrip: FormDefinition = {
  fields: [
    { id: 'destination', type: 'text', label: '出差地点', required: true, maxLength: 100 },
    { id: 'period', type: 'dateRange', label: '出差时间', required: true },
    {
      id: 'transport',
      type: 'select',
      label: '交通方式',
      required: true,
      options: options([
        ['plane', '飞机'],
        ['train', '火车'],
        ['bus', '长途汽车'],
        ['officialCar', '公务用车'],
        ['other', '其他'],
      ]),
    },
    { id: 'companions', type: 'person', label: '同行人员', multiple: true },
    { id: 'budget', type: 'money', label: '预算金额（元）', min: 0 },
    { id: 'purpose', type: 'textarea', label: '出差事由', required: true },
  ],
};

/** 用印 */
const sealUse: FormDefinition = {
  fields: [
    {
      id: 'sealType',
      type: 'select',
      label: '印章类型',
      required: true,
      options: options([
        ['official', '单位公章'],
        ['contract', '合同章'],
        ['finance', '财务章'],
        ['legalRepresentative', '法人章'],
      ]),
    },
    { id: 'documentTitle', type: 'text', label: '文件名称', required: true, maxLength: 200 },
    { id: 'copies', type: 'number', label: '用印份数', required: true, min: 1, max: 1000, decimals: 0 },
    { id: 'purpose', type: 'textarea', label: '用印事由', required: true },
    { id: 'attachment', type: 'attachment', label: '用印文件' },
  ],
};

/** 通用审批 */
const general: FormDefinition = {
  fields: [
    { id: 'title', type: 'text', label: '标题', required: true, maxLength: 100 },
    { id: 'content', type: 'textarea', label: '申请内容', required: true },
    { id: 'attachment', type: 'attachment', label: '附件' },
  ],
};

export const FORM_TEMPLATES: Record<FormTemplateKey, FormDefinition> = { leave, reimbursement, businessTrip, sealUse, general };
