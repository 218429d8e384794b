import { useMemo } from 'react';
import { Button, Empty, Flex, List, Skeleton, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router';
import dayjs from 'dayjs';
import { useT } from '../../../app/i18n';
import { ErrorState } from '../../../components/ErrorState';
import { useItems, useTeamCalendars, type CalendarItem } from '../api';
import { colorOf } from '../colors';
import { itemsOn, rangeOf, timeSpan } from '../dates';
import '../i18n';

/** Where an item opens: my own entries in the schedule's drawer, the rest on their own page. */
const linkOf = (item: CalendarItem) => (item.source === 'entry' ? `/schedule?entry=${encodeURIComponent(item.refId)}` : item.link);

/** 今日日程 on the workspace: today's meetings, own entries and deadlines in time order, in their source colours. */
export default function TodayWidget() {
  const t = useT();
  const navigate = useNavigate();
  const today = useMemo(() => dayjs().startOf('day'), []);
  const query = useItems(useMemo(() => rangeOf('day', today), [today]), null);
  const calendars = useTeamCalendars();
  const calendarColors = useMemo(() => new Map((calendars.data?.items ?? []).map((c) => [c.id, c.color])), [calendars.data]);
  if (query.error) return <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  if (!query.data) return <Skeleton active paragraph={{ rows: 3 }} />;
  const items = itemsOn(query.data.items, today, query.data.timeZone);
  return (
    <>
      {items.length ? (
        <List
          size="small"
          dataSource={items}
          rowKey={(i) => `${i.source}-${i.refId}-${i.startAt}`}
          renderItem={(item) => {
            const color = colorOf(item, calendarColors);
            return (
              <List.Item style={{ padding: '6px 0' }}>
                <Link to={linkOf(item)} style={{ display: 'block', width: '100%', minWidth: 0, color: 'inherit' }} data-testid="widget-schedule-item" data-source={item.source}>
                  <Flex gap={8} align="center">
                    <span aria-hidden style={{ flex: 'none', width: 4, alignSelf: 'stretch', borderRadius: 2, background: color }} />
                    <Typography.Text type="secondary" style={{ flex: 'none', fontSize: 12, minWidth: 76 }}>
                      {timeSpan(item, t('schedule.allDay'))}
                    </Typography.Text>
                    <Typography.Text ellipsis style={{ minWidth: 0, flex: 1 }}>
                      {item.title}
                    </Typography.Text>
                    <Typography.Text style={{ flex: 'none', fontSize: 12, color }}>{t(`schedule.source.${item.source}`)}</Typography.Text>
                  </Flex>
                </Link>
              </List.Item>
            );
          }}
        />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('schedule.widget.empty')} />
      )}
      <Button block icon={<PlusOutlined />} style={{ marginTop: 12 }} onClick={() => navigate('/schedule')}>
        {t('schedule.new')}
      </Button>
    </>
  );
}
