import { useState } from 'react';
import { Alert, Button, Flex, Form, Input, Typography } from 'antd';
import { LockOutlined, SafetyOutlined, UserOutlined } from '@ant-design/icons';
import { useNavigate, useSearchParams } from 'react-router';
import { ApiError, post, put } from '../../api/client';
import { useAuth, type Me } from '../../app/auth';
import { useI18n } from '../../app/i18n';
import { AuthFrame } from '../../components/AuthFrame';
import { useAuthConfig } from './authConfig';
import { safeNext } from '../../app/nextPath';
import './i18n';

interface Credentials {
  username: string;
  password: string;
}

/** Username and password, then — when the account has TOTP — the second factor. */
export default function LoginPage() {
  const { t, locale, setLocale } = useI18n();
  const { setMe } = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const config = useAuthConfig();
  const [pageLocale] = useState(locale);
  const [credentials, setCredentials] = useState<Credentials | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (body: Credentials & { totp?: string }) => {
    setBusy(true);
    setError(null);
    try {
      const me = await post<Me>('/api/auth/login', body);
      setMe(me);
      // A language picked on this page is kept and saved; otherwise the person's saved one applies.
      if (locale !== pageLocale) await put('/api/auth/profile', { locale }).catch(() => undefined);
      else if (me.user.locale !== locale) setLocale(me.user.locale);
      const next = params.get('next');
      navigate(safeNext(next), { replace: true });
    } catch (err) {
      if (err instanceof ApiError && err.code === 'TOTP_REQUIRED') setCredentials({ username: body.username, password: body.password });
      else setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <AuthFrame title={credentials ? t('login.totpTitle') : t('login.title')}>
      <Flex vertical gap={16}>
        {config.data?.demo && !credentials && <Alert type="info" showIcon title={t('login.demo')} />}
        {error && <Alert type="error" showIcon title={error} data-testid="login-error" />}
        {credentials ? (
          <Form layout="vertical" onFinish={(v: { totp: string }) => submit({ ...credentials, totp: v.totp.trim() })} requiredMark={false}>
            <Typography.Paragraph type="secondary">{t('login.totpHint')}</Typography.Paragraph>
            <Form.Item name="totp" label={t('login.totp')} rules={[{ required: true, whitespace: true, message: t('login.totpRequired') }]}>
              <Input prefix={<SafetyOutlined />} size="large" autoComplete="one-time-code" inputMode="numeric" autoFocus maxLength={32} />
            </Form.Item>
            <Button type="primary" htmlType="submit" size="large" block loading={busy}>
              {t('login.verify')}
            </Button>
            <Button type="link" block onClick={() => { setCredentials(null); setError(null); }} style={{ marginTop: 8 }}>
              {t('login.back')}
            </Button>
          </Form>
        ) : (
          <Form layout="vertical" onFinish={submit} requiredMark={false}>
            <Form.Item name="username" label={t('login.username')} rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}>
              <Input prefix={<UserOutlined />} size="large" autoComplete="username" autoFocus maxLength={64} />
            </Form.Item>
            <Form.Item name="password" label={t('login.password')} rules={[{ required: true, message: t('login.passwordRequired') }]}>
              <Input.Password prefix={<LockOutlined />} size="large" autoComplete="current-password" maxLength={256} />
            </Form.Item>
            <Button type="primary" htmlType="submit" size="large" block loading={busy}>
              {t('login.submit')}
            </Button>
          </Form>
        )}
      </Flex>
    </AuthFrame>
  );
}
