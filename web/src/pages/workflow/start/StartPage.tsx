import { Card, Col, Empty, Flex, Grid, Row, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { useT } from '../../../app/i18n';
import { ErrorState } from '../../../components/ErrorState';
import { PageLoading } from '../../../components/PageLoading';
import { useStartableFlows, type FlowSummary } from '../api';
import { FlowIcon } from './FlowIcon';
import '../workflow.css';

function groupByCategory(flows: FlowSummary[], other: string): [string, FlowSummary[]][] {
  const groups = new Map<string, FlowSummary[]>();
  for (const f of flows) groups.set(f.category || other, [...(groups.get(f.category || other) ?? []), f]);
  return [...groups];
}

/** 发起审批: the flows I may start, by category, as a grid of icons (DingTalk's 工作台). */
export default function StartPage() {
  const t = useT();
  const navigate = useNavigate();
  const phone = Grid.useBreakpoint().md === false;
  const flows = useStartableFlows();
  if (flows.error) return <ErrorState error={flows.error} onRetry={() => flows.refetch()} />;
  if (!flows.data) return <PageLoading />;
  const groups = groupByCategory(flows.data.items, t('workflow.start.otherCategory'));

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('workflow.start.heading')}
      </Typography.Title>
      {groups.length === 0 && (
        <Card>
          <Empty description={t('workflow.start.none')} />
        </Card>
      )}
      {groups.map(([category, items]) => (
        <Card key={category} title={category} size="small" styles={{ body: { padding: phone ? 8 : 16 } }}>
          <Row gutter={[8, 8]}>
            {items.map((f) => (
              <Col key={f.id} xs={6} md={12} lg={8} xxl={6}>
                <Flex
                  vertical={phone}
                  align="center"
                  gap={phone ? 6 : 12}
                  role="button"
                  tabIndex={0}
                  data-testid={`start-${f.key}`}
                  onClick={() => navigate(`/workflow/new/${f.id}`)}
                  onKeyDown={(e) => e.key === 'Enter' && navigate(`/workflow/new/${f.id}`)}
                  className="tb-wf-tile"
                  style={{ padding: phone ? '8px 0' : 12, borderRadius: 8, cursor: 'pointer', textAlign: phone ? 'center' : undefined }}
                  title={f.description}
                >
                  <FlowIcon flowKey={f.key} name={f.name} size={phone ? 40 : 44} />
                  <Flex vertical style={{ minWidth: 0 }}>
                    <Typography.Text strong={!phone} ellipsis>
                      {f.name}
                    </Typography.Text>
                    {!phone && (
                      <Typography.Text type="secondary" ellipsis style={{ fontSize: 12 }}>
                        {f.description}
                      </Typography.Text>
                    )}
                  </Flex>
                </Flex>
              </Col>
            ))}
          </Row>
        </Card>
      ))}
    </Flex>
  );
}
