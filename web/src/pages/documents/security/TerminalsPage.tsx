import { useState } from 'react';
import { Alert, Button, Card, Empty, Flex, List, Skeleton, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useT } from '../../../app/i18n';
import { QueryError } from '../../org/shared/QueryError';
import { formatTime } from '../../workflow/labels';
import { useTerminals, type Terminal } from './api';
import { TerminalDrawer } from './TerminalDrawer';
import './strings';

/** 涉密终端 (the security officer's): the ranges from which 机密 and 绝密 documents open; add, change, stop. */
export default function TerminalsPage() {
  const t = useT();
  const terminals = useTerminals();
  const [editing, setEditing] = useState<Terminal | 'new' | null>(null);
  const data = terminals.data;
  return (
    <Card
      title={t('security.menu.terminals')}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} autoInsertSpace={false} data-testid="new-terminal">
          {t('security.terminal.add')}
        </Button>
      }
    >
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">{t('security.terminals.help')}</Typography.Text>
        {data && <Alert type="info" showIcon title={t('security.terminals.yourAddress', { ip: data.yourAddress })} />}
        <QueryError error={terminals.error} />
        {terminals.isPending && <Skeleton active />}
        {data && (
          <List
            dataSource={data.items}
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('security.terminals.empty')} /> }}
            renderItem={(item) => (
              <List.Item
                data-testid="terminal"
                actions={[
                  <Button key="edit" size="small" onClick={() => setEditing(item)} autoInsertSpace={false}>
                    {t('security.terminal.edit')}
                  </Button>,
                ]}
              >
                <Flex vertical gap={2}>
                  <Flex gap={6} align="center" wrap>
                    <Typography.Text strong>{item.name}</Typography.Text>
                    <Typography.Text code>{item.cidr}</Typography.Text>
                    {item.active ? <Tag color="success">{t('security.terminal.on')}</Tag> : <Tag>{t('security.terminal.off')}</Tag>}
                  </Flex>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('security.terminal.created', { name: item.createdBy, at: formatTime(item.createdAt) })}
                  </Typography.Text>
                </Flex>
              </List.Item>
            )}
          />
        )}
      </Flex>
      <TerminalDrawer
        open={editing !== null}
        onClose={() => setEditing(null)}
        terminal={editing === 'new' || editing === null ? undefined : editing}
        suggested={data?.yourAddress}
      />
    </Card>
  );
}
