import { Flex, Typography } from 'antd';
import { PaperClipOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useT } from '../../../app/i18n';
import { fileUrl, useFileInfos, useUsersByIds } from './api';
import { asRange } from './dateInputs';
import { useDepartmentNames } from './DepartmentSelect';
import { DetailTable } from './DetailTable';
import { formatMoney, formatNumber, type Computed } from './logic';
import type { FormField } from './types';

const ids = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const isEmpty = (v: unknown) => v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);

function PersonNames({ value }: { value: string[] }) {
  const users = useUsersByIds(value);
  const names = new Map((users.data?.items ?? []).map((u) => [u.userId, u.name]));
  return <>{value.map((id) => names.get(id) ?? '…').join('、')}</>;
}

function DepartmentNames({ value }: { value: string[] }) {
  const names = useDepartmentNames();
  return <>{value.map((id) => names.get(id) ?? '…').join('、')}</>;
}

function FileLinks({ value }: { value: string[] }) {
  const infos = useFileInfos(value);
  const names = new Map((infos.data?.items ?? []).map((f) => [f.id, f.name]));
  return (
    <Flex vertical gap={2}>
      {value.map((id) => (
        <a key={id} href={fileUrl(id)} target="_blank" rel="noreferrer">
          <PaperClipOutlined /> {names.get(id) ?? id}
        </a>
      ))}
    </Flex>
  );
}

const optionLabel = (field: FormField, v: unknown) => field.options?.find((o) => o.value === v)?.label ?? String(v);

/** A field's value as text for reading (view mode, read-only rights); computed fields take their result. */
export function FieldValue({ field, value, computed }: { field: FormField; value: unknown; computed?: Computed }) {
  const t = useT();
  if (field.type === 'computed') return <>{computed?.money ? formatMoney(computed.value) : formatNumber(computed?.value ?? 0)}</>;
  if (field.type === 'description') return <div style={{ whiteSpace: 'pre-wrap' }}>{field.description}</div>;
  if (isEmpty(value)) return <Typography.Text type="secondary">—</Typography.Text>;
  switch (field.type) {
    case 'textarea':
      return <div style={{ whiteSpace: 'pre-wrap' }}>{String(value)}</div>;
    case 'number':
      return <>{typeof value === 'number' ? formatNumber(value) : String(value)}</>;
    case 'money':
      return <>{typeof value === 'number' ? formatMoney(value) : String(value)}</>;
    case 'datetime':
      return <>{dayjs(String(value)).format('YYYY-MM-DD HH:mm')}</>;
    case 'dateRange': {
      const range = asRange(value);
      if (!range) return null;
      const { start, end, days } = range;
      return <>{days === undefined ? `${start} ~ ${end}` : t('wfForm.rangeText', { start, end, days })}</>;
    }
    case 'select':
    case 'radio':
      return <>{optionLabel(field, value)}</>;
    case 'checkbox':
      return <>{ids(value).map((v) => optionLabel(field, v)).join('、')}</>;
    case 'person':
      return <PersonNames value={ids(value)} />;
    case 'department':
      return <DepartmentNames value={ids(value)} />;
    case 'attachment':
      return <FileLinks value={ids(value)} />;
    case 'table':
      return <DetailTable field={field} value={value} />;
    default:
      return <>{String(value)}</>;
  }
}
