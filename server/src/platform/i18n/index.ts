import { zhCN } from './zh-CN.js';
import { en } from './en.js';

export type Locale = 'zh-CN' | 'en';
export type MessageKey = keyof typeof zhCN;
export type Params = Record<string, string | number>;

const catalogues: Record<Locale, Record<MessageKey, string>> = { 'zh-CN': zhCN, en };

export function t(locale: Locale, key: MessageKey, params: Params = {}): string {
  const template = catalogues[locale][key] ?? catalogues['zh-CN'][key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

/** Picks zh-CN unless the request clearly prefers English. */
export function pickLocale(explicit: string | undefined, acceptLanguage: string | undefined): Locale {
  const wanted = explicit || acceptLanguage || '';
  const first = wanted.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'zh-CN';
}
