import type { ReactNode } from 'react';
import { Card, Flex, Segmented, Typography } from 'antd';
import { useI18n, type Locale } from '../app/i18n';

/** The centred card used by the login, forced password change and TOTP enrolment pages. */
export function AuthFrame({ title, children, width = 420 }: { title: string; children: ReactNode; width?: number }) {
  const { t, locale, setLocale } = useI18n();
  return (
    <Flex
      vertical
      align="center"
      justify="center"
      style={{ minHeight: '100vh', padding: '24px 12px', background: 'linear-gradient(160deg, #e8f1ff 0%, #f5f7fa 55%)', position: 'relative' }}
    >
      <Segmented<Locale>
        size="small"
        value={locale}
        onChange={setLocale}
        options={[
          { value: 'zh-CN', label: t('lang.zh-CN') },
          { value: 'en', label: t('lang.en') },
        ]}
        style={{ position: 'absolute', top: 12, right: 12 }}
      />
      <Typography.Title level={2} style={{ color: '#1677ff', letterSpacing: 4, marginBottom: 4 }}>
        {t('app.name')}
      </Typography.Title>
      <Typography.Text type="secondary" style={{ marginBottom: 20 }}>
        {t('app.tagline')}
      </Typography.Text>
      <Card title={title} style={{ width: '100%', maxWidth: width, boxShadow: '0 8px 24px rgba(22,119,255,0.08)' }}>
        {children}
      </Card>
    </Flex>
  );
}
