import { Form, Radio, Select } from 'antd';
import { useT } from '../../../app/i18n';
import { DepartmentSelect } from '../forms/DepartmentSelect';
import { PersonSelect } from '../forms/PersonSelect';
import { assigneeFields } from './fields';
import { PostSelect, RoleSelect } from './RefSelects';
import type { AssigneeRule, FormDefinition } from './types';

const KINDS: AssigneeRule['kind'][] = [
  'users', 'head', 'headChain', 'role', 'post', 'departmentHead', 'initiatorChooses', 'previousChooses', 'initiator', 'formField',
];
const LEVELS = Array.from({ length: 10 }, (_, i) => i + 1);

function fresh(kind: AssigneeRule['kind'], form: FormDefinition | undefined): AssigneeRule {
  switch (kind) {
    case 'users':
      return { kind, userIds: [] };
    case 'role':
      return { kind, roleId: '' };
    case 'post':
      return { kind, postId: '', scope: 'all' };
    case 'head':
      return { kind, level: 1 };
    case 'headChain':
      return { kind, upTo: 2 };
    case 'departmentHead':
      return { kind, departmentId: '' };
    case 'formField':
      return { kind, fieldId: assigneeFields(form)[0]?.id ?? '' };
    default:
      return { kind };
  }
}

interface Props {
  value: AssigneeRule;
  onChange(value: AssigneeRule): void;
  form?: FormDefinition;
}

/** Who a step goes to: the kind of rule, then what that kind needs (people, a role, a level …). */
export function AssigneeEditor({ value, onChange, form }: Props) {
  const t = useT();
  const levelOptions = LEVELS.map((n) => ({ value: n, label: n === 1 ? t('designer.summary.head1') : t('designer.summary.head', { level: n }) }));
  return (
    <>
      <Form.Item label={t('designer.assignee.kind')}>
        <Radio.Group
          value={value.kind}
          onChange={(e) => onChange(fresh(e.target.value, form))}
          options={KINDS.map((k) => ({ value: k, label: t(`designer.assignee.${k}`) }))}
          style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(150px, 1fr))', rowGap: 8 }}
        />
      </Form.Item>
      {value.kind === 'users' && (
        <Form.Item label={t('designer.assignee.users')} required>
          <PersonSelect multiple value={value.userIds} onChange={(ids) => onChange({ ...value, userIds: ids ?? [] })} />
        </Form.Item>
      )}
      {value.kind === 'role' && (
        <Form.Item label={t('designer.assignee.role')} required>
          <RoleSelect value={value.roleId} onChange={(roleId) => onChange({ ...value, roleId })} />
        </Form.Item>
      )}
      {value.kind === 'post' && (
        <>
          <Form.Item label={t('designer.assignee.post')} required>
            <PostSelect value={value.postId} onChange={(postId) => onChange({ ...value, postId })} />
          </Form.Item>
          <Form.Item label={t('designer.assignee.scope')}>
            <Radio.Group
              value={value.scope}
              onChange={(e) => onChange({ ...value, scope: e.target.value })}
              options={(['all', 'initiatorDepartment'] as const).map((s) => ({ value: s, label: t(`designer.assignee.scope.${s}`) }))}
            />
          </Form.Item>
        </>
      )}
      {value.kind === 'head' && (
        <Form.Item label={t('designer.assignee.level')}>
          <Select value={value.level} onChange={(level) => onChange({ ...value, level })} options={levelOptions} />
        </Form.Item>
      )}
      {value.kind === 'headChain' && (
        <Form.Item label={t('designer.assignee.upTo')} extra={t('designer.assignee.upToHelp')}>
          <Select value={value.upTo} onChange={(upTo) => onChange({ ...value, upTo })} options={levelOptions} />
        </Form.Item>
      )}
      {value.kind === 'departmentHead' && (
        <Form.Item label={t('designer.assignee.department')} required>
          <DepartmentSelect value={value.departmentId ? [value.departmentId] : []} onChange={(ids) => onChange({ ...value, departmentId: ids?.[0] ?? '' })} />
        </Form.Item>
      )}
      {value.kind === 'formField' && (
        <Form.Item label={t('designer.assignee.field')} required extra={t('designer.assignee.fieldHelp')}>
          <Select
            value={value.fieldId || undefined}
            onChange={(fieldId) => onChange({ ...value, fieldId })}
            options={assigneeFields(form).map((f) => ({ value: f.id, label: f.label }))}
            placeholder={t('designer.choose')}
            notFoundContent={t('designer.assignee.noFields')}
          />
        </Form.Item>
      )}
      {(value.kind === 'initiatorChooses' || value.kind === 'previousChooses' || value.kind === 'initiator') && (
        <div style={{ color: '#8c8c8c', marginBottom: 16 }}>{t(`designer.assignee.${value.kind}Help`)}</div>
      )}
    </>
  );
}
