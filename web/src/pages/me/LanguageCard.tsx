import { Card, Radio } from 'antd';
import { put } from '../../api/client';
import { useAuth } from '../../app/auth';
import { useI18n, type Locale } from '../../app/i18n';

/** Interface language, kept in the browser and in the person's profile. */
export function LanguageCard() {
  const { t, locale, setLocale } = useI18n();
  const { refresh } = useAuth();
  const change = async (l: Locale) => {
    setLocale(l);
    await put('/api/auth/profile', { locale: l });
    await refresh();
  };
  return (
    <Card title={t('me.language.title')} style={{ height: '100%' }}>
      <Radio.Group
        value={locale}
        onChange={(e) => change(e.target.value as Locale)}
        optionType="button"
        buttonStyle="solid"
        options={[
          { value: 'zh-CN', label: t('lang.zh-CN') },
          { value: 'en', label: t('lang.en') },
        ]}
      />
    </Card>
  );
}
