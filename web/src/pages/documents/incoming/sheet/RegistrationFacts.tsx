import { Card, Descriptions, Flex, Typography } from 'antd';
import { PaperClipOutlined } from '@ant-design/icons';
import { useT } from '../../../../app/i18n';
import { formatTime } from '../../../workflow/labels';
import { attachmentUrl, useKinds } from '../../api';
import { SecretTag, UrgencyTag } from '../../labels';
import type { IncomingView } from '../api';
import { DeadlineText } from '../labels';
import { SuperviseButton } from './SuperviseButton';

function Scans({ doc }: { doc: IncomingView }) {
  const t = useT();
  if (!doc.scans.length) return <Typography.Text type="secondary">{t('incoming.sheet.noScans')}</Typography.Text>;
  return (
    <Flex vertical gap={2}>
      {doc.scans.map((s) => (
        <a key={s.id} href={attachmentUrl(doc.id, s.id)} target="_blank" rel="noreferrer" data-testid="scan">
          <PaperClipOutlined /> {s.name}
        </a>
      ))}
    </Flex>
  );
}

/** The facts of the registration (as read off the document), who handles it by when, the result, the scans. */
export function RegistrationFacts({ doc, phone }: { doc: IncomingView; phone: boolean }) {
  const t = useT();
  const kinds = useKinds();
  const kind = kinds.data?.find((k) => k.kind === doc.kind)?.name ?? doc.kind;
  const items = [
    { key: 'sourceUnit', label: t('incoming.field.sourceUnit'), children: doc.sourceUnit },
    { key: 'sourceDocNo', label: t('incoming.field.sourceDocNo'), children: doc.sourceDocNo || '—' },
    { key: 'kind', label: t('documents.field.kind'), children: kind },
    { key: 'receivedOn', label: t('incoming.field.receivedOn'), children: doc.receivedOn },
    { key: 'secretLevel', label: t('documents.field.secretLevel'), children: doc.secretLevel === 'public' ? t('documents.secret.public') : <SecretTag level={doc.secretLevel} term={doc.secretTerm} /> },
    { key: 'urgency', label: t('documents.field.urgency'), children: doc.urgency ? <UrgencyTag urgency={doc.urgency} /> : t('documents.urgency.normal') },
    { key: 'copies', label: t('incoming.field.copiesPages'), children: t('incoming.sheet.copiesPages', { copies: doc.copies, pages: doc.pages }) },
    { key: 'registered', label: t('incoming.field.registeredBy'), children: `${doc.registeredBy} ${formatTime(doc.registeredAt)}` },
    { key: 'department', label: t('incoming.field.handlingDepartment'), children: <span data-testid="handling-department">{doc.handlingDepartment ?? '—'}</span> },
    { key: 'deadline', label: t('incoming.field.deadline'), children: <DeadlineText row={doc} /> },
    ...(doc.concludedAt
      ? [
          { key: 'result', label: t('incoming.field.result'), span: 'filled' as const, children: <span data-testid="result">{doc.result}</span> },
          { key: 'concluded', label: t('incoming.field.concludedBy'), children: `${doc.concludedBy ?? ''} ${formatTime(doc.concludedAt)}` },
        ]
      : []),
    ...(doc.note ? [{ key: 'note', label: t('documents.field.note'), span: 'filled' as const, children: doc.note }] : []),
    { key: 'scans', label: t('incoming.field.scans'), span: 'filled' as const, children: <Scans doc={doc} /> },
  ];
  return (
    <Card title={t('incoming.sheet.facts')} size="small" extra={doc.can.supervise && <SuperviseButton doc={doc} />} styles={{ body: { padding: phone ? 12 : 20 } }}>
      <Descriptions size="small" column={phone ? 1 : 2} items={items} data-testid="incoming-facts" />
    </Card>
  );
}
