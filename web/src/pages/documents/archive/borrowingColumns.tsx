import { Flex, type TableColumnsType } from 'antd';
import type { T } from '../../../app/i18n';
import { SecretTag } from '../labels';
import type { Borrowing } from './api';
import { BorrowingActions } from './BorrowingActions';
import { BorrowingStatusTag, RecordTitle, borrowingTime } from './labels';

/** 我的借阅 and, with the borrower's name, the archivist's 借阅登记. */
export function borrowingColumns(t: T, register: boolean): TableColumnsType<Borrowing> {
  return [
    { title: t('archive.field.docNo'), dataIndex: 'docNo', width: 170, render: (v: string) => v || '—' },
    {
      title: t('archive.field.title'),
      key: 'title',
      render: (_, b) => (
        <Flex gap={6} align="center" wrap>
          <RecordTitle title={b.title} documentId={b.documentId} canOpen={b.canOpen} />
          <SecretTag level={b.secretLevel} />
        </Flex>
      ),
    },
    ...(register ? [{ title: t('archive.borrow.borrower'), dataIndex: 'borrower', width: 80 }] : []),
    { title: t('archive.borrow.reason'), dataIndex: 'reason', width: 160, ellipsis: { showTitle: true } },
    { title: t('archive.borrow.days'), dataIndex: 'days', width: 70, render: (v: number) => t('archive.borrow.daysValue', { days: v }) },
    { title: t('documents.field.status'), dataIndex: 'status', width: 80, render: (_, b) => <BorrowingStatusTag status={b.status} /> },
    { title: t('archive.borrow.when'), key: 'when', width: 170, render: (_, b) => borrowingTime(t, b) },
    { title: t('admin.actions'), key: 'actions', width: 170, render: (_, b) => <BorrowingActions row={b} register={register} /> },
  ];
}
