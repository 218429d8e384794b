import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Core } from '../../platform/context.js';
import { ctxOf } from '../../platform/auth/hook.js';
import { idParam } from '../../platform/http/validation.js';
import { calendarBody, calendarPatch, entryBody, freeBusyQuery, memberParams, membersBody, rangeQuery, replyBody } from './schema.js';
import { createEntry, deleteEntry, getEntry, replyToEntry, updateEntry } from './service/entries.js';
import { addMembers, createCalendar, deleteCalendar, getCalendar, listCalendars, removeMember, updateCalendar } from './service/calendars.js';
import { freeBusy, myCalendar, teamCalendarEntries } from './service/my-calendar.js';
import { feedRoutes } from './routes-feed.js';

export async function scheduleRoutes(app: FastifyInstance, core: Core): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['schedule'];

  r.get('/api/schedule', { schema: { tags, summary: '我的日程：会议、日程、出差与待办期限（from ≤ 时间 < to）', querystring: rangeQuery } }, async (req) =>
    myCalendar(core, ctxOf(req), req.query.from, req.query.to),
  );
  r.get('/api/schedule/free-busy', { schema: { tags, summary: '同事的忙闲（只显示忙碌时段，不含内容）', querystring: freeBusyQuery } }, async (req) =>
    freeBusy(core, ctxOf(req), req.query.userIds, req.query.from, req.query.to),
  );

  r.post('/api/schedule/entries', { schema: { tags, summary: '新建日程（个人或团队日历）', body: entryBody } }, async (req) => createEntry(core, ctxOf(req), req.body));
  r.get('/api/schedule/entries/:id', { schema: { tags, summary: '日程详情', params: idParam } }, async (req) => getEntry(core, ctxOf(req), req.params.id));
  r.put('/api/schedule/entries/:id', { schema: { tags, summary: '修改日程（提醒随之重排）', params: idParam, body: entryBody } }, async (req) =>
    updateEntry(core, ctxOf(req), req.params.id, req.body),
  );
  r.delete('/api/schedule/entries/:id', { schema: { tags, summary: '删除日程（取消提醒）', params: idParam } }, async (req) => {
    await deleteEntry(core, ctxOf(req), req.params.id);
    return { ok: true };
  });
  r.post('/api/schedule/entries/:id/reply', { schema: { tags, summary: '答复团队日程：接受、拒绝或待定', params: idParam, body: replyBody } }, async (req) =>
    replyToEntry(core, ctxOf(req), req.params.id, req.body.status),
  );

  r.get('/api/schedule/calendars', { schema: { tags, summary: '我加入的团队日历' } }, async (req) => listCalendars(core, ctxOf(req)));
  r.post('/api/schedule/calendars', { schema: { tags, summary: '新建团队日历（按部门或挑选成员）', body: calendarBody } }, async (req) => createCalendar(core, ctxOf(req), req.body));
  r.get('/api/schedule/calendars/:id', { schema: { tags, summary: '团队日历与成员', params: idParam } }, async (req) => getCalendar(core, ctxOf(req), req.params.id));
  r.put('/api/schedule/calendars/:id', { schema: { tags, summary: '修改团队日历名称与颜色（所有者）', params: idParam, body: calendarPatch } }, async (req) =>
    updateCalendar(core, ctxOf(req), req.params.id, req.body),
  );
  r.delete('/api/schedule/calendars/:id', { schema: { tags, summary: '删除团队日历及其日程（所有者）', params: idParam } }, async (req) => {
    await deleteCalendar(core, ctxOf(req), req.params.id);
    return { ok: true };
  });
  r.get('/api/schedule/calendars/:id/entries', { schema: { tags, summary: '团队日历上的日程（成员可见）', params: idParam, querystring: rangeQuery } }, async (req) =>
    teamCalendarEntries(core, ctxOf(req), req.params.id, req.query.from, req.query.to),
  );
  r.post('/api/schedule/calendars/:id/members', { schema: { tags, summary: '添加成员（所有者）', params: idParam, body: membersBody } }, async (req) =>
    addMembers(core, ctxOf(req), req.params.id, req.body.userIds),
  );
  r.delete('/api/schedule/calendars/:id/members/:userId', { schema: { tags, summary: '移除成员（所有者）', params: memberParams } }, async (req) =>
    removeMember(core, ctxOf(req), req.params.id, req.params.userId),
  );

  await feedRoutes(app, core);
}
