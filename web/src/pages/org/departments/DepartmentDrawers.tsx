import { Form, Input, InputNumber } from 'antd';
import { post } from '../../../api/client';
import { useT } from '../../../app/i18n';
import { FormDrawer } from '../shared/FormDrawer';
import { withoutEmpty } from '../shared/formItems';
import { DepartmentPicker } from '../shared/pickers';
import type { Department } from '../shared/types';

interface CreateValues {
  name: string;
  code?: string;
  sortOrder?: number;
}

/** Creates a department under `parent` (null: a top-level department). */
export function CreateDepartmentDrawer(props: { open: boolean; parent: Department | null; onClose(): void; onCreated(id: string): void }) {
  const t = useT();
  const { open, parent, onClose, onCreated } = props;
  return (
    <FormDrawer<CreateValues, { id: string }>
      open={open}
      onClose={onClose}
      title={parent ? t('org.dept.createChildOf', { name: parent.name }) : t('org.dept.createTop')}
      invalidate={['departments']}
      onSubmit={(v) => post<{ id: string }>('/api/departments', { parentId: parent?.id ?? null, ...withoutEmpty(v) })}
      onSaved={(reply) => onCreated(reply.id)}
    >
      <DepartmentFields />
    </FormDrawer>
  );
}

/** Name, code and order: the fields shared by create and edit. */
export function DepartmentFields() {
  const t = useT();
  return (
    <>
      <Form.Item name="name" label={t('org.dept.name')} rules={[{ required: true, whitespace: true }]}>
        <Input maxLength={64} />
      </Form.Item>
      <Form.Item name="code" label={t('org.dept.code')} rules={[{ pattern: /^[A-Za-z0-9._-]*$/, message: t('org.codeFormat') }]}>
        <Input maxLength={64} />
      </Form.Item>
      <Form.Item name="sortOrder" label={t('org.sortOrder')} extra={t('org.sortOrderHelp')}>
        <InputNumber min={0} max={1_000_000} precision={0} style={{ width: '100%' }} />
      </Form.Item>
    </>
  );
}

interface MoveValues {
  parentId: string | null;
  sortOrder?: number;
}

/** Moves a department under another parent (or to the top level). */
export function MoveDepartmentDrawer({ department, open, onClose }: { department: Department; open: boolean; onClose(): void }) {
  const t = useT();
  return (
    <FormDrawer<MoveValues>
      open={open}
      onClose={onClose}
      title={t('org.dept.moveTitle', { name: department.name })}
      initialValues={{ parentId: department.parentId, sortOrder: department.sortOrder }}
      invalidate={['departments', 'people']}
      onSubmit={(v) => post(`/api/departments/${department.id}/move`, { parentId: v.parentId ?? null, sortOrder: v.sortOrder ?? undefined })}
    >
      <Form.Item name="parentId" label={t('org.dept.parent')} extra={t('org.dept.parentHelp')}>
        <DepartmentPicker allowClear excludeId={department.id} placeholder={t('org.dept.topLevel')} />
      </Form.Item>
      <Form.Item name="sortOrder" label={t('org.sortOrder')}>
        <InputNumber min={0} max={1_000_000} precision={0} style={{ width: '100%' }} />
      </Form.Item>
    </FormDrawer>
  );
}
