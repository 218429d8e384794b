import { lazy } from 'react';
import { CalendarOutlined, FieldTimeOutlined, LinkOutlined, TeamOutlined } from '@ant-design/icons';
import type { PageRoute } from '../../app/pageRoute';
import './i18n';

/** 日程: my calendar (day, week, month, list), team calendars, colleagues' free/busy and the iCalendar subscription. Everyone has them. */
export const routes: PageRoute[] = [
  {
    path: '/schedule',
    component: lazy(() => import('./SchedulePage')),
    menu: { group: 'schedule', labelKey: 'schedule.menu.calendar', icon: <CalendarOutlined />, order: 10 },
  },
  {
    path: '/schedule/teams',
    component: lazy(() => import('./teams/TeamsPage')),
    menu: { group: 'schedule', labelKey: 'schedule.menu.teams', icon: <TeamOutlined />, order: 20 },
  },
  {
    path: '/schedule/free-busy',
    component: lazy(() => import('./freebusy/FreeBusyPage')),
    menu: { group: 'schedule', labelKey: 'schedule.menu.freeBusy', icon: <FieldTimeOutlined />, order: 25 },
  },
  {
    path: '/schedule/subscribe',
    component: lazy(() => import('./subscribe/SubscribePage')),
    menu: { group: 'schedule', labelKey: 'schedule.menu.subscribe', icon: <LinkOutlined />, order: 30 },
  },
];
