import { timingSafeEqual } from 'node:crypto';
import type { Access } from '../../../platform/access/resolve.js';
import type { Core, Ctx } from '../../../platform/context.js';
import { command } from '../../../platform/command.js';
import { hmacSm3, masterKeyOf } from '../../../platform/crypto/index.js';
import type { Db, Tx } from '../../../platform/db/index.js';
import type { Meeting } from '../../../platform/db/schema-meetings.js';
import { AppError, conflict, forbidden } from '../../../platform/errors.js';
import { nowIso } from '../../../platform/util.js';
import { clerkedMeeting, loadMeeting, managedMeeting, visibleMeeting } from '../policy.js';

/** The QR code's token changes every 30 seconds; the one of the previous window is still taken (a phone slow to open it). */
export const SIGN_IN_WINDOW_MS = 30_000;
/** Sign-in opens this long before the start and closes at the end. */
const OPENS_BEFORE_MS = 60 * 60_000;

const windowAt = (ms: number) => Math.floor(ms / SIGN_IN_WINDOW_MS);

function tokenFor(core: Core, meetingId: string, window: number): string {
  const key = hmacSm3(masterKeyOf(core.config), 'tongban meeting sign-in');
  return hmacSm3(key, `${meetingId}:${window}`).toString('base64url').slice(0, 24);
}

function tokenValid(core: Core, meetingId: string, token: string, now = Date.now()): boolean {
  const given = Buffer.from(token);
  return [windowAt(now), windowAt(now) - 1].some((w) => {
    const expected = Buffer.from(tokenFor(core, meetingId, w));
    return expected.length === given.length && timingSafeEqual(expected, given);
  });
}

function requireSignInOpen(m: Meeting, now = Date.now()): void {
  if (m.status !== 'approved') throw conflict('MEETING_NOT_APPROVED', 'meeting.notApproved');
  if (now < Date.parse(m.start_at) - OPENS_BEFORE_MS || now >= Date.parse(m.end_at)) throw conflict('MEETING_SIGN_IN_CLOSED', 'meeting.signInClosed');
}

/** The QR code's content for the door (the organiser's screen): the sign-in URL with the current token, and when it changes. */
export async function signInCode(core: Core, access: Access, id: string) {
  const { meeting } = await managedMeeting(core.db, access, id);
  if (meeting.status !== 'approved') throw conflict('MEETING_NOT_APPROVED', 'meeting.notApproved');
  const now = Date.now();
  const token = tokenFor(core, id, windowAt(now));
  const path = `/m/signin/${id}?token=${token}`;
  return { url: `${core.config.publicUrl}${path}`, path, token, refreshAt: new Date((windowAt(now) + 1) * SIGN_IN_WINDOW_MS).toISOString() };
}

/** 扫码签到: a logged-in attendee with a current token is signed in (once; again only says when). */
export async function signInByCode(core: Core, ctx: Ctx, access: Access, id: string, token: string) {
  return command(core, ctx, async (w) => {
    const meeting = await loadMeeting(w.tx, id);
    if (!tokenValid(core, id, token)) throw new AppError('MEETING_TOKEN_EXPIRED', 409, 'meeting.tokenExpired');
    requireSignInOpen(meeting);
    const me = await w.tx.selectFrom('meeting_attendees').select(['reply', 'signed_in_at']).where('meeting_id', '=', id).where('user_id', '=', access.userId).executeTakeFirst();
    if (!me || me.reply === 'delegated') throw forbidden('meeting.notInvited', 'MEETING_NOT_INVITED');
    if (me.signed_in_at) return { topic: meeting.topic, signedInAt: me.signed_in_at, already: true, late: me.signed_in_at > meeting.start_at };
    const at = nowIso();
    await w.tx.updateTable('meeting_attendees').set({ signed_in_at: at, signed_in_by: 'qr' }).where('meeting_id', '=', id).where('user_id', '=', access.userId).execute();
    w.audit({ action: 'meeting.signIn', targetType: 'meeting', targetId: id, summary: `扫码签到：${meeting.topic}` });
    return { topic: meeting.topic, signedInAt: at, already: false, late: at > meeting.start_at };
  });
}

/** 代签到 by the clerk (or undone); only for people on the list. */
export async function signInByHand(core: Core, ctx: Ctx, access: Access, id: string, input: { userIds: string[]; undo: boolean }) {
  return command(core, ctx, async (w) => {
    const { meeting } = await clerkedMeeting(w.tx, access, id);
    if (meeting.status !== 'approved') throw conflict('MEETING_NOT_APPROVED', 'meeting.notApproved');
    const listed = await w.tx.selectFrom('meeting_attendees').select('user_id').where('meeting_id', '=', id).where('user_id', 'in', input.userIds).execute();
    if (listed.length !== new Set(input.userIds).size) throw conflict('MEETING_NOT_INVITED', 'meeting.notOnList');
    await w.tx
      .updateTable('meeting_attendees')
      .set(input.undo ? { signed_in_at: null, signed_in_by: null } : { signed_in_at: nowIso(), signed_in_by: access.userId })
      .where('meeting_id', '=', id)
      .where('user_id', 'in', input.userIds)
      .where('signed_in_at', input.undo ? 'is not' : 'is', null)
      .execute();
    w.audit({ action: input.undo ? 'meeting.signIn.undo' : 'meeting.signIn.manual', targetType: 'meeting', targetId: id, summary: `${input.undo ? '撤销签到' : '代为签到'}：${meeting.topic}（${input.userIds.length}人）`, detail: { userIds: input.userIds } });
    return attendanceOf(w.tx, meeting);
  });
}

/** 出勤: expected (invited, not declined or delegated), signed in, absent, and late (signed in after the start). */
async function attendanceOf(db: Db | Tx, meeting: Meeting) {
  const rows = await db.selectFrom('meeting_attendees').select(['user_id', 'reply', 'signed_in_at']).where('meeting_id', '=', meeting.id).execute();
  const expected = rows.filter((r) => r.reply === 'pending' || r.reply === 'accepted');
  const signed = rows.filter((r) => r.signed_in_at);
  return {
    expected: expected.length,
    signed: signed.length,
    absent: expected.filter((r) => !r.signed_in_at).length,
    late: signed.filter((r) => r.signed_in_at! > meeting.start_at).length,
  };
}

export async function attendance(db: Db, access: Access, id: string) {
  const { meeting } = await visibleMeeting(db, access, id);
  return attendanceOf(db, meeting);
}
