import { Alert, Button, Card, Flex, List, Popconfirm, Progress, Typography } from 'antd';
import { useMe } from '../../../app/auth';
import { useT } from '../../../app/i18n';
import { formatTime } from '../../workflow/labels';
import { errorText, useDistributions, type Distribution, type DocumentView } from '../api';
import { ChannelTag, CopyStatusTag } from '../labels';
import { useDocumentCommand } from '../useDocumentCommand';

const copyUrl = (d: Distribution, command: 'remind' | 'recall') => `/api/document-distributions/${d.id}/${command}`;

/** When each thing happened to one copy: sent, reminded, signed for (by whom), recalled. */
function CopyTimes({ copy }: { copy: Distribution }) {
  const t = useT();
  const times = [
    t('documents.board.sentAt', { at: formatTime(copy.sentAt) }),
    copy.remindedAt && t('documents.board.remindedAt', { at: formatTime(copy.remindedAt) }),
    copy.signedAt && t('documents.board.signedAt', { at: formatTime(copy.signedAt), name: copy.signedBy ?? '' }),
    copy.recalledAt && t('documents.board.recalledAt', { at: formatTime(copy.recalledAt) }),
  ];
  return <Typography.Text type="secondary" style={{ fontSize: 12 }}>{times.filter(Boolean).join(' · ')}</Typography.Text>;
}

/** 催收 and 撤回 of a copy not yet signed for (the registry clerk's). */
function CopyActions({ copy }: { copy: Distribution }) {
  const t = useT();
  const remind = useDocumentCommand('documents.board.reminded');
  const recall = useDocumentCommand('documents.board.recalled');
  return (
    <Flex gap={4}>
      <Button size="small" loading={remind.isPending} onClick={() => remind.mutate({ url: copyUrl(copy, 'remind') })} autoInsertSpace={false}>
        {t('documents.board.remind')}
      </Button>
      <Popconfirm title={t('documents.board.recallConfirm', { recipient: copy.recipient })} onConfirm={() => recall.mutateAsync({ url: copyUrl(copy, 'recall') }).catch(() => undefined)}>
        <Button size="small" danger autoInsertSpace={false}>
          {t('documents.board.recall')}
        </Button>
      </Popconfirm>
    </Flex>
  );
}

/** 分发情况: every recipient, how it was sent and whether it was signed for, with the share signed. */
export function DistributionBoard({ doc, phone }: { doc: DocumentView; phone: boolean }) {
  const t = useT();
  const registry = useMe().can('document.registry');
  const board = useDistributions(doc.id);
  if (board.error) return <Alert type="error" showIcon title={errorText(board.error)} />;
  const { items = [], total = 0, signed = 0 } = board.data ?? {};
  return (
    <Card title={t('documents.board.title')} size="small" loading={!board.data} styles={{ body: { padding: phone ? 12 : 20 } }} data-testid="distribution-board">
      <Flex vertical gap={4}>
        <Typography.Text data-testid="board-progress">{t('documents.board.progress', { signed, total })}</Typography.Text>
        <Progress percent={total ? Math.round((signed / total) * 100) : 0} showInfo={false} />
      </Flex>
      <List
        dataSource={items}
        renderItem={(copy) => (
          <List.Item data-testid="distribution">
            <Flex justify="space-between" align="center" gap={8} wrap style={{ width: '100%' }}>
              <Flex vertical gap={2}>
                <Flex gap={4} align="center" wrap>
                  <Typography.Text strong>{copy.recipient}</Typography.Text>
                  <ChannelTag channel={copy.channel} />
                  <CopyStatusTag status={copy.status} />
                </Flex>
                <CopyTimes copy={copy} />
              </Flex>
              {registry && copy.status === 'sent' && <CopyActions copy={copy} />}
            </Flex>
          </List.Item>
        )}
      />
    </Card>
  );
}
