import dayjs, { type Dayjs } from 'dayjs';
import { DatePicker, Form, Radio, Select } from 'antd';
import { post } from '../../../api/client';
import { useT } from '../../../app/i18n';
import { FormDrawer } from '../../org/shared/FormDrawer';
import { PostPicker } from '../../org/shared/pickers';
import { AccountPicker } from '../AccountPicker';
import { useRoles } from '../queries';

interface Values {
  roleId: string;
  granteeType: 'user' | 'post';
  granteeId: string;
  expiresAt?: Dayjs | null;
}

/** Grants a role to an account or a post; with an expiry it is a temporary grant (临时授权). */
export function GrantDrawer({ open, onClose }: { open: boolean; onClose(): void }) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const roles = useRoles();
  const granteeType = Form.useWatch('granteeType', form);

  return (
    <FormDrawer<Values>
      open={open}
      onClose={onClose}
      form={form}
      title={t('access.grant.create')}
      initialValues={{ granteeType: 'user' }}
      invalidate={['grants', 'users', 'roles']}
      onSubmit={(v) =>
        post('/api/grants', {
          roleId: v.roleId,
          granteeType: v.granteeType,
          granteeId: v.granteeId,
          expiresAt: v.expiresAt ? v.expiresAt.toISOString() : undefined,
        })
      }
    >
      <Form.Item name="roleId" label={t('access.grant.role')} rules={[{ required: true, message: t('access.grant.roleRequired') }]}>
        <Select showSearch={{ optionFilterProp: 'label' }} loading={roles.isPending} options={(roles.data ?? []).map((r) => ({ value: r.id, label: r.name }))} />
      </Form.Item>
      <Form.Item name="granteeType" label={t('access.grant.granteeType')}>
        <Radio.Group
          onChange={() => form.setFieldValue('granteeId', undefined)}
          options={[
            { value: 'user', label: t('access.grantee.user') },
            { value: 'post', label: t('access.grantee.post') },
          ]}
        />
      </Form.Item>
      <Form.Item
        name="granteeId"
        label={granteeType === 'post' ? t('access.grantee.post') : t('access.grantee.user')}
        rules={[{ required: true, message: t('access.grant.granteeRequired') }]}
        extra={granteeType === 'post' ? t('access.grant.postHelp') : undefined}
      >
        {granteeType === 'post' ? <PostPicker /> : <AccountPicker placeholder={t('access.grant.searchAccount')} />}
      </Form.Item>
      <Form.Item name="expiresAt" label={t('access.grant.expiresAt')} extra={t('access.grant.expiresHelp')}>
        <DatePicker showTime style={{ width: '100%' }} disabledDate={(d) => d.isBefore(dayjs(), 'day')} />
      </Form.Item>
    </FormDrawer>
  );
}
