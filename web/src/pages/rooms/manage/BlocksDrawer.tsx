import { Button, Drawer, Empty, Form, Input, List, Popconfirm, Rate, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useT } from '../../../app/i18n';
import { useApiMutation } from '../../org/shared/feedback';
import { DRAWER_SIZE } from '../../org/shared/FormDrawer';
import { addBlock, removeBlock, ROOMS_KEY, useBlocks, useFeedback, type Room } from '../api';

const when = (iso: string) => dayjs(iso).format('YYYY-MM-DD HH:mm');

/** A room's maintenance blocks: the coming ones, lifted or added here. */
export function BlocksDrawer({ room, onClose }: { room: Room | null; onClose(): void }) {
  const t = useT();
  const [form] = Form.useForm<{ start: string; end: string; reason: string }>();
  const blocks = useBlocks(room?.id ?? null);
  const add = useApiMutation((v: { start: string; end: string; reason: string }) => addBlock(room!.id, v), [ROOMS_KEY], () => form.resetFields());
  const lift = useApiMutation((id: string) => removeBlock(id), [ROOMS_KEY]);
  return (
    <Drawer open={!!room} title={`${room?.name ?? ''} · ${t('rooms.manage.blocks')}`} onClose={onClose} size={DRAWER_SIZE} destroyOnHidden>
      <List
        dataSource={blocks.data?.items ?? []}
        locale={{ emptyText: t('rooms.block.none') }}
        renderItem={(b) => (
          <List.Item
            actions={[
              <Popconfirm key="lift" title={t('rooms.block.remove')} onConfirm={() => lift.mutate(b.id)}>
                <Button size="small" danger type="link">
                  {t('rooms.block.remove')}
                </Button>
              </Popconfirm>,
            ]}
          >
            <List.Item.Meta title={b.reason} description={`${when(b.startAt)} – ${when(b.endAt)}`} />
          </List.Item>
        )}
      />
      <Typography.Title level={5}>{t('rooms.block.add')}</Typography.Title>
      <Form form={form} layout="vertical" onFinish={(v) => add.mutate(v)}>
        <Space wrap>
          <Form.Item name="start" label={t('rooms.block.start')} rules={[{ required: true }]}>
            <Input type="datetime-local" step={900} />
          </Form.Item>
          <Form.Item name="end" label={t('rooms.block.end')} rules={[{ required: true }]}>
            <Input type="datetime-local" step={900} />
          </Form.Item>
        </Space>
        <Form.Item name="reason" label={t('rooms.block.reason')} rules={[{ required: true, whitespace: true, max: 200 }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={add.isPending}>
          {t('rooms.block.add')}
        </Button>
      </Form>
    </Drawer>
  );
}

/** What bookers said of a room after using it. */
export function FeedbackDrawer({ room, onClose }: { room: Room | null; onClose(): void }) {
  const t = useT();
  const feedback = useFeedback(room?.id ?? null);
  const average = feedback.data?.averageCleanliness;
  return (
    <Drawer open={!!room} title={`${room?.name ?? ''} · ${t('rooms.manage.feedback')}`} onClose={onClose} size={DRAWER_SIZE} destroyOnHidden>
      {average != null && <Typography.Paragraph>{t('rooms.feedback.average', { n: average })}</Typography.Paragraph>}
      {feedback.data && !feedback.data.items.length ? (
        <Empty description={t('rooms.feedback.none')} />
      ) : (
        <List
          dataSource={feedback.data?.items ?? []}
          renderItem={(f) => (
            <List.Item>
              <Space orientation="vertical" size={2}>
                <Space>
                  <Rate disabled value={f.cleanliness} style={{ fontSize: 14 }} />
                  <Typography.Text type="secondary">
                    {f.by} · {f.time}
                  </Typography.Text>
                </Space>
                {f.equipmentFaults && <Typography.Text type="danger">{f.equipmentFaults}</Typography.Text>}
                {f.comment && <Typography.Text>{f.comment}</Typography.Text>}
              </Space>
            </List.Item>
          )}
        />
      )}
    </Drawer>
  );
}
