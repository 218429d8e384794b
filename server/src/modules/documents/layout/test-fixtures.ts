import type { FormalDocument, ProcessingForm, SealPainter } from './types.js';

/** Test data: a three-page 通知 with every element, and the 发文稿纸 it travelled on. */

export const SAMPLE_TITLE = '示例市人民政府办公室关于印发《示例市进一步优化政务服务提升行政效能实施方案》的通知';
export const SAMPLE_QR_URL = 'https://oa.example.gov.cn/verify/01936f2e-7c1a-7d3b-9a41-5f0c2b8e4d17';

const paragraph = (text: string) => ({ kind: 'paragraph', text }) as const;

export const sampleDocument: FormalDocument = {
  copyNo: '12',
  secret: { level: '机密', term: '1年' },
  urgency: '特急',
  organMark: '示例市人民政府办公室文件',
  docNo: '示政办发〔2026〕12号',
  direction: 'down',
  title: SAMPLE_TITLE,
  mainRecipients: ['各区县人民政府', '市政府各部门', '各直属机构'],
  blocks: [
    paragraph(
      '《示例市进一步优化政务服务提升行政效能实施方案》已经市人民政府同意，现印发给你们，请结合实际认真贯彻执行。为深入贯彻落实党中央、国务院关于优化营商环境的决策部署，进一步提升政务服务标准化、规范化、便利化水平，现就有关事项通知如下。',
    ),
    { kind: 'heading', level: 1, text: '一、总体要求' },
    paragraph(
      '坚持以人民为中心的发展思想，聚焦企业和群众办事的难点堵点，以“高效办成一件事”为牵引，推动政务服务从“能办”向“好办、易办”转变。到2026年底，全市政务服务事项网上可办率达到98%以上，“一网通办”平台日均办件量突破12000件。',
    ),
    { kind: 'heading', level: 2, text: '（一）坚持系统观念。' },
    paragraph(
      '统筹线上线下服务渠道，完善市、区县、乡镇（街道）、村（社区）四级政务服务体系，做到标准统一、流程规范、数据共享、业务协同。',
    ),
    { kind: 'heading', level: 2, text: '（二）坚持问题导向。' },
    paragraph(
      '围绕企业开办、工程建设项目审批、不动产登记、社会保障等高频事项，逐项梳理办事环节、申请材料和办理时限，能减则减、能并则并，切实减少群众跑动次数。',
    ),
    { kind: 'heading', level: 1, text: '二、重点任务' },
    { kind: 'heading', level: 3, text: '1.推进政务服务事项标准化。' },
    paragraph(
      '全面梳理政务服务事项基本目录，统一事项名称、编码、依据、类型等基本要素，实现同一事项在不同区域无差别受理、同标准办理。各区县、各部门要在2026年6月30日前完成实施清单的编制和公布工作。',
    ),
    { kind: 'heading', level: 4, text: '（1）完善事项清单动态管理机制。' },
    paragraph(
      '法律法规和政策调整涉及政务服务事项变化的，相关部门应当在10个工作日内完成清单调整，并同步更新办事指南。',
    ),
    {
      kind: 'table',
      rows: [
        ['序号', '事项名称', '牵头单位', '完成时限'],
        ['1', '企业开办“一窗通办”', '市市场监管局', '2026年6月'],
        ['2', '工程建设项目审批“一站式”服务', '市住房城乡建设局', '2026年9月'],
        ['3', '不动产登记“带押过户”', '市自然资源局', '2026年12月'],
      ],
    },
    { kind: 'heading', level: 1, text: '三、保障措施' },
    paragraph(
      '各区县、各部门要高度重视，切实加强组织领导，明确责任分工，细化工作措施，确保各项任务落到实处。市政府办公室将会同有关部门加强跟踪督促，定期通报工作进展情况，对工作推进不力的予以督办。工作中遇到的重大问题，请及时报告市人民政府办公室。',
    ),
  ],
  attachments: ['示例市进一步优化政务服务提升行政效能实施方案', '示例市政务服务事项标准化工作任务分工表（第一批重点事项及牵头责任单位）'],
  issuer: '示例市人民政府办公室',
  date: '2026-11-24',
  note: '此件公开发布',
  copyTo: ['市委办公室', '市人大常委会办公室', '市政协办公室', '市中级人民法院', '市人民检察院'],
  printedBy: '示例市人民政府办公室',
  printedOn: '2026-11-24',
  qrUrl: SAMPLE_QR_URL,
};

/** A 上行文 (请示) with two 签发人. */
export const upwardDocument: FormalDocument = {
  organMark: '示例市人民政府文件',
  docNo: '示政〔2026〕8号',
  signer: ['王建国', '刘洪涛'],
  direction: 'up',
  title: '示例市人民政府关于申请设立示例市综合保税区的请示',
  mainRecipients: ['省人民政府'],
  blocks: [paragraph('为进一步扩大对外开放，推动外向型经济高质量发展，我市拟申请设立示例市综合保税区。现将有关情况请示如下。')],
  issuer: '示例市人民政府',
  date: '2026-03-02',
  note: '联系人：孙丽，电话：0571-12345678',
  printedBy: '示例市人民政府办公室',
  printedOn: '2026-03-02',
};

/** A plain red ring with a star, standing in for the real seal painter. */
export const ringSeal: SealPainter = (doc, centre, diameter) => {
  doc.save().lineWidth(diameter / 30).circle(centre.x, centre.y, diameter / 2 - diameter / 60).stroke('#E60012');
  const r = diameter / 6;
  const points = Array.from({ length: 10 }, (_, i) => {
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    const radius = i % 2 === 0 ? r : r * 0.38;
    return [centre.x + radius * Math.cos(angle), centre.y + radius * Math.sin(angle)] as [number, number];
  });
  doc.polygon(...points).fill('#E60012').restore();
};

export const sampleForm: ProcessingForm = {
  unitName: '示例市人民政府办公室',
  title: SAMPLE_TITLE,
  docNo: '示政办发〔2026〕12号',
  classification: { level: '机密', term: '1年' },
  urgency: '特急',
  draftingDepartment: '秘书科',
  drafter: '孙丽',
  phone: '0571-12345678',
  mainRecipients: ['各区县人民政府', '市政府各部门', '各直属机构'],
  copyTo: ['市委办公室', '市人大常委会办公室', '市政协办公室'],
  copies: 120,
  attachments: ['示例市进一步优化政务服务提升行政效能实施方案'],
  opinions: [
    { step: '拟稿', person: '孙丽', department: '秘书科', opinion: '拟稿完毕，请张科长核稿。', time: '2026-11-20T01:12:00Z' },
    {
      step: '核稿',
      person: '张伟',
      department: '秘书科',
      opinion: '已核。文字已作修改，第二部分第1项的完成时限与市市场监管局确认为2026年6月30日，建议会签市市场监管局、市住房城乡建设局、市自然资源局后报分管领导审核。',
      time: '2026-11-20T06:40:00Z',
    },
    { step: '会签', person: '李娜', department: '市市场监管局', opinion: '同意。', time: '2026-11-21T02:05:00Z' },
    { step: '会签', person: '赵强', department: '市住房城乡建设局', opinion: '同意，建议将工程建设项目审批完成时限调整为2026年9月底。', time: '2026-11-21T03:30:00Z' },
    { step: '审核', person: '刘洪涛', department: '办公室领导', opinion: '同意，请王主任签发。', time: '2026-11-22T08:15:00Z' },
    { step: '签发', person: '王建国', department: '办公室领导', opinion: '同意印发。', time: '2026-11-24T00:50:00Z' },
  ],
};
