import { useState } from 'react';
import { Button, Card, Flex, InputNumber, Space, Table, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { ColumnsType } from 'antd/es/table';
import { useT } from '../../../app/i18n';
import { useApiMutation } from '../../org/shared/feedback';
import { QueryError } from '../../org/shared/QueryError';
import { ROOMS_KEY, saveSettings, useRoomSettings, useRooms, type Room } from '../api';
import { RoomTags } from '../RoomTags';
import { BlocksDrawer, FeedbackDrawer } from './BlocksDrawer';
import { RoomDrawer } from './RoomDrawer';
import '../i18n';

/** 会议室管理: the rooms (in service or not), their maintenance and feedback, and the cancellation rule. */
export default function RoomsAdminPage() {
  const t = useT();
  const rooms = useRooms(true);
  const [editing, setEditing] = useState<Room | 'new' | null>(null);
  const [blocks, setBlocks] = useState<Room | null>(null);
  const [feedback, setFeedback] = useState<Room | null>(null);
  const settings = useRoomSettings(true);
  const [late, setLate] = useState<number | null>(null);
  const save = useApiMutation((minutes: number) => saveSettings(minutes), [ROOMS_KEY]);

  const columns: ColumnsType<Room> = [
    {
      title: t('rooms.manage.name'),
      dataIndex: 'name',
      render: (name: string, r) => (
        <Space orientation="vertical" size={2}>
          <Typography.Text strong>{name}</Typography.Text>
          <Typography.Text type="secondary">
            {r.location} · {r.opensAt}–{r.closesAt}
          </Typography.Text>
          <RoomTags room={r} />
        </Space>
      ),
    },
    {
      title: t('admin.actions'),
      key: 'actions',
      width: 120,
      render: (_, r) => (
        <Space orientation="vertical" size={0}>
          <Button type="link" size="small" onClick={() => setEditing(r)}>
            {t('rooms.manage.edit')}
          </Button>
          <Button type="link" size="small" onClick={() => setBlocks(r)}>
            {t('rooms.manage.blocks')}
          </Button>
          <Button type="link" size="small" onClick={() => setFeedback(r)}>
            {t('rooms.manage.feedback')}
          </Button>
        </Space>
      ),
    },
  ];

  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('rooms.menu.manage')}
        </Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
          {t('rooms.manage.add')}
        </Button>
      </Flex>
      <Card>
        <QueryError error={rooms.error} />
        <Table rowKey="id" columns={columns} dataSource={rooms.data?.items} loading={rooms.isLoading} pagination={false} size="middle" />
      </Card>
      <Card title={t('rooms.manage.settings')} size="small">
        <Flex gap={8} wrap align="center">
          <Typography.Text>{t('rooms.manage.lateCancel')}</Typography.Text>
          <InputNumber min={0} max={10080} value={late ?? settings.data?.lateCancelMinutes} onChange={(v) => setLate(v)} style={{ width: 120 }} />
          <Button onClick={() => late != null && save.mutate(late)} loading={save.isPending} disabled={late == null}>
            {t('rooms.manage.save')}
          </Button>
        </Flex>
      </Card>
      <RoomDrawer open={editing !== null} room={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      <BlocksDrawer room={blocks} onClose={() => setBlocks(null)} />
      <FeedbackDrawer room={feedback} onClose={() => setFeedback(null)} />
    </Flex>
  );
}
