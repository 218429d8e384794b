/**
 * The body as the server counts it (server/src/modules/documents/body.ts): paragraphs, headings
 * 一、（一）1.（1） and tables in order, empty paragraphs dropped, whitespace collapsed. 批注 are
 * anchored to (block, start, end) in these texts, so the page must count exactly the same way.
 */
export type Block =
  | { kind: 'paragraph'; text: string }
  | { kind: 'heading'; level: 1 | 2 | 3 | 4; text: string }
  | { kind: 'table'; rows: string[][] };

/** The ranges to mark in each block (by block index), each [start, end). */
export type Highlights = Map<number, [number, number][]>;

/** A range of one block's text: what a 批注 is anchored to. */
export interface Anchor {
  block: number;
  start: number;
  end: number;
  quote: string;
}

const collapse = (text: string) => text.replace(/[\s\u3000]+/g, (ws) => (ws.includes('\u3000') ? '' : ' ')).trim();

function blockOf(el: Element): Block | undefined {
  const tag = el.tagName.toLowerCase();
  if (tag === 'p') return { kind: 'paragraph', text: collapse(el.textContent ?? '') };
  if (/^h[1-4]$/.test(tag)) return { kind: 'heading', level: Number(tag[1]) as 1 | 2 | 3 | 4, text: collapse(el.textContent ?? '') };
  if (tag === 'table') {
    const rows = Array.from(el.querySelectorAll('tr'), (tr) =>
      Array.from(tr.children, (cell) => collapse(cell.textContent ?? '')),
    );
    return { kind: 'table', rows };
  }
  return undefined;
}

export function parseBody(html: string): Block[] {
  const root = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body;
  const blocks: Block[] = [];
  for (const node of Array.from(root.childNodes)) {
    const block =
      node.nodeType === Node.ELEMENT_NODE ? blockOf(node as Element) : node.nodeType === Node.TEXT_NODE ? { kind: 'paragraph' as const, text: collapse(node.textContent ?? '') } : undefined;
    if (block && (block.kind === 'table' || block.text)) blocks.push(block);
  }
  return blocks;
}

export const blockText = (block: Block) => (block.kind === 'table' ? block.rows.map((row) => row.join('\t')).join('\n') : block.text);

/** Where each cell of a table starts in the block's text (cells joined by a tab, rows by a line break). */
export function cellOffsets(rows: string[][]): number[][] {
  let offset = 0;
  return rows.map((row) => {
    // +1 for what follows each cell: a tab, or the line break after a row's last cell.
    const starts = row.map((cell) => {
      const at = offset;
      offset += cell.length + 1;
      return at;
    });
    if (!row.length) offset += 1;
    return starts;
  });
}

export interface Piece {
  text: string;
  marked: boolean;
}

/** Cuts the text found at `base` in its block into pieces inside and outside the marked ranges. */
export function markPieces(text: string, base: number, ranges: [number, number][]): Piece[] {
  const marked = (i: number) => ranges.some(([s, e]) => base + i >= s && base + i < e);
  const pieces: Piece[] = [];
  for (let i = 0; i < text.length; i++) {
    const last = pieces[pieces.length - 1];
    if (last && last.marked === marked(i)) last.text += text[i];
    else pieces.push({ text: text[i]!, marked: marked(i) });
  }
  return pieces;
}

/** The element carrying `data-offset` (a paragraph, heading or table cell) that holds the node. */
const textHost = (node: Node) => (node instanceof Element ? node : node.parentElement)?.closest<HTMLElement>('[data-offset]') ?? null;

/** Characters from the start of `host` up to the point (node, offset). */
function charsBefore(host: HTMLElement, node: Node, offset: number): number {
  const range = document.createRange();
  range.setStart(host, 0);
  range.setEnd(node, offset);
  return range.toString().length;
}

/**
 * The selection inside a body rendered with data-block (each block) and data-offset (each piece of
 * text, at its offset in the block). A selection running into the next blocks is cut at the end of
 * its first block: a 批注 is about one passage.
 */
export function anchorOfSelection(root: HTMLElement, selection: Selection | null, blocks: Block[]): Anchor | null {
  if (!selection || selection.isCollapsed || !selection.rangeCount) return null;
  const range = selection.getRangeAt(0);
  const startHost = textHost(range.startContainer);
  if (!startHost || !root.contains(startHost)) return null;
  const blockEl = startHost.closest<HTMLElement>('[data-block]');
  const block = Number(blockEl?.dataset.block);
  const text = blocks[block] && blockText(blocks[block]);
  if (text === undefined) return null;
  const start = Number(startHost.dataset.offset) + charsBefore(startHost, range.startContainer, range.startOffset);
  const endHost = textHost(range.endContainer);
  const sameBlock = endHost?.closest('[data-block]') === blockEl;
  const end = sameBlock && endHost ? Number(endHost.dataset.offset) + charsBefore(endHost, range.endContainer, range.endOffset) : text.length;
  if (end <= start) return null;
  return { block, start, end, quote: text.slice(start, end) };
}
