import { Flex, Typography, type TableColumnsType } from 'antd';
import { Link } from 'react-router';
import type { T } from '../../../app/i18n';
import type { Box, StartedRow, TaskRow } from '../api';
import { formatTime, OverdueTag, StatusTag } from '../labels';

export type Row = TaskRow | StartedRow;
export const isTask = (r: Row): r is TaskRow => 'taskId' in r;
export const rowKey = (r: Row) => (isTask(r) ? r.taskId : r.instanceId);
export const instancePath = (r: Row) => `/workflow/instances/${r.instanceId}`;
export const unread = (box: Box, r: Row) => box === 'cc' && isTask(r) && !r.readAt;

/** The time a row is about, by box: received, handled, copied, started. */
export const rowTime = (box: Box, r: Row) => (box === 'done' && isTask(r) ? r.completedAt : r.createdAt);

/** Where a row stands: the step it waits at (tasks) or the steps now open (my own instances). */
export const rowStep = (r: Row) => (isTask(r) ? r.stepName : r.currentSteps.join('、'));

type Label = (prefix: 'action' | 'outcome', code: string) => string;

export function inboxColumns(box: Box, t: T, label: Label): TableColumnsType<Row> {
  const title: TableColumnsType<Row>[number] = {
    title: t('workflow.inbox.title'),
    key: 'title',
    render: (_, r) => (
      <Flex gap={6} align="center" wrap>
        <Link to={instancePath(r)} style={{ fontWeight: unread(box, r) ? 600 : undefined }}>{r.title}</Link>
        {isTask(r) && r.overdue && <OverdueTag />}
      </Flex>
    ),
  };
  const flow = { title: t('workflow.inbox.flow'), dataIndex: 'definitionName', width: 120 };
  const initiator = { title: t('workflow.inbox.initiator'), dataIndex: 'initiatorName', width: 100 };
  const step = { title: box === 'started' ? t('workflow.inbox.currentStep') : t('workflow.inbox.step'), key: 'step', width: 140, render: (_: unknown, r: Row) => rowStep(r) };
  const status = { title: t('workflow.inbox.status'), dataIndex: 'status', width: 100, render: (_: unknown, r: Row) => <StatusTag status={r.status} /> };
  const time = { title: t(`workflow.inbox.time.${box}`), key: 'time', width: 150, render: (_: unknown, r: Row) => formatTime(rowTime(box, r)) };
  const due = { title: t('workflow.inbox.due'), dataIndex: 'dueAt', width: 150, render: (v: string | null) => formatTime(v) || '—' };
  const outcome = {
    title: t('workflow.inbox.outcome'),
    dataIndex: 'outcome',
    width: 100,
    render: (v: string | null) => (v ? label('outcome', v) : ''),
  };
  const read = {
    title: t('workflow.inbox.read'),
    dataIndex: 'readAt',
    width: 90,
    render: (v: string | null) => <Typography.Text type={v ? 'secondary' : 'warning'}>{t(v ? 'workflow.inbox.isRead' : 'workflow.inbox.isUnread')}</Typography.Text>,
  };
  const finished = { title: t('workflow.inbox.finishedAt'), dataIndex: 'finishedAt', width: 150, render: (v: string | null) => formatTime(v) || '—' };
  switch (box) {
    case 'todo':
      return [title, flow, initiator, step, time, due];
    case 'done':
      return [title, flow, initiator, step, outcome, status, time];
    case 'cc':
      return [title, flow, initiator, status, read, time];
    case 'started':
      return [title, flow, step, status, time, finished];
  }
}
