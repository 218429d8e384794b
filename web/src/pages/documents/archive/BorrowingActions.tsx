import { Button, Flex, Popconfirm } from 'antd';
import { Link } from 'react-router';
import { useT } from '../../../app/i18n';
import { useDocumentCommand } from '../useDocumentCommand';
import { documentPath, flowPath, returnUrl, type Borrowing } from './api';

/** 查阅 while lent, 归还 (or, for the archivist, 收回) early, and the request's flow. */
export function BorrowingActions({ row, register }: { row: Borrowing; register: boolean }) {
  const t = useT();
  const command = useDocumentCommand('archive.borrow.returned');
  const label = t(register ? 'archive.borrow.takeBack' : 'archive.borrow.return');
  return (
    <Flex gap={12} align="center" wrap>
      {row.canOpen && row.status === 'approved' && (
        <Link to={documentPath(row.documentId)} data-testid="borrowing-open">
          {t('archive.open')}
        </Link>
      )}
      {row.flowInstanceId && <Link to={flowPath(row.flowInstanceId)}>{t('archive.flow')}</Link>}
      {row.canReturn && (
        <Popconfirm title={t('archive.borrow.returnConfirm')} okText={label} cancelText={t('common.cancel')} onConfirm={() => command.mutate({ url: returnUrl(row.id) })}>
          <Button size="small" loading={command.isPending} data-testid="borrowing-return">
            {label}
          </Button>
        </Popconfirm>
      )}
    </Flex>
  );
}
