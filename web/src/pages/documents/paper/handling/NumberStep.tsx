import { Button, Flex, Typography } from 'antd';
import { NumberOutlined } from '@ant-design/icons';
import { useT } from '../../../../app/i18n';
import type { DocumentView } from '../../api';
import { useDocumentCommand } from '../../useDocumentCommand';

/** 编号: 取文号 takes the next number of the rule for the document's kind; then it shows the 文号. */
export function NumberStep({ doc }: { doc: DocumentView }) {
  const t = useT();
  const take = useDocumentCommand('documents.number.done');
  if (doc.docNo)
    return (
      <Flex gap={8} align="baseline" wrap>
        <Typography.Text type="secondary">{t('documents.field.docNo')}</Typography.Text>
        <Typography.Text strong style={{ fontSize: 18 }} data-testid="doc-no">
          {doc.docNo}
        </Typography.Text>
      </Flex>
    );
  return (
    <Button type="primary" icon={<NumberOutlined />} loading={take.isPending} onClick={() => take.mutate({ url: `/api/documents/${doc.id}/number` })} autoInsertSpace={false}>
      {t('documents.number.take')}
    </Button>
  );
}
