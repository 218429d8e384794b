import { registerMessages } from '../../app/i18n';
import '../org/shared/i18n';
import { documentsZhCN } from './messages.zh-CN';
import { documentsEn } from './messages.en';

/**
 * Strings of 公文 (zh-CN, en): menu, list, 拟稿, the 稿纸 page, editor, 修改痕迹 and 批注, the steps
 * after 签发 (编号, 用印排版, 分发, 归档), 收文签收, 外单位, 电子印章, 签章核验, 公文检索, 发文登记簿 and
 * 文号规则, and the second factor before a classified document.
 */
registerMessages(documentsZhCN, documentsEn);
