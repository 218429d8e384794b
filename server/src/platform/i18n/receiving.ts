/** Server messages of receiving (zh-CN, and en key for key), merged into the catalogues in zh-CN.ts and en.ts. */
export const receivingZhCN = {
} as const;

export const receivingEn: Record<keyof typeof receivingZhCN, string> = {
};
