import type { ReactNode } from 'react';

/**
 * The server's snippet is escaped text with <mark> around the hits, safe by construction; anything
 * that looks like another tag is dropped all the same, so only <mark> and </mark> reach the page.
 */
export const onlyMarks = (html: string): string => html.replace(/<(?!\/?mark>)[^>]*>?/gi, '');

/** The snippet as HTML: the one place a search answer is set as markup, after onlyMarks. */
export function Snippet({ html }: { html: string }) {
  return <span className="tb-doc-hit" dangerouslySetInnerHTML={{ __html: onlyMarks(html) }} />;
}

/** The words of a query as they are looked for in a title or 文号 (space-separated, case-insensitive). */
export const queryWords = (q: string): string[] => [...new Set(q.split(/\s+/).filter(Boolean))].sort((a, b) => b.length - a.length);

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Plain text (a title, a 文号) with the words of the query marked, as React nodes: nothing is set as markup. */
export function Highlighted({ text, words }: { text: string; words: string[] }): ReactNode {
  if (!words.length || !text) return text;
  const parts = text.split(new RegExp(`(${words.map(escapeRegExp).join('|')})`, 'gi'));
  return (
    <span className="tb-doc-hit">
      {parts.map((part, i) => (i % 2 ? <mark key={i}>{part}</mark> : part))}
    </span>
  );
}
