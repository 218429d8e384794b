import { forbidden, notFound } from '../../platform/errors.js';
import type { Ctx } from '../../platform/context.js';

/**
 * Who may do what with schedules. Everyone has their own calendar and nobody else's; a team
 * calendar is seen by its members and managed by its owner; an entry is changed by whoever created
 * it or the owner of the team calendar it is on. What one may not see answers 404, not 403.
 */
export interface EntryAccess {
  ownerUserId: string;
  calendarOwnerId: string | null;
  isMember: boolean;
  isParticipant: boolean;
}

/** The logged-in person acting on their own calendar. */
export function selfOf(ctx: Ctx): string {
  if (!ctx.actor) throw forbidden();
  return ctx.actor.userId;
}

export function requireEntryVisible(userId: string, a: EntryAccess): void {
  if (a.ownerUserId !== userId && !a.isMember && !a.isParticipant) throw notFound();
}

export function requireEntryEditable(userId: string, a: EntryAccess): void {
  requireEntryVisible(userId, a);
  if (a.ownerUserId !== userId && a.calendarOwnerId !== userId) throw forbidden('schedule.notYourEntry', 'SCHEDULE_NOT_YOUR_ENTRY');
}

export function requireParticipant(a: EntryAccess): void {
  if (!a.isParticipant) throw forbidden('schedule.notInvited', 'SCHEDULE_NOT_INVITED');
}

export function requireCalendarMember(isMember: boolean): void {
  if (!isMember) throw notFound();
}

export function requireCalendarOwner(userId: string, calendar: { owner_user_id: string }): void {
  if (calendar.owner_user_id !== userId) throw forbidden('schedule.notCalendarOwner', 'SCHEDULE_NOT_CALENDAR_OWNER');
}
