import { requireAny, type Caller } from '../access/index.js';

/** The working-day calendar is a system administrator's setting (系统管理员); reading it is everyone's. */
export const mayManageCalendar = (caller: Caller) => requireAny(caller, 'calendar.manage');
