import { Space, Tag, Typography } from 'antd';
import { useT } from '../../app/i18n';
import type { Room } from './api';

/** A room's capacity, equipment and approval rule as tags; with its location and photo when asked. */
export function RoomTags({ room, withPhoto = false }: { room: Room; withPhoto?: boolean }) {
  const t = useT();
  return (
    <Space orientation="vertical" size={4} style={{ maxWidth: 280 }}>
      {withPhoto && room.photoFileId && <img src={`/api/files/${room.photoFileId}`} alt={room.name} style={{ width: '100%', borderRadius: 6 }} />}
      {withPhoto && <Typography.Text type="secondary">{room.location}</Typography.Text>}
      <Space size={[4, 4]} wrap>
        <Tag color="green">{t('rooms.capacity', { n: room.capacity })}</Tag>
        {room.equipment.map((e) => (
          <Tag key={e}>{t(`rooms.equipment.${e}`)}</Tag>
        ))}
        {room.needsApproval && <Tag color="orange">{t('rooms.needsApproval')}</Tag>}
        {!room.active && <Tag color="red">{t('rooms.inactive')}</Tag>}
      </Space>
      {withPhoto && room.description && <Typography.Text>{room.description}</Typography.Text>}
    </Space>
  );
}
