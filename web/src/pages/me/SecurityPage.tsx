import { Button, Card, Col, Flex, Row, Typography } from 'antd';
import { KeyOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { useT } from '../../app/i18n';
import { ChannelsCard } from './ChannelsCard';
import { LanguageCard } from './LanguageCard';
import { LoginHistoryCard } from './LoginHistoryCard';
import { TotpCard } from './TotpCard';
import './i18n';

/** 账号安全: password, one-time codes, notification channels, language and login history. */
export default function SecurityPage() {
  const t = useT();
  const navigate = useNavigate();
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('me.security.title')}
      </Typography.Title>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card title={t('me.password.title')} style={{ height: '100%' }}>
            <Flex vertical gap={12} align="start">
              <Typography.Text type="secondary">{t('me.password.hint')}</Typography.Text>
              <Button icon={<KeyOutlined />} onClick={() => navigate('/change-password')}>
                {t('me.password.change')}
              </Button>
            </Flex>
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <TotpCard />
        </Col>
        <Col xs={24} lg={12}>
          <ChannelsCard />
        </Col>
        <Col xs={24} lg={12}>
          <LanguageCard />
        </Col>
        <Col span={24}>
          <LoginHistoryCard />
        </Col>
      </Row>
    </Flex>
  );
}
