import { createHmac } from 'node:crypto';
import ical, { ICalCalendarMethod } from 'ical-generator';
import ICAL from 'ical.js';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { command } from '../../platform/command.js';
import { systemCtx } from '../../platform/context.js';
import { createWorker } from '../../platform/jobs/setup.js';
import { describeEachDialect } from '../../test/harness.js';
import { demoApp } from '../workflow/test-support.js';
import { notify, type NoticeInput } from './notify.js';
import { quietPeriodEnd } from './quiet-hours.js';
import { drainJobs, mailbox, robotServer } from './test-support.js';

type App = Awaited<ReturnType<typeof demoApp>>;

const notice = (userIds: string[], extra: Partial<NoticeInput> = {}): NoticeInput => ({
  userIds,
  category: 'system',
  kind: 'test.notice',
  titleKey: 'notifications.workflow.created',
  bodyKey: 'notifications.workflow.createdBody',
  params: { title: '关于年度预算的请示', step: '科长审核', initiator: '孙丽' },
  link: '/workflow/instances/abc',
  ...extra,
});

const deliveriesOf = (t: App, userId: string) =>
  t.core.db.selectFrom('notification_deliveries').selectAll().where('user_id', '=', userId).orderBy('channel').execute();

/** A quiet period around now in the unit's time zone: from an hour ago to an hour ahead. */
function quietAroundNow(timeZone: string) {
  const clock = (ms: number) => new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(ms);
  return { quietStart: clock(Date.now() - 3_600_000), quietEnd: clock(Date.now() + 3_600_000) };
}

describeEachDialect('notifications: deliveries over e-mail, robots and SMS', (dialect) => {
  let t: App;
  let mail: Awaited<ReturnType<typeof mailbox>>;
  let robots: Awaited<ReturnType<typeof robotServer>>;
  let sunli: string;
  let zhangwei: string;

  beforeAll(async () => {
    mail = await mailbox();
    robots = await robotServer();
    t = await demoApp(dialect, { mail: { smtpUrl: mail.url, from: '通办 <tongban@example.gov.cn>' }, publicUrl: 'https://oa.example.gov.cn' });
    sunli = await t.userId('sunli');
    zhangwei = await t.userId('zhangwei');
    const sys = await t.as('sysadmin');
    const saved = await sys.req('PUT', '/api/notifications/settings', {
      smtp: null,
      wecom: { webhook: `${robots.base}/wecom?key=k1` },
      dingtalk: { webhook: `${robots.base}/dingtalk?access_token=t1`, secret: 'SECdemo' },
      sms: { provider: 'log' },
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().dingtalk).toEqual({ webhook: `${robots.base}/dingtalk?access_token=t1`, secretSet: true });
    expect(JSON.stringify(saved.json())).not.toContain('SECdemo');
  });
  afterAll(async () => {
    await t.close();
    await mail.close();
    await robots.close();
  });

  it('sends a notice over every channel the person chose: e-mail, WeCom and DingTalk robots, SMS', async () => {
    const s = await t.as('sunli');
    expect((await s.req('PUT', '/api/auth/profile', { channels: ['email', 'sms', 'wecom', 'dingtalk'] })).statusCode).toBe(200);
    await command(t.core, systemCtx(), (w) => notify(w, notice([sunli])));
    expect((await deliveriesOf(t, sunli)).map((d) => [d.channel, d.status])).toEqual([
      ['dingtalk', 'pending'],
      ['email', 'pending'],
      ['sms', 'pending'],
      ['wecom', 'pending'],
    ]);
    await drainJobs(t.core);
    expect((await deliveriesOf(t, sunli)).map((d) => [d.channel, d.status, d.attempts])).toEqual([
      ['dingtalk', 'sent', 1],
      ['email', 'sent', 1],
      ['sms', 'sent', 1],
      ['wecom', 'sent', 1],
    ]);
    const message = mail.received.at(-1)!;
    expect(message.subject).toBe('待办：关于年度预算的请示');
    expect(message.to && 'text' in message.to ? message.to.text : '').toContain('sunli@demo.gov.cn');
    expect(message.text).toContain('“科长审核”等待您办理（孙丽发起）。');
    expect(message.text).toContain('https://oa.example.gov.cn/workflow/instances/abc');

    const phone = (await t.core.db.selectFrom('people').select('phone').where('name', '=', '孙丽').executeTakeFirstOrThrow()).phone;
    const wecom = robots.posts.find((p) => p.path === '/wecom')!;
    expect(wecom.query.get('key')).toBe('k1');
    expect(wecom.body).toEqual({
      msgtype: 'text',
      text: { content: '【通办】待办：关于年度预算的请示\n“科长审核”等待您办理（孙丽发起）。\nhttps://oa.example.gov.cn/workflow/instances/abc', mentioned_mobile_list: [phone] },
    });
    const ding = robots.posts.find((p) => p.path === '/dingtalk')!;
    expect(ding.body).toMatchObject({ msgtype: 'text', text: { content: expect.stringContaining('待办：关于年度预算的请示') }, at: { atMobiles: [phone] } });
    const timestamp = ding.query.get('timestamp')!;
    expect(Math.abs(Number(timestamp) - Date.now())).toBeLessThan(60_000);
    expect(ding.query.get('sign')).toBe(createHmac('sha256', 'SECdemo').update(`${timestamp}\nSECdemo`).digest('base64'));
  });

  it('e-mails an invitation as text/calendar to every recipient with an address, whatever their channels', async () => {
    const calendar = ical({ method: ICalCalendarMethod.REQUEST });
    calendar.createEvent({
      id: 'meeting-1@tongban',
      start: new Date('2026-12-03T02:00:00Z'),
      end: new Date('2026-12-03T03:00:00Z'),
      summary: '周例会',
      organizer: { name: '张伟', email: 'zhangwei@demo.gov.cn' },
      attendees: [{ name: '孙丽', email: 'sunli@demo.gov.cn', rsvp: true }],
    });
    const before = mail.received.length;
    // 张伟 chose in-app only.
    await command(t.core, systemCtx(), (w) => notify(w, notice([zhangwei], { category: 'meeting', invitation: { method: 'REQUEST', ics: calendar.toString() } })));
    await drainJobs(t.core);
    expect(mail.received.length).toBe(before + 1);
    const message = mail.received.at(-1)!;
    const part = message.attachments.find((a) => a.contentType.startsWith('text/calendar'));
    expect(part).toBeDefined();
    const parsed = new ICAL.Component(ICAL.parse(part!.content.toString('utf8')));
    expect(parsed.getFirstPropertyValue('method')).toBe('REQUEST');
    const event = parsed.getFirstSubcomponent('vevent')!;
    expect(event.getFirstPropertyValue('summary')).toBe('周例会');
    expect(String(event.getFirstPropertyValue('organizer')).toLowerCase()).toBe('mailto:zhangwei@demo.gov.cn');
    expect(event.getAllProperties('attendee').map((p) => String(p.getFirstValue()).toLowerCase())).toEqual(['mailto:sunli@demo.gov.cn']);
  });

  it('holds external deliveries in the quiet hours until they end; urgent notices go at once', async () => {
    const s = await t.as('sunli');
    const quiet = quietAroundNow(t.core.config.timeZone);
    expect((await s.req('PUT', '/api/notifications/preferences', quiet)).json()).toMatchObject(quiet);
    await t.core.db.deleteFrom('notification_deliveries').where('user_id', '=', sunli).execute();
    await command(t.core, systemCtx(), (w) => notify(w, notice([sunli])));
    await command(t.core, systemCtx(), (w) => notify(w, notice([sunli], { kind: 'test.urgent', urgent: true })));
    const worker = await createWorker(t.core);
    while ((await worker.runDue()) > 0);
    const rows = await deliveriesOf(t, sunli);
    expect(rows.filter((d) => d.urgent).map((d) => d.status)).toEqual(['sent', 'sent', 'sent', 'sent']);
    const held = rows.filter((d) => !d.urgent);
    expect(held.map((d) => d.status)).toEqual(['held', 'held', 'held', 'held']);
    const until = Date.parse(held[0]!.hold_until!);
    expect(until).toBeGreaterThan(Date.now() + 55 * 60_000);
    expect(until).toBeLessThanOrEqual(Date.now() + 61 * 60_000);
    // The in-app notices are there at once.
    expect((await s.req('GET', '/api/notifications?unread=true&pageSize=2')).json().items.map((n: { kind: string }) => n.kind)).toEqual(['test.urgent', 'test.notice']);
    // When the quiet hours end the held ones go.
    await drainJobs(t.core);
    expect((await deliveriesOf(t, sunli)).every((d) => d.status === 'sent')).toBe(true);
    expect((await s.req('PUT', '/api/notifications/preferences', { quietStart: null, quietEnd: null })).statusCode).toBe(200);
    expect((await s.req('PUT', '/api/notifications/preferences', { quietStart: '22:00', quietEnd: null })).statusCode).toBe(400);
    expect((await s.req('PUT', '/api/notifications/preferences', { quietStart: '25:00', quietEnd: '07:00' })).statusCode).toBe(400);
  });

  it('computes the end of a quiet period across midnight in the unit time zone', () => {
    const at = (iso: string) => Date.parse(iso);
    // 23:30 in Shanghai (15:30 UTC) is inside 22:00–07:00, which ends at 07:00 the next morning (23:00 UTC).
    expect(quietPeriodEnd(at('2026-11-24T15:30:00Z'), 'Asia/Shanghai', '22:00', '07:00')).toBe(at('2026-11-24T23:00:00Z'));
    // 06:00 in Shanghai: the same period, ending at 07:00 that day.
    expect(quietPeriodEnd(at('2026-11-24T22:00:00Z'), 'Asia/Shanghai', '22:00', '07:00')).toBe(at('2026-11-24T23:00:00Z'));
    expect(quietPeriodEnd(at('2026-11-24T04:00:00Z'), 'Asia/Shanghai', '22:00', '07:00')).toBeNull();
    expect(quietPeriodEnd(at('2026-11-24T05:00:00Z'), 'Asia/Shanghai', '12:00', '14:00')).toBe(at('2026-11-24T06:00:00Z'));
  });

  it('retries a failing SMTP server with back-off, then marks the delivery failed for the administrators, who may retry it', async () => {
    const sys = await t.as('sysadmin');
    const closed = await robotServer();
    const deadPort = Number(new URL(closed.base).port);
    await closed.close();
    expect(
      (
        await sys.req('PUT', '/api/notifications/settings', {
          smtp: { host: '127.0.0.1', port: deadPort, secure: false, user: 'tongban', password: 'smtp-secret', from: '通办 <oa@example.gov.cn>' },
          wecom: { webhook: '' },
          dingtalk: { webhook: '' },
          sms: { provider: 'log' },
        })
      ).statusCode,
    ).toBe(200);
    const shown = (await sys.req('GET', '/api/notifications/settings')).json();
    expect(shown.smtp).toEqual({ host: '127.0.0.1', port: deadPort, secure: false, user: 'tongban', from: '通办 <oa@example.gov.cn>', passwordSet: true });
    expect(JSON.stringify(shown)).not.toContain('smtp-secret');
    expect(shown.dingtalk.secretSet).toBe(true);
    const stored = await t.core.db.selectFrom('settings').select('value').where('key', '=', 'notifications.channels').executeTakeFirstOrThrow();
    expect(stored.value).not.toContain('smtp-secret');

    const lufang = await t.userId('lufang');
    await t.core.db.updateTable('users').set({ channels: '["inApp","email","wecom"]' }).where('id', '=', lufang).execute();
    await command(t.core, systemCtx(), (w) => notify(w, notice([lufang])));
    const worker = await createWorker(t.core);
    await worker.runDue();
    let [d, robot] = await deliveriesOf(t, lufang);
    expect(d).toMatchObject({ channel: 'email', status: 'pending', attempts: 1 });
    expect(d!.last_error).toMatch(/ECONNREFUSED/);
    // No WeCom robot is set: retrying cannot help, so it fails at once.
    expect(robot).toMatchObject({ channel: 'wecom', status: 'failed', attempts: 1, last_error: '未设置企业微信群机器人 Webhook' });
    await drainJobs(t.core, 6);
    [d] = await deliveriesOf(t, lufang);
    expect(d).toMatchObject({ status: 'failed', attempts: 6 });

    const failed = (await sys.req('GET', '/api/notifications/deliveries?status=failed')).json();
    expect(failed.items.find((i: { id: string }) => i.id === d!.id)).toMatchObject({ channel: 'email', address: 'lufang@demo.gov.cn', recipientName: '卢芳', attempts: 6 });
    expect((await (await t.as('auditor')).req('GET', '/api/notifications/deliveries')).statusCode).toBe(403);
    expect((await (await t.as('sunli')).req('POST', `/api/notifications/deliveries/${d!.id}/retry`)).statusCode).toBe(403);

    // Fixed: the settings point at the working mailbox again; the retry goes.
    await sys.req('PUT', '/api/notifications/settings', { smtp: { host: '127.0.0.1', port: mail.port, secure: false, user: '', from: '' }, wecom: { webhook: '' }, dingtalk: { webhook: '' }, sms: { provider: 'log' } });
    expect((await sys.req('POST', `/api/notifications/deliveries/${d!.id}/retry`)).statusCode).toBe(200);
    expect((await sys.req('POST', `/api/notifications/deliveries/${d!.id}/retry`)).statusCode).toBe(409);
    await drainJobs(t.core);
    [d] = await deliveriesOf(t, lufang);
    expect(d).toMatchObject({ status: 'sent', attempts: 7, last_error: null });
    const audit = await t.core.db.selectFrom('audit_log').select('action').where('action', 'like', 'notification.%').execute();
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['notification.settings.update', 'notification.delivery.retry', 'notification.preferences.update']));
  });

  it('sends a test e-mail at once from the settings page and logs it', async () => {
    const sys = await t.as('sysadmin');
    const before = mail.received.length;
    const res = await sys.req('POST', '/api/notifications/test', { channel: 'email', address: 'admin@example.gov.cn' });
    expect(res.json()).toMatchObject({ status: 'sent', error: null });
    expect(mail.received.length).toBe(before + 1);
    expect(mail.received.at(-1)!.subject).toBe('通办测试消息');
    expect(mail.received.at(-1)!.text).toContain('收到它，说明电子邮件设置正确。');
    const wecom = (await sys.req('POST', '/api/notifications/test', { channel: 'wecom' })).json();
    expect(wecom).toMatchObject({ status: 'failed', error: '未设置企业微信群机器人 Webhook' });
    const log = (await sys.req('GET', '/api/notifications/deliveries?channel=wecom&status=failed')).json();
    expect(log.items[0]).toMatchObject({ id: wecom.id, subject: '通办测试消息' });
    expect((await (await t.as('sunli')).req('POST', '/api/notifications/test', { channel: 'email' })).statusCode).toBe(403);
  });
});
