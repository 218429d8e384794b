import type { IOptions } from 'sanitize-html';
import { parseDocument, DomUtils } from 'htmlparser2';

type Element = ReturnType<typeof DomUtils.getElementsByTagName>[number];

/**
 * The body of a 公文 is what GB/T 9704 allows: paragraphs, the four heading levels 一、（一）1.（1）
 * (<h1>–<h4>), tables and line breaks. Everything else an editor or a paste brings is dropped here,
 * on the server, before it is stored.
 */
const SANITIZE: IOptions = {
  allowedTags: ['p', 'h1', 'h2', 'h3', 'h4', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'br'],
  allowedAttributes: { td: ['colspan', 'rowspan'], th: ['colspan', 'rowspan'] },
  allowedSchemes: [],
  disallowedTagsMode: 'discard',
  // Text outside any block (a bare paste) becomes a paragraph of its own below.
  nonTextTags: ['style', 'script', 'textarea', 'option', 'noscript', 'title', 'head'],
};

export type BodyBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'heading'; level: 1 | 2 | 3 | 4; text: string }
  | { kind: 'table'; rows: string[][] };

const collapse = (text: string) => text.replace(/[\s\u3000]+/g, (ws) => (ws.includes('\u3000') ? '' : ' ')).trim();

function blockOf(el: Element): BodyBlock | undefined {
  const text = () => collapse(DomUtils.textContent(el));
  switch (el.name) {
    case 'p':
      return { kind: 'paragraph', text: text() };
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
      return { kind: 'heading', level: Number(el.name[1]) as 1 | 2 | 3 | 4, text: text() };
    case 'table': {
      const rows = DomUtils.getElementsByTagName('tr', el).map((tr) =>
        DomUtils.getElementsByTagName((n) => n === 'td' || n === 'th', tr.children).map((cell) => collapse(DomUtils.textContent(cell))),
      );
      return { kind: 'table', rows };
    }
    default:
      return undefined;
  }
}

/** The body's blocks in order; loose text between blocks becomes a paragraph. Empty paragraphs are dropped. */
export function bodyBlocks(html: string): BodyBlock[] {
  const blocks: BodyBlock[] = [];
  for (const node of parseDocument(html).children) {
    const block = DomUtils.isTag(node) ? blockOf(node) : DomUtils.isText(node) ? { kind: 'paragraph' as const, text: collapse(node.data) } : undefined;
    if (block && (block.kind === 'table' || block.text)) blocks.push(block);
  }
  return blocks;
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function blockHtml(block: BodyBlock): string {
  if (block.kind === 'paragraph') return `<p>${escape(block.text)}</p>`;
  if (block.kind === 'heading') return `<h${block.level}>${escape(block.text)}</h${block.level}>`;
  const rows = block.rows.map((row) => `<tr>${row.map((cell) => `<td>${escape(cell)}</td>`).join('')}</tr>`).join('');
  return `<table><tbody>${rows}</tbody></table>`;
}

/** Stored form of a body: sanitised, then rebuilt from its blocks so the markup is canonical. */
export async function sanitizeBody(html: string): Promise<string> {
  const { default: sanitizeHtml } = await import('sanitize-html');
  return bodyBlocks(sanitizeHtml(html, SANITIZE)).map(blockHtml).join('');
}

const blockText = (block: BodyBlock) => (block.kind === 'table' ? block.rows.map((row) => row.join('\t')).join('\n') : block.text);

/** The text in reading order, one block a line: for search, comparison and annotations. */
export const bodyText = (html: string): string => bodyBlocks(html).map(blockText).join('\n');

/** Each block's text, in order; annotations are anchored to (block, offset) in this list. */
export const bodyBlockTexts = (html: string): string[] => bodyBlocks(html).map(blockText);
