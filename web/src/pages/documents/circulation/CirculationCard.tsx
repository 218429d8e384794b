import { useState } from 'react';
import { Alert, Button, Card, Empty, Flex, List, Tag, Typography } from 'antd';
import { ShareAltOutlined } from '@ant-design/icons';
import { useT } from '../../../app/i18n';
import { formatTime } from '../../workflow/labels';
import { errorText } from '../api';
import { useDocumentCirculations, type CirculationView } from './api';
import { CirculationActions } from './CirculationActions';
import { ReadersDrawer } from './ReadersDrawer';
import { CirculationProgress, ReaderMarks } from './ReaderMarks';
import './strings';

function CirculationItem({ c }: { c: CirculationView }) {
  const t = useT();
  return (
    <List.Item data-testid="circulation">
      <Flex vertical gap={8} style={{ width: '100%' }}>
        <Flex gap={6} align="center" wrap>
          <Tag color={c.mode === 'sequential' ? 'blue' : 'purple'}>{t(`circulation.mode.${c.mode}`)}</Tag>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('circulation.startedBy', { name: c.startedBy, at: formatTime(c.startedAt) })}
          </Typography.Text>
          {c.finishedAt && <Tag color="success">{t('circulation.finished')}</Tag>}
        </Flex>
        {c.note && <Typography.Text>{c.note}</Typography.Text>}
        <CirculationProgress c={c} />
        <ReaderMarks readers={c.readers} numbered={c.mode === 'sequential'} />
        <CirculationActions c={c} />
      </Flex>
    </List.Item>
  );
}

/** 传阅 on a document's page: start one (whoever may open the document), and each one's read marks. */
export function CirculationCard({ documentId, phone }: { documentId: string; phone: boolean }) {
  const t = useT();
  const circulations = useDocumentCirculations(documentId);
  const [starting, setStarting] = useState(false);
  const items = circulations.data?.items ?? [];
  return (
    <Card
      title={t('circulation.card.title')}
      size="small"
      loading={circulations.isPending}
      styles={{ body: { padding: phone ? 12 : 20 } }}
      extra={
        <Button size="small" icon={<ShareAltOutlined />} onClick={() => setStarting(true)} autoInsertSpace={false} data-testid="start-circulation">
          {t('circulation.start')}
        </Button>
      }
      data-testid="circulation-card"
    >
      {circulations.error && <Alert type="error" showIcon title={errorText(circulations.error)} />}
      {!items.length && !circulations.error && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('circulation.card.empty')} />}
      {items.length > 0 && <List dataSource={items} renderItem={(c) => <CirculationItem c={c} />} />}
      <ReadersDrawer open={starting} onClose={() => setStarting(false)} documentId={documentId} />
    </Card>
  );
}
