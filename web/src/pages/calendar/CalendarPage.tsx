import { useMemo, useState } from 'react';
import { Alert, Button, Card, Col, Grid, Popconfirm, Row, Segmented, Select, Space, Table, Tag, Typography } from 'antd';
import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import type { ColumnsType } from 'antd/es/table';
import { useI18n } from '../../app/i18n';
import { useApiMutation } from '../org/shared/feedback';
import { QueryError } from '../org/shared/QueryError';
import { CALENDAR_KEY, removeDay, useCalendarYear, type CalendarDay } from './api';
import { DayDrawer } from './DayDrawer';
import { byDate, weekdayIndex } from './days';
import { MonthGrid } from './MonthGrid';
import './i18n';

const THIS_YEAR = new Date().getFullYear();
const MONTHS = Array.from({ length: 12 }, (_, i) => i);

/** 工作日历: a year's holidays and make-up workdays, as twelve month grids or a list, set by clicking a date. */
export default function CalendarPage() {
  const { t, locale } = useI18n();
  const [year, setYear] = useState(THIS_YEAR);
  const [view, setView] = useState<'months' | 'list'>('months');
  const [editing, setEditing] = useState<string | null>(null);
  const narrow = Grid.useBreakpoint().md === false;
  const query = useCalendarYear(year);
  const days = useMemo(() => byDate(query.data?.days), [query.data]);
  const remove = useApiMutation((date: string) => removeDay(date), [CALENDAR_KEY]);
  const list = query.data?.days ?? [];
  const monthName = new Intl.DateTimeFormat(locale, { month: 'long' });
  const weekdays = t('calendar.weekdays').split(',');
  const years = Array.from(new Set([THIS_YEAR - 2, THIS_YEAR - 1, THIS_YEAR, THIS_YEAR + 1, THIS_YEAR + 2, year])).sort((a, b) => a - b);

  const dateLabel = (date: string) => `${date} ${t('calendar.weekday', { day: weekdays[weekdayIndex(date)]! })}`;
  const kindTag = (kind: CalendarDay['kind']) => <Tag color={kind === 'holiday' ? 'red' : 'blue'}>{t(`calendar.kind.${kind}`)}</Tag>;
  const actions: ColumnsType<CalendarDay>[number] = {
    title: t('admin.actions'),
    key: 'actions',
    width: 150,
    fixed: 'right',
    render: (_, d) => (
      <Space size={0}>
        <Button type="link" size="small" onClick={() => setEditing(d.date)}>
          {t('admin.edit')}
        </Button>
        <Popconfirm title={t('calendar.confirmRemove', { date: d.date })} onConfirm={() => remove.mutate(d.date)}>
          <Button type="link" size="small" danger>
            {t('calendar.remove')}
          </Button>
        </Popconfirm>
      </Space>
    ),
  };
  // On a phone the kind and name go under the date, so nothing hides behind a sideways scroll.
  const columns: ColumnsType<CalendarDay> = narrow
    ? [
        {
          title: t('calendar.date'),
          dataIndex: 'date',
          render: (date: string, d) => (
            <>
              <div>{dateLabel(date)}</div>
              {kindTag(d.kind)} <Typography.Text type="secondary">{d.name}</Typography.Text>
            </>
          ),
        },
        actions,
      ]
    : [
        { title: t('calendar.date'), dataIndex: 'date', width: 160, render: dateLabel },
        { title: t('calendar.kind'), dataIndex: 'kind', width: 120, render: kindTag },
        { title: t('calendar.name'), dataIndex: 'name' },
        actions,
      ];

  return (
    <Card
      title={t('calendar.menu')}
      extra={
        <Space.Compact>
          <Button icon={<LeftOutlined />} aria-label={t('calendar.prevYear')} onClick={() => setYear(year - 1)} />
          <Select<number> aria-label={t('calendar.year')} value={year} onChange={setYear} options={years.map((y) => ({ value: y, label: y }))} />
          <Button icon={<RightOutlined />} aria-label={t('calendar.nextYear')} onClick={() => setYear(year + 1)} />
        </Space.Compact>
      }
    >
      <QueryError error={query.error} />
      <Alert type="info" showIcon title={t('calendar.hint')} style={{ marginBottom: 12 }} />
      {list.some((d) => d.name.includes('预排')) && (
        <Alert type="warning" showIcon title={t('calendar.provisionalHint')} style={{ marginBottom: 12 }} />
      )}
      <Space wrap style={{ marginBottom: 12, justifyContent: 'space-between', width: '100%' }}>
        <Segmented<'months' | 'list'>
          value={view}
          onChange={setView}
          options={[
            { value: 'months', label: t('calendar.viewMonths') },
            { value: 'list', label: t('calendar.viewList') },
          ]}
        />
        {view === 'months' && (
          <Space size={4}>
            <Tag color="red">{`${t('calendar.badge.holiday')} ${t('calendar.kind.holiday')}`}</Tag>
            <Tag color="blue">{`${t('calendar.badge.workday')} ${t('calendar.kind.workday')}`}</Tag>
          </Space>
        )}
        <Typography.Text type="secondary">
          {t('calendar.summary', {
            year,
            holidays: list.filter((d) => d.kind === 'holiday').length,
            workdays: list.filter((d) => d.kind === 'workday').length,
          })}
        </Typography.Text>
      </Space>
      {view === 'months' ? (
        <Row gutter={[12, 12]}>
          {MONTHS.map((month) => (
            <Col key={month} xs={24} sm={12} lg={8} xxl={6}>
              <MonthGrid year={year} month={month} title={monthName.format(new Date(year, month, 1))} days={days} onPick={setEditing} />
            </Col>
          ))}
        </Row>
      ) : (
        <Table<CalendarDay>
          rowKey="date"
          size="middle"
          columns={columns}
          dataSource={list}
          loading={query.isFetching}
          pagination={false}
          scroll={narrow ? undefined : { x: 560 }}
          locale={{ emptyText: t('calendar.empty', { year }) }}
        />
      )}
      <DayDrawer date={editing} current={editing ? days.get(editing) : undefined} onClose={() => setEditing(null)} />
    </Card>
  );
}
