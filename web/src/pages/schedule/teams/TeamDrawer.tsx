import { useState } from 'react';
import { Button, Divider, Drawer, Form, Input, List, Popconfirm, Space, Spin } from 'antd';
import { useT } from '../../../app/i18n';
import { DRAWER_SIZE } from '../../org/shared/FormDrawer';
import { useApiMutation } from '../../org/shared/feedback';
import { PersonSelect } from '../../workflow/forms/PersonSelect';
import { addMembers, deleteTeamCalendar, removeMember, SCHEDULE, updateTeamCalendar, useTeamCalendar, type TeamCalendarDetail } from '../api';
import { ColorSelect } from './ColorSelect';

/** The owner's controls: name and colour, members in and out, deleting the calendar. */
function OwnerControls({ calendar, onDeleted }: { calendar: TeamCalendarDetail; onDeleted(): void }) {
  const t = useT();
  const [picked, setPicked] = useState<string[]>([]);
  const rename = useApiMutation((v: { name: string; color: string }) => updateTeamCalendar(calendar.id, v), [SCHEDULE]);
  const add = useApiMutation((userIds: string[]) => addMembers(calendar.id, userIds), [SCHEDULE], () => setPicked([]));
  const remove = useApiMutation((calendarId: string) => deleteTeamCalendar(calendarId), [SCHEDULE], onDeleted);
  return (
    <>
      <Form layout="vertical" initialValues={{ name: calendar.name, color: calendar.color }} onFinish={(v) => rename.mutate(v)}>
        <Form.Item name="name" label={t('schedule.teams.name')} rules={[{ required: true, whitespace: true, message: t('schedule.teams.required.name') }]}>
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item name="color" label={t('schedule.teams.color')}>
          <ColorSelect />
        </Form.Item>
        <Button htmlType="submit" loading={rename.isPending}>
          {t('schedule.teams.rename')}
        </Button>
      </Form>
      <Divider />
      <Space.Compact style={{ width: '100%' }}>
        <PersonSelect multiple value={picked} onChange={(ids) => setPicked(ids ?? [])} placeholder={t('schedule.teams.addMembers')} />
        <Button type="primary" disabled={!picked.length} loading={add.isPending} onClick={() => add.mutate(picked)}>
          {t('schedule.teams.add')}
        </Button>
      </Space.Compact>
      <Divider />
      <Popconfirm title={t('schedule.teams.confirmDelete', { name: calendar.name })} onConfirm={() => remove.mutate(calendar.id)}>
        <Button danger loading={remove.isPending}>
          {t('schedule.teams.delete')}
        </Button>
      </Popconfirm>
    </>
  );
}

/** One team calendar's members (the owner also manages it here). */
export function TeamDrawer({ calendarId, onClose }: { calendarId: string | null; onClose(): void }) {
  const t = useT();
  const calendar = useTeamCalendar(calendarId);
  const drop = useApiMutation((userId: string) => removeMember(calendarId!, userId), [SCHEDULE]);
  const c = calendar.data;
  return (
    <Drawer open={!!calendarId} title={c?.name ?? ''} onClose={onClose} size={DRAWER_SIZE} destroyOnHidden>
      {!c ? (
        <Spin />
      ) : (
        <>
          {c.isOwner && <OwnerControls key={c.id} calendar={c} onDeleted={onClose} />}
          <Divider titlePlacement="start">{t('schedule.teams.membersCount', { n: c.members.length })}</Divider>
          <List
            size="small"
            dataSource={c.members}
            renderItem={(m) => (
              <List.Item
                actions={
                  c.isOwner && m.userId !== c.ownerUserId
                    ? [
                        <Popconfirm key="remove" title={t('schedule.teams.confirmRemove', { name: m.name })} onConfirm={() => drop.mutate(m.userId)}>
                          <Button type="link" size="small" danger>
                            {t('schedule.teams.remove')}
                          </Button>
                        </Popconfirm>,
                      ]
                    : []
                }
              >
                {m.name}
                {m.userId === c.ownerUserId && ` · ${t('schedule.teams.owner')}`}
              </List.Item>
            )}
          />
        </>
      )}
    </Drawer>
  );
}
