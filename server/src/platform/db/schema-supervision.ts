/** Row types of 督办 (supervision items, progress, 通报, 整改, 考核). */

export interface SupervisionTables {}
