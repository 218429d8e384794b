import { Button, Flex, Popconfirm } from 'antd';
import { Link } from 'react-router';
import { useT } from '../../../app/i18n';
import { useDocumentCommand } from '../useDocumentCommand';
import { executeUrl, flowPath, type Disposal } from './api';

/** 执行 once approved (after a warning: the content cannot be brought back), 查看记录 once done, and the request's flow. */
export function DisposalActions({ row, onRecord }: { row: Disposal; onRecord(row: Disposal): void }) {
  const t = useT();
  const command = useDocumentCommand(`archive.disposal.executed.${row.kind}`);
  return (
    <Flex gap={12} align="center" wrap>
      {row.flowInstanceId && <Link to={flowPath(row.flowInstanceId)}>{t('archive.flow')}</Link>}
      {row.status === 'approved' && (
        <Popconfirm
          title={t(`archive.disposal.executeConfirm.${row.kind}`)}
          description={t('archive.disposal.executeWarning')}
          okText={t(`archive.disposal.execute.${row.kind}`)}
          okButtonProps={{ danger: true }}
          cancelText={t('common.cancel')}
          onConfirm={() => command.mutate({ url: executeUrl(row.id) })}
        >
          <Button size="small" danger type="primary" loading={command.isPending} data-testid="disposal-execute">
            {t(`archive.disposal.execute.${row.kind}`)}
          </Button>
        </Popconfirm>
      )}
      {row.record && (
        <Button size="small" type="link" onClick={() => onRecord(row)} data-testid="disposal-record" style={{ padding: 0 }}>
          {t('archive.disposal.viewRecord')}
        </Button>
      )}
    </Flex>
  );
}
