import { useState, type ReactNode } from 'react';
import { Alert, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { LockOutlined, SafetyOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { ApiError, post } from '../../../api/client';
import { useT } from '../../../app/i18n';
import { applyServerErrors } from '../../../components/formErrors';
import { useRefreshDocuments } from '../api';

/** Where a person turns one-time codes on (pages/me). */
const SECURITY_PAGE = '/me/security';

/**
 * A classified document asks for the second factor when none was given in the last ten minutes of
 * the session: the 6-digit code opens it (and, for ten minutes, every other one). A person without
 * one-time codes is sent to turn them on first.
 */
export function SecondFactorCard({ back }: { back?: ReactNode }) {
  const t = useT();
  const refresh = useRefreshDocuments();
  const [form] = Form.useForm<{ code: string }>();
  const [error, setError] = useState<string | null>(null);
  const [notEnabled, setNotEnabled] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const confirm = async ({ code }: { code: string }) => {
    setBusy(true);
    setError(null);
    setNotEnabled(null);
    try {
      await post('/api/auth/second-factor', { code: code.trim() });
      // Every query of the document (its revisions, comparisons, files) may have been refused too.
      await refresh();
    } catch (err) {
      if (err instanceof ApiError && err.code === 'TOTP_NOT_ENABLED') setNotEnabled(err.message);
      else setError(applyServerErrors(form, err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Flex vertical gap={16}>
      {back}
      <Card style={{ width: '100%', maxWidth: 480, alignSelf: 'center' }} data-testid="second-factor">
        <Flex vertical gap={16}>
          <Flex gap={12} align="center">
            <LockOutlined style={{ fontSize: 28, color: '#cf1322' }} />
            <Typography.Title level={5} style={{ margin: 0 }}>
              {t('documents.secondFactor.title')}
            </Typography.Title>
          </Flex>
          <Typography.Text type="secondary">{t('documents.secondFactor.help')}</Typography.Text>
          {notEnabled && (
            <Alert
              type="warning"
              showIcon
              title={notEnabled}
              description={<Link to={SECURITY_PAGE} data-testid="security-link">{t('documents.secondFactor.enable')}</Link>}
              data-testid="totp-not-enabled"
            />
          )}
          {error && <Alert type="error" showIcon title={error} />}
          <Form form={form} layout="vertical" onFinish={confirm} requiredMark={false}>
            <Form.Item
              name="code"
              label={t('documents.secondFactor.code')}
              rules={[{ required: true, pattern: /^\s*\d{6}\s*$/, message: t('documents.secondFactor.codeRequired') }]}
            >
              <Input prefix={<SafetyOutlined />} size="large" autoComplete="one-time-code" inputMode="numeric" maxLength={6} autoFocus placeholder="000000" />
            </Form.Item>
            <Button type="primary" htmlType="submit" size="large" block loading={busy} autoInsertSpace={false}>
              {t('documents.secondFactor.verify')}
            </Button>
          </Form>
        </Flex>
      </Card>
    </Flex>
  );
}
