import { useState } from 'react';
import { App, Button, Card, Flex, Popconfirm, Typography, Upload } from 'antd';
import { DeleteOutlined, HistoryOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@tanstack/react-query';
import { del, get, post } from '../../../api/client';
import { useT } from '../../../app/i18n';
import { uploadFile } from '../../workflow/forms/api';
import { formatTime } from '../../workflow/labels';
import { DOCS, attachmentUrl, errorText, useRefreshDocuments, type DocumentView } from '../api';
import type { listAttachments } from '@server/modules/documents/service/document-attachments';

type Attachment = Awaited<ReturnType<typeof listAttachments>>['items'][number];

const attachmentsKey = (id: string) => [DOCS, 'attachments', id];

/** A file picker that uploads the chosen file and hands its stored id on. */
function UploadButton({ label, multiple, onUploaded, busy }: { label: string; multiple?: boolean; onUploaded(ids: string[]): void; busy: boolean }) {
  const t = useT();
  const { message } = App.useApp();
  return (
    <Upload
      multiple={multiple}
      showUploadList={false}
      customRequest={({ file, onSuccess, onError }) => {
        uploadFile(file as File).then(
          (info) => {
            onSuccess?.(info);
            onUploaded([info.id]);
          },
          (err: Error) => {
            onError?.(err);
            message.error(t('wfForm.uploadFailed', { name: (file as File).name }));
          },
        );
      }}
    >
      <Button size="small" icon={<UploadOutlined />} loading={busy}>
        {label}
      </Button>
    </Upload>
  );
}

function AttachmentRow({ doc, item, editable }: { doc: DocumentView; item: Attachment; editable: boolean }) {
  const t = useT();
  const { message } = App.useApp();
  const refresh = useRefreshDocuments();
  const [history, setHistory] = useState(false);
  const revise = useMutation({
    mutationFn: (fileId: string) => post(`/api/documents/${doc.id}/attachments/${item.groupId}/versions`, { fileId }),
    onSuccess: () => refresh(),
    onError: (err) => message.error(errorText(err)),
  });
  const remove = useMutation({
    mutationFn: () => del(`/api/documents/${doc.id}/attachments/${item.groupId}`),
    onSuccess: () => refresh(),
    onError: (err) => message.error(errorText(err)),
  });
  return (
    <Flex vertical gap={4} role="listitem">
      <Flex gap={8} align="baseline" wrap>
        <PaperClipOutlined />
        <Typography.Link href={attachmentUrl(doc.id, item.id)}>{item.name}</Typography.Link>
        <Typography.Text type="secondary">{t('documents.attachments.version', { version: item.version })}</Typography.Text>
        {item.versions.length > 1 && (
          <Button type="link" size="small" icon={<HistoryOutlined />} onClick={() => setHistory((v) => !v)}>
            {t('documents.attachments.history')}
          </Button>
        )}
        {editable && (
          <Flex gap={4} style={{ marginInlineStart: 'auto' }}>
            <UploadButton label={t('documents.attachments.revise')} busy={revise.isPending} onUploaded={([id]) => id && revise.mutate(id)} />
            <Popconfirm title={t('documents.attachments.removeConfirm')} onConfirm={() => remove.mutate()}>
              <Button size="small" danger icon={<DeleteOutlined />} aria-label={t('documents.attachments.remove')} />
            </Popconfirm>
          </Flex>
        )}
      </Flex>
      {history && (
        <Flex vertical gap={2} style={{ paddingInlineStart: 22 }}>
          {item.versions.map((v) => (
            <Typography.Text key={v.id} type="secondary" style={{ fontSize: 12 }}>
              <Typography.Link href={attachmentUrl(doc.id, v.id)}>{t('documents.attachments.version', { version: v.version })}</Typography.Link>
              {` · ${v.uploadedBy} · ${formatTime(v.uploadedAt)}`}
            </Typography.Text>
          ))}
        </Flex>
      )}
    </Flex>
  );
}

/** 附件: each attachment with its current version and history; the person who may edit the 稿纸 adds, revises and removes them. */
export function AttachmentsCard({ doc, phone }: { doc: DocumentView; phone: boolean }) {
  const t = useT();
  const { message } = App.useApp();
  const refresh = useRefreshDocuments();
  const query = useQuery({ queryKey: attachmentsKey(doc.id), queryFn: () => get<{ items: Attachment[] }>(`/api/documents/${doc.id}/attachments`) });
  const add = useMutation({
    mutationFn: (fileIds: string[]) => post(`/api/documents/${doc.id}/attachments`, { fileIds }),
    onSuccess: () => refresh(),
    onError: (err) => message.error(errorText(err)),
  });
  const items = query.data?.items ?? [];
  if (!doc.can.edit && !items.length) return null;
  return (
    <Card
      title={t('documents.attachments.heading')}
      size="small"
      styles={{ body: { padding: phone ? 12 : 16 } }}
      extra={doc.can.edit && <UploadButton label={t('documents.attachments.add')} multiple busy={add.isPending} onUploaded={(ids) => add.mutate(ids)} />}
      data-testid="attachments-card"
    >
      <Flex vertical gap={8} role="list">
        {items.map((item) => (
          <AttachmentRow key={item.groupId} doc={doc} item={item} editable={doc.can.edit} />
        ))}
        {!items.length && <Typography.Text type="secondary">{t('documents.attachments.empty')}</Typography.Text>}
      </Flex>
    </Card>
  );
}
