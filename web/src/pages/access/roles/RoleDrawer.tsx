import { Alert, Form, Input, Radio, Switch } from 'antd';
import { post, put } from '../../../api/client';
import { useT } from '../../../app/i18n';
import { FormDrawer } from '../../org/shared/FormDrawer';
import { AdminKindTag } from '../AdminKindTag';
import { usePermissionCatalogue } from '../queries';
import { DATA_SCOPES, type AdminKind, type DataScope, type PermissionCatalogue, type Role } from '../types';
import { PermissionChecklist } from './PermissionChecklist';

interface Values {
  code: string;
  name: string;
  description?: string;
  permissions: string[];
  dataScope: DataScope;
  require2fa: boolean;
}

/** The administrator kinds the chosen codes belong to (more than one is refused by the server). */
const kindsOf = (catalogue: PermissionCatalogue | undefined, codes: string[]): AdminKind[] => {
  const kinds = new Set<AdminKind>();
  for (const p of catalogue?.groups.flatMap((g) => g.permissions) ?? []) if (p.adminKind && codes.includes(p.code)) kinds.add(p.adminKind);
  return [...kinds];
};

/** Creates or edits a role. Built-in roles keep their codes and scope; only name, description and 2FA change. */
export function RoleDrawer({ role, open, onClose }: { role: Role | null; open: boolean; onClose(): void }) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const catalogue = usePermissionCatalogue();
  const permissions = Form.useWatch('permissions', form) ?? [];
  const kinds = kindsOf(catalogue.data, permissions);
  const locked = role?.builtin ?? false;

  const submit = (v: Values) => {
    const common = { name: v.name, description: v.description ?? '', require2fa: v.require2fa };
    if (!role) return post('/api/roles', { ...common, code: v.code, permissions: v.permissions, dataScope: v.dataScope });
    return put(`/api/roles/${role.id}`, locked ? common : { ...common, permissions: v.permissions, dataScope: v.dataScope });
  };

  return (
    <FormDrawer<Values>
      open={open}
      onClose={onClose}
      form={form}
      title={role ? t('access.role.edit', { name: role.name }) : t('access.role.create')}
      initialValues={role ?? { permissions: [], dataScope: 'department', require2fa: false }}
      invalidate={['roles']}
      onSubmit={submit}
    >
      {locked && <Alert type="info" showIcon title={t('access.role.builtinHelp')} style={{ marginBottom: 16 }} />}
      <Form.Item name="code" label={t('access.role.code')} rules={[{ required: true }, { pattern: /^[a-z][a-z0-9-]{1,39}$/, message: t('access.role.codeFormat') }]}>
        <Input maxLength={40} disabled={role !== null} />
      </Form.Item>
      <Form.Item name="name" label={t('access.role.name')} rules={[{ required: true, whitespace: true }]}>
        <Input maxLength={60} />
      </Form.Item>
      <Form.Item name="description" label={t('access.role.description')}>
        <Input.TextArea maxLength={500} rows={2} />
      </Form.Item>
      <Form.Item name="dataScope" label={t('access.role.dataScope')} rules={[{ required: true }]}>
        <Radio.Group disabled={locked} options={DATA_SCOPES.map((s) => ({ value: s, label: t(`access.scope.${s}`) }))} />
      </Form.Item>
      <Form.Item name="require2fa" label={t('access.role.require2fa')} valuePropName="checked" extra={t('access.role.require2faHelp')}>
        <Switch />
      </Form.Item>
      <Form.Item label={t('access.role.kind')}>
        {kinds.length === 0 && t('access.role.notAdmin')}
        {kinds.map((k) => (
          <AdminKindTag key={k} kind={k} />
        ))}
        {kinds.length > 1 && <Alert type="error" showIcon title={t('access.role.mixed')} style={{ marginTop: 8 }} />}
      </Form.Item>
      <Form.Item name="permissions" label={t('access.role.permissions')}>
        {catalogue.data ? <PermissionChecklist catalogue={catalogue.data} disabled={locked} /> : <span>{catalogue.error?.message}</span>}
      </Form.Item>
    </FormDrawer>
  );
}
