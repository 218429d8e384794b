/** Server messages of 收文 (zh-CN, and en key for key), merged into the catalogues in zh-CN.ts and en.ts. */
export const receivingZhCN = {
  'incoming.duplicate': '该来文已登记，收文编号 {receiptNo}，请勿重复登记',
  'incoming.ruleMissing': '没有可用的收文编号规则，请先在文号规则中设置',
  'incoming.concluded': '该收文已办结',
  'incoming.deadlineRequired': '督办须设定办理期限',
  'incoming.resultRequired': '请填写办理结果',
} as const;

export const receivingEn: Record<keyof typeof receivingZhCN, string> = {
  'incoming.duplicate': 'This document is already registered as {receiptNo}; do not register it twice',
  'incoming.ruleMissing': 'There is no active numbering rule for incoming documents; set one up under number rules',
  'incoming.concluded': 'This incoming document is already concluded',
  'incoming.deadlineRequired': 'A followed-up (督办) item needs a deadline',
  'incoming.resultRequired': 'Enter the result',
};
