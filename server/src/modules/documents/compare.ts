import { diffArrays } from 'diff';

export interface DiffPart {
  type: 'equal' | 'insert' | 'delete';
  text: string;
}

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** Words as a Chinese reader sees them (ICU's dictionary), with punctuation, spaces and line breaks kept as tokens. */
const words = (text: string): string[] => Array.from(segmenter.segment(text), (s) => s.segment);

/**
 * Word-level comparison of two texts (revision A → B): unchanged runs, insertions and deletions in
 * reading order. Cutting into words first keeps 「年度预算」→「年度决算」 a one-word change instead
 * of a scatter of single characters.
 */
export function compareTexts(a: string, b: string): DiffPart[] {
  const parts: DiffPart[] = [];
  for (const change of diffArrays(words(a), words(b))) {
    const type = change.added ? 'insert' : change.removed ? 'delete' : 'equal';
    const text = change.value.join('');
    const last = parts[parts.length - 1];
    if (last?.type === type) last.text += text;
    else if (text) parts.push({ type, text });
  }
  return parts;
}
