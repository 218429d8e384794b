import { Card, Empty, Flex, Tag, Timeline, Typography } from 'antd';
import { useT } from '../../../../app/i18n';
import { formatTime } from '../../../workflow/labels';
import type { IncomingView, Opinion } from '../api';

/** What an entry is called on the 处理单: 拟办意见, 领导批示, 办理结果 … by its step's purpose; else the step's name. */
const PURPOSES = ['propose', 'instruct', 'handle', 'archive'];
const COLORS: Record<string, string> = { return: 'orange', reject: 'red', start: 'gray' };

function Entry({ o }: { o: Opinion }) {
  const t = useT();
  const name = o.purpose && PURPOSES.includes(o.purpose) && o.action !== 'return' ? t(`incoming.opinion.${o.purpose}`) : o.stepName;
  return (
    <Flex vertical gap={2} data-testid="opinion">
      <Flex gap={6} align="center" wrap>
        <Typography.Text strong>{name}</Typography.Text>
        {o.action === 'return' && <Tag color="orange">{t('incoming.opinion.returned')}</Tag>}
        <Typography.Text type="secondary">{o.userName}</Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {formatTime(o.at)}
        </Typography.Text>
      </Flex>
      {o.opinion && <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{o.opinion}</Typography.Paragraph>}
    </Flex>
  );
}

/** 办理意见: 登记, 拟办意见, 领导批示, 办理结果 and any 退回, in the order they were given. */
export function OpinionsCard({ doc, phone }: { doc: IncomingView; phone: boolean }) {
  const t = useT();
  return (
    <Card title={t('incoming.sheet.opinions')} size="small" styles={{ body: { padding: phone ? '16px 12px 0' : '20px 20px 0' } }} data-testid="opinions">
      {doc.opinions.length ? (
        <Timeline items={doc.opinions.map((o, i) => ({ key: i, color: COLORS[o.action] ?? 'blue', content: <Entry o={o} /> }))} />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('incoming.sheet.noOpinions')} style={{ paddingBottom: 16 }} />
      )}
    </Card>
  );
}
