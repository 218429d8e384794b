import { Button, Flex } from 'antd';
import { Link } from 'react-router';
import { useMe } from '../../../app/auth';
import { useT } from '../../../app/i18n';
import { isClassified } from '../labels';
import { documentPath, type ArchiveEntry } from './api';
import { BorrowingStatusTag } from './labels';

export interface RecordHandlers {
  onBorrow(entry: ArchiveEntry): void;
  onDispose(entry: ArchiveEntry): void;
}

/** What the person may do with a record: 查阅 it, ask to borrow it (or see that request), and for the archivist 清退/销毁 a classified one. */
export function RecordActions({ entry, onBorrow, onDispose }: { entry: ArchiveEntry } & RecordHandlers) {
  const t = useT();
  const archivist = useMe().can('document.archive');
  const disposable = archivist && isClassified(entry.secretLevel) && entry.status === 'archived';
  return (
    <Flex gap={8} align="center" wrap onClick={(e) => e.stopPropagation()}>
      {entry.canOpen && <Link to={documentPath(entry.documentId)}>{t('archive.open')}</Link>}
      {entry.borrowing && <BorrowingStatusTag status={entry.borrowing.status} />}
      {entry.canBorrow && (
        <Button size="small" type="primary" ghost onClick={() => onBorrow(entry)} data-testid="borrow-button">
          {t('archive.borrow.button')}
        </Button>
      )}
      {disposable && (
        <Button size="small" danger onClick={() => onDispose(entry)} data-testid="dispose-button">
          {t('archive.disposal.button')}
        </Button>
      )}
    </Flex>
  );
}
