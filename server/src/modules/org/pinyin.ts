import { pinyin } from 'pinyin-pro';

/** Full pinyin without tones or spaces ("zhangsan") and initials ("zs"); surnames read as surnames (单 → shan). */
export function nameKeys(name: string): { name_pinyin: string; name_initials: string } {
  const opts = { toneType: 'none', type: 'array', surname: 'head', v: true } as const;
  const full = pinyin(name, opts).join('').toLowerCase().replace(/[^a-z0-9]/g, '');
  const initials = pinyin(name, { ...opts, pattern: 'first' }).join('').toLowerCase().replace(/[^a-z0-9]/g, '');
  return { name_pinyin: full, name_initials: initials };
}
