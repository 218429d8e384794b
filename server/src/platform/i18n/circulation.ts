/** Server messages of circulation (zh-CN, and en key for key), merged into the catalogues in zh-CN.ts and en.ts. */
export const circulationZhCN = {
} as const;

export const circulationEn: Record<keyof typeof circulationZhCN, string> = {
};
