import { Alert, Button, Card, Descriptions, Flex, Grid, Progress, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link, useNavigate, useParams } from 'react-router';
import { useMe } from '../../../app/auth';
import { useT } from '../../../app/i18n';
import { ErrorState } from '../../../components/ErrorState';
import { PageLoading } from '../../../components/PageLoading';
import { itemPath, useItem, type ItemView } from '../api';
import { DeadlineText, SourceTag, StatusTag } from '../labels';
import { ActionButtons } from './ActionButtons';
import { Extensions, Milestones, Timeline } from './ItemSections';

function scheduleText(t: ReturnType<typeof useT>, item: ItemView) {
  if (item.reportSchedule === 'workdays') return t('supervision.schedule.workdays', { n: item.reportInterval });
  return t(`supervision.schedule.${item.reportSchedule}`);
}

function Details({ item }: { item: ItemView }) {
  const t = useT();
  const phone = Grid.useBreakpoint().md === false;
  return (
    <Descriptions column={phone ? 1 : 2} size="small" bordered={!phone}>
      <Descriptions.Item label={t('supervision.field.leadDepartment')}>{item.leadDepartment}</Descriptions.Item>
      <Descriptions.Item label={t('supervision.field.owner')}>{item.owner}</Descriptions.Item>
      {item.coDepartments.length > 0 && <Descriptions.Item label={t('supervision.field.coDepartments')}>{item.coDepartments.map((d) => d.name).join('、')}</Descriptions.Item>}
      <Descriptions.Item label={t('supervision.field.deadline')}>
        <DeadlineText deadline={item.deadline} status={item.status} />
        {item.originalDeadline !== item.deadline && <Typography.Text type="secondary">（{t('supervision.field.originalDeadline')} {item.originalDeadline}）</Typography.Text>}
      </Descriptions.Item>
      <Descriptions.Item label={t('supervision.field.reportSchedule')}>
        {scheduleText(t, item)}
        {item.nextReportDue && `（${t('supervision.field.nextReportDue')} ${item.nextReportDue}）`}
      </Descriptions.Item>
      {item.missedReports > 0 && <Descriptions.Item label={t('supervision.field.missedReports')}>{item.missedReports}</Descriptions.Item>}
      <Descriptions.Item label={t('supervision.field.progress')}>
        <Progress percent={item.progress} size="small" style={{ maxWidth: 240 }} />
      </Descriptions.Item>
      <Descriptions.Item label={t('supervision.field.createdBy')}>{item.createdBy || '—'}</Descriptions.Item>
      {!!item.content && (
        <Descriptions.Item label={t('supervision.field.content')} span={phone ? 1 : 2}>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{item.content}</Typography.Paragraph>
        </Descriptions.Item>
      )}
      {!!item.result && (
        <Descriptions.Item label={t('supervision.field.result')} span={phone ? 1 : 2}>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{item.result}</Typography.Paragraph>
        </Descriptions.Item>
      )}
    </Descriptions>
  );
}

/** One supervision item: details, what the caller may do, milestones, the history and extension requests. */
export default function ItemPage() {
  const t = useT();
  const { id = '' } = useParams();
  const phone = Grid.useBreakpoint().md === false;
  const navigate = useNavigate();
  const manage = useMe().can('supervision.manage');
  const query = useItem(id);
  if (query.isPending) return <PageLoading />;
  if (query.error) return <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  const item = query.data;
  return (
    <Flex vertical gap={16} data-testid="supervision-item">
      <Card styles={{ body: { padding: phone ? 12 : 24 } }} style={{ borderColor: item.status === 'overdue' ? '#ff4d4f' : undefined }}>
        <Flex vertical gap={12}>
          <Flex justify="space-between" align="start" gap={8} wrap>
            <Typography.Title level={4} style={{ margin: 0 }}>
              {item.title}
            </Typography.Title>
            <StatusTag status={item.status} />
          </Flex>
          <div>
            <SourceTag source={item.source} kind={item.kind} />
            {item.sourceLink && <Link to={item.sourceLink}>{t('supervision.item.openSource')}</Link>}
            {item.parentId && <Link to={itemPath(item.parentId)} style={{ marginLeft: 8 }}>{t('supervision.kind.item')}</Link>}
          </div>
          {item.conclusionPending && item.status !== 'concluded' && <Alert type="info" showIcon title={t('supervision.item.pendingNote')} />}
          <Details item={item} />
          <ActionButtons item={item} phone={phone} />
        </Flex>
      </Card>
      <Milestones item={item} />
      {(item.children.length > 0 || (manage && item.kind === 'item')) && (
        <Card
          title={t('supervision.item.children')}
          size="small"
          extra={
            manage &&
            item.kind === 'item' && (
              <Button size="small" icon={<PlusOutlined />} onClick={() => navigate(`/supervision/items/new?parent=${item.id}`)} autoInsertSpace={false}>
                {t('supervision.item.addRectification')}
              </Button>
            )
          }
        >
          {item.children.map((c) => (
            <Flex key={c.id} justify="space-between" gap={8} style={{ padding: '4px 0' }}>
              <Link to={itemPath(c.id)}>{c.title}</Link>
              <span>
                <DeadlineText deadline={c.deadline} status={c.status} /> <StatusTag status={c.status} />
              </span>
            </Flex>
          ))}
        </Card>
      )}
      <Timeline item={item} />
      <Extensions item={item} />
    </Flex>
  );
}
