import { Checkbox, Input, Select, Space } from 'antd';
import { useT } from '../../../app/i18n';
import { DepartmentPicker, PostPicker, useClearanceOptions } from '../shared/pickers';
import type { Clearance } from '../shared/types';

export interface PeopleFilterValues {
  q?: string;
  departmentId?: string;
  includeSub: boolean;
  postId?: string;
  status?: 'active' | 'left';
  clearance?: Clearance;
}

interface Props {
  value: PeopleFilterValues;
  onChange(value: PeopleFilterValues): void;
}

/** The ledger's filter bar; wraps onto several lines on a phone. */
export function PeopleFilters({ value, onChange }: Props) {
  const t = useT();
  const clearanceOptions = useClearanceOptions();
  const set = (patch: Partial<PeopleFilterValues>) => onChange({ ...value, ...patch });
  return (
    <Space wrap style={{ marginBottom: 12 }}>
      <DepartmentPicker
        value={value.departmentId}
        onChange={(departmentId) => set({ departmentId: departmentId ?? undefined })}
        placeholder={t('org.person.department')}
        allowClear
        style={{ width: 200 }}
      />
      <Checkbox checked={value.includeSub} onChange={(e) => set({ includeSub: e.target.checked })}>
        {t('org.people.includeSub')}
      </Checkbox>
      <PostPicker value={value.postId} onChange={(postId) => set({ postId: postId ?? undefined })} placeholder={t('org.person.post')} style={{ width: 140 }} />
      <Select
        value={value.status}
        onChange={(status) => set({ status })}
        allowClear
        placeholder={t('org.person.status')}
        style={{ width: 120 }}
        options={[
          { value: 'active', label: t('org.status.active') },
          { value: 'left', label: t('org.status.left') },
        ]}
      />
      <Select
        value={value.clearance}
        onChange={(clearance) => set({ clearance })}
        allowClear
        placeholder={t('org.person.clearance')}
        style={{ width: 120 }}
        options={clearanceOptions}
      />
      <Input.Search
        defaultValue={value.q}
        allowClear
        placeholder={t('org.people.keyword')}
        onSearch={(q) => set({ q: q.trim() || undefined })}
        style={{ width: 220 }}
      />
    </Space>
  );
}
