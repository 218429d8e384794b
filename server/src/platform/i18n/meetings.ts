/** Server messages of 会议 (zh-CN, and en key for key), merged into the catalogues in zh-CN.ts and en.ts. */
export const meetingsZhCN = {} as const;

export const meetingsEn: Record<keyof typeof meetingsZhCN, string> = {};
