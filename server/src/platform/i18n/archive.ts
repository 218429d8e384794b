/** Server messages of archive (zh-CN, and en key for key), merged into the catalogues in zh-CN.ts and en.ts. */
export const archiveZhCN = {
} as const;

export const archiveEn: Record<keyof typeof archiveZhCN, string> = {
};
