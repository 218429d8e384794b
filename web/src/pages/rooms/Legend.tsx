import { Space } from 'antd';
import { useT } from '../../app/i18n';

const SWATCHES = [
  ['free', '#f6ffed', '#b7eb8f'],
  ['mine', '#1677ff', '#0958d9'],
  ['taken', '#e6f4ff', '#91caff'],
  ['pending', '#fff7e6', '#fa8c16'],
  ['block', '#ffccc7', '#ffa39e'],
  ['closed', '#f0f0f0', '#d9d9d9'],
] as const;

/** What the grid's colours mean. */
export function Legend() {
  const t = useT();
  return (
    <Space size={[12, 4]} wrap style={{ fontSize: 12 }}>
      {SWATCHES.map(([key, fill, border]) => (
        <span key={key}>
          <span className="room-legend" style={{ background: fill, border: `1px solid ${border}` }} />
          {t(`rooms.legend.${key}`)}
        </span>
      ))}
    </Space>
  );
}
