import { useState } from 'react';
import { Button, Card, Empty, Flex, List, Popconfirm, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { del } from '../../../api/client';
import { useT } from '../../../app/i18n';
import { ErrorState } from '../../../components/ErrorState';
import { useApiMutation } from '../../org/shared/feedback';
import { useDelegations, useStartableFlows, WF, type Delegation } from '../api';
import { formatTime } from '../labels';
import { DelegationDrawer } from './DelegationDrawer';

function StateTag({ d }: { d: Delegation }) {
  const t = useT();
  const now = new Date().toISOString();
  if (d.endsAt <= now) return <Tag>{t('workflow.delegation.ended')}</Tag>;
  if (d.startsAt > now) return <Tag color="blue">{t('workflow.delegation.upcoming')}</Tag>;
  return <Tag color="green">{t('workflow.delegation.active')}</Tag>;
}

/** 我的委托: while I am away, who handles my tasks (both of us see them; the record names both). */
export default function DelegationsPage() {
  const t = useT();
  const [adding, setAdding] = useState(false);
  const list = useDelegations();
  const flows = useStartableFlows();
  const flowName = new Map(flows.data?.items.map((f) => [f.id, f.name]));
  const remove = useApiMutation((id: string) => del(`/api/workflow/delegations/${id}`), [WF]);

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" gap={8}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('workflow.delegation.heading')}
        </Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
          {t('workflow.delegation.add')}
        </Button>
      </Flex>
      <Typography.Text type="secondary">{t('workflow.delegation.help')}</Typography.Text>
      <Card>
        {list.error ? (
          <ErrorState error={list.error} onRetry={() => list.refetch()} />
        ) : (
          <List
            loading={list.isPending}
            dataSource={list.data?.items ?? []}
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('workflow.delegation.empty')} /> }}
            renderItem={(d) => (
              <List.Item
                actions={[
                  <Popconfirm key="remove" title={t('workflow.delegation.confirmRemove', { name: d.delegateName })} onConfirm={() => remove.mutate(d.id)}>
                    <Button type="link" danger>
                      {t('workflow.delegation.remove')}
                    </Button>
                  </Popconfirm>,
                ]}
              >
                <List.Item.Meta
                  title={
                    <Flex gap={8} align="center" wrap>
                      {t('workflow.delegation.to', { name: d.delegateName })}
                      <StateTag d={d} />
                    </Flex>
                  }
                  description={
                    <Flex vertical>
                      <span>{`${formatTime(d.startsAt)} ~ ${formatTime(d.endsAt)}`}</span>
                      <span>
                        {d.definitionIds?.length
                          ? d.definitionIds.map((id) => flowName.get(id) ?? id).join('、')
                          : t('workflow.delegation.allFlows')}
                      </span>
                    </Flex>
                  }
                />
              </List.Item>
            )}
          />
        )}
      </Card>
      <DelegationDrawer open={adding} onClose={() => setAdding(false)} />
    </Flex>
  );
}
