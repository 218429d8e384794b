import { useState } from 'react';
import { Button, Card, Form, Input, InputNumber, Popconfirm, Space, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { ColumnsType } from 'antd/es/table';
import { useQuery } from '@tanstack/react-query';
import { get, post, put } from '../../../api/client';
import { useMe } from '../../../app/auth';
import { useT } from '../../../app/i18n';
import '../i18n';
import { useApiMutation } from '../shared/feedback';
import { FormDrawer } from '../shared/FormDrawer';
import { withoutEmpty } from '../shared/formItems';
import { QueryError } from '../shared/QueryError';
import type { Post } from '../shared/types';

interface Values {
  name: string;
  code: string;
  description?: string;
  sortOrder?: number;
}

/** 岗位管理: the unit's posts; grants made to a post reach everyone holding it. */
export default function PostsPage() {
  const t = useT();
  const manage = useMe().can('org.manage');
  const posts = useQuery({ queryKey: ['posts', 'all'], queryFn: () => get<Post[]>('/api/posts?includeDisabled=true') });
  const [editing, setEditing] = useState<Post | 'new' | null>(null);
  const toggle = useApiMutation((p: Post) => post(`/api/posts/${p.id}/${p.enabled ? 'disable' : 'enable'}`), ['posts']);
  const current = editing === 'new' ? null : editing;

  const columns: ColumnsType<Post> = [
    { title: t('org.post.name'), dataIndex: 'name', width: 140 },
    { title: t('org.post.code'), dataIndex: 'code', width: 140 },
    { title: t('org.post.description'), dataIndex: 'description' },
    { title: t('org.sortOrder'), dataIndex: 'sortOrder', width: 80 },
    {
      title: t('org.post.state'),
      dataIndex: 'enabled',
      width: 90,
      render: (enabled: boolean) => (enabled ? <Tag color="green">{t('admin.enabled')}</Tag> : <Tag>{t('admin.disabled')}</Tag>),
    },
  ];
  if (manage) {
    columns.push({
      title: t('admin.actions'),
      key: 'actions',
      width: 130,
      fixed: 'right',
      render: (_, p) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => setEditing(p)}>
            {t('admin.edit')}
          </Button>
          {p.enabled ? (
            <Popconfirm title={t('admin.confirmDisable', { name: p.name })} onConfirm={() => toggle.mutate(p)}>
              <Button type="link" size="small" danger>
                {t('admin.disable')}
              </Button>
            </Popconfirm>
          ) : (
            <Button type="link" size="small" onClick={() => toggle.mutate(p)}>
              {t('admin.enable')}
            </Button>
          )}
        </Space>
      ),
    });
  }

  return (
    <Card
      title={t('org.menu.posts')}
      extra={
        manage && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            {t('org.post.create')}
          </Button>
        )
      }
    >
      <QueryError error={posts.error} />
      <Table<Post> rowKey="id" size="middle" columns={columns} dataSource={posts.data ?? []} loading={posts.isFetching} scroll={{ x: 720 }} pagination={false} />
      <FormDrawer<Values>
        open={editing !== null}
        onClose={() => setEditing(null)}
        title={current ? t('org.post.edit', { name: current.name }) : t('org.post.create')}
        initialValues={current ?? {}}
        invalidate={['posts']}
        onSubmit={(v) => (current ? put(`/api/posts/${current.id}`, { ...withoutEmpty(v), description: v.description ?? '' }) : post('/api/posts', withoutEmpty(v)))}
      >
        <Form.Item name="name" label={t('org.post.name')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={64} />
        </Form.Item>
        <Form.Item name="code" label={t('org.post.code')} rules={[{ required: true }, { pattern: /^[A-Za-z0-9._-]+$/, message: t('org.codeFormat') }]}>
          <Input maxLength={64} />
        </Form.Item>
        <Form.Item name="description" label={t('org.post.description')}>
          <Input.TextArea maxLength={500} rows={3} />
        </Form.Item>
        <Form.Item name="sortOrder" label={t('org.sortOrder')} extra={t('org.sortOrderHelp')}>
          <InputNumber min={0} max={1_000_000} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </FormDrawer>
    </Card>
  );
}
