import { Flex, Input, Select } from 'antd';
import { useT } from '../../../app/i18n';
import { STATUSES, useKinds } from '../api';

export interface Filters {
  q?: string;
  kind?: string;
  status?: string;
  year?: string;
}

export const FILTER_KEYS = ['q', 'kind', 'status', 'year'] as const;

export const readFilters = (params: URLSearchParams): Filters =>
  Object.fromEntries(FILTER_KEYS.map((k) => [k, params.get(k) || undefined]));

/** The years offered: this one and the four before it. */
const recentYears = () => Array.from({ length: 5 }, (_, i) => String(new Date().getFullYear() - i));

interface Props {
  phone: boolean;
  value: Filters;
  onChange(changes: Filters): void;
}

/** Search by title or 文号, and 文种, 状态, 年度. */
export function DocumentFilters({ phone, value, onChange }: Props) {
  const t = useT();
  const kinds = useKinds();
  const width = (basis: number, max: number) => ({ flex: `1 1 ${basis}px`, maxWidth: phone ? undefined : max });
  return (
    <Flex gap={8} wrap style={{ marginBottom: 12 }}>
      <Input.Search
        key={value.q ?? ''}
        defaultValue={value.q}
        placeholder={t('documents.list.search')}
        aria-label={t('documents.list.search')}
        allowClear
        maxLength={100}
        onSearch={(q) => onChange({ q: q.trim() || undefined })}
        style={width(220, 320)}
      />
      <Select
        value={value.kind}
        onChange={(kind?: string) => onChange({ kind })}
        options={kinds.data?.map((k) => ({ value: k.kind, label: k.name }))}
        loading={kinds.isPending}
        placeholder={t('documents.field.kind')}
        aria-label={t('documents.field.kind')}
        allowClear
        style={width(110, 160)}
      />
      <Select
        value={value.status}
        onChange={(status?: string) => onChange({ status })}
        options={STATUSES.map((s) => ({ value: s, label: t(`documents.status.${s}`) }))}
        placeholder={t('documents.field.status')}
        aria-label={t('documents.field.status')}
        allowClear
        style={width(110, 160)}
      />
      <Select
        value={value.year}
        onChange={(year?: string) => onChange({ year })}
        options={recentYears().map((y) => ({ value: y, label: t('documents.list.yearOption', { year: y }) }))}
        placeholder={t('documents.list.year')}
        aria-label={t('documents.list.year')}
        allowClear
        style={width(100, 140)}
      />
    </Flex>
  );
}
