import { Card, Typography, theme } from 'antd';
import { useT } from '../../app/i18n';
import type { CalendarDay } from './api';
import { daysInMonth, isWeekend, isoDate, weekdayIndex } from './days';

/** The name without its bracketed note (「春节（预排，待国务院通知）」 → 「春节」), for a small cell. */
const shortName = (name: string) => name.split('（')[0];

interface Props {
  year: number;
  month: number;
  title: string;
  days: Map<string, CalendarDay>;
  onPick(date: string): void;
}

/** One month, Monday first: holidays in red (休), make-up workdays in blue (班), weekends greyed. */
export function MonthGrid({ year, month, title, days, onPick }: Props) {
  const t = useT();
  const { token } = theme.useToken();
  const weekdays = t('calendar.weekdays').split(',');
  const lead = weekdayIndex(isoDate(year, month, 1));
  const dates = Array.from({ length: daysInMonth(year, month) }, (_, i) => isoDate(year, month, i + 1));
  const grid = { display: 'grid', gridTemplateColumns: 'repeat(7, minmax(0, 1fr))', gap: 2 } as const;

  return (
    <Card size="small" title={title}>
      <div style={grid}>
        {weekdays.map((w, i) => (
          <Typography.Text key={w} type={i >= 5 ? 'secondary' : undefined} style={{ textAlign: 'center', fontSize: 12 }}>
            {w}
          </Typography.Text>
        ))}
        {lead > 0 && <div style={{ gridColumn: `span ${lead}` }} />}
        {dates.map((date) => {
          const day = days.get(date);
          const color = day?.kind === 'holiday' ? token.colorError : day?.kind === 'workday' ? token.colorPrimary : undefined;
          const background = day?.kind === 'holiday' ? token.colorErrorBg : day?.kind === 'workday' ? token.colorPrimaryBg : undefined;
          return (
            <button
              key={date}
              type="button"
              title={day ? `${date} ${t(`calendar.kind.${day.kind}`)} ${day.name}` : date}
              aria-label={day ? `${date} ${t(`calendar.kind.${day.kind}`)} ${day.name}` : date}
              onClick={() => onPick(date)}
              style={{
                position: 'relative',
                minHeight: 36,
                padding: '2px 0',
                border: 'none',
                borderRadius: token.borderRadiusSM,
                cursor: 'pointer',
                background: background ?? 'transparent',
                color: color ?? (isWeekend(date) ? token.colorTextTertiary : token.colorText),
                fontWeight: day ? 600 : undefined,
                lineHeight: 1.2,
              }}
            >
              {Number(date.slice(8))}
              {day && <span style={{ position: 'absolute', top: 1, right: 2, fontSize: 9, fontWeight: 400 }}>{t(`calendar.badge.${day.kind}`)}</span>}
              {day?.name && (
                <span style={{ display: 'block', fontSize: 10, fontWeight: 400, overflow: 'hidden', whiteSpace: 'nowrap', textOverflow: 'ellipsis' }}>
                  {shortName(day.name)}
                </span>
              )}
            </button>
          );
        })}
      </div>
    </Card>
  );
}
