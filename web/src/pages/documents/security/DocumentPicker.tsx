import { useState } from 'react';
import { Select, Spin, Typography } from 'antd';
import { useT } from '../../../app/i18n';
import { SecretTag } from '../labels';
import { useDocumentLookup, type FoundDocument } from './api';

/** What the officer sees of a document: its number and 密级, and its title only if they may open it. */
export function DocumentLabel({ doc }: { doc: Pick<FoundDocument, 'docNo' | 'secretLevel' | 'title'> & { receiptNo?: string | null } }) {
  const t = useT();
  return (
    <span>
      {doc.docNo || doc.receiptNo || '—'} <SecretTag level={doc.secretLevel} />
      <Typography.Text type="secondary">{doc.title ?? t('security.titleHidden')}</Typography.Text>
    </span>
  );
}

/** Finds the document to grant by its exact 文号, 收文编号 or id (typed, then Enter or a pause). */
export function DocumentPicker({ value, onChange }: { value?: string; onChange?(id: string | undefined): void }) {
  const t = useT();
  const [q, setQ] = useState('');
  const found = useDocumentLookup(q);
  return (
    <Select<string>
      value={value}
      onChange={(id) => onChange?.(id)}
      showSearch={{ filterOption: false, onSearch: (text) => setQ(text.trim()) }}
      notFoundContent={found.isFetching ? <Spin size="small" /> : q ? t('security.noDocument') : t('security.typeNumber')}
      options={(found.data?.items ?? []).map((d) => ({ value: d.id, label: <DocumentLabel doc={d} /> }))}
      placeholder={t('security.documentPlaceholder')}
      allowClear
      style={{ width: '100%' }}
      data-testid="document-picker"
    />
  );
}
