import { useState } from 'react';
import { Button, Card, Dropdown, Space, Table, Tag, Typography } from 'antd';
import { DownloadOutlined, MoreOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import type { ColumnsType } from 'antd/es/table';
import { download, qs } from '../../../api/client';
import { useMe } from '../../../app/auth';
import { useT } from '../../../app/i18n';
import '../i18n';
import { ClearanceTag } from '../shared/pickers';
import { QueryError } from '../shared/QueryError';
import type { Person } from '../shared/types';
import { useServerTable } from '../shared/useServerTable';
import { ClearanceModal } from './ClearanceModal';
import { ImportModal } from './ImportModal';
import { LeaveModal } from './LeaveModal';
import { PeopleFilters, type PeopleFilterValues } from './PeopleFilters';
import { PersonDrawer } from './PersonDrawer';
import { TransferDrawer } from './TransferDrawer';

type Dialog = { kind: 'edit'; person: Person | null } | { kind: 'transfer' | 'leave' | 'clearance'; person: Person } | { kind: 'import' } | null;

/** 人员台账: the people ledger with join, edit, transfer, leave, clearance, import and export. */
export default function PeoplePage() {
  const t = useT();
  const { can } = useMe();
  const manage = can('org.manage');
  const [filters, setFilters] = useState<PeopleFilterValues>({ includeSub: true, status: 'active' });
  const apiFilters = { ...filters, includeSub: filters.departmentId ? filters.includeSub : undefined };
  const { query, tableProps } = useServerTable<Person>('people', '/api/people', apiFilters);
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);
  const personOf = (kind: 'transfer' | 'leave' | 'clearance') => (dialog?.kind === kind ? dialog.person : null);

  const rowActions = (p: Person) => {
    const more = [
      manage && p.status === 'active' && { key: 'leave', danger: true, label: t('org.people.leave') },
      can('clearance.manage') && { key: 'clearance', label: t('org.person.clearance') },
    ].filter((item) => item !== false);
    return (
      <Space size={0}>
        {manage && (
          <Button type="link" size="small" onClick={() => setDialog({ kind: 'edit', person: p })}>
            {t('admin.edit')}
          </Button>
        )}
        {manage && p.status === 'active' && (
          <Button type="link" size="small" autoInsertSpace={false} onClick={() => setDialog({ kind: 'transfer', person: p })}>
            {t('org.people.transfer')}
          </Button>
        )}
        {more.length > 0 && (
          <Dropdown menu={{ items: more, onClick: ({ key }) => setDialog({ kind: key as 'leave' | 'clearance', person: p }) }}>
            <Button type="link" size="small" icon={<MoreOutlined />} aria-label={t('org.people.more')} />
          </Dropdown>
        )}
      </Space>
    );
  };

  const columns: ColumnsType<Person> = [
    { title: t('org.person.name'), dataIndex: 'name', width: 100, fixed: 'left' },
    { title: t('org.person.employeeNo'), dataIndex: 'employeeNo', width: 110 },
    {
      title: t('org.person.department'),
      dataIndex: 'departmentName',
      width: 200,
      render: (name: string, p) => (
        <>
          {name}
          {p.partTime.map((pt) => (
            <Tag key={pt.departmentId} style={{ marginLeft: 4 }}>
              {t('org.person.partTimeTag', { department: pt.departmentName ?? '' })}
            </Tag>
          ))}
        </>
      ),
    },
    { title: t('org.person.post'), dataIndex: 'postName', width: 110 },
    { title: t('org.person.phone'), dataIndex: 'phone', width: 130 },
    { title: t('org.person.clearance'), dataIndex: 'clearance', width: 90, render: (c: Person['clearance']) => <ClearanceTag value={c} /> },
    {
      title: t('org.person.status'),
      dataIndex: 'status',
      width: 90,
      render: (s: Person['status']) => <Tag color={s === 'active' ? 'green' : 'default'}>{t(`org.status.${s}`)}</Tag>,
    },
    { title: t('org.person.username'), dataIndex: 'username', width: 110, render: (u: string | null) => u ?? <Typography.Text type="secondary">—</Typography.Text> },
    { title: t('admin.actions'), key: 'actions', width: 150, fixed: 'right', render: (_, p) => rowActions(p) },
  ];

  return (
    <Card title={t('org.menu.people')}>
      <Space wrap style={{ marginBottom: 12 }}>
        {manage && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'edit', person: null })}>
            {t('org.people.join')}
          </Button>
        )}
        {manage && (
          <Button icon={<UploadOutlined />} onClick={() => setDialog({ kind: 'import' })}>
            {t('org.people.import')}
          </Button>
        )}
        <Button icon={<DownloadOutlined />} onClick={() => download('/api/people/export.xlsx' + qs(apiFilters), t('org.people.exportFile'))}>
          {t('org.people.export')}
        </Button>
      </Space>
      <PeopleFilters value={filters} onChange={setFilters} />
      <QueryError error={query.error} />
      <Table<Person> rowKey="id" size="middle" columns={columns} scroll={{ x: 1100 }} {...tableProps} />
      <PersonDrawer open={dialog?.kind === 'edit'} person={dialog?.kind === 'edit' ? dialog.person : null} onClose={close} />
      <TransferDrawer person={personOf('transfer')} onClose={close} />
      <LeaveModal person={personOf('leave')} onClose={close} />
      <ClearanceModal person={personOf('clearance')} onClose={close} />
      <ImportModal open={dialog?.kind === 'import'} onClose={close} />
    </Card>
  );
}
