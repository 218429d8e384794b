import { useState } from 'react';
import { Form, Input, Modal } from 'antd';
import { post } from '../../../api/client';
import { useT } from '../../../app/i18n';
import { useApiMutation } from '../../org/shared/feedback';
import { DOCS } from '../api';
import type { Anchor } from './blocks';

interface Props {
  documentId: string;
  revision: number;
  anchor: Anchor;
  onClose(): void;
}

/** Writes a 批注 on the selected passage of the current revision. */
export function AddAnnotationDialog({ documentId, revision, anchor, onClose }: Props) {
  const t = useT();
  const [body, setBody] = useState('');
  const add = useApiMutation(
    () => post(`/api/documents/${documentId}/annotations`, { revision, block: anchor.block, start: anchor.start, end: anchor.end, body: body.trim() }),
    [DOCS],
    onClose,
  );
  return (
    <Modal
      open
      title={t('documents.annotation.add')}
      okText={t('documents.annotation.submit')}
      okButtonProps={{ disabled: !body.trim(), autoInsertSpace: false }}
      cancelButtonProps={{ autoInsertSpace: false }}
      confirmLoading={add.isPending}
      onOk={() => add.mutate()}
      onCancel={onClose}
    >
      <blockquote className="tb-doc-quote">{anchor.quote}</blockquote>
      <Form layout="vertical">
        <Form.Item label={t('documents.annotation.body')} htmlFor="annotation-body">
          <Input.TextArea id="annotation-body" value={body} onChange={(e) => setBody(e.target.value)} autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} showCount autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
}
