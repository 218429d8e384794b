import { Alert } from 'antd';
import { Link } from 'react-router';
import { useT } from '../../../../app/i18n';
import { incomingPath, useDuplicate } from '../api';

/** Warns, while the form is filled in, that this 来文单位 and 来文文号 are already registered, and links to that 收文. */
export function DuplicateAlert({ sourceUnit, sourceDocNo }: { sourceUnit: string; sourceDocNo: string }) {
  const t = useT();
  const duplicate = useDuplicate(sourceUnit, sourceDocNo).data;
  if (!duplicate) return null;
  return (
    <Alert
      type="warning"
      showIcon
      title={t('incoming.register.duplicate', { receiptNo: duplicate.receiptNo, receivedOn: duplicate.receivedOn })}
      description={
        <Link to={incomingPath(duplicate.id)} target="_blank" data-testid="duplicate-link">
          {duplicate.title ? t('incoming.register.openDuplicate', { receiptNo: duplicate.receiptNo, title: duplicate.title }) : duplicate.receiptNo}
        </Link>
      }
      style={{ marginBottom: 16 }}
      data-testid="duplicate-warning"
    />
  );
}
