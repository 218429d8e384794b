import type { CSSProperties } from 'react';
import { Button, Flex, Input, Select } from 'antd';
import { useSearchParams } from 'react-router';
import { useT, type T } from '../../../app/i18n';
import { SECRET_LEVELS, STATUSES, useKinds } from '../api';

export interface Filters {
  q?: string;
  kind?: string;
  status?: string;
  year?: string;
  secretLevel?: string;
}

export const FILTER_KEYS = ['q', 'kind', 'status', 'year'] as const;

export const readFilters = (params: URLSearchParams, keys: readonly (keyof Filters)[] = FILTER_KEYS): Filters =>
  Object.fromEntries(keys.map((k) => [k, params.get(k) || undefined]));

/**
 * The page's query string as its state: `update` sets the given keys (undefined or '' removes one)
 * and replaces the history entry, so that the back button leaves the page rather than a filter.
 */
export function useUrlState() {
  const [params, setParams] = useSearchParams();
  const update = (changes: Record<string, string | number | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v === undefined || v === '') next.delete(k);
      else next.set(k, String(v));
    }
    setParams(next, { replace: true });
  };
  return [params, update] as const;
}

/** The years offered: this one and the four before it. */
export const recentYears = () => Array.from({ length: 5 }, (_, i) => String(new Date().getFullYear() - i));

/** 年度 as a Select's options. */
export const yearOptions = (t: T) => recentYears().map((y) => ({ value: y, label: t('documents.list.yearOption', { year: y }) }));

/** The 年度 filter of a list. */
export function YearSelect({ value, onChange, style }: { value?: string; onChange(year?: string): void; style: CSSProperties }) {
  const t = useT();
  return (
    <Select
      value={value}
      onChange={onChange}
      options={yearOptions(t)}
      placeholder={t('documents.list.year')}
      aria-label={t('documents.list.year')}
      allowClear
      style={style}
    />
  );
}

interface Props {
  phone: boolean;
  value: Filters;
  onChange(changes: Filters): void;
  /**
   * 'list' (发文): a compact search by title or 文号 among the filters; 'search' (公文检索): the full-text
   * search box on a line of its own, and 密级 among the filters.
   */
  variant?: 'list' | 'search';
}

/** Search by title or 文号 (or the full text), and 文种, 状态, 年度 (and 密级). */
export function DocumentFilters({ phone, value, onChange, variant = 'list' }: Props) {
  const t = useT();
  const kinds = useKinds();
  const full = variant === 'search';
  const width = (basis: number, max: number) => ({ flex: `1 1 ${basis}px`, maxWidth: phone ? undefined : max });
  const placeholder = t(full ? 'documents.search.placeholder' : 'documents.list.search');
  const search = (
    <Input.Search
      key={value.q ?? ''}
      defaultValue={value.q}
      placeholder={placeholder}
      aria-label={placeholder}
      allowClear
      maxLength={full ? 200 : 100}
      enterButton={
        full ? (
          <Button type="primary" autoInsertSpace={false}>
            {t('documents.search.button')}
          </Button>
        ) : undefined
      }
      size={full ? 'large' : undefined}
      onSearch={(q) => onChange({ q: q.trim() || undefined })}
      style={full ? { width: '100%' } : width(220, 320)}
      data-testid={full ? 'search-box' : undefined}
    />
  );
  return (
    <Flex vertical gap={8} style={{ marginBottom: 12 }}>
      {full && search}
      <Flex gap={8} wrap>
        {!full && search}
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
        {full && (
          <Select
            value={value.secretLevel}
            onChange={(secretLevel?: string) => onChange({ secretLevel })}
            options={SECRET_LEVELS.map((l) => ({ value: l, label: t(`documents.secret.${l}`) }))}
            placeholder={t('documents.field.secretLevel')}
            aria-label={t('documents.field.secretLevel')}
            allowClear
            style={width(100, 140)}
          />
        )}
        <Select
          value={value.status}
          onChange={(status?: string) => onChange({ status })}
          options={STATUSES.map((s) => ({ value: s, label: t(`documents.status.${s}`) }))}
          placeholder={t('documents.field.status')}
          aria-label={t('documents.field.status')}
          allowClear
          style={width(110, 160)}
        />
        <YearSelect value={value.year} onChange={(year) => onChange({ year })} style={width(100, 140)} />
      </Flex>
    </Flex>
  );
}
