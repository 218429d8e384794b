import type { Access } from '../../platform/access/resolve.js';
import { can } from '../../platform/access/resolve.js';
import { command } from '../../platform/command.js';
import type { Core, Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import type { MessageKey } from '../../platform/i18n/index.js';
import { nowIso, parseJson } from '../../platform/util.js';
import { mayUseWidget } from './policy.js';
import { WIDGETS } from './widgets.js';

const allowedFor = (access: Access) => WIDGETS.filter((w) => mayUseWidget(access, w));

/** The person's saved widgets in their order (less any they may no longer see), or the default set. */
export async function getWorkspace(core: Core, access: Access) {
  const allowed = allowedFor(access);
  const row = await core.db.selectFrom('workspaces').select('widgets').where('user_id', '=', access.userId).executeTakeFirst();
  const ids = new Set(allowed.map((w) => w.id));
  const widgets = row
    ? parseJson<string[]>(row.widgets, []).filter((id) => ids.has(id))
    : allowed.filter((w) => w.byDefault).map((w) => w.id);
  return { widgets, available: allowed.map(({ id, titleKey }) => ({ id, titleKey })) };
}

const widgetError = (code: string, key: MessageKey, index: number, id: string) =>
  new AppError(code, 400, key, { id }, { [`widgets.${index}`]: { key, params: { id } } });

export async function saveWorkspace(core: Core, ctx: Ctx, access: Access, widgets: string[]) {
  const ids = new Set(allowedFor(access).map((w) => w.id));
  const seen = new Set<string>();
  widgets.forEach((id, i) => {
    if (!ids.has(id)) throw widgetError('WIDGET_UNKNOWN', 'workspace.unknownWidget', i, id);
    if (seen.has(id)) throw widgetError('WIDGET_DUPLICATE', 'workspace.duplicateWidget', i, id);
    seen.add(id);
  });
  await command(core, ctx, async (w) => {
    const value = { widgets: JSON.stringify(widgets), updated_at: nowIso() };
    await w.tx
      .insertInto('workspaces')
      .values({ user_id: access.userId, ...value })
      .onConflict((oc) => oc.column('user_id').doUpdateSet(value))
      .execute();
    w.audit({
      action: 'workspace.update',
      targetType: 'user',
      targetId: access.userId,
      summary: `调整工作台：${ctx.actor?.displayName ?? ''}（${widgets.length} 个组件）`,
      detail: { widgets },
    });
  });
  return getWorkspace(core, access);
}

/** Midnight in the unit's time zone, as a UTC ISO string. */
export function startOfToday(timeZone: string, now = new Date()): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' })
      .formatToParts(now)
      .map((p) => [p.type, Number(p.value)]),
  );
  const wall = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
  const offset = wall - Math.floor(now.getTime() / 1000) * 1000;
  return new Date(Date.UTC(parts.year!, parts.month! - 1, parts.day!) - offset).toISOString();
}

const count = (n: { n: number | string }) => Number(n.n);

/** Small numbers for the widgets, each only for those allowed to see it. */
export async function workspaceSummary(core: Core, access: Access) {
  const db = core.db;
  const summary: { people?: number; departments?: number; auditToday?: number; jobsPending?: number } = {};
  if (can(access, 'org.read')) {
    summary.people = count(await db.selectFrom('people').select((eb) => eb.fn.countAll<number>().as('n')).where('status', '=', 'active').executeTakeFirstOrThrow());
    summary.departments = count(await db.selectFrom('departments').select((eb) => eb.fn.countAll<number>().as('n')).where('enabled', '=', 1).executeTakeFirstOrThrow());
  }
  if (can(access, 'audit.read')) {
    const since = startOfToday(core.config.timeZone);
    summary.auditToday = count(await db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).where('at', '>=', since).executeTakeFirstOrThrow());
  }
  if (can(access, 'system.diagnostics')) {
    summary.jobsPending = count(await db.selectFrom('jobs').select((eb) => eb.fn.countAll<number>().as('n')).where('status', '=', 'pending').executeTakeFirstOrThrow());
  }
  return summary;
}
