import { useState } from 'react';
import { Alert, App, Button, Flex, Form, Input } from 'antd';
import { useNavigate } from 'react-router';
import { post } from '../../api/client';
import { useAuth } from '../../app/auth';
import { useT } from '../../app/i18n';
import { AuthFrame } from '../../components/AuthFrame';
import { applyServerErrors } from '../../components/formErrors';
import { useAuthConfig } from './authConfig';
import './i18n';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

/** Forced after the first login or an admin reset, and open to anyone from the security page. */
export default function ChangePasswordPage() {
  const t = useT();
  const { me, refresh } = useAuth();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const policy = useAuthConfig().data?.passwordPolicy;
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const forced = me?.pending === 'changePassword';

  const submit = async ({ currentPassword, newPassword }: Values) => {
    setBusy(true);
    setError(null);
    try {
      await post('/api/auth/password', { currentPassword, newPassword });
      message.success(t('password.done'));
      await refresh();
      navigate('/', { replace: true });
    } catch (err) {
      setError(applyServerErrors(form, err));
    } finally {
      setBusy(false);
    }
  };

  const required = { required: true, message: t('password.required') };
  return (
    <AuthFrame title={t('password.title')}>
      <Flex vertical gap={16}>
        {forced && <Alert type="warning" showIcon title={t('password.forced')} />}
        {policy && (
          <Alert
            type="info"
            title={t('password.policy', { min: policy.minLength, classes: policy.minClasses, history: policy.history })}
          />
        )}
        {error && <Alert type="error" showIcon title={error} />}
        <Form form={form} layout="vertical" onFinish={submit} requiredMark={false}>
          <Form.Item name="currentPassword" label={t('password.current')} rules={[required]}>
            <Input.Password autoComplete="current-password" maxLength={256} />
          </Form.Item>
          <Form.Item name="newPassword" label={t('password.new')} rules={[required]}>
            <Input.Password autoComplete="new-password" maxLength={256} />
          </Form.Item>
          <Form.Item
            name="confirm"
            label={t('password.confirm')}
            dependencies={['newPassword']}
            rules={[
              required,
              ({ getFieldValue }) => ({
                validator: (_, value) =>
                  !value || value === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error(t('password.mismatch'))),
              }),
            ]}
          >
            <Input.Password autoComplete="new-password" maxLength={256} />
          </Form.Item>
          <Button type="primary" htmlType="submit" block size="large" loading={busy}>
            {t('password.submit')}
          </Button>
          {!forced && (
            <Button type="link" block onClick={() => navigate(-1)} style={{ marginTop: 8 }}>
              {t('password.back')}
            </Button>
          )}
        </Form>
      </Flex>
    </AuthFrame>
  );
}
