import { useState } from 'react';
import { Button, Card, Popconfirm, Space, Table, Tag } from 'antd';
import { LockOutlined, PlusOutlined } from '@ant-design/icons';
import type { ColumnsType } from 'antd/es/table';
import { del } from '../../../api/client';
import { useT } from '../../../app/i18n';
import { useApiMutation } from '../../org/shared/feedback';
import { QueryError } from '../../org/shared/QueryError';
import { AdminKindTag } from '../AdminKindTag';
import '../i18n';
import { useRoles } from '../queries';
import type { Role } from '../types';
import { RoleDrawer } from './RoleDrawer';

/** 角色管理: roles as permission codes plus a data scope (security administrator). */
export default function RolesPage() {
  const t = useT();
  const roles = useRoles();
  const [editing, setEditing] = useState<Role | 'new' | null>(null);
  const remove = useApiMutation((r: Role) => del(`/api/roles/${r.id}`), ['roles']);

  const columns: ColumnsType<Role> = [
    {
      title: t('access.role.name'),
      dataIndex: 'name',
      width: 170,
      render: (name: string, r) => (
        <Space size={4} wrap>
          {name}
          {r.builtin && <LockOutlined title={t('access.role.builtin')} />}
          <AdminKindTag kind={r.adminKind} />
        </Space>
      ),
    },
    { title: t('access.role.code'), dataIndex: 'code', width: 140 },
    {
      title: t('access.role.permissions'),
      dataIndex: 'permissions',
      render: (codes: string[]) => codes.map((c) => <Tag key={c}>{t(`perm.${c}`)}</Tag>),
    },
    { title: t('access.role.dataScope'), dataIndex: 'dataScope', width: 120, render: (s: string) => t(`access.scope.${s}`) },
    { title: t('access.role.require2fa'), dataIndex: 'require2fa', width: 90, render: (on: boolean) => (on ? <Tag color="orange">2FA</Tag> : '—') },
    { title: t('access.role.grantCount'), dataIndex: 'grantCount', width: 80 },
    {
      title: t('admin.actions'),
      key: 'actions',
      width: 120,
      fixed: 'right',
      render: (_, r) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => setEditing(r)}>
            {t('admin.edit')}
          </Button>
          {!r.builtin && (
            <Popconfirm title={t('access.role.confirmDelete', { name: r.name })} onConfirm={() => remove.mutate(r)}>
              <Button type="link" size="small" danger>
                {t('access.delete')}
              </Button>
            </Popconfirm>
          )}
        </Space>
      ),
    },
  ];

  return (
    <Card
      title={t('access.menu.roles')}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
          {t('access.role.create')}
        </Button>
      }
    >
      <QueryError error={roles.error} />
      <Table<Role> rowKey="id" size="middle" columns={columns} dataSource={roles.data ?? []} loading={roles.isFetching} scroll={{ x: 1000 }} pagination={false} />
      <RoleDrawer open={editing !== null} role={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
    </Card>
  );
}
