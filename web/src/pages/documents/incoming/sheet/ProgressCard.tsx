import { useState } from 'react';
import { Button, Card, Empty, Flex, Input, List, Typography } from 'antd';
import { useT } from '../../../../app/i18n';
import { formatTime } from '../../../workflow/labels';
import type { IncomingView } from '../api';
import { useIncomingCommand } from './useIncomingCommand';

/** 办理进展 (督办进展): what the handling department reports while it works, and a box to add to it. */
export function ProgressCard({ doc, phone }: { doc: IncomingView; phone: boolean }) {
  const t = useT();
  const [body, setBody] = useState('');
  const command = useIncomingCommand(doc.id);
  // Progress is what 承办 reports: offered once a department handles it, though the server would take it earlier.
  const writable = doc.can.progress && doc.status === 'handling';
  if (!doc.progress.length && !writable) return null;
  const add = () => command.mutate({ action: 'progress', body: { body: body.trim() } }, { onSuccess: () => setBody('') });
  return (
    <Card title={t('incoming.sheet.progress')} size="small" styles={{ body: { padding: phone ? 12 : 20 } }} data-testid="progress">
      <Flex vertical gap={12}>
        {doc.progress.length ? (
          <List
            size="small"
            dataSource={doc.progress}
            renderItem={(p) => (
              <List.Item key={p.id} style={{ paddingInline: 0 }} data-testid="progress-entry">
                <Flex vertical gap={2}>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {p.author} · {formatTime(p.createdAt)}
                  </Typography.Text>
                  <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{p.body}</Typography.Text>
                </Flex>
              </List.Item>
            )}
          />
        ) : (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('incoming.progress.none')} />
        )}
        {writable && (
          <Flex vertical gap={8}>
            <Input.TextArea
              value={body}
              onChange={(e) => setBody(e.target.value)}
              autoSize={{ minRows: 2, maxRows: 6 }}
              maxLength={2000}
              placeholder={t('incoming.progress.placeholder')}
              aria-label={t('incoming.progress.placeholder')}
              data-testid="progress-input"
            />
            <Button onClick={add} disabled={!body.trim()} loading={command.isPending} style={{ alignSelf: 'flex-end' }} autoInsertSpace={false} data-testid="add-progress">
              {t('incoming.progress.add')}
            </Button>
          </Flex>
        )}
      </Flex>
    </Card>
  );
}
