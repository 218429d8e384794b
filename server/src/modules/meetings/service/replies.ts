import type { Access } from '../../../platform/access/resolve.js';
import type { Core, Ctx } from '../../../platform/context.js';
import { command } from '../../../platform/command.js';
import { conflict, invalid } from '../../../platform/errors.js';
import { nowIso } from '../../../platform/util.js';
import { visibleMeeting } from '../policy.js';
import type { ReplyInput } from '../schema.js';
import { contactsOf, requireCleared } from './people.js';
import { tell } from './notices.js';

/** 回复: accept, decline, or delegate one's place to someone else, who becomes an attendee and is sent the invitation. */
export async function replyToMeeting(core: Core, ctx: Ctx, access: Access, id: string, input: ReplyInput) {
  return command(core, ctx, async (w) => {
    const { meeting, attends } = await visibleMeeting(w.tx, access, id);
    if (!attends) throw conflict('MEETING_NOT_INVITED', 'meeting.notInvited');
    if (meeting.status !== 'approved') throw conflict('MEETING_NOT_APPROVED', 'meeting.notApproved');
    if (Date.parse(meeting.end_at) <= Date.now()) throw conflict('MEETING_OVER', 'meeting.over');
    const mine = await w.tx.selectFrom('meeting_attendees').selectAll().where('meeting_id', '=', id).where('user_id', '=', access.userId).executeTakeFirstOrThrow();
    if (mine.reply === 'delegated') throw conflict('MEETING_DELEGATED', 'meeting.alreadyDelegated');
    const now = nowIso();
    if (input.reply === 'delegated') {
      if (input.toUserId === access.userId) throw invalid('MEETING_DELEGATE_SELF', 'error.validation', {}, { toUserId: { key: 'meeting.delegateSelf' } });
      await requireCleared(w.tx, [input.toUserId], meeting.classification, 'toUserId');
      const taken = await w.tx.selectFrom('meeting_attendees').select('user_id').where('meeting_id', '=', id).where('user_id', '=', input.toUserId).executeTakeFirst();
      if (taken) throw conflict('MEETING_DELEGATE_INVITED', 'meeting.delegateInvited');
      await w.tx
        .insertInto('meeting_attendees')
        .values({ meeting_id: id, user_id: input.toUserId, role: mine.role, via_department_id: null, delegated_from_user_id: access.userId, reply: 'pending', delegated_to_user_id: null, reply_comment: '', replied_at: null, signed_in_at: null, signed_in_by: null, added_at: now })
        .execute();
    }
    await w.tx
      .updateTable('meeting_attendees')
      .set({ reply: input.reply, reply_comment: input.comment, replied_at: now, delegated_to_user_id: input.reply === 'delegated' ? input.toUserId : null })
      .where('meeting_id', '=', id)
      .where('user_id', '=', access.userId)
      .execute();
    if (input.reply === 'delegated') {
      const from = (await contactsOf(w.tx, [access.userId])).get(access.userId)?.name ?? '';
      await tell(core, w, meeting, [input.toUserId], 'delegated', 'REQUEST', { from });
    }
    const labels = { accepted: '接受', declined: '谢绝', delegated: '委托他人参加' } as const;
    w.audit({ action: `meeting.reply.${input.reply}`, targetType: 'meeting', targetId: id, summary: `会议回复（${labels[input.reply]}）：${meeting.topic}`, detail: { ...input } });
    return { reply: input.reply };
  });
}
