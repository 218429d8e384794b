import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Flex, Form, Image, Input, Spin, Typography } from 'antd';
import { post } from '../../api/client';
import { useT } from '../../app/i18n';
import { applyServerErrors } from '../../components/formErrors';
import { RecoveryCodes } from './RecoveryCodes';
import './i18n';

interface Setup {
  secret: string;
  uri: string;
  qr: string;
}

/**
 * TOTP enrolment: asks the server for a new secret on mount, shows its QR code and the secret as
 * text, checks the first code and finally shows the recovery codes. `onDone` runs after the person
 * has seen them.
 */
export function TotpEnrolment({ onDone }: { onDone: () => void }) {
  const t = useT();
  const [form] = Form.useForm<{ code: string }>();
  const [setup, setSetup] = useState<Setup | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const started = useRef(false);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    post<Setup>('/api/auth/totp/setup')
      .then(setSetup)
      .catch((err: Error) => setError(err.message));
  }, []);

  const enable = async ({ code }: { code: string }) => {
    setBusy(true);
    setError(null);
    try {
      const reply = await post<{ recoveryCodes: string[] }>('/api/auth/totp/enable', { code: code.trim() });
      setCodes(reply.recoveryCodes);
    } catch (err) {
      setError(applyServerErrors(form, err));
    } finally {
      setBusy(false);
    }
  };

  if (codes) return <RecoveryCodes codes={codes} onContinue={onDone} />;
  if (!setup) return error ? <Alert type="error" showIcon title={error} /> : <Spin />;
  return (
    <Flex vertical gap={12}>
      <Typography.Text>{t('totp.step1')}</Typography.Text>
      <Flex justify="center">
        <Image src={setup.qr} alt={t('totp.qrAlt')} width={184} height={184} preview={false} style={{ border: '1px solid #f0f0f0', borderRadius: 8 }} />
      </Flex>
      <Typography.Text type="secondary">{t('totp.manual')}</Typography.Text>
      <Typography.Text code copyable={{ text: setup.secret }} data-testid="totp-secret" style={{ wordBreak: 'break-all', fontSize: 14 }}>
        {setup.secret}
      </Typography.Text>
      <Typography.Text>{t('totp.step2')}</Typography.Text>
      {error && <Alert type="error" showIcon title={error} />}
      <Form form={form} layout="inline" onFinish={enable} style={{ rowGap: 8 }}>
        <Form.Item name="code" rules={[{ required: true, pattern: /^\s*\d{6}\s*$/, message: t('totp.codeRequired') }]}>
          <Input placeholder={t('totp.code')} inputMode="numeric" autoComplete="one-time-code" maxLength={8} style={{ width: 160 }} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy}>
          {t('totp.enable')}
        </Button>
      </Form>
    </Flex>
  );
}
