import type { ReactNode } from 'react';
import { AccountBookOutlined, CalendarOutlined, CarOutlined, FileTextOutlined, FormOutlined, SafetyCertificateOutlined } from '@ant-design/icons';

/** Icons of the shipped flows by key; any other flow gets a colour from its name. */
const KNOWN: Record<string, { icon: ReactNode; color: string }> = {
  leave: { icon: <CalendarOutlined />, color: '#1677ff' },
  reimbursement: { icon: <AccountBookOutlined />, color: '#fa8c16' },
  businessTrip: { icon: <CarOutlined />, color: '#13c2c2' },
  sealUse: { icon: <SafetyCertificateOutlined />, color: '#eb2f96' },
  general: { icon: <FileTextOutlined />, color: '#722ed1' },
};
const PALETTE = ['#1677ff', '#52c41a', '#fa8c16', '#13c2c2', '#722ed1', '#eb2f96', '#2f54eb'];

export function FlowIcon({ flowKey, name, size = 44 }: { flowKey: string; name: string; size?: number }) {
  const known = KNOWN[flowKey];
  const color = known?.color ?? PALETTE[[...name].reduce((n, c) => n + c.charCodeAt(0), 0) % PALETTE.length];
  return (
    <span
      aria-hidden
      style={{
        display: 'inline-flex',
        alignItems: 'center',
        justifyContent: 'center',
        width: size,
        height: size,
        borderRadius: 12,
        background: color,
        color: '#fff',
        fontSize: size / 2,
        flex: 'none',
      }}
    >
      {known?.icon ?? <FormOutlined />}
    </span>
  );
}
