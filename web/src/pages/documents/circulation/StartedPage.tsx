import { Card, Collapse, Empty, Flex, Grid, Segmented, Tag, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { useT } from '../../../app/i18n';
import { ErrorState } from '../../../components/ErrorState';
import { PagedCards } from '../../../components/PagedCards';
import { useServerTable } from '../../org/shared/useServerTable';
import { formatTime } from '../../workflow/labels';
import { SecretTag } from '../labels';
import { STARTED_KEY, type StartedItem } from './api';
import { CirculationActions } from './CirculationActions';
import { documentPath } from './paths';
import { CirculationProgress, ReaderMarks } from './ReaderMarks';
import './strings';

const FILTERS = ['running', 'finished', 'all'] as const;
type Filter = (typeof FILTERS)[number];

/** One circulation I started: the document, its progress and who has not read, 催阅; the read marks fold out. */
function StartedCard({ c }: { c: StartedItem }) {
  const t = useT();
  return (
    <Card size="small" style={{ marginBottom: 8 }} data-testid="started-circulation">
      <Flex vertical gap={8}>
        <Flex gap={6} align="center" wrap style={{ fontSize: 15, fontWeight: 600 }}>
          <Link to={documentPath(c)}>{c.title}</Link>
          <SecretTag level={c.secretLevel} />
        </Flex>
        <Flex gap={6} align="center" wrap>
          <Tag color={c.mode === 'sequential' ? 'blue' : 'purple'}>{t(`circulation.mode.${c.mode}`)}</Tag>
          {c.finishedAt && <Tag color="success">{t('circulation.finished')}</Tag>}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {[c.docNo, formatTime(c.startedAt)].filter(Boolean).join(' · ')}
          </Typography.Text>
        </Flex>
        <CirculationProgress c={c} />
        <Collapse
          size="small"
          ghost
          items={[{ key: 'readers', label: t('circulation.marks'), children: <ReaderMarks readers={c.readers} numbered={c.mode === 'sequential'} /> }]}
        />
        <CirculationActions c={c} />
      </Flex>
    </Card>
  );
}

/** 我发起的传阅: running, finished or all, newest first, as cards at every width. */
export default function StartedPage() {
  const t = useT();
  const phone = Grid.useBreakpoint().md === false;
  const [params, setParams] = useSearchParams();
  const filter: Filter = FILTERS.find((f) => f === params.get('status')) ?? 'running';
  const { query, tableProps } = useServerTable<StartedItem>(STARTED_KEY, '/api/circulations/started', { status: filter === 'all' ? undefined : filter });
  const empty = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('circulation.started.empty')} />;
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('circulation.menu.started')}
      </Typography.Title>
      <Card styles={{ body: { padding: phone ? 12 : 24 } }}>
        <Flex vertical gap={12}>
          <Segmented<Filter>
            value={filter}
            onChange={(status) => setParams({ status }, { replace: true })}
            options={FILTERS.map((f) => ({ value: f, label: t(`circulation.started.${f}`) }))}
            style={{ alignSelf: 'flex-start' }}
          />
          {query.error ? <ErrorState error={query.error} onRetry={() => query.refetch()} /> : <PagedCards table={tableProps} empty={empty} renderItem={(c) => <StartedCard c={c} />} />}
        </Flex>
      </Card>
    </Flex>
  );
}
