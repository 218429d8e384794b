import { lazy } from 'react';
import { CalendarOutlined, PlusCircleOutlined } from '@ant-design/icons';
import type { PageRoute } from '../../app/pageRoute';
import './i18n';

/** 会议: 我的会议, 申请会议, the meeting page and the phone's 扫码签到 page. */
export const routes: PageRoute[] = [
  {
    path: '/meetings',
    component: lazy(() => import('./list/MeetingsPage')),
    menu: { group: 'meetings', labelKey: 'meetings.menu.list', icon: <CalendarOutlined />, order: 10 },
  },
  {
    path: '/meetings/new',
    component: lazy(() => import('./apply/ApplyMeetingPage')),
    menu: { group: 'meetings', labelKey: 'meetings.menu.apply', icon: <PlusCircleOutlined />, order: 20 },
  },
  { path: '/meetings/:id/edit', component: lazy(() => import('./apply/EditMeetingPage')) },
  { path: '/meetings/:id', component: lazy(() => import('./detail/MeetingPage')) },
  { path: '/m/signin/:id', component: lazy(() => import('./signin/SignInPage')) },
];
