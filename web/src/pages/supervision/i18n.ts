import { registerMessages } from '../../app/i18n';
import '../workflow/forms/i18n';
import { supervisionEn } from './messages.en';
import { supervisionZhCN } from './messages.zh-CN';

/** Strings of 督办 (zh-CN, en): menu, lists, the item page and its actions, 立项, 通报 and 考核. */
registerMessages(supervisionZhCN, supervisionEn);
