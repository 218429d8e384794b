// Fills a Tongban SQLite database with a year of workflow for the benchmark: accounts for the
// generated people, six published flows, and instances with their tasks and history, written with
// bulk INSERTs in batches of one transaction each — the rows the engine itself writes, in the same
// shapes (state JSON, lock versions, history per action, time-ordered UUIDv7 ids).
//
//   node bench/generate-tasks.mjs <data-dir> [tasks]        (default 1000000)
//
// Run `tongban migrate`, `tongban seed-demo` and bench/generate-people.mjs on the directory first.
// Every flow is start → 审核 (review) → 审批 (approve) → end, each step one person the initiator chose.
// Instances end up approved (55 %), rejected at review (5 %), waiting at review (15 %) or waiting at
// approve (25 %): about 1.8 tasks and 0.4 pending tasks per instance. Initiators are drawn from every
// account (the demo unit's and the generated people's), assignees from every account but one demo
// account, the inbox user, who is given exactly `inboxPending` pending tasks spread over the year
// (and starts flows like anyone else). On top, `approveTasks` instances of the
// flow 'bench-approval' wait at review with one pending task each for the approvers (demo accounts,
// round-robin), for the approve load: the generator returns their ids in the order to act on them.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { random } from './random.mjs';
import { v7 as uuidv7 } from 'uuid';

const DAY = 86_400_000;
const BATCH = 5_000; // instances per transaction

/** The flows, with the share of instances each gets. */
const FLOWS = [
  { key: 'bench-leave', name: '请假（基准）', category: '人事', share: 0.35, reasons: ['年休假', '事假', '病假', '探亲假', '婚假'] },
  { key: 'bench-expense', name: '报销（基准）', category: '财务', share: 0.25, reasons: ['差旅费报销', '办公用品采购', '会议费', '培训费', '印刷费'] },
  { key: 'bench-trip', name: '出差（基准）', category: '行政', share: 0.2, reasons: ['赴省厅汇报工作', '参加业务培训', '基层调研', '项目验收', '学习考察'] },
  { key: 'bench-seal', name: '用印（基准）', category: '行政', share: 0.1, reasons: ['合同用印', '证明材料用印', '请示报告用印', '函件用印'] },
  { key: 'bench-general', name: '通用审批（基准）', category: '综合', share: 0.1, reasons: ['设备维修', '车辆使用', '会议室使用', '资料借阅', '加班申请'] },
];
const APPROVAL_FLOW = { key: 'bench-approval', name: '基准审批', category: '综合', reasons: ['赴省厅汇报工作'] };
const OPINIONS = ['同意', '同意。', '同意，请按规定办理', '同意，注意控制费用', '拟同意', '已阅，同意'];
const REJECTIONS = ['不同意，请补充材料', '不同意，理由不充分', '请重新核实后再报'];

const FORM = {
  fields: [
    { id: 'reason', type: 'text', label: '事由', required: true },
    { id: 'days', type: 'number', label: '天数', min: 0, max: 365, decimals: 1 },
    { id: 'note', type: 'textarea', label: '说明' },
  ],
};
const TREE = {
  id: 'start',
  name: '发起人',
  type: 'start',
  next: {
    id: 'review',
    name: '审核',
    type: 'approval',
    assignee: { kind: 'initiatorChooses' },
    mode: 'any',
    emptyPolicy: 'refuse',
    next: { id: 'approve', name: '审批', type: 'approval', assignee: { kind: 'initiatorChooses' }, mode: 'any', emptyPolicy: 'refuse', next: null },
  },
};

/**
 * @param {string} dataDir
 * @param {{ tasks?: number, inboxUser?: string, inboxPending?: number, approvers?: string[], approveTasks?: number, adminUser?: string }} [opts]
 */
export function generateTasks(dataDir, opts = {}) {
  const {
    tasks: targetTasks = 1_000_000,
    inboxUser = 'zhaomin',
    inboxPending = 100,
    approvers = ['sunli', 'zhoujie', 'wuting', 'panming', 'zhenghai', 'huangxiaoyan', 'heping', 'xujing'],
    approveTasks = 40_000,
    adminUser = 'zhangwei',
  } = opts;
  const db = new Database(path.join(dataDir, 'tongban.db'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF'); // a bulk load of benchmark data: the file is closed cleanly at the end
  db.pragma('cache_size = -262144');
  const rand = random(2027);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const nowMs = Date.now();
  let seq = 0;
  const id = (ms) => uuidv7({ msecs: Math.floor(ms), seq: seq++ & 0x7fffffff });
  const iso = (ms) => new Date(ms).toISOString();

  const userIdOf = (username) => {
    const row = db.prepare('SELECT id FROM users WHERE username = ?').get(username);
    if (!row) throw new Error(`no account ${username} in ${dataDir}: run \`tongban seed-demo\` on it first`);
    return row.id;
  };
  const inboxUserId = userIdOf(inboxUser);
  const adminUserId = userIdOf(adminUser);
  const approverIds = approvers.map(userIdOf);

  // 1. accounts for the generated people (no password: nobody logs in as them; they act through the data)
  const insertUser = db.prepare(
    `INSERT INTO users (id, person_id, username, display_name, password_hash, must_change_password, status, failed_logins,
       totp_enabled, locale, channels, created_at, updated_at)
     VALUES (?, ?, ?, ?, '!', 0, 'active', 0, 0, 'zh-CN', '["inApp"]', ?, ?)`,
  );
  const unlinked = db
    .prepare(`SELECT id, name, employee_no FROM people WHERE employee_no LIKE 'BENCH%' AND id NOT IN (SELECT person_id FROM users WHERE person_id IS NOT NULL) ORDER BY employee_no`)
    .all();
  const now = iso(nowMs);
  db.transaction(() => {
    for (const p of unlinked) insertUser.run(id(nowMs - 400 * DAY), p.id, p.employee_no.toLowerCase(), p.name, now, now);
  })();
  const everyone = db
    .prepare(`SELECT users.id, users.display_name AS name FROM users JOIN people ON people.id = users.person_id WHERE users.status = 'active' AND people.status = 'active' ORDER BY users.username`)
    .all();
  if (everyone.length < 100) throw new Error(`only ${everyone.length} active accounts: run bench/generate-people.mjs first`);
  const nameOf = new Map(everyone.map((u) => [u.id, u.name]));
  // assignees: everyone but the inbox user, whose pending tasks are exactly the ones given below
  const assignees = everyone.filter((u) => u.id !== inboxUserId);

  // 2. the flows, published as version 1
  const insertDefinition = db.prepare(
    `INSERT INTO flow_definitions (id, key, name, category, description, enabled, admin_user_id, starters, draft_tree, draft_form, current_version, created_at, updated_at)
     VALUES (?, ?, ?, ?, '基准测试生成', 1, ?, '{"all":true}', ?, ?, 1, ?, ?)`,
  );
  const insertVersion = db.prepare(
    `INSERT INTO flow_versions (id, definition_id, version, tree, form, published_at, published_by) VALUES (?, ?, 1, ?, ?, ?, ?)`,
  );
  const tree = JSON.stringify(TREE);
  const form = JSON.stringify(FORM);
  const publishedMs = nowMs - 366 * DAY;
  const flows = [...FLOWS, APPROVAL_FLOW].map((f) => {
    const definitionId = id(publishedMs);
    const versionId = id(publishedMs);
    db.transaction(() => {
      insertDefinition.run(definitionId, f.key, f.name, f.category, adminUserId, tree, form, iso(publishedMs), iso(publishedMs));
      insertVersion.run(versionId, definitionId, tree, form, iso(publishedMs), adminUserId);
    })();
    return { ...f, definitionId, versionId };
  });
  const approvalFlow = flows.pop();

  // 3. instances, tasks and history; their secondary indexes are dropped during the load and built
  // again afterwards from their own definitions (much faster than updating them row by row)
  const indexes = db
    .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ('flow_instances', 'flow_tasks', 'flow_history')`)
    .all();
  for (const { name } of indexes) db.exec(`DROP INDEX "${name.replace(/"/g, '""')}"`);
  const insertInstance = db.prepare(
    `INSERT INTO flow_instances (id, definition_id, version_id, title, initiator_user_id, status, form_data, state, business_type, business_id,
       lock_version, created_at, started_at, finished_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, ?, ?, ?, ?, ?)`,
  );
  const insertTask = db.prepare(
    `INSERT INTO flow_tasks (id, instance_id, step_id, step_name, kind, mode, assignee_user_id, on_behalf_of_user_id, status, outcome, opinion,
       seq, round, wait_task_id, completes_step, due_at, overdue, urged_at, read_at, created_at, completed_at)
     VALUES (?, ?, ?, ?, 'approval', 'any', ?, NULL, ?, ?, ?, 1, 1, NULL, 1, NULL, 0, NULL, NULL, ?, ?)`,
  );
  const insertHistory = db.prepare(
    `INSERT INTO flow_history (id, instance_id, step_id, step_name, task_id, actor_user_id, actor_name, on_behalf_of_name, action, opinion, attachments, detail, at)
     VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, '[]', '{}', ?)`,
  );

  const counts = { instances: 0, tasks: 0, pending: 0, history: 0, inboxPending: 0 };
  const backgroundTasks = Math.max(0, targetTasks - approveTasks);
  const expectedInstances = backgroundTasks / 1.8;
  const stride = Math.max(1, Math.floor((expectedInstances * 0.4) / Math.max(1, inboxPending)));
  const cumulative = [];
  FLOWS.reduce((sum, f, i) => (cumulative[i] = sum + f.share), 0);

  /** Writes one instance; `shape` is approved | rejected | review | approve. Returns the pending task id, if any. */
  function instance(flow, createdMs, shape, initiator, reviewer, approver) {
    const instanceId = id(createdMs);
    const reason = pick(flow.reasons);
    const days = Math.round(rand() * 100) / 10 + 0.5;
    const formData = JSON.stringify({ reason, days, note: `${reason}，共 ${days} 天。` });
    const submitted = createdMs + 1_000;
    const reviewed = submitted + (0.5 + rand() * 30) * 3_600_000;
    const approved = reviewed + (0.5 + rand() * 30) * 3_600_000;
    const passed = shape === 'approved' ? ['review', 'approve'] : shape === 'approve' ? ['review'] : [];
    const state = JSON.stringify({ joins: {}, passed, round: 1, chosen: { review: [reviewer], approve: [approver] }, submittedAt: iso(submitted) });
    const status = shape === 'approved' ? 'approved' : shape === 'rejected' ? 'rejected' : 'running';
    const finishedMs = shape === 'approved' ? approved : shape === 'rejected' ? reviewed : null;
    const lock = { approved: 3, rejected: 2, review: 1, approve: 2 }[shape];
    const lastMs = finishedMs ?? (shape === 'approve' ? reviewed : submitted);
    insertInstance.run(
      instanceId, flow.definitionId, flow.versionId, `${nameOf.get(initiator)}的${flow.name.replace('（基准）', '')}：${reason}`, initiator, status,
      formData, state, lock, iso(createdMs), iso(submitted), finishedMs === null ? null : iso(finishedMs), iso(lastMs),
    );
    insertHistory.run(id(submitted), instanceId, 'start', '发起人', null, initiator, nameOf.get(initiator), 'start', '', iso(submitted));
    counts.instances++;
    counts.history++;
    let pendingId = null;
    const task = (stepId, stepName, assignee, createdAt, doneAt, outcome) => {
      const taskId = id(createdAt);
      const opinion = outcome === 'approved' ? pick(OPINIONS) : outcome === 'rejected' ? pick(REJECTIONS) : '';
      insertTask.run(taskId, instanceId, stepId, stepName, assignee, doneAt ? 'done' : 'pending', outcome, opinion, iso(createdAt), doneAt ? iso(doneAt) : null);
      counts.tasks++;
      if (doneAt) {
        insertHistory.run(id(doneAt), instanceId, stepId, stepName, taskId, assignee, nameOf.get(assignee), outcome === 'approved' ? 'approve' : 'reject', opinion, iso(doneAt));
        counts.history++;
      } else {
        counts.pending++;
        pendingId = taskId;
      }
    };
    task('review', '审核', reviewer, submitted, shape === 'review' ? null : reviewed, shape === 'review' ? null : shape === 'rejected' ? 'rejected' : 'approved');
    if (shape === 'approve' || shape === 'approved') task('approve', '审批', approver, reviewed, shape === 'approve' ? null : approved, shape === 'approve' ? null : 'approved');
    return pendingId;
  }

  // background: a year of instances, oldest first, ending two hours ago
  const spanStart = nowMs - 365 * DAY;
  const step = (365 * DAY - 2 * 3_600_000) / Math.max(1, expectedInstances);
  let pendingSeen = 0;
  const writeBatch = db.transaction((limit) => {
    for (let n = 0; n < limit && counts.tasks < backgroundTasks; n++) {
      const r = rand();
      const flow = flows[cumulative.findIndex((c) => r < c)] ?? flows[flows.length - 1];
      const s = rand();
      const shape = s < 0.55 ? 'approved' : s < 0.6 ? 'rejected' : s < 0.75 ? 'review' : 'approve';
      const initiator = pick(everyone).id;
      let reviewer = pick(assignees).id;
      if (reviewer === initiator) reviewer = pick(assignees).id;
      let approver = pick(assignees).id;
      // the inbox user gets every stride-th pending task, up to inboxPending
      if (shape === 'review' || shape === 'approve') {
        if (pendingSeen++ % stride === 0 && counts.inboxPending < inboxPending && initiator !== inboxUserId) {
          if (shape === 'review') reviewer = inboxUserId;
          else approver = inboxUserId;
          counts.inboxPending++;
        }
      }
      if (approver === reviewer) approver = pick(assignees).id;
      instance(flow, spanStart + counts.instances * step, shape, initiator, reviewer, approver);
    }
  });
  while (counts.tasks < backgroundTasks) writeBatch(BATCH);

  // the approve load's tasks: the last hour, at review, one approver each (round-robin)
  const approveTaskIds = [];
  const initiators = assignees.filter((u) => !approverIds.includes(u.id));
  const writeApproveBatch = db.transaction((from, to) => {
    for (let n = from; n < to; n++) {
      const approver = approverIds[n % approverIds.length];
      const taskId = instance(approvalFlow, nowMs - 3_600_000 + (n * 3_000_000) / approveTasks, 'review', pick(initiators).id, approver, pick(initiators).id);
      approveTaskIds.push({ taskId, username: approvers[n % approvers.length] });
    }
  });
  for (let n = 0; n < approveTasks; n += BATCH) writeApproveBatch(n, Math.min(approveTasks, n + BATCH));

  for (const { sql } of indexes) db.exec(sql);
  db.close();
  return { ...counts, users: unlinked.length, accounts: everyone.length, flows: flows.length + 1, inboxUser, inboxUserId, approveTaskIds };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [dataDir, tasks] = process.argv.slice(2);
  if (!dataDir) {
    console.error('usage: node bench/generate-tasks.mjs <data-dir> [tasks]');
    process.exit(2);
  }
  const started = performance.now();
  const { approveTaskIds, ...summary } = generateTasks(dataDir, tasks ? { tasks: Number(tasks) } : {});
  console.log(JSON.stringify({ ...summary, approveTasks: approveTaskIds.length, seconds: Math.round((performance.now() - started) / 100) / 10 }));
}
