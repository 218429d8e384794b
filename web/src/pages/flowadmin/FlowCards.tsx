import { Card, Flex, Switch, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useT } from '../../app/i18n';
import { formatDateTime } from '../../components/loginHistory';
import type { FlowSummary } from './api';
import { FlowStatus } from './FlowStatus';

interface Props {
  flows: FlowSummary[];
  onToggle(flow: FlowSummary): void;
  toggling?: string;
}

/** The list of flows on a phone: one small card each, the switch at hand. */
export function FlowCards({ flows, onToggle, toggling }: Props) {
  const t = useT();
  return (
    <Flex vertical gap={8}>
      {flows.map((f) => (
        <Card key={f.id} size="small">
          <Flex justify="space-between" align="center" gap={8}>
            <Link to={`/flows/${f.id}`} style={{ fontSize: 15, fontWeight: 500 }}>
              {f.name}
            </Link>
            <Switch size="small" checked={f.enabled} loading={toggling === f.id} onChange={() => onToggle(f)} aria-label={t('flowadmin.enabledOf', { name: f.name })} />
          </Flex>
          <Flex wrap gap={4} align="center" style={{ marginTop: 6 }}>
            <FlowStatus flow={f} />
            {f.category && <Tag>{f.category}</Tag>}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {f.key} · {formatDateTime(f.updatedAt)}
            </Typography.Text>
          </Flex>
        </Card>
      ))}
    </Flex>
  );
}
