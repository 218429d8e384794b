/** Server messages of 消息中心 (notification centre) (zh-CN, and en key for key), merged into the catalogues in zh-CN.ts and en.ts. */
export const notificationsZhCN = {} as const;

export const notificationsEn: Record<keyof typeof notificationsZhCN, string> = {};
