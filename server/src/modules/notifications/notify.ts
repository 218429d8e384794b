import type { Work } from '../../platform/command.js';
import { t, type Locale, type MessageKey, type Params } from '../../platform/i18n/index.js';
import { newId, nowIso, parseJson } from '../../platform/util.js';
import { queueDeliveries, type Recipient } from './deliveries.js';

export type NoticeCategory = 'meeting' | 'room' | 'schedule' | 'supervision' | 'workflow' | 'document' | 'system';
export const NOTICE_CATEGORIES: readonly NoticeCategory[] = ['meeting', 'room', 'schedule', 'supervision', 'workflow', 'document', 'system'];

const EVENT_SLICE = 50;

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
   * text/calendar so Outlook and Thunderbird offer accept/decline. It is e-mailed to every recipient
   * with an e-mail address whatever their channel choice: the calendar entry is its point.
   */
  invitation?: { method: 'REQUEST' | 'CANCEL'; ics: string };
  /** Sent over the external channels even in the recipient's quiet hours. */
  urgent?: boolean;
}

/**
 * Records an in-app notice for each recipient and a delivery for each other channel they chose, in
 * the caller's transaction (so both exist exactly when the change they tell of does), and announces
 * the notices after commit.
 */
export async function notify(w: Work, input: NoticeInput): Promise<string[]> {
  const userIds = [...new Set(input.userIds)];
  if (!userIds.length) return [];
  const users = await w.tx
    .selectFrom('users')
    .leftJoin('people', 'people.id', 'users.person_id')
    .select(['users.id', 'users.locale', 'users.channels', 'people.email', 'people.phone'])
    .where('users.id', 'in', userIds)
    .where('users.status', '=', 'active')
    .execute();
  const now = nowIso();
  const recipients: Recipient[] = users.map((u) => {
    const locale: Locale = u.locale === 'en' ? 'en' : 'zh-CN';
    return {
      notice: {
        id: newId(),
        user_id: u.id,
        category: input.category,
        kind: input.kind,
        title: t(locale, input.titleKey, input.params),
        body: input.bodyKey ? t(locale, input.bodyKey, input.params) : '',
        link: input.link,
        created_at: now,
        read_at: null,
      },
      channels: parseJson<string[]>(u.channels, []),
      email: u.email ?? '',
      phone: u.phone ?? '',
    };
  });
  if (!recipients.length) return [];
  await w.tx.insertInto('notifications').values(recipients.map((r) => r.notice)).execute();
  await queueDeliveries(w.tx, recipients, { invitation: input.invitation, urgent: !!input.urgent });
  // In slices, so that each event fits in one message to the other server nodes.
  for (let i = 0; i < recipients.length; i += EVENT_SLICE) {
    const slice = recipients.slice(i, i + EVENT_SLICE);
    w.emit({ type: 'notification.created', payload: { ids: slice.map((r) => r.notice.id), userIds: slice.map((r) => r.notice.user_id) } });
  }
  return recipients.map((r) => r.notice.id);
}
