import { Flex, Input, Select } from 'antd';
import { useT } from '../../../app/i18n';
import { RETENTIONS, SECRET_LEVELS, useKinds } from '../api';
import { yearOptions } from '../list/DocumentFilters';
import { retentionLabel } from './labels';

export const ARCHIVE_FILTER_KEYS = ['q', 'year', 'retention', 'secretLevel', 'kind'] as const;
export type ArchiveFilterValues = Partial<Record<(typeof ARCHIVE_FILTER_KEYS)[number], string>>;

export const readArchiveFilters = (params: URLSearchParams): ArchiveFilterValues => Object.fromEntries(ARCHIVE_FILTER_KEYS.map((k) => [k, params.get(k) || undefined]));

/** 题名 / 文号 / 关键词, and 年度, 保管期限, 密级, 文种. */
export function ArchiveFilters({ phone, value, onChange }: { phone: boolean; value: ArchiveFilterValues; onChange(changes: ArchiveFilterValues): void }) {
  const t = useT();
  const kinds = useKinds();
  const width = (basis: number, max: number) => ({ flex: `1 1 ${basis}px`, maxWidth: phone ? undefined : max });
  const select = (key: keyof ArchiveFilterValues, label: string, options: { value: string; label: string }[], basis: number, max: number) => (
    <Select
      value={value[key]}
      onChange={(v?: string) => onChange({ [key]: v })}
      options={options}
      placeholder={label}
      aria-label={label}
      allowClear
      style={width(basis, max)}
    />
  );
  return (
    <Flex gap={8} wrap style={{ marginBottom: 12 }}>
      <Input.Search
        key={value.q ?? ''}
        defaultValue={value.q}
        placeholder={t('archive.search.placeholder')}
        aria-label={t('archive.search.placeholder')}
        allowClear
        maxLength={100}
        onSearch={(q) => onChange({ q: q.trim() || undefined })}
        style={width(240, 340)}
        data-testid="archive-search-box"
      />
      {select('year', t('archive.field.year'), yearOptions(t), 100, 130)}
      {select('retention', t('documents.archive.retention'), RETENTIONS.map((r) => ({ value: r, label: retentionLabel(t, r) })), 100, 130)}
      {select('secretLevel', t('documents.field.secretLevel'), SECRET_LEVELS.map((l) => ({ value: l, label: t(`documents.secret.${l}`) })), 100, 130)}
      {select('kind', t('documents.field.kind'), kinds.data?.map((k) => ({ value: k.kind, label: k.name })) ?? [], 100, 150)}
    </Flex>
  );
}
