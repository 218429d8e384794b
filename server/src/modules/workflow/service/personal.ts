import type { Core, Ctx } from '../../../platform/context.js';
import { command } from '../../../platform/command.js';
import { invalid, notFound } from '../../../platform/errors.js';
import { directory } from '../../../platform/directory.js';
import { newId, nowIso, parseJson } from '../../../platform/util.js';

/** Out-of-office delegation (委托) rules of the caller. */
export async function listDelegations(core: Core, userId: string) {
  const rows = await core.db.selectFrom('flow_delegations').selectAll().where('user_id', '=', userId).orderBy('starts_at', 'desc').execute();
  const names = await directory().names(core.db, rows.map((r) => r.delegate_user_id));
  return {
    items: rows.map((r) => ({
      id: r.id,
      delegateUserId: r.delegate_user_id,
      delegateName: names.get(r.delegate_user_id) ?? '',
      startsAt: r.starts_at,
      endsAt: r.ends_at,
      definitionIds: parseJson<string[] | null>(r.definition_ids, null),
    })),
  };
}

export async function addDelegation(
  core: Core,
  ctx: Ctx,
  input: { delegateUserId: string; startsAt: string; endsAt: string; definitionIds?: string[] },
) {
  const userId = ctx.actor!.userId;
  if (input.delegateUserId === userId) throw invalid('DELEGATE_SELF', 'workflow.delegateSelf', {}, { delegateUserId: { key: 'workflow.delegateSelf' } });
  return command(core, ctx, async (w) => {
    if (!(await directory().user(w.tx, input.delegateUserId))) throw invalid('USER_INVALID', 'workflow.userInvalid', {}, { delegateUserId: { key: 'workflow.userInvalid' } });
    const id = newId();
    await w.tx
      .insertInto('flow_delegations')
      .values({
        id,
        user_id: userId,
        delegate_user_id: input.delegateUserId,
        starts_at: new Date(input.startsAt).toISOString(),
        ends_at: new Date(input.endsAt).toISOString(),
        definition_ids: input.definitionIds?.length ? JSON.stringify(input.definitionIds) : null,
        created_at: nowIso(),
      })
      .execute();
    w.audit({ action: 'workflow.delegation.create', targetType: 'flowDelegation', targetId: id, summary: `设置委托：${input.startsAt} 至 ${input.endsAt}`, detail: input });
    return { id };
  });
}

export async function removeDelegation(core: Core, ctx: Ctx, id: string) {
  await command(core, ctx, async (w) => {
    const r = await w.tx.deleteFrom('flow_delegations').where('id', '=', id).where('user_id', '=', ctx.actor!.userId).executeTakeFirst();
    if (!Number(r.numDeletedRows)) throw notFound();
    w.audit({ action: 'workflow.delegation.delete', targetType: 'flowDelegation', targetId: id, summary: '取消委托' });
  });
}

/** The caller's common phrases (常用语) for opinions. */
export async function listPhrases(core: Core, userId: string) {
  const rows = await core.db.selectFrom('flow_phrases').select(['id', 'text']).where('user_id', '=', userId).orderBy('sort_order').orderBy('created_at').execute();
  return { items: rows };
}

export async function addPhrase(core: Core, ctx: Ctx, text: string) {
  return command(core, ctx, async (w) => {
    const id = newId();
    await w.tx.insertInto('flow_phrases').values({ id, user_id: ctx.actor!.userId, text, sort_order: 0, created_at: nowIso() }).execute();
    w.audit({ action: 'workflow.phrase.create', targetType: 'flowPhrase', targetId: id, summary: `添加常用语：${text.slice(0, 20)}` });
    return { id };
  });
}

export async function removePhrase(core: Core, ctx: Ctx, id: string) {
  await command(core, ctx, async (w) => {
    const r = await w.tx.deleteFrom('flow_phrases').where('id', '=', id).where('user_id', '=', ctx.actor!.userId).executeTakeFirst();
    if (!Number(r.numDeletedRows)) throw notFound();
    w.audit({ action: 'workflow.phrase.delete', targetType: 'flowPhrase', targetId: id, summary: '删除常用语' });
  });
}
