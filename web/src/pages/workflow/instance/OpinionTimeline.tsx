import { Flex, Tag, Timeline, Typography, type TimelineItemProps } from 'antd';
import { ClockCircleOutlined, PaperClipOutlined } from '@ant-design/icons';
import { useT, type T } from '../../../app/i18n';
import { fileUrl, useFileInfos } from '../forms/api';
import type { InstanceView, TaskView, TraceEntry } from '../api';
import { formatTime, humanDuration, OverdueTag, useLabel } from '../labels';
import '../workflow.css';

const COLORS: Record<string, string> = {
  start: 'green',
  resubmit: 'green',
  approve: 'green',
  handle: 'green',
  autoPass: 'gray',
  reject: 'red',
  return: 'orange',
  withdraw: 'orange',
  urge: 'orange',
  overdue: 'red',
  'admin.terminate': 'red',
};

function Attachments({ ids }: { ids: string[] }) {
  const infos = useFileInfos(ids);
  const names = new Map((infos.data?.items ?? []).map((f) => [f.id, f.name]));
  return (
    <Flex vertical gap={2}>
      {ids.map((id) => (
        <a key={id} href={fileUrl(id)} target="_blank" rel="noreferrer">
          <PaperClipOutlined /> {names.get(id) ?? id}
        </a>
      ))}
    </Flex>
  );
}

/** A line saying where an entry led: the step returned to, the branch taken, the people copied. */
function detailOf(h: TraceEntry, tasks: TaskView[], t: T): string | null {
  const d = h.detail as Record<string, unknown>;
  switch (h.action) {
    case 'return':
      return t('workflow.trace.returnedTo', { step: String(d.toName ?? ''), mode: t(`workflow.return.${d.mode === 'direct' ? 'direct' : 'rewalk'}`) });
    case 'branch':
      return t('workflow.trace.branch', { branch: String(d.branch ?? '') });
    case 'transfer': {
      const to = tasks.find((k) => k.id === d.toTaskId)?.assigneeName;
      return to ? t('workflow.trace.transferredTo', { name: to }) : null;
    }
    case 'autoPass':
      return t(d.reason === 'sameApprover' ? 'workflow.trace.sameApprover' : 'workflow.trace.noAssignee');
    case 'cc': {
      const copied = tasks.filter((k) => k.kind === 'cc' && k.stepId === h.stepId);
      return copied.length
        ? t('workflow.trace.copied', { names: copied.map((k) => `${k.assigneeName}${k.readAt ? t('workflow.trace.read') : ''}`).join('、') })
        : null;
    }
    default:
      return null;
  }
}

function Who({ name, onBehalfOf }: { name: string; onBehalfOf: string | null }) {
  const t = useT();
  return (
    <Typography.Text strong>
      {name}
      {onBehalfOf && <Typography.Text type="secondary">{t('workflow.trace.onBehalfOf', { name: onBehalfOf })}</Typography.Text>}
    </Typography.Text>
  );
}

/** 审批记录: who did what, when, with which opinion and how long it took; then who it waits for; then the end. */
export function OpinionTimeline({ view }: { view: InstanceView }) {
  const t = useT();
  const label = useLabel();
  const done: TimelineItemProps[] = view.trace.map((h) => {
    const detail = detailOf(h, view.tasks, t);
    return {
      key: h.id,
      color: COLORS[h.action] ?? 'blue',
      content: (
        <Flex vertical gap={2} data-testid="trace-entry">
          <Flex justify="space-between" wrap gap={8}>
            <Flex gap={6} wrap align="center">
              <Who name={h.actorName} onBehalfOf={h.onBehalfOfName} />
              <Tag color={COLORS[h.action] === 'gray' ? undefined : COLORS[h.action]} style={{ marginInlineEnd: 0 }}>
                {label('action', h.action)}
              </Tag>
              <Typography.Text type="secondary">{h.stepName}</Typography.Text>
            </Flex>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {formatTime(h.at)}
            </Typography.Text>
          </Flex>
          {detail && <Typography.Text type="secondary">{detail}</Typography.Text>}
          {h.opinion && <div className="tb-wf-opinion">{h.opinion}</div>}
          {h.attachments.length > 0 && <Attachments ids={h.attachments} />}
          {h.durationMs !== null && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('workflow.trace.took', { duration: humanDuration(t, h.durationMs) })}
            </Typography.Text>
          )}
        </Flex>
      ),
    };
  });
  const waiting: TimelineItemProps[] = view.tasks
    .filter((k) => k.status === 'pending' && k.kind !== 'cc')
    .map((k) => ({
      key: k.id,
      color: 'blue',
      icon: <ClockCircleOutlined />,
      content: (
        <Flex vertical gap={2} data-testid="trace-waiting">
          <Flex gap={6} wrap align="center">
            <Who name={k.assigneeName} onBehalfOf={k.onBehalfOfName} />
            <Tag color="processing" style={{ marginInlineEnd: 0 }}>
              {t(`workflow.trace.waiting.${k.kind}`)}
            </Tag>
            <Typography.Text type="secondary">{k.stepName}</Typography.Text>
            {k.overdue && <OverdueTag />}
          </Flex>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('workflow.trace.since', { duration: humanDuration(t, Date.now() - Date.parse(k.createdAt)) })}
            {k.dueAt && ` · ${t('workflow.trace.due', { at: formatTime(k.dueAt) })}`}
          </Typography.Text>
        </Flex>
      ),
    }));
  const { status, finishedAt } = view.instance;
  const end: TimelineItemProps[] = finishedAt
    ? [{ key: 'end', color: status === 'approved' ? 'green' : 'gray', content: <Typography.Text strong>{`${t(`workflow.status.${status}`)} · ${formatTime(finishedAt)}`}</Typography.Text> }]
    : [];
  return <Timeline items={[...done, ...waiting, ...end]} />;
}
