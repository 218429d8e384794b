import { Tag, Typography } from 'antd';
import { LockOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useT, type T } from '../../../app/i18n';
import type { Retention } from '../api';
import { formatTime } from '../../workflow/labels';
import { documentPath, type Borrowing, type BorrowingStatus, type DisposalKind, type DisposalStatus } from './api';

const RETENTION_KEYS: Record<Retention, string> = { 永久: 'permanent', '30年': 'thirtyYears', '10年': 'tenYears' };
/** 保管期限 in the reader's language. */
export const retentionLabel = (t: T, retention: string) => t(`documents.retention.${RETENTION_KEYS[retention as Retention] ?? 'permanent'}`);

/** When a loan falls due, or while undecided (or never lent) when it was asked. */
export const borrowingTime = (t: T, b: Pick<Borrowing, 'dueAt' | 'requestedAt'>) =>
  b.dueAt ? t('archive.borrow.dueOn', { time: formatTime(b.dueAt) }) : t('archive.borrow.requestedOn', { time: formatTime(b.requestedAt) });

const BORROWING_COLORS: Record<BorrowingStatus, string> = {
  pending: 'processing',
  approved: 'success',
  returned: 'default',
  expired: 'warning',
  rejected: 'error',
  withdrawn: 'default',
};

export function BorrowingStatusTag({ status }: { status: BorrowingStatus }) {
  const t = useT();
  return (
    <Tag color={BORROWING_COLORS[status]} data-testid="borrowing-status">
      {t(`archive.borrowing.status.${status}`)}
    </Tag>
  );
}

const DISPOSAL_COLORS: Record<DisposalStatus, string> = { pending: 'processing', approved: 'gold', done: 'default', rejected: 'error', withdrawn: 'default' };

export function DisposalStatusTag({ status }: { status: DisposalStatus }) {
  const t = useT();
  return (
    <Tag color={DISPOSAL_COLORS[status]} data-testid="disposal-status">
      {t(`archive.disposal.status.${status}`)}
    </Tag>
  );
}

/** 清退 (back to the issuing unit) or 销毁. */
export function DisposalKindTag({ kind }: { kind: DisposalKind }) {
  const t = useT();
  return <Tag color={kind === 'destroy' ? 'red' : 'blue'}>{t(`archive.disposal.kind.${kind}`)}</Tag>;
}

/**
 * A record's title: a link to its 稿纸 when the person may open it, else the plain title; a state
 * secret they have no need-to-know for shows only that it is one.
 */
export function RecordTitle({ title, documentId, canOpen }: { title: string | null; documentId: string; canOpen: boolean }) {
  const t = useT();
  if (title === null) {
    return (
      <Typography.Text type="secondary" data-testid="masked-title">
        <LockOutlined /> {t('archive.masked')}
      </Typography.Text>
    );
  }
  return canOpen ? <Link to={documentPath(documentId)}>{title}</Link> : <Typography.Text>{title}</Typography.Text>;
}
