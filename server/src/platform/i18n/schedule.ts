/** Server messages of 日程 (zh-CN, and en key for key), merged into the catalogues in zh-CN.ts and en.ts. */
export const scheduleZhCN = {} as const;

export const scheduleEn: Record<keyof typeof scheduleZhCN, string> = {};
