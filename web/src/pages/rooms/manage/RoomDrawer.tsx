import { Button, Checkbox, Form, Input, InputNumber, Select, Space, Switch, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { post } from '../../../api/client';
import { useT } from '../../../app/i18n';
import { FormDrawer } from '../../org/shared/FormDrawer';
import { EQUIPMENT, ROOMS_KEY, saveRoom, type Room, type RoomInput } from '../api';

const CLOCKS = Array.from({ length: 49 }, (_, i) => `${String(Math.floor(i / 2)).padStart(2, '0')}:${i % 2 ? '30' : '00'}`);
const BLANK: RoomInput = { name: '', location: '', capacity: 10, equipment: [], description: '', photoFileId: null, opensAt: '08:00', closesAt: '22:00', needsApproval: false, active: true, sortOrder: 0 };

/** A room's form: name, place, seats, equipment, opening hours, approval rule, photo. */
export function RoomDrawer({ room, open, onClose }: { room: Room | null; open: boolean; onClose(): void }) {
  const t = useT();
  const [form] = Form.useForm<RoomInput>();
  const photo = Form.useWatch('photoFileId', form);
  const { id, ...values } = room ?? { id: null, ...BLANK };
  return (
    <FormDrawer<RoomInput, Room>
      open={open}
      form={form}
      title={room ? room.name : t('rooms.manage.add')}
      onClose={onClose}
      initialValues={values}
      invalidate={[ROOMS_KEY]}
      onSubmit={(v) => saveRoom(id, { ...BLANK, ...v })}
    >
      <Form.Item name="name" label={t('rooms.manage.name')} rules={[{ required: true, whitespace: true, max: 60 }]}>
        <Input maxLength={60} />
      </Form.Item>
      <Form.Item name="location" label={t('rooms.manage.location')} rules={[{ required: true, whitespace: true, max: 100 }]}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="capacity" label={t('rooms.manage.capacity')} rules={[{ required: true }]}>
        <InputNumber min={1} max={2000} style={{ width: 160 }} />
      </Form.Item>
      <Form.Item name="equipment" label={t('rooms.grid.equipment')}>
        <Checkbox.Group options={EQUIPMENT.map((e) => ({ value: e, label: t(`rooms.equipment.${e}`) }))} />
      </Form.Item>
      <Space wrap>
        <Form.Item name="opensAt" label={t('rooms.manage.opensAt')}>
          <Select style={{ width: 120 }} options={CLOCKS.slice(0, -1).map((c) => ({ value: c, label: c }))} />
        </Form.Item>
        <Form.Item name="closesAt" label={t('rooms.manage.closesAt')}>
          <Select style={{ width: 120 }} options={CLOCKS.slice(1).map((c) => ({ value: c, label: c }))} />
        </Form.Item>
      </Space>
      <Space wrap size="large">
        <Form.Item name="needsApproval" label={t('rooms.manage.needsApproval')} valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item name="active" label={t('rooms.manage.active')} valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item name="sortOrder" label={t('rooms.manage.sortOrder')}>
          <InputNumber min={0} max={10000} />
        </Form.Item>
      </Space>
      <Form.Item name="description" label={t('rooms.manage.description')} rules={[{ max: 500 }]}>
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
      <Form.Item name="photoFileId" label={t('rooms.manage.photo')}>
        <Space orientation="vertical">
          {photo && <img src={`/api/files/${photo}`} alt="" style={{ maxWidth: 240, borderRadius: 6 }} />}
          <Space>
            <Upload
              accept="image/*"
              showUploadList={false}
              customRequest={async ({ file, onSuccess, onError }) => {
                const body = new FormData();
                body.append('file', file as Blob);
                try {
                  const saved = await post<{ id: string }>('/api/files', body);
                  form.setFieldValue('photoFileId', saved.id);
                  onSuccess?.(saved);
                } catch (err) {
                  onError?.(err as Error);
                }
              }}
            >
              <Button icon={<UploadOutlined />}>{t('rooms.manage.upload')}</Button>
            </Upload>
            {photo && <Button onClick={() => form.setFieldValue('photoFileId', null)}>{t('rooms.manage.removePhoto')}</Button>}
          </Space>
        </Space>
      </Form.Item>
    </FormDrawer>
  );
}
