import { Flex, List, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useMe } from '../../../app/auth';
import { useT } from '../../../app/i18n';
import { ErrorState } from '../../../components/ErrorState';
import { formatDateTime, LoginOutcomeTag, useLoginHistory } from '../../../components/loginHistory';

/** 账号安全: whether TOTP is on, and the five latest logins. */
export default function LoginSecurityWidget() {
  const t = useT();
  const { user } = useMe();
  const history = useLoginHistory(1, 5);
  return (
    <Flex vertical gap={8}>
      <Flex justify="space-between" align="center">
        <span>
          {t('widget.totp')}{' '}
          <Tag color={user.totpEnabled ? 'success' : 'warning'}>{t(user.totpEnabled ? 'widget.totpOn' : 'widget.totpOff')}</Tag>
        </span>
        <Link to="/me/security">{t('widget.manageSecurity')}</Link>
      </Flex>
      <Typography.Text type="secondary">{t('widget.recentLogins')}</Typography.Text>
      {history.error ? (
        <ErrorState error={history.error} onRetry={() => history.refetch()} />
      ) : (
        <List
          size="small"
          loading={history.isPending}
          dataSource={history.data?.items ?? []}
          renderItem={(r) => (
            <List.Item extra={<LoginOutcomeTag outcome={r.outcome} />} style={{ paddingInline: 0 }}>
              <Typography.Text>{formatDateTime(r.at)}</Typography.Text>
              <Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>
                {r.ip}
              </Typography.Text>
            </List.Item>
          )}
        />
      )}
    </Flex>
  );
}
