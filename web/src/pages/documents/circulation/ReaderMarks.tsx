import { Flex, Progress, Tag, Typography } from 'antd';
import { useT } from '../../../app/i18n';
import { formatTime } from '../../workflow/labels';
import type { CirculationView, ReaderView } from './api';

const STATUS_COLORS: Record<ReaderView['status'], string> = { waiting: 'default', unread: 'processing', read: 'success' };

export function ReaderStatusTag({ status }: { status: ReaderView['status'] }) {
  const t = useT();
  return <Tag color={STATUS_COLORS[status]}>{t(`circulation.status.${status}`)}</Tag>;
}

/** 已阅 n/m as a bar, and the names of those who have not read. */
export function CirculationProgress({ c }: { c: Pick<CirculationView, 'readCount' | 'total' | 'notRead'> }) {
  const t = useT();
  return (
    <Flex vertical gap={2}>
      <Flex justify="space-between" gap={8} wrap>
        <Typography.Text data-testid="circulation-progress">{t('circulation.progress', { read: c.readCount, total: c.total })}</Typography.Text>
        {c.notRead.length > 0 && (
          <Typography.Text type="warning" data-testid="not-read">
            {t('circulation.notRead', { names: c.notRead.join('、') })}
          </Typography.Text>
        )}
      </Flex>
      <Progress percent={c.total ? Math.round((c.readCount / c.total) * 100) : 0} showInfo={false} size="small" />
    </Flex>
  );
}

/** Each reader in order: status, when it reached them and when they read it, and their 阅示意见. */
export function ReaderMarks({ readers, numbered }: { readers: ReaderView[]; numbered: boolean }) {
  const t = useT();
  return (
    <Flex vertical gap={6}>
      {readers.map((r, i) => (
        <Flex key={r.userId} vertical gap={2} data-testid="circulation-reader">
          <Flex gap={6} align="center" wrap>
            <Typography.Text strong>{numbered ? `${i + 1}. ${r.name}` : r.name}</Typography.Text>
            <ReaderStatusTag status={r.status} />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {r.readAt ? t('circulation.readAt', { at: formatTime(r.readAt) }) : r.deliveredAt ? t('circulation.deliveredAt', { at: formatTime(r.deliveredAt) }) : ''}
            </Typography.Text>
          </Flex>
          {r.opinion && <Typography.Text style={{ paddingLeft: numbered ? 16 : 0 }}>{t('circulation.opinionQuoted', { opinion: r.opinion })}</Typography.Text>}
        </Flex>
      ))}
    </Flex>
  );
}
