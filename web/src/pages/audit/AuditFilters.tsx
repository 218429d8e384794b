import { DatePicker, Input, Select, Space } from 'antd';
import { useQuery } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { get } from '../../api/client';
import { useT } from '../../app/i18n';
import type { AuditFilterValues } from './types';

interface Props {
  value: AuditFilterValues;
  onChange(value: AuditFilterValues): void;
}

/** Person, action, target, outcome and time range; wraps on a phone. */
export function AuditFilters({ value, onChange }: Props) {
  const t = useT();
  const actions = useQuery({ queryKey: ['audit', 'actions'], queryFn: () => get<{ items: string[] }>('/api/audit/actions').then((r) => r.items) });
  const set = (patch: Partial<AuditFilterValues>) => onChange({ ...value, ...patch });
  const text = (v: string) => v.trim() || undefined;
  return (
    <Space wrap style={{ marginBottom: 12 }}>
      <Input.Search allowClear placeholder={t('audit.filter.actor')} onSearch={(v) => set({ actor: text(v) })} style={{ width: 160 }} />
      <Select
        allowClear
        showSearch
        placeholder={t('audit.filter.action')}
        value={value.action}
        onChange={(action) => set({ action })}
        options={(actions.data ?? []).map((a) => ({ value: a, label: a }))}
        loading={actions.isPending}
        style={{ width: 200 }}
      />
      <Input.Search allowClear placeholder={t('audit.filter.targetType')} onSearch={(v) => set({ targetType: text(v) })} style={{ width: 150 }} />
      <Input.Search allowClear placeholder={t('audit.filter.targetId')} onSearch={(v) => set({ targetId: text(v) })} style={{ width: 200 }} />
      <Select
        allowClear
        placeholder={t('audit.filter.outcome')}
        value={value.outcome}
        onChange={(outcome) => set({ outcome })}
        options={[
          { value: 'success', label: t('audit.outcome.success') },
          { value: 'failure', label: t('audit.outcome.failure') },
        ]}
        style={{ width: 110 }}
      />
      <DatePicker.RangePicker
        showTime
        value={value.from && value.to ? [dayjs(value.from), dayjs(value.to)] : null}
        onChange={(range) => set({ from: range?.[0]?.toISOString(), to: range?.[1]?.toISOString() })}
        style={{ maxWidth: '100%' }}
      />
    </Space>
  );
}
