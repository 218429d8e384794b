import { Button, Col, Row, Skeleton, Statistic } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router';
import { useT } from '../../../app/i18n';
import { ErrorState } from '../../../components/ErrorState';
import { useCounts, type Counts } from '../api';

const TILES: { key: keyof Counts; to: string; color?: string }[] = [
  { key: 'todo', to: '/workflow?tab=todo', color: '#1677ff' },
  { key: 'overdue', to: '/workflow?tab=todo&overdue=true', color: '#ff4d4f' },
  { key: 'ccUnread', to: '/workflow?tab=cc&unread=true', color: '#faad14' },
  { key: 'startedRunning', to: '/workflow?tab=started&status=running' },
];

/** 审批待办 on the workspace: the real counts, each opening its tab of the inbox. */
export default function TodoWidget() {
  const t = useT();
  const navigate = useNavigate();
  const counts = useCounts();
  if (counts.error) return <ErrorState error={counts.error} onRetry={() => counts.refetch()} />;
  if (!counts.data) return <Skeleton active paragraph={{ rows: 1 }} />;
  return (
    <>
      <Row gutter={[12, 12]}>
        {TILES.map(({ key, to, color }) => (
          <Col key={key} span={12}>
            <Link to={to} data-testid={`workflow-count-${key}`}>
              <Statistic title={t(`workflow.count.${key}`)} value={counts.data[key]} styles={{ content: { color: counts.data[key] ? color : undefined } }} />
            </Link>
          </Col>
        ))}
      </Row>
      <Button block icon={<PlusOutlined />} style={{ marginTop: 12 }} onClick={() => navigate('/workflow/new')}>
        {t('workflow.start.heading')}
      </Button>
    </>
  );
}
