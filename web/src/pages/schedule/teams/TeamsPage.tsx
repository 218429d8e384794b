import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Alert, Button, Card, Empty, Form, Input, List, Space, Tag, TreeSelect, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useT } from '../../../app/i18n';
import { FormDrawer } from '../../org/shared/FormDrawer';
import { QueryError } from '../../org/shared/QueryError';
import { PersonSelect } from '../../workflow/forms/PersonSelect';
import { createTeamCalendar, SCHEDULE, useOrgChart, useTeamCalendars, type CalendarPayload, type OrgNode } from '../api';
import { CALENDAR_COLORS } from '../colors';
import { ColorSelect } from './ColorSelect';
import { TeamDrawer } from './TeamDrawer';
import '../i18n';

interface TreeNode {
  value: string;
  title: string;
  children: TreeNode[];
}
const toTree = (nodes: OrgNode[]): TreeNode[] =>
  nodes.map((n) => ({ value: n.id, title: n.name, children: toTree(n.children) }));

/** 团队日历: the ones I belong to; create one (a department's people or hand-picked); open one's entries or its members. */
export default function TeamsPage() {
  const t = useT();
  const navigate = useNavigate();
  const calendars = useTeamCalendars();
  const org = useOrgChart();
  const [creating, setCreating] = useState(false);
  const [managing, setManaging] = useState<string | null>(null);

  return (
    <Card
      title={t('schedule.teams.title')}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          {t('schedule.teams.new')}
        </Button>
      }
    >
      <Alert type="info" showIcon title={t('schedule.teams.hint')} style={{ marginBottom: 12 }} />
      <QueryError error={calendars.error} />
      <List
        loading={calendars.isPending}
        dataSource={calendars.data?.items ?? []}
        locale={{ emptyText: <Empty description={t('schedule.teams.empty')} /> }}
        renderItem={(c) => (
          <List.Item
            actions={[
              <Button key="view" type="link" onClick={() => navigate(`/schedule?calendar=${c.id}`)}>
                {t('schedule.teams.view')}
              </Button>,
              <Button key="manage" type="link" onClick={() => setManaging(c.id)}>
                {c.isOwner ? t('schedule.teams.manage') : t('schedule.teams.members')}
              </Button>,
            ]}
          >
            <List.Item.Meta
              avatar={<span style={{ display: 'inline-block', width: 12, height: 12, borderRadius: 6, background: CALENDAR_COLORS[c.color] }} />}
              title={
                <Space size={4} wrap>
                  <span>{c.name}</span>
                  {c.isOwner && <Tag color="blue">{t('schedule.teams.isOwner')}</Tag>}
                </Space>
              }
              description={
                <Typography.Text type="secondary">
                  {t('schedule.teams.ownedBy', { name: c.ownerName })} · {t('schedule.teams.memberCount', { n: c.memberCount })}
                </Typography.Text>
              }
            />
          </List.Item>
        )}
      />
      <FormDrawer<CalendarPayload & { memberIds: string[] }>
        open={creating}
        title={t('schedule.teams.new')}
        onClose={() => setCreating(false)}
        initialValues={{ name: '', color: 'blue', departmentId: null, memberIds: [] }}
        onSubmit={(v) => createTeamCalendar({ ...v, departmentId: v.departmentId || null, memberIds: v.memberIds ?? [] })}
        invalidate={[SCHEDULE]}
      >
        <Form.Item name="name" label={t('schedule.teams.name')} rules={[{ required: true, whitespace: true, message: t('schedule.teams.required.name') }]}>
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item name="color" label={t('schedule.teams.color')}>
          <ColorSelect />
        </Form.Item>
        <Form.Item name="departmentId" label={t('schedule.teams.department')} extra={t('schedule.teams.departmentHint')}>
          <TreeSelect allowClear treeDefaultExpandAll treeData={toTree(org.data ?? [])} loading={org.isPending} showSearch={{ treeNodeFilterProp: 'title' }} />
        </Form.Item>
        <Form.Item name="memberIds" label={t('schedule.teams.members')}>
          <PersonSelect multiple onChange={() => undefined} placeholder={t('schedule.teams.addMembers')} />
        </Form.Item>
      </FormDrawer>
      <TeamDrawer calendarId={managing} onClose={() => setManaging(null)} />
    </Card>
  );
}
