import { useState } from 'react';
import { Button, Card, Popconfirm, Select, Space, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { ColumnsType } from 'antd/es/table';
import { useQuery } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { del, get, qs } from '../../../api/client';
import { useT } from '../../../app/i18n';
import { useApiMutation } from '../../org/shared/feedback';
import { QueryError } from '../../org/shared/QueryError';
import { AdminKindTag } from '../AdminKindTag';
import '../i18n';
import { useRoles } from '../queries';
import type { Grant } from '../types';
import { GrantDrawer } from './GrantDrawer';

const time = (iso: string) => dayjs(iso).format('YYYY-MM-DD HH:mm');

/** 授权管理: who holds which role, directly or through a post; temporary grants show their expiry. */
export default function GrantsPage() {
  const t = useT();
  const roles = useRoles();
  const [filters, setFilters] = useState<{ roleId?: string; granteeType?: 'user' | 'post' }>({});
  const grants = useQuery({ queryKey: ['grants', filters], queryFn: () => get<{ items: Grant[] }>('/api/grants' + qs(filters)).then((r) => r.items) });
  const [adding, setAdding] = useState(false);
  const revoke = useApiMutation((g: Grant) => del(`/api/grants/${g.id}`), ['grants', 'users', 'roles']);

  const columns: ColumnsType<Grant> = [
    {
      title: t('access.grant.role'),
      dataIndex: 'roleName',
      width: 190,
      render: (name: string, g) => (
        <Space size={4} wrap>
          {name}
          <AdminKindTag kind={g.adminKind} />
        </Space>
      ),
    },
    {
      title: t('access.grant.grantee'),
      dataIndex: 'granteeName',
      width: 200,
      render: (name: string, g) => (
        <Space size={4}>
          <Tag color={g.granteeType === 'post' ? 'cyan' : 'default'}>{t(`access.grantee.${g.granteeType}`)}</Tag>
          {name}
        </Space>
      ),
    },
    {
      title: t('access.grant.expiresAt'),
      dataIndex: 'expiresAt',
      width: 200,
      render: (at: string | null) =>
        at ? (
          <Space size={4}>
            <Tag color="orange">{t('access.grant.temporary')}</Tag>
            {time(at)}
          </Space>
        ) : (
          t('access.grant.permanent')
        ),
    },
    { title: t('access.grant.createdAt'), dataIndex: 'createdAt', width: 150, render: time },
    {
      title: t('admin.actions'),
      key: 'actions',
      width: 90,
      fixed: 'right',
      render: (_, g) => (
        <Popconfirm title={t('access.grant.confirmRevoke', { role: g.roleName, grantee: g.granteeName })} onConfirm={() => revoke.mutate(g)}>
          <Button type="link" size="small" danger>
            {t('access.grant.revoke')}
          </Button>
        </Popconfirm>
      ),
    },
  ];

  return (
    <Card
      title={t('access.menu.grants')}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
          {t('access.grant.create')}
        </Button>
      }
    >
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          allowClear
          placeholder={t('access.grant.role')}
          value={filters.roleId}
          onChange={(roleId) => setFilters({ ...filters, roleId })}
          options={(roles.data ?? []).map((r) => ({ value: r.id, label: r.name }))}
          style={{ width: 200 }}
        />
        <Select
          allowClear
          placeholder={t('access.grant.granteeType')}
          value={filters.granteeType}
          onChange={(granteeType) => setFilters({ ...filters, granteeType })}
          options={[
            { value: 'user', label: t('access.grantee.user') },
            { value: 'post', label: t('access.grantee.post') },
          ]}
          style={{ width: 140 }}
        />
      </Space>
      <QueryError error={grants.error} />
      <Table<Grant> rowKey="id" size="middle" columns={columns} dataSource={grants.data ?? []} loading={grants.isFetching} scroll={{ x: 830 }} pagination={{ pageSize: 50, hideOnSinglePage: true }} />
      <GrantDrawer open={adding} onClose={() => setAdding(false)} />
    </Card>
  );
}
