import { useEffect, useState } from 'react';
import { Alert, App, Button, Card, Checkbox, Col, Flex, Form, Input, InputNumber, Row, Select, Switch, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { get, put } from '../../../api/client';
import { useT } from '../../../app/i18n';
import { applyServerErrors } from '../../../components/formErrors';
import { QueryError } from '../../org/shared/QueryError';
import { TestButton } from './TestButton';
import type { ChannelSettings } from './types';

const KEY = ['notification-settings'];

interface Values {
  smtpOwn: boolean;
  smtp: { host: string; port: number; secure: boolean; user?: string; password?: string; from?: string };
  wecom: { webhook?: string };
  dingtalk: { webhook?: string; secret?: string };
  sms: { provider: 'log' };
}

const toValues = (s: ChannelSettings): Values => ({
  smtpOwn: !!s.smtp,
  smtp: s.smtp ? { ...s.smtp, password: '' } : { host: '', port: 25, secure: false, user: '', password: '', from: '' },
  wecom: { webhook: s.wecom.webhook },
  dingtalk: { webhook: s.dingtalk.webhook, secret: '' },
  sms: s.sms,
});

/** An empty password or secret field keeps what is saved: the server never sends them back. */
const toBody = (v: Values) => ({
  smtp: v.smtpOwn
    ? { host: v.smtp.host, port: v.smtp.port, secure: !!v.smtp.secure, user: v.smtp.user ?? '', from: v.smtp.from ?? '', ...(v.smtp.password ? { password: v.smtp.password } : {}) }
    : null,
  wecom: { webhook: v.wecom.webhook ?? '' },
  dingtalk: { webhook: v.dingtalk.webhook ?? '', ...(v.dingtalk.secret ? { secret: v.dingtalk.secret } : {}) },
  sms: v.sms,
});

/** SMTP, the two group robots and the SMS provider, saved together; each channel can be tested. */
export function SettingsForm() {
  const t = useT();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [testAddress, setTestAddress] = useState('');
  const query = useQuery({ queryKey: KEY, queryFn: () => get<ChannelSettings>('/api/notifications/settings') });
  const smtpOwn = Form.useWatch('smtpOwn', form);
  const s = query.data;

  useEffect(() => {
    if (s) form.setFieldsValue(toValues(s));
  }, [s, form]);

  const save = useMutation({
    mutationFn: (v: Values) => put<ChannelSettings>('/api/notifications/settings', toBody(v)),
    onSuccess: (saved) => {
      client.setQueryData(KEY, saved);
      message.success(t('common.saved'));
    },
    onError: (err) => {
      const shown = applyServerErrors(form, err);
      if (shown) message.error(shown);
    },
  });

  return (
    <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)} disabled={!s}>
      <QueryError error={query.error} />
      <Flex vertical gap={16}>
        <Card title={t('notices.admin.smtp')} loading={query.isPending}>
          <Form.Item name="smtpOwn" valuePropName="checked" label={t('notices.admin.smtpOwn')}>
            <Switch />
          </Form.Item>
          {!smtpOwn && (
            <Alert
              type={s?.smtpFallback ? 'info' : 'warning'}
              showIcon
              style={{ marginBottom: 16 }}
              title={t(s?.smtpFallback ? 'notices.admin.smtpFallback' : 'notices.admin.smtpNone')}
            />
          )}
          {smtpOwn && (
            <Row gutter={16}>
              <Col xs={24} md={16}>
                <Form.Item name={['smtp', 'host']} label={t('notices.admin.host')} rules={[{ required: true }]}>
                  <Input placeholder="smtp.example.gov.cn" />
                </Form.Item>
              </Col>
              <Col xs={24} md={8}>
                <Form.Item name={['smtp', 'port']} label={t('notices.admin.port')} rules={[{ required: true }]}>
                  <InputNumber min={1} max={65535} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col span={24}>
                <Form.Item name={['smtp', 'secure']} valuePropName="checked">
                  <Checkbox>{t('notices.admin.secure')}</Checkbox>
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item name={['smtp', 'user']} label={t('notices.admin.user')}>
                  <Input autoComplete="off" />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item name={['smtp', 'password']} label={t('notices.admin.password')}>
                  <Input.Password autoComplete="new-password" placeholder={s?.smtp?.passwordSet ? t('notices.admin.passwordKept') : ''} />
                </Form.Item>
              </Col>
              <Col span={24}>
                <Form.Item name={['smtp', 'from']} label={t('notices.admin.from')} extra={t('notices.admin.fromHint')}>
                  <Input />
                </Form.Item>
              </Col>
            </Row>
          )}
          <Flex gap={8} wrap align="center">
            <Input
              style={{ flex: '1 1 200px', maxWidth: 320 }}
              value={testAddress}
              onChange={(e) => setTestAddress(e.target.value)}
              placeholder={t('notices.admin.testAddress')}
              aria-label={t('notices.admin.testAddress')}
            />
            <TestButton channel="email" address={testAddress.trim()} label={t('notices.admin.sendTest')} />
          </Flex>
        </Card>

        <Card title={t('notices.admin.robots')} loading={query.isPending}>
          <Typography.Paragraph type="secondary">{t('notices.admin.robotsHint')}</Typography.Paragraph>
          <Form.Item name={['wecom', 'webhook']} label={t('notices.admin.wecom')} rules={[{ type: 'url' }]}>
            <Input placeholder="https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…" />
          </Form.Item>
          <TestButton channel="wecom" label={t('notices.admin.sendTestRobot')} />
          <Form.Item name={['dingtalk', 'webhook']} label={t('notices.admin.dingtalk')} rules={[{ type: 'url' }]} style={{ marginTop: 16 }}>
            <Input placeholder="https://oapi.dingtalk.com/robot/send?access_token=…" />
          </Form.Item>
          <Form.Item name={['dingtalk', 'secret']} label={t('notices.admin.dingtalkSecret')}>
            <Input.Password autoComplete="new-password" placeholder={s?.dingtalk.secretSet ? t('notices.admin.passwordKept') : 'SEC…'} />
          </Form.Item>
          <TestButton channel="dingtalk" label={t('notices.admin.sendTestRobot')} />
        </Card>

        <Card title={t('notices.admin.sms')} loading={query.isPending}>
          <Form.Item name={['sms', 'provider']} label={t('notices.admin.smsProvider')} style={{ maxWidth: 360 }}>
            <Select options={[{ value: 'log', label: t('notices.admin.smsLog') }]} />
          </Form.Item>
        </Card>

        <Flex justify="end">
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {t('common.save')}
          </Button>
        </Flex>
      </Flex>
    </Form>
  );
}
