import { Alert, Card, Form, Input, Radio, Select, Typography } from 'antd';
import { useT } from '../../../app/i18n';
import { useRoles } from '../../access/queries';
import { DepartmentSelect } from '../../workflow/forms/DepartmentSelect';
import { PersonSelect } from '../../workflow/forms/PersonSelect';
import type { FlowDraft, Starters } from '../api';

export type Settings = Pick<FlowDraft, 'name' | 'category' | 'description' | 'adminUserId' | 'starters'>;

interface Props {
  /** The flow's key, fixed at creation. */
  flowKey: string;
  value: Settings;
  onChange(patch: Partial<Settings>): void;
}

/** ① 基础设置: name, category, description, the flow administrator, and who may start the flow. */
export function BasicSettings({ flowKey, value, onChange }: Props) {
  const t = useT();
  const roles = useRoles();
  const { starters } = value;
  const setStarters = (patch: Partial<Starters>) => onChange({ starters: { ...starters, ...patch } });
  const nobody = !starters.all && !starters.departmentIds?.length && !starters.roleIds?.length && !starters.userIds?.length;
  const noName = !value.name.trim();

  return (
    <Card size="small" style={{ maxWidth: 720 }}>
      <Form layout="vertical">
        <Form.Item
          htmlFor="flow-name"
          label={t('flowadmin.name')}
          required
          validateStatus={noName ? 'error' : undefined}
          help={noName ? t('flowadmin.nameRequired') : undefined}
        >
          <Input id="flow-name" value={value.name} maxLength={60} onChange={(e) => onChange({ name: e.target.value })} />
        </Form.Item>
        <Form.Item label={t('flowadmin.key')}>
          <Typography.Text code>{flowKey}</Typography.Text>
        </Form.Item>
        <Form.Item htmlFor="flow-category" label={t('flowadmin.category')} extra={t('flowadmin.categoryHelp')}>
          <Input id="flow-category" value={value.category} maxLength={30} onChange={(e) => onChange({ category: e.target.value })} />
        </Form.Item>
        <Form.Item htmlFor="flow-description" label={t('flowadmin.description')}>
          <Input.TextArea
            id="flow-description"
            value={value.description}
            maxLength={500}
            rows={3}
            showCount
            onChange={(e) => onChange({ description: e.target.value })}
          />
        </Form.Item>
        <Form.Item label={t('flowadmin.admin')} extra={t('flowadmin.adminHelp')}>
          <PersonSelect value={value.adminUserId ? [value.adminUserId] : []} onChange={(ids) => onChange({ adminUserId: ids?.[0] ?? null })} />
        </Form.Item>
        <Form.Item label={t('flowadmin.starters')}>
          <Radio.Group
            value={starters.all ? 'all' : 'some'}
            onChange={(e) => setStarters({ all: e.target.value === 'all' })}
            options={[
              { value: 'all', label: t('flowadmin.starters.all') },
              { value: 'some', label: t('flowadmin.starters.some') },
            ]}
          />
        </Form.Item>
        {!starters.all && (
          <>
            <Form.Item label={t('flowadmin.starters.departments')} extra={t('flowadmin.starters.departmentsHelp')}>
              <DepartmentSelect multiple value={starters.departmentIds} onChange={(ids) => setStarters({ departmentIds: ids ?? [] })} />
            </Form.Item>
            {!roles.isError && (
              <Form.Item label={t('flowadmin.starters.roles')}>
                <Select
                  mode="multiple"
                  value={starters.roleIds ?? []}
                  onChange={(ids: string[]) => setStarters({ roleIds: ids })}
                  options={roles.data?.map((r) => ({ value: r.id, label: r.name }))}
                  loading={roles.isPending}
                  showSearch={{ optionFilterProp: 'label' }}
                  placeholder={t('flowadmin.choose')}
                  allowClear
                />
              </Form.Item>
            )}
            <Form.Item label={t('flowadmin.starters.people')}>
              <PersonSelect multiple value={starters.userIds} onChange={(ids) => setStarters({ userIds: ids ?? [] })} />
            </Form.Item>
            {nobody && <Alert type="warning" showIcon title={t('flowadmin.starters.nobody')} />}
          </>
        )}
      </Form>
    </Card>
  );
}
