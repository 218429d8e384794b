import { Alert, App, Button, Card, Flex, Typography } from 'antd';
import { CopyOutlined, DownloadOutlined } from '@ant-design/icons';
import { useT } from '../../app/i18n';
import './i18n';

/** The recovery codes, shown once after TOTP is enabled, with copy and download. */
export function RecoveryCodes({ codes, onContinue }: { codes: string[]; onContinue: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const text = codes.join('\n') + '\n';

  const copy = async () => {
    await navigator.clipboard.writeText(text);
    message.success(t('totp.copied'));
  };
  const download = () => {
    const href = URL.createObjectURL(new Blob([text], { type: 'text/plain' }));
    Object.assign(document.createElement('a'), { href, download: 'tongban-recovery-codes.txt' }).click();
    URL.revokeObjectURL(href);
  };

  return (
    <Flex vertical gap={12}>
      <Alert type="success" showIcon title={t('totp.enabled')} />
      <Typography.Text strong>{t('totp.recoveryTitle')}</Typography.Text>
      <Typography.Text type="secondary">{t('totp.recoveryHint')}</Typography.Text>
      <Card size="small" styles={{ body: { background: '#fafafa' } }}>
        <ol data-testid="recovery-codes" style={{ margin: 0, paddingInlineStart: 24, columns: 2, fontFamily: 'monospace', fontSize: 15 }}>
          {codes.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ol>
      </Card>
      <Flex gap={8} wrap>
        <Button icon={<CopyOutlined />} onClick={copy}>
          {t('totp.copy')}
        </Button>
        <Button icon={<DownloadOutlined />} onClick={download}>
          {t('totp.download')}
        </Button>
        <Button type="primary" onClick={onContinue}>
          {t('totp.continue')}
        </Button>
      </Flex>
    </Flex>
  );
}
