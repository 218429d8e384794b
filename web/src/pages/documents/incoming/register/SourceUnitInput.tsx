import { AutoComplete } from 'antd';
import { useT } from '../../../../app/i18n';
import { useExternalUnits } from '../../api';

interface Props {
  value?: string;
  onChange?(value: string): void;
}

/** 来文单位: the external units on file as suggestions while typing; any other name may be typed. */
export function SourceUnitInput({ value = '', onChange }: Props) {
  const t = useT();
  const units = useExternalUnits();
  const typed = value.trim();
  const options = (units.data?.items ?? []).filter((u) => !typed || u.name.includes(typed)).map((u) => ({ value: u.name }));
  return (
    <AutoComplete
      value={value}
      onChange={(v: string) => onChange?.(v)}
      options={options}
      placeholder={t('incoming.register.sourceUnitPlaceholder')}
      aria-label={t('incoming.field.sourceUnit')}
      maxLength={100}
      allowClear
      data-testid="source-unit"
    />
  );
}
