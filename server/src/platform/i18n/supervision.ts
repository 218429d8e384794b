/** Server messages of 督办 (zh-CN, and en key for key), merged into the catalogues in zh-CN.ts and en.ts. */
export const supervisionZhCN = {} as const;

export const supervisionEn: Record<keyof typeof supervisionZhCN, string> = {};
