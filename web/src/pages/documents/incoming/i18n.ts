import { registerMessages } from '../../../app/i18n';
import { incomingEn } from './messages.en';
import { incomingZhCN } from './messages.zh-CN';

/** Strings of 收文 (zh-CN, en): the list, 收文登记, the 收文处理单 and its steps, and 收文签收's additions. */
registerMessages(incomingZhCN, incomingEn);
