import ICAL from 'ical.js';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { describeEachDialect } from '../../test/harness.js';
import { demoApp } from '../workflow/test-support.js';
import { drainJobs, mailbox } from '../notifications/test-support.js';
import { SIGN_IN_WINDOW_MS } from './service/signin.js';
import { approveAll, approvedMeeting, roomId, shanghai, type App } from './test-support.js';

describeEachDialect('meetings: application, approval, invitations, replies, sign-in, minutes', (dialect) => {
  let t: App;
  let mail: Awaited<ReturnType<typeof mailbox>>;
  let departments: Record<string, string>;
  beforeAll(async () => {
    mail = await mailbox();
    t = await demoApp(dialect, { mail: { smtpUrl: mail.url, from: '通办 <tongban@example.gov.cn>' }, publicUrl: 'https://oa.example.gov.cn' });
    departments = Object.fromEntries((await t.core.db.selectFrom('departments').select(['id', 'code']).execute()).map((d) => [d.code, d.id]));
  });
  afterAll(async () => {
    await t.close();
    await mail.close();
  });

  const invitationTo = (email: string) => {
    const message = [...mail.received].reverse().find((m) => m.to && JSON.stringify(m.to).includes(email) && m.attachments.some((a) => a.contentType.startsWith('text/calendar')));
    const part = message?.attachments.find((a) => a.contentType.startsWith('text/calendar'));
    if (!part) throw new Error(`no invitation to ${email}`);
    const calendar = new ICAL.Component(ICAL.parse(part.content.toString('utf8')));
    return { method: calendar.getFirstPropertyValue('method'), event: new ICAL.Event(calendar.getFirstSubcomponent('vevent')!), vevent: calendar.getFirstSubcomponent('vevent')! };
  };

  it('a 科长 applies for a room meeting; clashes are shown; the office approves; attendees get the notice and an invitation Outlook accepts', async () => {
    const zhenghai = await t.as('zhenghai');
    const [huang, heping, xujing] = [await t.userId('huangxiaoyan'), await t.userId('heping'), await t.userId('xujing')];
    // 何平 already has a meeting at that time.
    const busyId = await approvedMeeting(t, 'zhenghai', { topic: '综合科碰头会', startAt: shanghai(2, '10:30'), endAt: shanghai(2, '11:00'), onlineUrl: 'https://meeting.tencent.com/dm/abc123', attendeeUserIds: [heping] });

    const room = await roomId(zhenghai, '第二会议室');
    const body = {
      topic: '2027年度工作计划讨论会',
      startAt: shanghai(2, '10:00'),
      endAt: shanghai(2, '11:30'),
      roomId: room,
      classification: 'internal',
      attendeeUserIds: [huang, heping],
      departmentIds: [departments.archives],
      recorderUserId: xujing,
      agenda: [{ title: '各科室汇报2027年工作设想', presenter: '郑海', minutes: 60 }, { title: '讨论', minutes: 30 }],
    };
    const clash = (await zhenghai.req('GET', `/api/meetings/clashes?startAt=${encodeURIComponent(body.startAt)}&endAt=${encodeURIComponent(body.endAt)}&userIds=${huang},${heping}&departmentIds=${departments.archives}`)).json();
    expect(clash.items).toEqual([{ userId: heping, name: '何平', items: [expect.objectContaining({ title: '综合科碰头会', source: 'meeting', link: `/meetings/${busyId}` })] }]);

    const created = await zhenghai.req('POST', '/api/meetings', body);
    expect(created.statusCode, created.body).toBe(200);
    const id = created.json().ids[0];
    expect((await zhenghai.req('GET', `/api/meetings/${id}/clashes`)).json().items.map((i: { name: string }) => i.name)).toEqual(['何平']);
    // Not yet sent: attendees do not see the draft.
    const huangxiaoyan = await t.as('huangxiaoyan');
    expect((await huangxiaoyan.req('GET', `/api/meetings/${id}`)).statusCode).toBe(404);

    const submitted = (await zhenghai.req('POST', `/api/meetings/${id}/submit`)).json();
    expect(submitted.status).toBe('pending');
    const pending = (await zhenghai.req('GET', `/api/meetings/${id}`)).json();
    expect(pending).toMatchObject({ status: 'pending', room: { roomName: '第二会议室', status: 'confirmed' }, place: expect.stringContaining('第二会议室') });
    // The room is held: nobody else can book that slot while the application is pending.
    const other = await t.as('shenjie');
    const rival = (await other.req('POST', '/api/meetings', { ...body, attendeeUserIds: [], departmentIds: [], recorderUserId: null, topic: '人事科会' })).json().ids[0];
    expect((await other.req('POST', `/api/meetings/${rival}/submit`)).json().error).toMatchObject({ code: 'ROOM_TAKEN' });

    // 部门负责人审核 (the head above the 科长), then 办公室审批 (秘书科 张伟).
    await approveAll(t, submitted.flowInstanceId);
    const steps = await t.core.db.selectFrom('flow_tasks').innerJoin('users', 'users.id', 'flow_tasks.assignee_user_id').select(['step_name', 'users.username']).where('instance_id', '=', submitted.flowInstanceId).orderBy('seq').execute();
    expect(steps.map((s) => s.step_name)).toEqual(['部门负责人审核', '办公室审批']);
    expect(steps[1]!.username).toBe('zhangwei');
    await drainJobs(t.core);

    const view = (await huangxiaoyan.req('GET', `/api/meetings/${id}`)).json();
    expect(view).toMatchObject({ status: 'approved', myReply: 'pending', recorder: { name: '徐静' }, can: { reply: true, manage: false } });
    // The 档案室 was expanded to its people when the notice went out.
    expect(view.attendees.map((a: { name: string }) => a.name).sort()).toEqual(['何平', '卢芳', '苏红', '蔡文', '黄晓燕'].sort());
    const notices = await t.core.db.selectFrom('notifications').select(['user_id', 'title']).where('kind', '=', 'meeting.invited').where('link', '=', `/meetings/${id}`).execute();
    expect(notices).toHaveLength(5);
    expect(notices[0]!.title).toBe('会议通知：2027年度工作计划讨论会');

    const invitation = invitationTo('huangxiaoyan@demo.gov.cn');
    expect(invitation.method).toBe('REQUEST');
    expect(invitation.event.uid).toBe(`meeting-${id}@tongban`);
    expect(invitation.event.sequence).toBe(0);
    expect(invitation.event.summary).toBe(body.topic);
    expect(invitation.event.startDate.toJSDate().toISOString()).toBe(body.startAt);
    expect(String(invitation.vevent.getFirstPropertyValue('organizer')).toLowerCase()).toBe('mailto:zhenghai@demo.gov.cn');
    const attendees = invitation.vevent.getAllProperties('attendee');
    expect(attendees.map((p) => String(p.getFirstValue()).toLowerCase())).toEqual(expect.arrayContaining(['mailto:huangxiaoyan@demo.gov.cn', 'mailto:lufang@demo.gov.cn']));
    expect(attendees.every((p) => p.getParameter('rsvp') === 'TRUE')).toBe(true);

    // Replies: accept, decline, delegate (the delegate becomes an attendee and is invited).
    expect((await huangxiaoyan.req('POST', `/api/meetings/${id}/reply`, { reply: 'accepted' })).statusCode).toBe(200);
    const lufang = await t.as('lufang');
    expect((await lufang.req('POST', `/api/meetings/${id}/reply`, { reply: 'declined', comment: '外出' })).statusCode).toBe(200);
    const hp = await t.as('heping');
    const dujuan = await t.userId('dujuan');
    expect((await hp.req('POST', `/api/meetings/${id}/reply`, { reply: 'delegated', toUserId: huang })).json().error.code).toBe('MEETING_DELEGATE_INVITED');
    // 杜鹃 is cleared only for 公开: not for this 内部 meeting.
    expect((await hp.req('POST', `/api/meetings/${id}/reply`, { reply: 'delegated', toUserId: dujuan })).json().error).toMatchObject({ code: 'MEETING_CLEARANCE_TOO_LOW', message: expect.stringContaining('杜鹃') });
    expect((await hp.req('POST', `/api/meetings/${id}/reply`, { reply: 'delegated', toUserId: await t.userId('sunli') })).statusCode).toBe(200);
    await drainJobs(t.core);
    expect(invitationTo('sunli@demo.gov.cn').method).toBe('REQUEST');
    const replies = Object.fromEntries((await zhenghai.req('GET', `/api/meetings/${id}`)).json().attendees.map((a: { name: string; reply: string }) => [a.name, a.reply]));
    expect(replies).toMatchObject({ 黄晓燕: 'accepted', 卢芳: 'declined', 何平: 'delegated', 孙丽: 'pending' });
    expect((await (await t.as('sunli')).req('GET', `/api/meetings/${id}`)).json()).toMatchObject({ myReply: 'pending' });

    // An update sends REQUEST with the next SEQUENCE; a cancellation sends CANCEL.
    const moved = await zhenghai.req('PUT', `/api/meetings/${id}`, { ...body, startAt: shanghai(2, '14:00'), endAt: shanghai(2, '15:00') });
    expect(moved.json()).toEqual({ sequence: 1 });
    await drainJobs(t.core);
    const update = invitationTo('huangxiaoyan@demo.gov.cn');
    expect([update.method, update.event.sequence, update.event.uid]).toEqual(['REQUEST', 1, `meeting-${id}@tongban`]);
    expect(update.event.startDate.toJSDate().toISOString()).toBe(shanghai(2, '14:00'));
    expect((await zhenghai.req('POST', `/api/meetings/${busyId}/cancel`, { reason: '改期' })).statusCode).toBe(200);
    await drainJobs(t.core);
    const cancel = invitationTo('heping@demo.gov.cn');
    expect([cancel.method, cancel.event.sequence, cancel.event.uid]).toEqual(['CANCEL', 1, `meeting-${busyId}@tongban`]);
    expect((await other.req('GET', '/api/meetings?when=upcoming')).json().items.map((m: { id: string }) => m.id)).not.toContain(id);
  });

  it('attendees sign in by the rotating QR token; the clerk signs in by hand; the recorder publishes minutes whose decisions become supervision items', async () => {
    const [huang, heping, xujing, zhenghaiId] = [await t.userId('huangxiaoyan'), await t.userId('heping'), await t.userId('xujing'), await t.userId('zhenghai')];
    const soon = new Date(Date.now() + 20 * 60_000).toISOString();
    const id = await approvedMeeting(t, 'zhenghai', {
      topic: '综合科周例会',
      startAt: soon,
      endAt: new Date(Date.now() + 80 * 60_000).toISOString(),
      onlineUrl: 'https://zoom.us/j/123456789',
      attendeeUserIds: [huang, heping],
      recorderUserId: xujing,
      weeks: 3,
    });
    const zhenghai = await t.as('zhenghai');
    const meeting = (await zhenghai.req('GET', `/api/meetings/${id}`)).json();
    expect(meeting.series).toHaveLength(3);
    expect(meeting.series.every((m: { status: string }) => m.status === 'approved')).toBe(true);

    const code = (await zhenghai.req('GET', `/api/meetings/${id}/sign-in/code`)).json();
    expect(code.url).toBe(`https://oa.example.gov.cn/m/signin/${id}?token=${code.token}`);
    const huangxiaoyan = await t.as('huangxiaoyan');
    expect((await huangxiaoyan.req('GET', `/api/meetings/${id}/sign-in/code`)).statusCode).toBe(403);
    expect((await huangxiaoyan.req('POST', `/api/meetings/${id}/sign-in`, { token: 'x'.repeat(24) })).json().error.code).toBe('MEETING_TOKEN_EXPIRED');
    const signed = await huangxiaoyan.req('POST', `/api/meetings/${id}/sign-in`, { token: code.token });
    expect(signed.json()).toMatchObject({ already: false, late: false, topic: '综合科周例会' });
    expect((await huangxiaoyan.req('POST', `/api/meetings/${id}/sign-in`, { token: code.token })).json()).toMatchObject({ already: true });
    expect((await (await t.as('panming')).req('POST', `/api/meetings/${id}/sign-in`, { token: code.token })).json().error.code).toBe('MEETING_NOT_INVITED');
    // The token of the window just past is still taken (a slow phone); two windows on it is not.
    const hp = await t.as('heping');
    // The window after the code's own begins at refreshAt.
    const next = Date.parse(code.refreshAt);
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(next + SIGN_IN_WINDOW_MS + 1000);
      expect((await hp.req('POST', `/api/meetings/${id}/sign-in`, { token: code.token })).json().error.code).toBe('MEETING_TOKEN_EXPIRED');
      vi.setSystemTime(next + 1000);
      expect((await hp.req('POST', `/api/meetings/${id}/sign-in`, { token: code.token })).json()).toMatchObject({ already: false });
    } finally {
      vi.useRealTimers();
    }
    // Undone by the clerk, then signed in by hand.
    expect((await (await t.as('xujing')).req('POST', `/api/meetings/${id}/sign-in/manual`, { userIds: [heping], undo: true })).statusCode).toBe(200);
    expect((await (await t.as('xujing')).req('POST', `/api/meetings/${id}/sign-in/manual`, { userIds: [heping] })).statusCode).toBe(200);
    expect((await zhenghai.req('GET', `/api/meetings/${id}/attendance`)).json()).toEqual({ expected: 2, signed: 2, absent: 0, late: 0 });

    // Minutes from the template, a decision, confirmation, publishing → supervision.
    const xj = await t.as('xujing');
    const draft = (await xj.req('GET', `/api/meetings/${id}/minutes`)).json();
    expect(draft).toMatchObject({ status: 'draft', sections: { chair: '郑海', recorder: '徐静' }, can: { edit: true, publish: false } });
    expect((await huangxiaoyan.req('GET', `/api/meetings/${id}/minutes`)).json()).toMatchObject({ status: 'none', sections: null });
    const decision = { content: '年底前完成档案数字化扫描', ownerUserId: zhenghaiId, departmentId: departments.general, deadline: '2026-12-31' };
    expect((await xj.req('PUT', `/api/meetings/${id}/minutes`, { sections: { ...draft.sections, resolutions: '一、档案数字化' }, decisions: [{ ...decision, deadline: '2026-13-01' }] })).statusCode).toBe(400);
    expect((await xj.req('PUT', `/api/meetings/${id}/minutes`, { sections: { ...draft.sections, resolutions: '一、档案数字化' }, decisions: [decision] })).statusCode).toBe(200);
    expect((await huangxiaoyan.req('PUT', `/api/meetings/${id}/minutes`, { sections: draft.sections })).statusCode).toBe(403);
    expect((await xj.req('POST', `/api/meetings/${id}/minutes/circulate`)).statusCode).toBe(200);
    expect((await huangxiaoyan.req('POST', `/api/meetings/${id}/minutes/reply`, { confirmed: false })).statusCode).toBe(422);
    expect((await huangxiaoyan.req('POST', `/api/meetings/${id}/minutes/reply`, { confirmed: true })).statusCode).toBe(200);
    const published = await xj.req('POST', `/api/meetings/${id}/minutes/publish`);
    expect(published.statusCode, published.body).toBe(200);
    const [itemId] = published.json().supervisionItemIds;
    const item = await t.core.db.selectFrom('supervision_items').selectAll().where('id', '=', itemId).executeTakeFirstOrThrow();
    expect(item).toMatchObject({ source: 'meeting', owner_user_id: zhenghaiId, deadline: '2026-12-31' });
    const minutes = (await huangxiaoyan.req('GET', `/api/meetings/${id}/minutes`)).json();
    expect(minutes).toMatchObject({ status: 'published', decisions: [{ content: decision.content, owner: '郑海', department: '综合科', supervisionItemId: itemId }], replies: [{ name: '黄晓燕', confirmed: true }] });
    expect((await xj.req('PUT', `/api/meetings/${id}/minutes`, { sections: draft.sections })).json().error.code).toBe('MEETING_MINUTES_PUBLISHED');
  });

  it('a 周例会 with a room books every week in one transaction; one taken week refuses the whole series and holds nothing', async () => {
    const shenjie = await t.as('shenjie');
    const room = await roomId(shenjie, '小会议室');
    const week = (n: number, clock: string) => shanghai(7 * n + 1, clock);
    // Week 2 is already held by another application.
    const other = (await shenjie.req('POST', '/api/meetings', { topic: '人事科专题会', startAt: week(1, '15:00'), endAt: week(1, '16:00'), roomId: room })).json().ids[0];
    expect((await shenjie.req('POST', `/api/meetings/${other}/submit`)).statusCode).toBe(200);
    const weekly = { topic: '人事科周例会', startAt: week(0, '15:30'), endAt: week(0, '16:30'), roomId: room, weeks: 3 };
    const series = (await shenjie.req('POST', '/api/meetings', weekly)).json();
    expect(series.ids).toHaveLength(3);
    const bookings = () => t.core.db.selectFrom('room_bookings').select('id').where('meeting_id', 'in', series.ids).where('status', 'in', ['pending', 'confirmed']).execute();
    expect((await shenjie.req('POST', `/api/meetings/${series.ids[0]}/submit`)).json().error.code).toBe('ROOM_TAKEN');
    expect(await bookings()).toHaveLength(0);
    expect((await shenjie.req('GET', `/api/meetings/${series.ids[0]}`)).json()).toMatchObject({ status: 'draft' });

    expect((await shenjie.req('POST', `/api/meetings/${other}/cancel`, {})).statusCode).toBe(200);
    const submitted = (await shenjie.req('POST', `/api/meetings/${series.ids[0]}/submit`)).json();
    expect(submitted.status).toBe('pending');
    expect(await bookings()).toHaveLength(3);
    const view = (await shenjie.req('GET', `/api/meetings/${series.ids[2]}`)).json();
    expect(view).toMatchObject({ status: 'pending', flowInstanceId: submitted.flowInstanceId, startAt: week(2, '15:30') });
  });

  it('an application withdrawn on the workflow page can be sent again; its room is held once', async () => {
    const shenjie = await t.as('shenjie');
    const room = await roomId(shenjie, '第一会议室');
    const id = (await shenjie.req('POST', '/api/meetings', { topic: '人事科务会', startAt: shanghai(5, '09:00'), endAt: shanghai(5, '10:00'), roomId: room })).json().ids[0];
    const first = (await shenjie.req('POST', `/api/meetings/${id}/submit`)).json();
    expect((await shenjie.req('POST', `/api/workflow/instances/${first.flowInstanceId}/withdraw`, { reason: '改时间' })).statusCode).toBe(200);
    expect((await shenjie.req('GET', `/api/meetings/${id}`)).json()).toMatchObject({ status: 'pending', can: { submit: true } });
    const again = (await shenjie.req('POST', `/api/meetings/${id}/submit`)).json();
    expect(again).toMatchObject({ status: 'pending' });
    expect(again.flowInstanceId).not.toBe(first.flowInstanceId);
    const held = await t.core.db.selectFrom('room_bookings').select('id').where('meeting_id', '=', id).where('status', 'in', ['pending', 'confirmed']).execute();
    expect(held).toHaveLength(1);
  });
});
