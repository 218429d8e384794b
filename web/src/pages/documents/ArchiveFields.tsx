import { useState } from 'react';
import { Form, Radio, Select } from 'antd';
import { useT } from '../../app/i18n';
import { RETENTIONS, useSuggestedKeywords, type Retention } from './api';

const RETENTION_KEYS: Record<Retention, string> = { 永久: 'permanent', '30年': 'thirtyYears', '10年': 'tenYears' };

/** What the archivist chooses when filing: the 保管期限, and the keywords (suggested from the document's text until edited). */
export function useArchiveChoice(documentId: string) {
  const suggested = useSuggestedKeywords(documentId);
  const [retention, setRetention] = useState<Retention>();
  const [edited, setKeywords] = useState<string[]>();
  return { suggested, retention, setRetention, keywords: edited ?? suggested.data?.keywords, setKeywords };
}

/** The 保管期限 and 关键词 fields of an archiving form. */
export function ArchiveFields({ choice, helpKey }: { choice: ReturnType<typeof useArchiveChoice>; helpKey: string }) {
  const t = useT();
  return (
    <>
      <Form.Item label={t('documents.archive.retention')} required>
        <Radio.Group
          value={choice.retention}
          onChange={(e) => choice.setRetention(e.target.value as Retention)}
          options={RETENTIONS.map((r) => ({ value: r, label: t(`documents.retention.${RETENTION_KEYS[r]}`) }))}
        />
      </Form.Item>
      <Form.Item label={t('documents.archive.keywords')} extra={t(helpKey)}>
        <Select
          mode="tags"
          value={choice.keywords}
          onChange={choice.setKeywords}
          options={choice.suggested.data?.keywords.map((k) => ({ value: k }))}
          loading={choice.suggested.isPending}
          maxCount={10}
          aria-label={t('documents.archive.keywords')}
          data-testid="archive-keywords"
        />
      </Form.Item>
    </>
  );
}
