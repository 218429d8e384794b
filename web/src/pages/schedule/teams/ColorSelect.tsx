import { Select, Tag } from 'antd';
import { useT } from '../../../app/i18n';
import { CALENDAR_COLORS } from '../colors';

/** The colour choice of a team calendar, each option in its colour. */
export function ColorSelect(props: { value?: string; onChange?(v: string): void }) {
  const t = useT();
  return (
    <Select
      {...props}
      aria-label={t('schedule.teams.color')}
      options={Object.entries(CALENDAR_COLORS).map(([name, hex]) => ({ value: name, label: <Tag color={hex}>{t(`schedule.color.${name}`)}</Tag> }))}
    />
  );
}
