/**
 * The 15 kinds of 党政机关公文 (《党政机关公文处理工作条例》 第八条). Each carries its direction (which
 * decides the 版头: 上行文 show 签发人) and the fixed parts a draft starts from: the title's pattern,
 * the 主送 it usually has and a body skeleton with the kind's customary opening and closing words.
 */
export const DOCUMENT_KINDS = [
  'notice', 'request', 'report', 'letter', 'minutes', 'decision', 'opinion', 'reply',
  'resolution', 'order', 'communique', 'announcement', 'publicNotice', 'bulletin', 'motion',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export type Direction = 'down' | 'up' | 'flat';

export interface KindTemplate {
  name: string;
  direction: Direction;
  /** The title as drafted: 关于…的<kind>. */
  title: string;
  mainTo: string;
  /** Sanitised body HTML: <p> paragraphs, <h1>–<h4> for 一、（一）1.（1）. */
  body: string;
  /** 附注 such as （此件公开发布）. */
  note: string;
}

const p = (...lines: string[]) => lines.map((l) => (/^<h\d>/.test(l) ? l : `<p>${l}</p>`)).join('');

export const KIND_TEMPLATES: Record<DocumentKind, KindTemplate> = {
  notice: {
    name: '通知',
    direction: 'down',
    title: '关于××××的通知',
    mainTo: '各科室：',
    body: p(
      '为……，根据……，现将有关事项通知如下：',
      '<h1>一、总体要求</h1>',
      '……',
      '<h1>二、主要任务</h1>',
      '<h2>（一）……</h2>',
      '……',
      '<h1>三、工作要求</h1>',
      '……',
      '请各科室认真贯彻执行。',
    ),
    note: '（此件公开发布）',
  },
  request: {
    name: '请示',
    direction: 'up',
    title: '关于××××的请示',
    mainTo: '市人民政府：',
    body: p('为……，根据……，拟……。现将有关情况请示如下：', '<h1>一、基本情况</h1>', '……', '<h1>二、拟办事项</h1>', '……', '妥否，请批示。'),
    note: '',
  },
  report: {
    name: '报告',
    direction: 'up',
    title: '关于××××情况的报告',
    mainTo: '市人民政府：',
    body: p('根据……要求，现将……有关情况报告如下：', '<h1>一、主要工作及成效</h1>', '……', '<h1>二、存在的问题</h1>', '……', '<h1>三、下一步工作打算</h1>', '……', '特此报告。'),
    note: '',
  },
  letter: {
    name: '函',
    direction: 'flat',
    title: '关于××××的函',
    mainTo: '××单位：',
    body: p('因……，现就……有关事项函告如下：', '……', '请予支持为盼。'),
    note: '',
  },
  minutes: {
    name: '纪要',
    direction: 'down',
    title: '××××会议纪要',
    mainTo: '',
    body: p('××年×月×日，×××在××主持召开……会议，研究……。现将会议议定事项纪要如下：', '<h1>一、……</h1>', '会议认为，……', '<h1>二、……</h1>', '会议要求，……', '出席：……', '列席：……'),
    note: '',
  },
  decision: {
    name: '决定',
    direction: 'down',
    title: '关于××××的决定',
    mainTo: '各科室：',
    body: p('为……，经研究，决定如下：', '<h1>一、……</h1>', '……', '<h1>二、……</h1>', '……', '本决定自印发之日起施行。'),
    note: '（此件公开发布）',
  },
  opinion: {
    name: '意见',
    direction: 'down',
    title: '关于××××的意见',
    mainTo: '各科室：',
    body: p('为……，现提出如下意见。', '<h1>一、总体要求</h1>', '……', '<h1>二、重点任务</h1>', '……', '<h1>三、保障措施</h1>', '……'),
    note: '',
  },
  reply: {
    name: '批复',
    direction: 'down',
    title: '关于××××的批复',
    mainTo: '××：',
    body: p('你单位《关于××××的请示》（××〔××××〕×号）收悉。经研究，现批复如下：', '<h1>一、……</h1>', '……', '此复。'),
    note: '',
  },
  resolution: { name: '决议', direction: 'down', title: '××××决议', mainTo: '', body: p('××会议审议了……，决议如下：', '……'), note: '' },
  order: { name: '命令（令）', direction: 'down', title: '××××令', mainTo: '', body: p('……', '本令自公布之日起施行。'), note: '' },
  communique: { name: '公报', direction: 'down', title: '××××公报', mainTo: '', body: p('……'), note: '（此件公开发布）' },
  announcement: { name: '公告', direction: 'down', title: '××××公告', mainTo: '', body: p('……', '特此公告。'), note: '（此件公开发布）' },
  publicNotice: { name: '通告', direction: 'down', title: '关于××××的通告', mainTo: '', body: p('为……，现就有关事项通告如下：', '……', '特此通告。'), note: '（此件公开发布）' },
  bulletin: { name: '通报', direction: 'down', title: '关于××××的通报', mainTo: '各科室：', body: p('……', '现将有关情况通报如下：', '……', '特此通报。'), note: '' },
  motion: { name: '议案', direction: 'up', title: '关于提请审议××××的议案', mainTo: '××人民代表大会常务委员会：', body: p('……', '现提请审议。'), note: '' },
};
