import { Card, Empty, Flex, Skeleton, Tag, Typography } from 'antd';
import { TeamOutlined, UserOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useT } from '../../app/i18n';
import { ErrorState } from '../../components/ErrorState';
import { useOrgChart, type ChartNode } from './api';
import './i18n';

function DepartmentCard({ node }: { node: ChartNode }) {
  const t = useT();
  return (
    <Card size="small" style={{ maxWidth: 360, borderTop: '3px solid #1677ff' }} data-testid="org-node">
      <Flex justify="space-between" align="center" gap={8}>
        <Typography.Text strong style={{ fontSize: 15 }}>
          {node.name}
        </Typography.Text>
        <Link to={`/addressbook?departmentId=${node.id}`}>
          <Tag icon={<TeamOutlined />} color="blue" style={{ marginInlineEnd: 0 }}>
            {t('orgchart.people', { count: node.peopleCount })}
          </Tag>
        </Link>
      </Flex>
      <Typography.Text type="secondary" style={{ display: 'block', marginTop: 4 }}>
        <UserOutlined /> {node.head ? `${node.head.name} · ${node.head.postName}` : t('orgchart.noHead')}
      </Typography.Text>
    </Card>
  );
}

/** A department and, beneath it, its sub-departments joined by a guide line. */
function Branch({ node }: { node: ChartNode }) {
  return (
    <Flex vertical gap={10}>
      <DepartmentCard node={node} />
      {node.children.length > 0 && (
        <Flex vertical gap={10} style={{ marginInlineStart: 16, paddingInlineStart: 16, borderInlineStart: '2px solid #d6e4ff' }}>
          {node.children.map((c) => (
            <Branch key={c.id} node={c} />
          ))}
        </Flex>
      )}
    </Flex>
  );
}

/** 组织架构: the department tree with each department's head and head count. */
export default function OrgChartPage() {
  const t = useT();
  const chart = useOrgChart();
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('orgchart.title')}
      </Typography.Title>
      {chart.error ? (
        <ErrorState error={chart.error} onRetry={() => chart.refetch()} />
      ) : !chart.data ? (
        <Skeleton active />
      ) : chart.data.length === 0 ? (
        <Empty description={t('orgchart.empty')} />
      ) : (
        <Card>
          <Flex vertical gap={16}>
            {chart.data.map((n) => (
              <Branch key={n.id} node={n} />
            ))}
          </Flex>
        </Card>
      )}
    </Flex>
  );
}
