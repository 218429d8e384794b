/** Notices of 公文 sent through the notification centre (zh-CN, and en key for key). */
export const documentNoticesZhCN = {
  'notice.document.distributed': '待签收：{title}',
  'notice.document.distributedBody': '{docNo}《{title}》已分发到本科室，请在“收文签收”中签收。',
  'notice.document.lateSignFor': '【待签收】{docNo} {title}',
  'notice.document.lateSignForBody': '{docNo}《{title}》已分发到本科室，超过一个工作日尚未签收，请尽快签收。',
  'notice.document.circulated': '请阅：{title}',
  'notice.document.circulatedBody': '{docNo}《{title}》已传阅到您处，请阅。',
  'notice.document.circulationReminded': '催阅：{title}',
  'notice.document.circulationRemindedBody': '{docNo}《{title}》尚待您阅，请尽快阅办。',
} as const;

export const documentNoticesEn: Record<keyof typeof documentNoticesZhCN, string> = {
  'notice.document.distributed': 'To sign for: {title}',
  'notice.document.distributedBody': '{docNo} “{title}” was distributed to your section; sign for it under Incoming sign-for.',
  'notice.document.lateSignFor': '[To sign for] {docNo} {title}',
  'notice.document.lateSignForBody': '{docNo} “{title}” was distributed to your section more than a workday ago and is not signed for yet.',
  'notice.document.circulated': 'Please read: {title}',
  'notice.document.circulatedBody': '{docNo} “{title}” has been passed to you to read.',
  'notice.document.circulationReminded': 'Reminder to read: {title}',
  'notice.document.circulationRemindedBody': '{docNo} “{title}” is still waiting for you to read it.',
};
