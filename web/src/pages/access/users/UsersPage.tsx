import { useState } from 'react';
import { Button, Card, Input, Select, Space, Table, Tag, Tooltip } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { useT } from '../../../app/i18n';
import { QueryError } from '../../org/shared/QueryError';
import { useServerTable } from '../../org/shared/useServerTable';
import '../i18n';
import type { Account } from '../types';
import { AccountActions } from './AccountActions';
import { CreateAccountDrawer } from './CreateAccountDrawer';

/** 账号管理: login accounts, their state and the roles they hold (system administrator). */
export default function UsersPage() {
  const t = useT();
  const [filters, setFilters] = useState<{ q?: string; status?: 'active' | 'disabled' }>({});
  const { query, tableProps } = useServerTable<Account>('users', '/api/users', filters);
  const [creating, setCreating] = useState(false);

  const columns: ColumnsType<Account> = [
    { title: t('access.user.username'), dataIndex: 'username', width: 120, fixed: 'left' },
    { title: t('access.user.displayName'), dataIndex: 'displayName', width: 110 },
    { title: t('access.user.department'), dataIndex: 'departmentName', width: 140, render: (d: string | null) => d ?? '—' },
    {
      title: t('access.user.state'),
      key: 'state',
      width: 150,
      render: (_, a) => (
        <Space size={4} wrap>
          <Tag color={a.status === 'active' ? 'green' : 'default'}>{t(`access.user.status.${a.status}`)}</Tag>
          {a.locked && <Tag color="red">{t('access.user.locked')}</Tag>}
          {a.totpEnabled && <Tag color="blue">2FA</Tag>}
        </Space>
      ),
    },
    {
      title: t('access.user.roles'),
      dataIndex: 'roles',
      width: 260,
      render: (roles: Account['roles']) =>
        roles.map((r) => (
          <Tooltip key={`${r.id}-${r.via}`} title={r.expiresAt ? t('access.user.roleExpires', { at: dayjs(r.expiresAt).format('YYYY-MM-DD HH:mm') }) : undefined}>
            <Tag color={r.expiresAt ? 'orange' : undefined}>
              {r.name}
              {r.via === 'post' && ` · ${t('access.user.viaPost')}`}
            </Tag>
          </Tooltip>
        )),
    },
    {
      title: t('access.user.lastLoginAt'),
      dataIndex: 'lastLoginAt',
      width: 150,
      render: (at: string | null) => (at ? dayjs(at).format('YYYY-MM-DD HH:mm') : '—'),
    },
    { title: t('admin.actions'), key: 'actions', width: 100, fixed: 'right', render: (_, a) => <AccountActions account={a} /> },
  ];

  return (
    <Card
      title={t('access.menu.users')}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          {t('access.user.create')}
        </Button>
      }
    >
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search allowClear placeholder={t('access.user.search')} onSearch={(q) => setFilters({ ...filters, q: q.trim() || undefined })} style={{ width: 220 }} />
        <Select
          allowClear
          placeholder={t('access.user.state')}
          value={filters.status}
          onChange={(status) => setFilters({ ...filters, status })}
          options={[
            { value: 'active', label: t('access.user.status.active') },
            { value: 'disabled', label: t('access.user.status.disabled') },
          ]}
          style={{ width: 120 }}
        />
      </Space>
      <QueryError error={query.error} />
      <Table<Account> rowKey="id" size="middle" columns={columns} scroll={{ x: 1030 }} {...tableProps} />
      <CreateAccountDrawer open={creating} onClose={() => setCreating(false)} />
    </Card>
  );
}
