import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

export type Locale = 'zh-CN' | 'en';
type Dict = Record<string, string>;

const catalogues: Record<Locale, Dict> = { 'zh-CN': {}, en: {} };

/** Each page module registers its own strings when it loads: zh-CN first, en with the same keys. */
export function registerMessages(zhCN: Dict, en: { [K in keyof typeof zhCN]: string }): void {
  Object.assign(catalogues['zh-CN'], zhCN);
  Object.assign(catalogues.en, en);
}

export type T = (key: string, params?: Record<string, string | number>) => string;

export function translate(locale: Locale, key: string, params: Record<string, string | number> = {}): string {
  const template = catalogues[locale][key] ?? catalogues['zh-CN'][key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

const STORAGE_KEY = 'tongban.locale';
export const initialLocale = (): Locale => (localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh-CN');

interface I18n {
  locale: Locale;
  setLocale(locale: Locale): void;
  t: T;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(initialLocale);
  const setLocale = useCallback((l: Locale) => {
    localStorage.setItem(STORAGE_KEY, l);
    document.documentElement.lang = l;
    setLocaleState(l);
  }, []);
  const t = useCallback<T>((key, params) => translate(locale, key, params), [locale]);
  const value = useMemo(() => ({ locale, setLocale, t }), [locale, setLocale, t]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error('useI18n outside I18nProvider');
  return ctx;
}

export const useT = (): T => useI18n().t;
