import type { Work } from '../../../platform/command.js';
import type { Db, Tx } from '../../../platform/db/index.js';
import type { SupervisionItemTable } from '../../../platform/db/schema-supervision.js';
import { directory } from '../../../platform/directory.js';
import type { MessageKey, Params } from '../../../platform/i18n/index.js';
import { conflict, notFound } from '../../../platform/errors.js';
import { newId, nowIso } from '../../../platform/util.js';
import { notify } from '../../notifications/index.js';

/** Timeline kinds of an item, in the order they usually happen. */
export type EventKind =
  | 'created'
  | 'report'
  | 'reportMissed'
  | 'urge'
  | 'overdue'
  | 'escalated'
  | 'milestone'
  | 'extensionRequested'
  | 'extensionApproved'
  | 'extensionRejected'
  | 'concludeRequested'
  | 'concludeReturned'
  | 'concluded'
  | 'cancelled';

export async function addEvent(tx: Tx, itemId: string, kind: EventKind, actorUserId: string | null, body = '', percent: number | null = null, fileIds: string[] = []): Promise<void> {
  await tx.insertInto('supervision_events').values({ id: newId(), item_id: itemId, kind, actor_user_id: actorUserId, body, percent, file_ids: JSON.stringify(fileIds), created_at: nowIso() }).execute();
}

export type Item = SupervisionItemTable;

export const itemLink = (id: string) => `/supervision/items/${id}`;

/** Tells people of a change to an item (category 督办), in the change's transaction. */
export function tell(w: Work, item: Pick<Item, 'id' | 'title' | 'deadline'>, userIds: (string | null)[], kind: string, titleKey: MessageKey, bodyKey: MessageKey, params: Params = {}) {
  return notify(w, {
    userIds: userIds.filter((id): id is string => !!id),
    category: 'supervision',
    kind: `supervision.${kind}`,
    titleKey,
    bodyKey,
    params: { title: item.title, deadline: item.deadline, ...params },
    link: itemLink(item.id),
  });
}

/** Everyone holding the 督查员 role. */
export async function supervisors(tx: Tx): Promise<string[]> {
  const role = await tx.selectFrom('roles').select('id').where('code', '=', 'supervisor').executeTakeFirst();
  return role ? directory().usersWithRole(tx, role.id) : [];
}

/** The item, or "not found". */
export async function loadItem(tx: Db | Tx, id: string): Promise<Item> {
  const item = await tx.selectFrom('supervision_items').selectAll().where('id', '=', id).executeTakeFirst();
  if (!item) throw notFound();
  return item;
}

export const isLive = (item: Pick<Item, 'status'>) => item.status === 'open' || item.status === 'overdue';

/** Refuses a change to an item already concluded or cancelled. */
export function requireLive(item: Pick<Item, 'status'>): void {
  if (!isLive(item)) throw conflict('SUPERVISION_NOT_LIVE', 'supervision.notLive');
}
