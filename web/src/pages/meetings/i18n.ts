import { registerMessages } from '../../app/i18n';
import '../documents/i18n';
import { meetingsEn } from './messages.en';
import { meetingsZhCN } from './messages.zh-CN';

/** Strings of 会议 (zh-CN, en): 我的会议, 申请会议, the meeting page and its tabs, and 扫码签到. */
registerMessages(meetingsZhCN, meetingsEn);
