const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const STOP_WORDS = new Set(['一个', '有关', '工作', '进行', '相关', '以及', '根据', '通知', '要求', '各科室', '现将', '如下', '事项', '我们', '认真', '做好', '确保']);

/** Keywords suggested for the archive record: the body's most frequent words of two characters or more. */
export function suggestKeywords(text: string, count = 5): string[] {
  const frequency = new Map<string, number>();
  for (const { segment, isWordLike } of segmenter.segment(text)) {
    if (!isWordLike || segment.length < 2 || !/\p{Script=Han}/u.test(segment) || STOP_WORDS.has(segment)) continue;
    frequency.set(segment, (frequency.get(segment) ?? 0) + 1);
  }
  return [...frequency.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'zh')).slice(0, count).map(([word]) => word);
}
