import { Grid, Select } from 'antd';
import { useT } from '../../../app/i18n';
import { useUrlState } from '../list/DocumentFilters';

/**
 * The one filter of the archive's request lists: their state, kept in the address bar, with the
 * select that changes it. `labels` is the message prefix of the states' names.
 */
export function useStatusFilter<S extends string>(statuses: readonly S[], labels: string) {
  const t = useT();
  const phone = Grid.useBreakpoint().md === false;
  const [params, update] = useUrlState();
  const status = statuses.find((s) => s === params.get('status'));
  const select = (
    <Select
      value={status}
      onChange={(s?: S) => update({ status: s })}
      options={statuses.map((s) => ({ value: s, label: t(`${labels}.${s}`) }))}
      placeholder={t('documents.field.status')}
      aria-label={t('documents.field.status')}
      allowClear
      style={{ width: phone ? '100%' : 160 }}
    />
  );
  return { status, select, phone };
}
