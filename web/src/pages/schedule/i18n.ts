import { registerMessages } from '../../app/i18n';
import '../org/shared/i18n';
import { scheduleZhCN } from './messages.zh-CN';
import { scheduleEn } from './messages.en';

/** Strings of 日程 (zh-CN, en): the calendar views, the entry drawer, team calendars and the subscription card. */
registerMessages(scheduleZhCN, scheduleEn);
