import { Flex, Tag, Typography } from 'antd';
import { useT } from '../../../app/i18n';
import type { IncomingListItem } from './api';

/** 督: the 收文 is followed by 督办 (deadline reminders, escalation, progress entries). */
export function SupervisedTag() {
  const t = useT();
  return (
    <Tag color="magenta" title={t('incoming.supervised')} data-testid="supervised-tag">
      {t('incoming.supervisedShort')}
    </Tag>
  );
}

type Timing = Pick<IncomingListItem, 'deadline' | 'overdue' | 'supervised'>;

/** 办理期限 with a red 逾期 once it has passed unfinished, and 督 when followed by 督办. */
export function DeadlineText({ row }: { row: Timing }) {
  const t = useT();
  return (
    <Flex gap={4} align="center" wrap>
      <Typography.Text type={row.overdue ? 'danger' : undefined}>{row.deadline ?? '—'}</Typography.Text>
      {row.overdue && (
        <Tag color="red" data-testid="overdue-tag">
          {t('incoming.overdue')}
        </Tag>
      )}
      {row.supervised && <SupervisedTag />}
    </Flex>
  );
}
