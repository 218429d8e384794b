import { useMemo, useState } from 'react';
import { Card, Empty, Flex, Grid, Select, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useT, type T } from '../../../app/i18n';
import { ErrorState } from '../../../components/ErrorState';
import { PageLoading } from '../../../components/PageLoading';
import { useBoard, type Board } from '../api';
import { EChart } from './EChart';

const RED = '#ff4d4f';
const BLUE = '#1677ff';

function rateChart(t: T, board: Board) {
  return {
    tooltip: { trigger: 'axis', valueFormatter: (v: number | null) => (v === null ? '—' : `${v}%`) },
    grid: { left: 8, right: 16, top: 24, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: board.departments.map((d) => d.department), axisLabel: { interval: 0, rotate: board.departments.length > 4 ? 30 : 0 } },
    yAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
    series: [
      {
        name: t('supervision.board.rate'),
        type: 'bar',
        barMaxWidth: 40,
        barMinHeight: 3,
        // A department with an overdue item stands out in red.
        data: board.departments.map((d) => ({ value: d.onTimeRate, itemStyle: { color: d.overdue > 0 ? RED : BLUE } })),
        label: { show: true, position: 'top', formatter: ({ value }: { value: number | null }) => (value === null ? '' : `${value}%`) },
      },
    ],
  };
}

function trendChart(t: T, board: Board) {
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 8, right: 8, top: 32, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: board.trend.map((m) => t('supervision.board.month', { month: m.month })) },
    yAxis: [
      { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
      { type: 'value', minInterval: 1 },
    ],
    series: [
      { name: t('supervision.board.rate'), type: 'line', smooth: true, connectNulls: true, data: board.trend.map((m) => m.onTimeRate), itemStyle: { color: BLUE } },
      { name: t('supervision.board.overdue'), type: 'bar', yAxisIndex: 1, barMaxWidth: 16, data: board.trend.map((m) => m.overdue), itemStyle: { color: RED } },
    ],
  };
}

/** 考核: per department the on-time rate, overdue and open counts, and the unit's monthly trend. */
export default function BoardPage() {
  const t = useT();
  const phone = Grid.useBreakpoint().md === false;
  const [year, setYear] = useState(dayjs().year());
  const query = useBoard(year);
  const board = query.data;
  const rate = useMemo(() => board && rateChart(t, board), [board, t]);
  const trend = useMemo(() => board && trendChart(t, board), [board, t]);
  const years = Array.from({ length: 5 }, (_, i) => dayjs().year() - i);
  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('supervision.board.heading')}
        </Typography.Title>
        <Select value={year} onChange={setYear} options={years.map((y) => ({ value: y, label: y }))} aria-label={t('supervision.board.year')} style={{ width: 110 }} />
      </Flex>
      <Typography.Text type="secondary">{t('supervision.board.help')}</Typography.Text>
      {query.isPending ? (
        <PageLoading />
      ) : query.error ? (
        <ErrorState error={query.error} onRetry={() => query.refetch()} />
      ) : !board!.departments.length ? (
        <Card>
          <Empty description={t('supervision.board.empty')} />
        </Card>
      ) : (
        <>
          <Card title={t('supervision.board.byDepartment')} styles={{ body: { padding: phone ? 8 : 24 } }}>
            <EChart option={rate!} height={phone ? 240 : 300} testId="board-rate-chart" />
          </Card>
          <Card title={t('supervision.board.trend')} styles={{ body: { padding: phone ? 8 : 24 } }}>
            <EChart option={trend!} height={phone ? 240 : 300} testId="board-trend-chart" />
          </Card>
          <Card styles={{ body: { padding: 0 } }}>
            <Table
              rowKey="departmentId"
              size="small"
              pagination={false}
              dataSource={board!.departments}
              scroll={{ x: 520 }}
              data-testid="board-table"
              onRow={(d) => ({ style: d.overdue > 0 ? { background: '#fff1f0' } : undefined, 'data-overdue': d.overdue > 0 ? 'yes' : 'no' }) as React.HTMLAttributes<HTMLElement>}
              columns={[
                { title: t('supervision.board.department'), dataIndex: 'department', fixed: 'left', width: 120 },
                { title: t('supervision.board.rate'), dataIndex: 'onTimeRate', render: (r: number | null) => (r === null ? '—' : `${r}%`) },
                { title: t('supervision.board.overdue'), dataIndex: 'overdue', render: (n: number) => (n > 0 ? <Tag color="error" data-testid="board-overdue">{n}</Tag> : 0) },
                { title: t('supervision.board.open'), dataIndex: 'open' },
                { title: t('supervision.board.concluded'), dataIndex: 'concluded' },
                { title: t('supervision.board.total'), dataIndex: 'total' },
              ]}
            />
          </Card>
        </>
      )}
    </Flex>
  );
}
