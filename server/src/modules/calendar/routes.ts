import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Core } from '../../platform/context.js';
import { authOf, ctxOf } from '../../platform/auth/hook.js';
import { countWorkdays, listDays, removeDay, setDay } from './service.js';
import { dayBody, dayParam, workdaysQuery, yearQuery } from './schema.js';

export async function calendarRoutes(app: FastifyInstance, core: Core): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['calendar'];

  r.get('/api/calendar/days', { schema: { tags, summary: '工作日历：某年的放假日与调休上班日', querystring: yearQuery } }, async (req) =>
    listDays(core, req.query.year),
  );
  r.put('/api/calendar/days/:date', { schema: { tags, summary: '设置某日为放假或调休上班（覆盖原设置）', params: dayParam, body: dayBody } }, async (req) =>
    setDay(core, ctxOf(req), authOf(req).access, req.params.date, req.body),
  );
  r.delete('/api/calendar/days/:date', { schema: { tags, summary: '取消某日的设置，恢复为常规（周一至周五上班）', params: dayParam } }, async (req) => {
    await removeDay(core, ctxOf(req), authOf(req).access, req.params.date);
    return { ok: true };
  });
  r.get('/api/calendar/workdays', { schema: { tags, summary: '两个日期之间（含首尾）的工作日天数', querystring: workdaysQuery } }, async (req) =>
    countWorkdays(core, req.query.start, req.query.end),
  );
}
