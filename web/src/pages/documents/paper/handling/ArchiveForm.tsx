import { useState } from 'react';
import { Button, Form, Radio, Select } from 'antd';
import { ContainerOutlined } from '@ant-design/icons';
import { useT } from '../../../../app/i18n';
import { RETENTIONS, useSuggestedKeywords, type DocumentView, type Retention } from '../../api';
import { useDocumentCommand } from '../../useDocumentCommand';

const RETENTION_KEYS: Record<Retention, string> = { 永久: 'permanent', '30年': 'thirtyYears', '10年': 'tenYears' };

/** 归档: the archivist sets the 保管期限 and the keywords (suggested from the body), then files the document. */
export function ArchiveForm({ doc }: { doc: DocumentView }) {
  const t = useT();
  const suggested = useSuggestedKeywords(doc.id);
  const [retention, setRetention] = useState<Retention>();
  const [keywords, setKeywords] = useState<string[]>();
  const archive = useDocumentCommand('documents.archive.done');
  return (
    <Form layout="vertical" style={{ width: '100%' }}>
      <Form.Item label={t('documents.archive.retention')} required>
        <Radio.Group value={retention} onChange={(e) => setRetention(e.target.value as Retention)} options={RETENTIONS.map((r) => ({ value: r, label: t(`documents.retention.${RETENTION_KEYS[r]}`) }))} />
      </Form.Item>
      <Form.Item label={t('documents.archive.keywords')} extra={t('documents.archive.keywordsHelp')}>
        <Select
          mode="tags"
          value={keywords ?? suggested.data?.keywords}
          onChange={setKeywords}
          options={suggested.data?.keywords.map((k) => ({ value: k }))}
          loading={suggested.isPending}
          maxCount={10}
          aria-label={t('documents.archive.keywords')}
        />
      </Form.Item>
      <Button
        type="primary"
        icon={<ContainerOutlined />}
        disabled={!retention}
        loading={archive.isPending}
        onClick={() => archive.mutate({ url: `/api/documents/${doc.id}/archive`, body: { retention, keywords: keywords ?? suggested.data?.keywords } })}
        autoInsertSpace={false}
        data-testid="archive"
      >
        {t('documents.archive.file')}
      </Button>
    </Form>
  );
}
