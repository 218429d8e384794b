/** 机关代字〔年份〕序号号, the form 《党政机关公文格式》 (GB/T 9704) gives; 〔〕 are U+3014 and U+3015. */
export const DEFAULT_TEMPLATE = '{code}\u3014{year}\u3015{seq}号';

const PLACEHOLDERS = ['{code}', '{year}', '{seq}'] as const;

/** A template must name the organ, the year and the sequence, or two numbers could read the same. */
export const isValidTemplate = (template: string): boolean => PLACEHOLDERS.every((p) => template.includes(p));

/** formatNumber({ code: '示政办发', template: DEFAULT_TEMPLATE }, 2026, 12) → 示政办发〔2026〕12号 */
export const formatNumber = (rule: { code: string; template: string }, year: number, seq: number): string =>
  rule.template.replaceAll('{code}', rule.code).replaceAll('{year}', String(year)).replaceAll('{seq}', String(seq));
