// Realistic Chinese official documents for the search benchmark (bench/search.mjs): 通知, 请示, 报告, 函
// and 纪要 of 20 municipal bodies over 2016–2026, titles and bodies from templates and word lists, each
// with its 文号 (机关代字〔年份〕序号号, numbered per organ, kind and year). Deterministic: the same
// seed gives the same documents, so every run measures the same data.
import { random } from './random.mjs';

export const UNITS = [
  ['市人民政府办公室', '示政办'], ['市发展和改革委员会', '示发改'], ['市财政局', '示财'], ['市教育局', '示教'],
  ['市公安局', '示公'], ['市民政局', '示民'], ['市人力资源和社会保障局', '示人社'], ['市自然资源和规划局', '示自然资'],
  ['市生态环境局', '示环'], ['市住房和城乡建设局', '示建'], ['市交通运输局', '示交'], ['市水务局', '示水'],
  ['市农业农村局', '示农'], ['市商务局', '示商'], ['市文化和旅游局', '示文旅'], ['市卫生健康委员会', '示卫健'],
  ['市应急管理局', '示应急'], ['市审计局', '示审'], ['市市场监督管理局', '示市监'], ['市统计局', '示统'],
].map(([name, code], i) => ({ id: `unit-${String(i + 1).padStart(2, '0')}`, name, code }));

const KINDS = [
  { id: 'notice', name: '通知', suffix: '发', share: 0.45 },
  { id: 'request', name: '请示', suffix: '请', share: 0.12 },
  { id: 'report', name: '报告', suffix: '报', share: 0.15 },
  { id: 'letter', name: '函', suffix: '函', share: 0.18 },
  { id: 'minutes', name: '纪要', suffix: '纪', share: 0.1 },
];

export const TOPICS = [
  '安全生产', '财政预算', '疫情防控', '乡村振兴', '营商环境', '生态环境保护', '防汛抗旱', '森林防火', '信访维稳', '城市管理',
  '教育改革', '医疗保障', '养老服务', '就业创业', '招商引资', '重点项目建设', '数字政府', '政务公开', '审计整改', '节能减排',
  '食品安全', '消防安全', '道路交通安全', '校园安全', '人才引进', '科技创新', '文化旅游', '基层治理', '河长制', '耕地保护',
  '住房保障', '老旧小区改造', '垃圾分类', '社会救助', '退役军人服务', '统计调查', '国有资产管理', '政府采购', '机关党建', '安全稳定',
];
const ACTIONS = ['开展', '推进', '加强', '做好', '落实', '部署', '组织', '深化', '规范', '完善', '统筹', '强化'];
const TASKS = [
  '专项整治', '检查工作', '工作方案', '实施意见', '考核评估', '督查督办', '宣传培训', '隐患排查', '统计报表', '经费保障',
  '应急演练', '调研评估', '制度建设', '信息报送', '绩效评价', '整改落实', '示范创建', '风险防控', '资金拨付', '任务分解',
];
const SUBJECTS = ['各区县人民政府', '市政府各部门', '各有关单位', '各乡镇（街道）', '市直各单位', '各县（市、区）财政局'];
const OPENINGS = {
  notice: (t) => `为深入贯彻落实党中央、国务院和省委省政府关于${t}工作的决策部署，进一步提升${t}工作水平，经市政府同意，现就有关事项通知如下。`,
  request: (t) => `根据全市${t}工作安排，为确保各项任务按期完成，现将有关情况请示如下。`,
  report: (t) => `按照市委市政府工作要求，我单位认真组织开展${t}工作，现将有关情况报告如下。`,
  letter: (t) => `贵单位《关于商请支持${t}工作的函》收悉。经研究，现函复如下。`,
  minutes: (t) => `会议听取了${t}工作情况汇报，研究部署了下一阶段重点任务。现将会议议定事项纪要如下。`,
};
const CLOSINGS = {
  notice: '请各单位结合实际认真贯彻执行，执行中遇到的问题请及时报告。',
  request: '以上请示妥否，请批示。',
  report: '特此报告。',
  letter: '特此函复。',
  minutes: '会议要求，各责任单位要按照职责分工抓好落实，市政府督查室跟踪督办。',
};
const SENTENCES = [
  (w) => `一是${w.action}${w.topic}${w.task}，明确责任分工，确保${w.month}月底前完成。`,
  (w) => `二是${w.action}${w.other}工作，${w.unit}要会同有关部门建立工作台账，实行清单化管理。`,
  (w) => `三是加强组织领导，各单位主要负责同志要亲自抓，分管负责同志具体抓，层层压实责任。`,
  (w) => `截至${w.year}年${w.month}月${w.day}日，全市共完成${w.topic}${w.task}${w.count}项，投入资金${w.money}万元。`,
  (w) => `定于${w.year}年${w.month}月${w.day}日召开全市${w.topic}工作会议，请${w.subject}分管负责同志参加。`,
  (w) => `根据${w.ref}文件精神，${w.unit}牵头${w.action}${w.other}${w.task}，相关经费列入年度财政预算。`,
  (w) => `对工作中发现的问题，要立行立改，举一反三，不断完善${w.topic}长效机制。`,
  (w) => `请于${w.month}月${w.day}日前将${w.task}情况书面报送${w.unit}，联系人：${w.person}，电话：${w.phone}。`,
  (w) => `${w.year}年以来，在市委市政府的坚强领导下，${w.topic}工作取得明显成效，但仍存在基础薄弱、投入不足等问题。`,
  (w) => `下一步，我们将持续${w.action}${w.topic}，加大督查督办力度，推动各项措施落地见效。`,
];
const NAMES = ['王建国', '李晓红', '张伟', '刘洋', '陈静', '杨帆', '赵敏', '孙丽', '周杰', '吴婷'];

/** Yields `count` documents: { id, kind, unit, year, number, title, body, attachments, classification, status }. */
export function* documents(count, seed = 2026) {
  const rand = random(seed);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const between = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
  const kindOf = () => {
    let r = rand();
    for (const k of KINDS) if ((r -= k.share) < 0) return k;
    return KINDS[0];
  };
  const sequences = new Map();
  const issued = []; // recent numbers, for bodies citing an earlier document
  for (let i = 0; i < count; i++) {
    const unit = pick(UNITS);
    const kind = kindOf();
    const year = 2016 + Math.floor((i / count) * 11);
    const key = `${unit.code}${kind.suffix}${year}`;
    const seq = (sequences.get(key) ?? 0) + 1;
    sequences.set(key, seq);
    const number = `${unit.code}${kind.suffix}〔${year}〕${seq}号`;
    const topic = pick(TOPICS);
    const w = {
      topic, year, unit: unit.name, action: pick(ACTIONS), task: pick(TASKS), other: pick(TOPICS), subject: pick(SUBJECTS),
      month: between(1, 12), day: between(1, 28), count: between(3, 480), money: between(10, 9800), person: pick(NAMES),
      phone: `0${between(100, 999)}-${between(2000000, 8999999)}`, ref: issued.length ? pick(issued) : number,
    };
    const title =
      kind.id === 'minutes'
        ? `${topic}工作专题会议纪要`
        : `${unit.name}关于${w.action}${topic}${w.task}的${kind.name}`;
    // distinct sentences in template order (一是, 二是 …), each with words of its own
    const chosen = SENTENCES.map((make) => ({ make, key: rand() })).sort((a, b) => a.key - b.key).slice(0, between(5, 9));
    const sentences = SENTENCES.filter((make) => chosen.some((c) => c.make === make)).map((make) =>
      make({ ...w, action: pick(ACTIONS), task: pick(TASKS), other: pick(TOPICS) }),
    );
    const body = [`${w.subject}：`, OPENINGS[kind.id](topic), ...sentences, CLOSINGS[kind.id], `${unit.name}`, `${year}年${w.month}月${w.day}日`].join('\n');
    const attachments = rand() < 0.2 ? [`附件：${year}年${topic}${pick(TASKS)}情况统计表。${pick(SENTENCES)(w)}`] : [];
    issued[i % 1000] = number;
    const secrecy = rand();
    const state = rand();
    yield {
      id: `doc-${String(i + 1).padStart(7, '0')}`,
      kind: kind.id,
      unit: unit.id,
      year,
      number,
      title,
      body,
      attachments,
      classification: secrecy < 0.7 ? 'public' : secrecy < 0.95 ? 'internal' : 'secret',
      status: state < 0.8 ? 'issued' : state < 0.9 ? 'draft' : 'archived',
    };
  }
}

/** Query terms per class, drawn with their own seed from the same word lists. */
export function queries(perClass, numbers, seed = 7) {
  const rand = random(seed);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const twoChar = [...new Set(TOPICS.flatMap((t) => [t.slice(0, 2), t.slice(-2)]))];
  const times = (f) => Array.from({ length: perClass }, f);
  return {
    two_char: times(() => pick(twoChar)),
    four_char: times(() => pick(TOPICS.filter((t) => t.length === 4))),
    multi_word: times(() => `${pick(TOPICS)} ${pick(TASKS)}`),
    doc_number: times(() => pick(numbers)),
  };
}
