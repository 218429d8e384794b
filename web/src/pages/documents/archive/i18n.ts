import { registerMessages } from '../../../app/i18n';
import '../i18n';
import { archiveEn } from './messages.en';
import { archiveZhCN } from './messages.zh-CN';

/** Strings of 档案 (zh-CN, en): 档案检索, 借阅, 借阅登记, 清退与销毁 and the record kept, and the 稿纸's archive card. */
registerMessages(archiveZhCN, archiveEn);
