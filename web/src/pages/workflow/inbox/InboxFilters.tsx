import { Checkbox, DatePicker, Flex, Input, Select } from 'antd';
import dayjs from 'dayjs';
import { useT } from '../../../app/i18n';
import { STATUSES, useStartableFlows, type Box } from '../api';

export interface Filters {
  q?: string;
  definitionId?: string;
  status?: string;
  /** Days, YYYY-MM-DD, both included. */
  from?: string;
  to?: string;
  overdue?: boolean;
  unread?: boolean;
}

export const FILTER_KEYS = ['q', 'definitionId', 'status', 'from', 'to', 'overdue', 'unread'] as const;

/** The filters as the inbox API takes them: dates become the instants that bound those days. */
export const toQuery = (f: Filters) => ({
  q: f.q,
  definitionId: f.definitionId,
  status: f.status,
  from: f.from ? dayjs(f.from).startOf('day').toISOString() : undefined,
  to: f.to ? dayjs(f.to).add(1, 'day').startOf('day').toISOString() : undefined,
  overdue: f.overdue || undefined,
  unread: f.unread || undefined,
});

interface Props {
  box: Box;
  /** On a phone each control takes the room it gets. */
  phone: boolean;
  value: Filters;
  onChange(changes: Filters): void;
}

/** Search, flow, status, date range, and "overdue only" / "unread only" where they mean something. */
export function InboxFilters({ box, phone, value, onChange }: Props) {
  const t = useT();
  const width = (basis: number, max: number) => ({ flex: `1 1 ${basis}px`, maxWidth: phone ? undefined : max });
  const flows = useStartableFlows();
  return (
    <Flex gap={8} wrap style={{ marginBottom: 12 }}>
      <Input.Search
        key={value.q ?? ''}
        defaultValue={value.q}
        placeholder={t('workflow.inbox.search')}
        allowClear
        maxLength={100}
        onSearch={(q) => onChange({ q: q.trim() || undefined })}
        style={width(220, 320)}
      />
      <Select
        value={value.definitionId}
        onChange={(definitionId?: string) => onChange({ definitionId })}
        options={flows.data?.items.map((f) => ({ value: f.id, label: f.name }))}
        loading={flows.isPending}
        placeholder={t('workflow.inbox.flow')}
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        style={width(140, 200)}
      />
      {box !== 'todo' && (
        <Select
          value={value.status}
          onChange={(status?: string) => onChange({ status })}
          options={STATUSES.map((s) => ({ value: s, label: t(`workflow.status.${s}`) }))}
          placeholder={t('workflow.inbox.status')}
          allowClear
          style={width(120, 160)}
        />
      )}
      <DatePicker.RangePicker
        value={value.from && value.to ? [dayjs(value.from), dayjs(value.to)] : null}
        onChange={(range) =>
          onChange({ from: range?.[0]?.format('YYYY-MM-DD') ?? undefined, to: range?.[1]?.format('YYYY-MM-DD') ?? undefined })
        }
        inputReadOnly={phone}
        style={width(240, 280)}
      />
      {(box === 'todo' || box === 'done') && (
        <Checkbox checked={!!value.overdue} onChange={(e) => onChange({ overdue: e.target.checked || undefined })} style={{ alignSelf: 'center' }}>
          {t('workflow.inbox.overdueOnly')}
        </Checkbox>
      )}
      {box === 'cc' && (
        <Checkbox checked={!!value.unread} onChange={(e) => onChange({ unread: e.target.checked || undefined })} style={{ alignSelf: 'center' }}>
          {t('workflow.inbox.unreadOnly')}
        </Checkbox>
      )}
    </Flex>
  );
}
