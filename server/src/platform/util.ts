import { v7 as uuidv7 } from 'uuid';

export const newId = (): string => uuidv7();
export const nowIso = (): string => new Date().toISOString();
export const isoAfter = (ms: number, from = Date.now()): string => new Date(from + ms).toISOString();
export const bool = (v: number | boolean | null | undefined): boolean => v === 1 || v === true;
export const parseJson = <T>(text: string | null | undefined, fallback: T): T => {
  if (!text) return fallback;
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
};
