import type { Work } from '../../platform/command.js';
import { t, type Locale, type MessageKey, type Params } from '../../platform/i18n/index.js';
import { newId, nowIso } from '../../platform/util.js';

export type NoticeCategory = 'meeting' | 'room' | 'schedule' | 'supervision' | 'workflow' | 'document' | 'system';

/** What another module asks the notification centre to tell people. */
export interface NoticeInput {
  /** users.id of each recipient; repeats are ignored. */
  userIds: string[];
  category: NoticeCategory;
  /** The event told of, e.g. meeting.invited. */
  kind: string;
  /** Server message keys, rendered in each recipient's language with these params. */
  titleKey: MessageKey;
  bodyKey?: MessageKey;
  params?: Params;
  /** Web path the notice opens, e.g. /meetings/<id>. */
  link: string;
  /**
   * A calendar invitation (iCalendar text, METHOD REQUEST or CANCEL) for the e-mail channel: sent as
   * text/calendar so Outlook and Thunderbird offer accept/decline. Not built yet (the e-mail channel).
   */
  invitation?: { method: 'REQUEST' | 'CANCEL'; ics: string };
}

/**
 * Records an in-app notice for each recipient in the caller's transaction (so it exists exactly
 * when the change it tells of does), and announces it after commit.
 */
export async function notify(w: Work, input: NoticeInput): Promise<string[]> {
  const userIds = [...new Set(input.userIds)];
  if (!userIds.length) return [];
  const users = await w.tx.selectFrom('users').select(['id', 'locale']).where('id', 'in', userIds).where('status', '=', 'active').execute();
  const now = nowIso();
  const rows = users.map((u) => {
    const locale: Locale = u.locale === 'en' ? 'en' : 'zh-CN';
    return {
      id: newId(),
      user_id: u.id,
      category: input.category,
      kind: input.kind,
      title: t(locale, input.titleKey, input.params),
      body: input.bodyKey ? t(locale, input.bodyKey, input.params) : '',
      link: input.link,
      created_at: now,
      read_at: null,
    };
  });
  if (!rows.length) return [];
  await w.tx.insertInto('notifications').values(rows).execute();
  w.emit({ type: 'notification.created', payload: { ids: rows.map((r) => r.id), userIds: rows.map((r) => r.user_id) } });
  return rows.map((r) => r.id);
}
