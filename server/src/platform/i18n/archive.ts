/** Server messages of archive (zh-CN, and en key for key), merged into the catalogues in zh-CN.ts and en.ts. */
export const archiveZhCN = {
  'archive.disposed': '该档案已清退或销毁，不能再办理',
  'archive.alreadyOpen': '您已可查阅该档案，无需借阅',
  'archive.borrowingOpen': '您已申请借阅该档案，请等待审批或先归还',
  'archive.notLent': '该借阅不在借出状态，无需归还',
  'archive.notClassified': '只有秘密及以上的档案需要清退或销毁审批',
  'archive.disposalOpen': '该档案已有清退或销毁申请在办理中',
  'archive.disposalNotApproved': '该申请尚未获批准，或已执行',
  'archive.lent': '该档案尚有借阅未结束，请先收回再执行',
} as const;

export const archiveEn: Record<keyof typeof archiveZhCN, string> = {
  'archive.disposed': 'This record has been returned or destroyed; nothing more can be done with it',
  'archive.alreadyOpen': 'You can already open this record; there is no need to borrow it',
  'archive.borrowingOpen': 'You have already asked to borrow this record: wait for the decision, or return it first',
  'archive.notLent': 'This loan is not out, so there is nothing to return',
  'archive.notClassified': 'Only records classified 秘密 (secret) or above need approval to be returned or destroyed',
  'archive.disposalOpen': 'A request to return or destroy this record is already under way',
  'archive.disposalNotApproved': 'This request has not been approved, or it has already been carried out',
  'archive.lent': 'This record is still out on loan: take it back before carrying this out',
};
