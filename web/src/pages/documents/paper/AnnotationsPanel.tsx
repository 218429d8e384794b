import { useState } from 'react';
import { Button, Card, Empty, Flex, Input, Tag, Typography } from 'antd';
import { post } from '../../../api/client';
import { useT } from '../../../app/i18n';
import { useApiMutation } from '../../org/shared/feedback';
import { formatTime } from '../../workflow/labels';
import { DOCS, type Annotation, type DocumentView } from '../api';

function Byline({ note }: { note: Annotation }) {
  return (
    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
      {`${note.author} · ${formatTime(note.at)}`}
    </Typography.Text>
  );
}

function Thread({ documentId, note, replies }: { documentId: string; note: Annotation; replies: Annotation[] }) {
  const t = useT();
  const [reply, setReply] = useState('');
  const base = `/api/documents/${documentId}/annotations/${note.id}`;
  const send = useApiMutation((body: string) => post(`${base}/replies`, { body }), [DOCS], () => setReply(''));
  const resolve = useApiMutation((resolved: boolean) => post(`${base}/resolve`, { resolved }), [DOCS]);
  const resolved = !!note.resolvedAt;
  return (
    <Flex vertical gap={6} className={resolved ? 'tb-doc-note tb-doc-note-resolved' : 'tb-doc-note'} data-testid="annotation">
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Flex gap={6} align="center" wrap>
          <Typography.Text strong>{note.author}</Typography.Text>
          <Tag style={{ marginInlineEnd: 0 }}>{t('documents.revision.nth', { revision: note.revision })}</Tag>
          {resolved && <Tag color="success">{t('documents.annotation.resolvedBy', { name: note.resolvedBy ?? '' })}</Tag>}
        </Flex>
        <Button size="small" type="link" loading={resolve.isPending} onClick={() => resolve.mutate(!resolved)}>
          {t(resolved ? 'documents.annotation.reopen' : 'documents.annotation.resolve')}
        </Button>
      </Flex>
      <blockquote className="tb-doc-quote">{note.quote}</blockquote>
      <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{note.body}</Typography.Text>
      <Byline note={note} />
      {replies.map((r) => (
        <Flex key={r.id} vertical gap={2} className="tb-doc-reply">
          <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>
            <Typography.Text strong>{r.author}：</Typography.Text>
            {r.body}
          </Typography.Text>
          <Byline note={r} />
        </Flex>
      ))}
      {!resolved && (
        <Input.Search
          size="small"
          value={reply}
          onChange={(e) => setReply(e.target.value)}
          placeholder={t('documents.annotation.replyPlaceholder')}
          aria-label={t('documents.annotation.reply')}
          enterButton={t('documents.annotation.reply')}
          maxLength={2000}
          loading={send.isPending}
          onSearch={(text) => text.trim() && send.mutate(text.trim())}
        />
      )}
    </Flex>
  );
}

/** 批注: each note with the passage it is about, its replies, and resolve / reopen. Open ones first. */
export function AnnotationsPanel({ doc, phone }: { doc: DocumentView; phone: boolean }) {
  const t = useT();
  const roots = doc.annotations.filter((a) => !a.parentId).sort((a, b) => Number(!!a.resolvedAt) - Number(!!b.resolvedAt));
  const open = roots.filter((a) => !a.resolvedAt).length;
  return (
    <Card
      title={t('documents.annotation.heading')}
      extra={roots.length > 0 && <Typography.Text type="secondary">{t('documents.annotation.openCount', { open, total: roots.length })}</Typography.Text>}
      size="small"
      styles={{ body: { padding: phone ? 12 : 16 } }}
      data-testid="annotations-panel"
    >
      {roots.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('documents.annotation.none')} />
      ) : (
        <Flex vertical gap={12}>
          {roots.map((note) => (
            <Thread key={note.id} documentId={doc.id} note={note} replies={doc.annotations.filter((a) => a.parentId === note.id)} />
          ))}
        </Flex>
      )}
    </Card>
  );
}
