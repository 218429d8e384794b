import { useMemo, useState } from 'react';
import { Button, Card, Empty, Flex, Form, Grid, Input, Switch, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { ColumnsType } from 'antd/es/table';
import { Link, useNavigate } from 'react-router';
import { formatDateTime } from '../../components/loginHistory';
import { useT } from '../../app/i18n';
import { useApiMutation } from '../org/shared/feedback';
import { FormDrawer } from '../org/shared/FormDrawer';
import { withoutEmpty } from '../org/shared/formItems';
import { QueryError } from '../org/shared/QueryError';
import { createDefinition, DEFINITIONS_KEY, updateDefinition, useDefinitions, type FlowSummary } from './api';
import { FlowCards } from './FlowCards';
import { FlowStatus } from './FlowStatus';
import './i18n';

interface NewFlow {
  key: string;
  name: string;
  category?: string;
  description?: string;
}

const matches = (f: FlowSummary, q: string) => [f.name, f.key, f.category, f.description].some((s) => s.toLowerCase().includes(q));

/** 流程管理: every flow of the unit, its state, and the way into its designer. */
export default function FlowListPage() {
  const t = useT();
  const navigate = useNavigate();
  const flows = useDefinitions();
  const [q, setQ] = useState('');
  const [creating, setCreating] = useState(false);
  const phone = Grid.useBreakpoint().md === false;
  const toggle = useApiMutation((f: FlowSummary) => updateDefinition(f.id, { enabled: !f.enabled }), [DEFINITIONS_KEY]);
  const query = q.trim().toLowerCase();
  const rows = useMemo(() => (flows.data ?? []).filter((f) => !query || matches(f, query)), [flows.data, query]);

  const columns: ColumnsType<FlowSummary> = [
    {
      title: t('flowadmin.name'),
      dataIndex: 'name',
      render: (name: string, f) => (
        <Flex vertical>
          <Link to={`/flows/${f.id}`}>{name}</Link>
          {f.description && (
            <Typography.Text type="secondary" ellipsis style={{ maxWidth: 360, fontSize: 12 }}>
              {f.description}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    { title: t('flowadmin.category'), dataIndex: 'category', width: 110, render: (c: string) => c && <Tag>{c}</Tag> },
    { title: t('flowadmin.key'), dataIndex: 'key', width: 150, render: (k: string) => <Typography.Text code>{k}</Typography.Text> },
    { title: t('flowadmin.status'), key: 'status', width: 110, render: (_, f) => <FlowStatus flow={f} /> },
    { title: t('flowadmin.updatedAt'), dataIndex: 'updatedAt', width: 150, render: (v: string) => <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(v)}</span> },
    {
      title: t('flowadmin.enabled'),
      key: 'enabled',
      width: 80,
      render: (_, f) => (
        <Switch
          size="small"
          checked={f.enabled}
          loading={toggle.isPending && toggle.variables?.id === f.id}
          onChange={() => toggle.mutate(f)}
          aria-label={t('flowadmin.enabledOf', { name: f.name })}
        />
      ),
    },
    {
      title: t('admin.actions'),
      key: 'actions',
      width: 80,
      fixed: 'right',
      render: (_, f) => (
        <Button type="link" size="small" onClick={() => navigate(`/flows/${f.id}`)}>
          {t('flowadmin.design')}
        </Button>
      ),
    },
  ];

  return (
    <Card
      title={t('flowadmin.menu')}
      extra={
        <Button type="primary" icon={<PlusOutlined />} autoInsertSpace={false} onClick={() => setCreating(true)}>
          {t('flowadmin.create')}
        </Button>
      }
    >
      <Input.Search
        allowClear
        placeholder={t('flowadmin.searchPlaceholder')}
        onChange={(e) => setQ(e.target.value)}
        style={{ maxWidth: 320, marginBottom: 12 }}
      />
      <QueryError error={flows.error} />
      {phone ? (
        rows.length ? (
          <FlowCards flows={rows} onToggle={(f) => toggle.mutate(f)} toggling={toggle.isPending ? toggle.variables?.id : undefined} />
        ) : (
          !flows.isPending && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
        )
      ) : (
        <Table<FlowSummary>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={rows}
          loading={flows.isFetching}
          scroll={{ x: 860 }}
          pagination={rows.length > 20 ? { pageSize: 20, showTotal: (total) => t('admin.total', { total }) } : false}
        />
      )}
      <FormDrawer<NewFlow, { id: string }>
        open={creating}
        onClose={() => setCreating(false)}
        title={t('flowadmin.create')}
        invalidate={[DEFINITIONS_KEY]}
        onSubmit={(v) => createDefinition(withoutEmpty(v) as NewFlow)}
        onSaved={(r) => navigate(`/flows/${r.id}`)}
      >
        <Form.Item name="name" label={t('flowadmin.name')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item
          name="key"
          label={t('flowadmin.key')}
          extra={t('flowadmin.keyHelp')}
          rules={[{ required: true }, { pattern: /^[a-z][a-z0-9-]{1,39}$/, message: t('flowadmin.keyFormat') }]}
        >
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item name="category" label={t('flowadmin.category')}>
          <Input maxLength={30} />
        </Form.Item>
        <Form.Item name="description" label={t('flowadmin.description')}>
          <Input.TextArea maxLength={500} rows={3} />
        </Form.Item>
      </FormDrawer>
    </Card>
  );
}
