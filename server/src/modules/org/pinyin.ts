import { createRequire } from 'node:module';

type PinyinPro = typeof import('pinyin-pro');
let library: PinyinPro | undefined;
/** pinyin-pro carries a large dictionary: it is loaded when the first name is read, not at start-up. */
const pinyinPro = () => (library ??= createRequire(import.meta.url)('pinyin-pro') as PinyinPro);

/** Full pinyin without tones or spaces ("zhangsan") and initials ("zs"); surnames read as surnames (单 → shan). */
export function nameKeys(name: string): { name_pinyin: string; name_initials: string } {
  const { pinyin } = pinyinPro();
  const opts = { toneType: 'none', type: 'array', surname: 'head', v: true } as const;
  const full = pinyin(name, opts).join('').toLowerCase().replace(/[^a-z0-9]/g, '');
  const initials = pinyin(name, { ...opts, pattern: 'first' }).join('').toLowerCase().replace(/[^a-z0-9]/g, '');
  return { name_pinyin: full, name_initials: initials };
}
