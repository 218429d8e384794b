import { Alert, Flex, Typography } from 'antd';
import { Link } from 'react-router';
import { useT } from '../../../app/i18n';
import type { Clashes } from '../api';
import { timeRange } from '../labels';

/** Who of the invited is busy at that time, and with what. */
export function ClashAlert({ clashes }: { clashes: Clashes | undefined }) {
  const t = useT();
  if (!clashes) return null;
  if (!clashes.length) return <Alert type="success" showIcon title={t('meetings.clash.none')} data-testid="clash-none" />;
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="clash-alert"
      title={t('meetings.clash.title', { n: clashes.length })}
      description={
        <Flex vertical gap={4}>
          {clashes.map((c) => (
            <Typography.Text key={c.userId}>
              {c.name}：
              {c.items.map((i, n) => (
                <span key={n}>
                  {n > 0 && '；'}
                  <Link to={i.link}>{i.title}</Link>（{timeRange(i.startAt, i.endAt)}）
                </span>
              ))}
            </Typography.Text>
          ))}
        </Flex>
      }
    />
  );
}
