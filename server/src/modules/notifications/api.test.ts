import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { command } from '../../platform/command.js';
import { systemCtx } from '../../platform/context.js';
import { describeEachDialect, type Session } from '../../test/harness.js';
import { demoApp } from '../workflow/test-support.js';
import { notify, type NoticeInput } from './notify.js';

type App = Awaited<ReturnType<typeof demoApp>>;

const notice = (userIds: string[], category: NoticeInput['category'], title: string): NoticeInput => ({
  userIds,
  category,
  kind: `${category}.test`,
  titleKey: 'notifications.workflow.created',
  params: { title },
  link: '/workflow',
});

/** An open server-sent-events connection over a real socket, collecting what it receives. */
function openStream(base: string, s: Session) {
  let text = '';
  let ended = false;
  let status = 0;
  const req = http.get(`${base}/api/notifications/stream`, { headers: { cookie: s.cookie } }, (res) => {
    status = res.statusCode ?? 0;
    res.setEncoding('utf8');
    res.on('data', (chunk: string) => (text += chunk));
    res.on('end', () => (ended = true));
  });
  const until = async (what: string, ok: () => boolean) => {
    for (let i = 0; i < 200 && !ok(); i++) await new Promise((r) => setTimeout(r, 10));
    if (!ok()) throw new Error(`stream: ${what} did not happen; received:\n${text}`);
  };
  const events = () =>
    text
      .split('\n\n')
      .filter((block) => block.startsWith('event: '))
      .map((block) => ({ event: /^event: (.*)$/m.exec(block)![1], data: JSON.parse(/^data: (.*)$/m.exec(block)![1]!) }));
  return {
    events,
    status: () => status,
    ended: () => ended,
    until,
    contentType: () => new Promise<string>((resolve) => req.on('response', (res) => resolve(String(res.headers['content-type'])))),
    destroy: () => req.destroy(),
  };
}

describeEachDialect('notifications: the bell, the list and the live stream', (dialect) => {
  let t: App;
  let base: string;
  let sunli: string;

  beforeAll(async () => {
    t = await demoApp(dialect);
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
    sunli = await t.userId('sunli');
  });
  afterAll(() => t.close());

  it('lists own notices by page, unread and category; marks one or all read', async () => {
    const s = await t.as('sunli');
    const zhangwei = await t.userId('zhangwei');
    await command(t.core, systemCtx(), async (w) => {
      await notify(w, notice([sunli], 'workflow', '请示一'));
      await notify(w, notice([sunli], 'meeting', '周例会'));
      await notify(w, notice([sunli, zhangwei], 'workflow', '请示二'));
    });
    expect((await s.req('GET', '/api/notifications/unread-count')).json()).toEqual({ count: 3 });
    const all = (await s.req('GET', '/api/notifications?pageSize=2')).json();
    expect(all).toMatchObject({ total: 3, page: 1, pageSize: 2 });
    expect(all.items.map((n: { title: string }) => n.title)).toEqual(['待办：请示二', '待办：周例会']);
    const workflow = (await s.req('GET', '/api/notifications?category=workflow')).json();
    expect(workflow.items.map((n: { title: string }) => n.title)).toEqual(['待办：请示二', '待办：请示一']);
    expect(workflow.items[0]).toMatchObject({ category: 'workflow', link: '/workflow', readAt: null, body: '' });

    const first = workflow.items[1].id as string;
    expect((await s.req('POST', `/api/notifications/${first}/read`)).statusCode).toBe(200);
    expect((await s.req('POST', `/api/notifications/${first}/read`)).statusCode).toBe(200);
    expect((await s.req('GET', '/api/notifications/unread-count')).json()).toEqual({ count: 2 });
    expect((await s.req('GET', '/api/notifications?unread=false')).json().items.map((n: { id: string }) => n.id)).toEqual([first]);
    // Someone else's notice is not found for them.
    expect((await (await t.as('zhangwei')).req('POST', `/api/notifications/${first}/read`)).statusCode).toBe(404);
    expect((await s.req('GET', '/api/notifications?category=nonsense')).statusCode).toBe(400);

    expect((await s.req('POST', '/api/notifications/read-all')).json()).toEqual({ count: 2 });
    expect((await s.req('GET', '/api/notifications/unread-count')).json()).toEqual({ count: 0 });
    const audit = await t.core.db.selectFrom('audit_log').select('action').where('action', 'in', ['notification.read', 'notification.readAll']).execute();
    expect(audit.map((a) => a.action).sort()).toEqual(['notification.read', 'notification.readAll']);
    expect((await t.app.inject({ method: 'GET', url: '/api/notifications' })).statusCode).toBe(401);
  });

  it('pushes each new notice and the unread count to the recipient’s open connections only, and ends them at logout', async () => {
    const s = await t.as('sunli');
    const other = await t.as('zhangwei');
    const mine = openStream(base, s);
    const theirs = openStream(base, other);
    expect(await mine.contentType()).toBe('text/event-stream; charset=utf-8');
    await mine.until('the first count', () => mine.events().length === 1);
    expect(mine.events()).toEqual([{ event: 'unread', data: { count: 0 } }]);
    await theirs.until('the first count', () => theirs.events().length === 1);

    await command(t.core, systemCtx(), (w) => notify(w, notice([sunli], 'supervision', '督办事项')));
    await mine.until('the notice', () => mine.events().length === 3);
    const [, pushed, count] = mine.events();
    expect(pushed).toMatchObject({ event: 'notification', data: { title: '待办：督办事项', category: 'supervision', readAt: null } });
    expect(count).toEqual({ event: 'unread', data: { count: 1 } });
    // Read elsewhere: the count follows.
    await s.req('POST', `/api/notifications/${pushed!.data.id}/read`);
    await mine.until('the new count', () => mine.events().length === 4);
    expect(mine.events()[3]).toEqual({ event: 'unread', data: { count: 0 } });
    expect(theirs.events()).toHaveLength(1);

    // Logging out ends that session's stream; another person's stays open.
    const logout = await fetch(`${base}/api/auth/logout`, { method: 'POST', headers: { cookie: s.cookie, 'x-csrf-token': s.csrf } });
    expect(logout.status).toBe(200);
    await mine.until('the end of the stream', () => mine.ended());
    expect(theirs.ended()).toBe(false);
    theirs.destroy();
  });

  it('ends open streams when the server shuts down', async () => {
    const own = await demoApp(dialect);
    await own.app.listen({ port: 0, host: '127.0.0.1' });
    const stream = openStream(`http://127.0.0.1:${(own.app.server.address() as AddressInfo).port}`, await own.as('zhangwei'));
    await stream.until('the first count', () => stream.events().length === 1);
    await own.close();
    await stream.until('the end of the stream', () => stream.ended());
  });
});
