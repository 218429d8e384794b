import { useState } from 'react';
import { Alert, Button, Card, Flex, Modal, Segmented, Select, Skeleton, Typography } from 'antd';
import { useT } from '../../../app/i18n';
import { formatTime } from '../../workflow/labels';
import { useComparison, useRevision, type DocumentView } from '../api';
import { BodyView } from './BodyView';
import { DiffText } from './DiffText';

type Entry = DocumentView['revisions'][number];

function RevisionDialog({ id, revision, onClose }: { id: string; revision: number; onClose(): void }) {
  const t = useT();
  const query = useRevision(id, revision);
  return (
    <Modal open title={t('documents.revision.nth', { revision })} footer={null} onCancel={onClose} width={760}>
      {query.data ? (
        <>
          <Typography.Paragraph type="secondary">{`${query.data.author} · ${query.data.step} · ${formatTime(query.data.at)}`}</Typography.Paragraph>
          <div className="tb-doc-title">{query.data.title}</div>
          <BodyView html={query.data.body} />
        </>
      ) : (
        <Skeleton active />
      )}
    </Modal>
  );
}

function Comparison({ id, revisions }: { id: string; revisions: Entry[] }) {
  const t = useT();
  const last = revisions[revisions.length - 1]!.revision;
  const [from, setFrom] = useState(Math.max(1, last - 1));
  const [to, setTo] = useState(last);
  const [sideBySide, setSideBySide] = useState(false);
  const query = useComparison(id, from, to);
  const options = revisions.map((r) => ({ value: r.revision, label: t('documents.revision.nth', { revision: r.revision }) }));
  const titleChanged = query.data?.title.some((p) => p.type !== 'equal');
  return (
    <Flex vertical gap={8}>
      <Flex gap={8} wrap align="center">
        <Select size="small" value={from} onChange={setFrom} options={options} aria-label={t('documents.revision.from')} style={{ width: 96 }} />
        <span aria-hidden>→</span>
        <Select size="small" value={to} onChange={setTo} options={options} aria-label={t('documents.revision.to')} style={{ width: 96 }} />
        <Segmented
          size="small"
          value={sideBySide ? 'side' : 'inline'}
          onChange={(v) => setSideBySide(v === 'side')}
          options={[
            { value: 'inline', label: t('documents.diff.inline') },
            { value: 'side', label: t('documents.diff.sideBySide') },
          ]}
        />
      </Flex>
      {from === to ? (
        <Typography.Text type="secondary">{t('documents.diff.same')}</Typography.Text>
      ) : query.error ? (
        <Alert type="error" title={query.error.message} />
      ) : !query.data ? (
        <Skeleton active paragraph={{ rows: 3 }} />
      ) : (
        <>
          {titleChanged && <DiffText parts={query.data.title} from={from} to={to} sideBySide={sideBySide} />}
          <DiffText parts={query.data.body} from={from} to={to} sideBySide={sideBySide} />
        </>
      )}
    </Flex>
  );
}

/** 修改痕迹: every saved revision (稿次, author, step, time) and a comparison of any two. */
export function RevisionsPanel({ doc, phone }: { doc: DocumentView; phone: boolean }) {
  const t = useT();
  const [open, setOpen] = useState<number | null>(null);
  return (
    <Card title={t('documents.revision.heading')} size="small" styles={{ body: { padding: phone ? 12 : 16 } }} data-testid="revisions-panel">
      <Flex vertical gap={2} role="list" style={{ marginBottom: 12 }}>
        {[...doc.revisions].reverse().map((r) => (
          <Flex key={r.revision} gap={8} align="baseline" wrap role="listitem">
            <Button type="link" size="small" style={{ padding: 0 }} onClick={() => setOpen(r.revision)}>
              {t('documents.revision.nth', { revision: r.revision })}
            </Button>
            <Typography.Text>{r.author}</Typography.Text>
            <Typography.Text type="secondary">{r.step}</Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 'auto' }}>
              {formatTime(r.at)}
            </Typography.Text>
          </Flex>
        ))}
      </Flex>
      {doc.revisions.length > 1 && <Comparison key={doc.revision} id={doc.id} revisions={doc.revisions} />}
      {open !== null && <RevisionDialog id={doc.id} revision={open} onClose={() => setOpen(null)} />}
    </Card>
  );
}
