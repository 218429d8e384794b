import { randomBytes } from 'node:crypto';
import ical, { ICalCalendarMethod, ICalEventStatus, ICalEventTransparency } from 'ical-generator';
import type { Core, Ctx } from '../../../platform/context.js';
import { command } from '../../../platform/command.js';
import { localDate } from '../../../platform/calendar/index.js';
import { DAY_MS } from '../../../platform/calendar/days.js';
import { sm3Hex } from '../../../platform/crypto/index.js';
import { notFound } from '../../../platform/errors.js';
import { t } from '../../../platform/i18n/index.js';
import { isoAfter, nowIso } from '../../../platform/util.js';
import { selfOf } from '../policy.js';
import { calendarOf, type CalendarItem } from './my-calendar.js';

/** The window a subscription serves: the last 30 days and the next 180. */
const FEED_PAST_DAYS = 30;
const FEED_FUTURE_DAYS = 180;

const hashOf = (token: string) => sm3Hex(token);
const feedUrl = (core: Core, token: string) => `${core.config.publicUrl}/api/schedule/feed/${token}.ics`;

export async function feedStatus(core: Core, ctx: Ctx) {
  const row = await core.db.selectFrom('schedule_feeds').select('created_at').where('user_id', '=', selfOf(ctx)).executeTakeFirst();
  return { active: !!row, createdAt: row?.created_at ?? null };
}

/** A new secret subscription URL (any earlier one stops working); the token is shown only now. */
export async function createFeed(core: Core, ctx: Ctx) {
  const me = selfOf(ctx);
  const token = randomBytes(32).toString('base64url');
  const createdAt = nowIso();
  await command(core, ctx, async (w) => {
    await w.tx
      .insertInto('schedule_feeds')
      .values({ user_id: me, token_hash: hashOf(token), created_at: createdAt })
      .onConflict((oc) => oc.column('user_id').doUpdateSet({ token_hash: hashOf(token), created_at: createdAt }))
      .execute();
    w.audit({ action: 'schedule.feed.create', targetType: 'scheduleFeed', targetId: me, summary: '生成日历订阅地址' });
  });
  return { active: true, createdAt, url: feedUrl(core, token) };
}

export async function revokeFeed(core: Core, ctx: Ctx): Promise<void> {
  const me = selfOf(ctx);
  await command(core, ctx, async (w) => {
    const removed = await w.tx.deleteFrom('schedule_feeds').where('user_id', '=', me).executeTakeFirst();
    if (!Number(removed.numDeletedRows)) throw notFound();
    w.audit({ action: 'schedule.feed.revoke', targetType: 'scheduleFeed', targetId: me, summary: '停用日历订阅地址' });
  });
}

/** The iCalendar UID of an item: the source's own if it has one; repeats (a weekly entry) get their start appended. */
function uidOf(item: CalendarItem, repeated: boolean): string {
  const base = item.uid ?? `${item.source}-${item.refId}@tongban`;
  if (!repeated) return base;
  const [local, domain] = base.split('@');
  return `${local}-${item.startAt.replace(/[-:]/g, '').slice(0, 15)}@${domain ?? 'tongban'}`;
}

/** The person behind a feed token, or a 404 for an unknown or revoked one. */
async function ownerOf(core: Core, token: string) {
  const row = await core.db
    .selectFrom('schedule_feeds')
    .innerJoin('users', 'users.id', 'schedule_feeds.user_id')
    .select(['users.id', 'users.display_name', 'users.locale'])
    .where('schedule_feeds.token_hash', '=', hashOf(token))
    .where('users.status', '=', 'active')
    .executeTakeFirst();
  if (!row) throw notFound();
  return row;
}

/** The person's calendar (meetings, entries, deadlines) as iCalendar text: UTC times, all-day dates in the unit's zone. */
export async function feedIcs(core: Core, token: string): Promise<string> {
  const owner = await ownerOf(core, token);
  const locale = owner.locale === 'en' ? 'en' : 'zh-CN';
  const items = (await calendarOf(core, owner.id, isoAfter(-FEED_PAST_DAYS * DAY_MS), isoAfter(FEED_FUTURE_DAYS * DAY_MS))).filter((i) => i.status !== 'declined');
  const zone = core.config.timeZone;
  const cal = ical({ name: t(locale, 'schedule.feedName', { name: owner.display_name }), prodId: { company: 'tongban', product: 'schedule', language: locale === 'en' ? 'EN' : 'ZH' }, method: ICalCalendarMethod.PUBLISH, ttl: 3600 });
  const seen = new Map<string, number>();
  for (const item of items) seen.set(`${item.source}:${item.refId}`, (seen.get(`${item.source}:${item.refId}`) ?? 0) + 1);
  for (const item of items) {
    const allDay = !!item.allDay;
    cal.createEvent({
      id: uidOf(item, !!item.recurring || seen.get(`${item.source}:${item.refId}`)! > 1),
      start: allDay ? localDate(zone, new Date(item.startAt)) : new Date(item.startAt),
      end: allDay ? localDate(zone, new Date(item.endAt)) : new Date(item.endAt),
      allDay,
      // A feed leaves the system for phones and mail clients: classified details stay behind.
      summary: item.confidential ? t(locale, 'schedule.busy') : item.title,
      location: item.confidential ? null : item.location || null,
      description: item.confidential ? null : item.description || null,
      url: `${core.config.publicUrl}${item.link}`,
      status: item.status === 'tentative' ? ICalEventStatus.TENTATIVE : ICalEventStatus.CONFIRMED,
      transparency: item.marker ? ICalEventTransparency.TRANSPARENT : ICalEventTransparency.OPAQUE,
      priority: item.priority === 'high' ? 1 : item.priority === 'low' ? 9 : item.priority ? 5 : null,
      categories: [{ name: t(locale, `schedule.source.${item.source === 'meeting' || item.source === 'deadline' ? item.source : 'entry'}`) }],
    });
  }
  return cal.toString();
}
