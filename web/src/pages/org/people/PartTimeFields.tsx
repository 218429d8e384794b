import { Button, Form, Space } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useT } from '../../../app/i18n';
import { DepartmentPicker, PostPicker } from '../shared/pickers';

/** The list of part-time positions (兼职): a department and an optional post each. */
export function PartTimeFields() {
  const t = useT();
  return (
    <Form.Item label={t('org.person.partTime')}>
      <Form.List name="partTime">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field) => (
              <Space key={field.key} align="start" style={{ display: 'flex', width: '100%' }} wrap>
                <Form.Item name={[field.name, 'departmentId']} rules={[{ required: true, message: t('org.person.departmentRequired') }]} style={{ minWidth: 180, flex: 1 }}>
                  <DepartmentPicker placeholder={t('org.person.department')} />
                </Form.Item>
                <Form.Item name={[field.name, 'postId']} style={{ minWidth: 140 }}>
                  <PostPicker placeholder={t('org.person.post')} />
                </Form.Item>
                <Button type="text" icon={<MinusCircleOutlined />} aria-label={t('org.person.removePartTime')} onClick={() => remove(field.name)} />
              </Space>
            ))}
            <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add({ postId: null })}>
              {t('org.person.addPartTime')}
            </Button>
          </>
        )}
      </Form.List>
    </Form.Item>
  );
}

/** The part-time list as the API takes it: ids only. */
export const partTimePayload = (list?: { departmentId: string; postId?: string | null }[]) =>
  (list ?? []).map((p) => ({ departmentId: p.departmentId, postId: p.postId ?? null }));
