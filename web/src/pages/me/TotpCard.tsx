import { useState } from 'react';
import { Alert, App, Button, Card, Flex, Form, Input, Modal, Tag, Typography } from 'antd';
import { post } from '../../api/client';
import { useAuth, useMe } from '../../app/auth';
import { useT } from '../../app/i18n';
import { applyServerErrors } from '../../components/formErrors';
import { TotpEnrolment } from '../auth/TotpEnrolment';

/** Turns one-time codes on (enrolment in a dialog) or off (password + code). */
export function TotpCard() {
  const t = useT();
  const { user } = useMe();
  const { refresh } = useAuth();
  const { message } = App.useApp();
  const [dialog, setDialog] = useState<'enable' | 'disable' | null>(null);
  const [form] = Form.useForm<{ password: string; code: string }>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const close = () => {
    setDialog(null);
    setError(null);
    form.resetFields();
  };
  const enrolled = async () => {
    close();
    await refresh();
  };
  const disable = async (values: { password: string; code: string }) => {
    setBusy(true);
    setError(null);
    try {
      await post('/api/auth/totp/disable', { password: values.password, code: values.code.trim() });
      message.success(t('me.totp.disabled'));
      close();
      await refresh();
    } catch (err) {
      setError(applyServerErrors(form, err));
    } finally {
      setBusy(false);
    }
  };
  const required = { required: true, whitespace: true, message: t('me.totp.required') };

  return (
    <Card
      title={t('me.totp.title')}
      extra={<Tag color={user.totpEnabled ? 'success' : 'warning'}>{t(user.totpEnabled ? 'widget.totpOn' : 'widget.totpOff')}</Tag>}
      style={{ height: '100%' }}
    >
      <Flex vertical gap={12} align="start">
        <Typography.Text type="secondary">{t(user.totpEnabled ? 'me.totp.on' : 'me.totp.off')}</Typography.Text>
        {user.totpEnabled ? (
          <Button danger onClick={() => setDialog('disable')}>{t('me.totp.disable')}</Button>
        ) : (
          <Button type="primary" onClick={() => setDialog('enable')}>{t('me.totp.enable')}</Button>
        )}
      </Flex>
      <Modal open={dialog === 'enable'} title={t('totp.title')} footer={null} onCancel={enrolled} destroyOnHidden>
        <TotpEnrolment onDone={enrolled} />
      </Modal>
      <Modal
        open={dialog === 'disable'}
        title={t('me.totp.disableTitle')}
        onCancel={close}
        onOk={() => form.submit()}
        okButtonProps={{ danger: true, loading: busy }}
        okText={t('me.totp.disable')}
        destroyOnHidden
      >
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
        <Form form={form} layout="vertical" onFinish={disable} requiredMark={false}>
          <Form.Item name="password" label={t('me.totp.password')} rules={[required]}>
            <Input.Password autoComplete="current-password" maxLength={256} />
          </Form.Item>
          <Form.Item name="code" label={t('me.totp.code')} rules={[required]}>
            <Input autoComplete="one-time-code" inputMode="numeric" maxLength={32} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
