/** Server messages of 会议室与预订 (zh-CN, and en key for key), merged into the catalogues in zh-CN.ts and en.ts. */
export const roomsZhCN = {} as const;

export const roomsEn: Record<keyof typeof roomsZhCN, string> = {};
