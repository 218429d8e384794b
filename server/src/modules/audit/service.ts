import { sql } from 'kysely';
import { verifyChain } from '../../platform/audit/log.js';
import { recordAudit } from '../../platform/command.js';
import type { Core, Ctx } from '../../platform/context.js';
import type { AuditRow } from '../../platform/db/schema.js';
import { t } from '../../platform/i18n/index.js';
import { parseJson } from '../../platform/util.js';
import type { Caller } from '../access/index.js';
import { mayExportAudit, mayReadAudit } from './policy.js';
import type { AuditFilter } from './schema.js';

/** More than this in one file is no longer a report; narrow the filters instead. */
const EXPORT_LIMIT = 100_000;
const EXPORT_PAGE = 5_000;

const iso = (value: string) => new Date(value).toISOString();

function filtered(core: Core, f: AuditFilter) {
  let q = core.db.selectFrom('audit_log');
  if (f.actor) {
    const pattern = `%${f.actor.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where(sql<boolean>`lower(actor_name) like ${pattern} escape '\\'`);
  }
  if (f.actorId) q = q.where('actor_id', '=', f.actorId);
  if (f.action) q = q.where('action', '=', f.action);
  if (f.targetType) q = q.where('target_type', '=', f.targetType);
  if (f.targetId) q = q.where('target_id', '=', f.targetId);
  if (f.outcome) q = q.where('outcome', '=', f.outcome);
  if (f.from) q = q.where('at', '>=', iso(f.from));
  if (f.to) q = q.where('at', '<=', iso(f.to));
  return q;
}

const present = (r: AuditRow) => ({
  seq: Number(r.seq),
  id: r.id,
  at: r.at,
  actorId: r.actor_id,
  actorName: r.actor_name,
  ip: r.ip,
  userAgent: r.user_agent,
  requestId: r.request_id,
  action: r.action,
  targetType: r.target_type,
  targetId: r.target_id,
  summary: r.summary,
  outcome: r.outcome,
  detail: parseJson<Record<string, unknown>>(r.detail, {}),
});

export async function listAudit(core: Core, caller: Caller, f: AuditFilter & { page: number; pageSize: number }) {
  mayReadAudit(caller);
  const base = filtered(core, f);
  const [rows, total] = await Promise.all([
    base.selectAll().orderBy('seq', 'desc').limit(f.pageSize).offset((f.page - 1) * f.pageSize).execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(present), total: Number(total.n), page: f.page, pageSize: f.pageSize };
}

export async function auditActions(core: Core, caller: Caller) {
  mayReadAudit(caller);
  const rows = await core.db.selectFrom('audit_log').select('action').distinct().orderBy('action').execute();
  return { items: rows.map((r) => r.action) };
}

export async function verifyAudit(core: Core, caller: Caller) {
  mayReadAudit(caller);
  return verifyChain(core.db);
}

/** One CSV cell: quoted when needed, and never read by a spreadsheet as a formula. */
function cell(value: string | number | null): string {
  let s = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The filtered log as CSV, newest first, with a BOM so Excel reads the Chinese; the export is itself recorded. */
export async function exportAudit(core: Core, ctx: Ctx, caller: Caller, f: AuditFilter): Promise<string> {
  mayExportAudit(caller);
  const lines = [t(ctx.locale, 'audit.csvHeader')];
  let count = 0;
  let beforeSeq = Number.MAX_SAFE_INTEGER;
  while (count < EXPORT_LIMIT) {
    const rows = await filtered(core, f).selectAll().where('seq', '<', beforeSeq).orderBy('seq', 'desc').limit(EXPORT_PAGE).execute();
    for (const r of rows) {
      lines.push(
        [r.seq, r.at, r.actor_name, r.actor_id, r.ip, r.user_agent, r.request_id, r.action, r.target_type, r.target_id, r.summary, r.outcome, r.detail]
          .map(cell)
          .join(','),
      );
    }
    count += rows.length;
    if (rows.length < EXPORT_PAGE) break;
    beforeSeq = Number(rows[rows.length - 1]!.seq);
  }
  await recordAudit(core, ctx, {
    action: 'audit.export',
    targetType: 'audit_log',
    targetId: '',
    summary: `导出审计日志（${count} 条）`,
    detail: { filter: f, count },
  });
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
