import { useState } from 'react';
import { App, Button, Card, Descriptions, Form, Popconfirm, Space, Tag } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { post, put } from '../../../api/client';
import { useT } from '../../../app/i18n';
import { useApiMutation, useShowError } from '../shared/feedback';
import type { Department } from '../shared/types';
import { CreateDepartmentDrawer, DepartmentFields, MoveDepartmentDrawer } from './DepartmentDrawers';

interface EditValues {
  name: string;
  code?: string | null;
  sortOrder?: number;
}

interface Props {
  department: Department;
  all: Department[];
  manage: boolean;
  onCreated(id: string): void;
}

/** The chosen department: its facts, an edit form and the tree actions. */
export function DepartmentDetail({ department: d, all, manage, onCreated }: Props) {
  const t = useT();
  const [form] = Form.useForm<EditValues>();
  const client = useQueryClient();
  const { message } = App.useApp();
  const showError = useShowError();
  const [drawer, setDrawer] = useState<'child' | 'move' | null>(null);
  const [saving, setSaving] = useState(false);
  const toggle = useApiMutation(() => post(`/api/departments/${d.id}/${d.enabled ? 'disable' : 'enable'}`), ['departments']);
  const parentName = all.find((p) => p.id === d.parentId)?.name ?? t('org.dept.topLevel');

  const save = async (v: EditValues) => {
    setSaving(true);
    try {
      await put(`/api/departments/${d.id}`, { name: v.name, code: v.code || null, sortOrder: v.sortOrder ?? undefined });
      await client.invalidateQueries({ queryKey: ['departments'] });
      message.success(t('admin.saved'));
    } catch (err) {
      showError(err, form);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card
      title={d.name}
      extra={!d.enabled && <Tag>{t('admin.disabled')}</Tag>}
      styles={{ header: { flexWrap: 'wrap' } }}
    >
      <Descriptions column={{ xs: 1, sm: 2 }} size="small" style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('org.dept.parent')}>{parentName}</Descriptions.Item>
        <Descriptions.Item label={t('org.dept.peopleCount')}>{d.peopleCount}</Descriptions.Item>
        <Descriptions.Item label={t('org.dept.children')}>{d.children.length}</Descriptions.Item>
        <Descriptions.Item label={t('org.dept.code')}>{d.code || '—'}</Descriptions.Item>
      </Descriptions>
      {manage && (
        <>
          <Space wrap style={{ marginBottom: 16 }}>
            <Button onClick={() => setDrawer('child')} disabled={!d.enabled}>
              {t('org.dept.createChild')}
            </Button>
            <Button onClick={() => setDrawer('move')}>{t('org.dept.move')}</Button>
            {d.enabled ? (
              <Popconfirm title={t('admin.confirmDisable', { name: d.name })} description={t('org.dept.disableHelp')} onConfirm={() => toggle.mutate(undefined)}>
                <Button danger loading={toggle.isPending}>
                  {t('admin.disable')}
                </Button>
              </Popconfirm>
            ) : (
              <Button loading={toggle.isPending} onClick={() => toggle.mutate(undefined)}>
                {t('admin.enable')}
              </Button>
            )}
          </Space>
          <Form<EditValues> form={form} layout="vertical" initialValues={{ name: d.name, code: d.code ?? '', sortOrder: d.sortOrder }} onFinish={save} style={{ maxWidth: 480 }}>
            <DepartmentFields />
            <Button type="primary" htmlType="submit" loading={saving}>
              {t('org.dept.save')}
            </Button>
          </Form>
          <CreateDepartmentDrawer open={drawer === 'child'} parent={d} onClose={() => setDrawer(null)} onCreated={onCreated} />
          <MoveDepartmentDrawer open={drawer === 'move'} department={d} onClose={() => setDrawer(null)} />
        </>
      )}
    </Card>
  );
}
