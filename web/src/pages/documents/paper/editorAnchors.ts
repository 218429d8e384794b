import { Extension, type Editor } from '@tiptap/react';
import type { Node as PmNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { Anchor, Highlights } from './blocks';

/** A text node of the editor: its position in the document and where its text starts in its block. */
interface Segment {
  pos: number;
  offset: number;
  length: number;
}

interface EditorBlock {
  index: number;
  pos: number;
  size: number;
  text: string;
  segments: Segment[];
}

/** The editor's top-level nodes, counted and read as the server counts blocks (see blocks.ts). */
function editorBlocks(doc: PmNode): EditorBlock[] {
  const blocks: EditorBlock[] = [];
  doc.forEach((node, pos) => {
    const segments: Segment[] = [];
    let text = '';
    const collect = (parent: PmNode, parentPos: number) =>
      parent.descendants((child, rel) => {
        if (!child.isText || !child.text) return;
        segments.push({ pos: parentPos + 1 + rel, offset: text.length, length: child.text.length });
        text += child.text;
      });
    const table = node.type.name === 'table';
    if (table) {
      node.forEach((row, rowRel, r) => {
        if (r > 0) text += '\n';
        const rowPos = pos + 1 + rowRel;
        row.forEach((cell, cellRel, c) => {
          if (c > 0) text += '\t';
          collect(cell, rowPos + 1 + cellRel);
        });
      });
    } else collect(node, pos);
    if (table || text.trim()) blocks.push({ index: blocks.length, pos, size: node.nodeSize, text, segments });
  });
  return blocks;
}

function offsetAt(block: EditorBlock, pos: number, edge: 'start' | 'end'): number {
  const inside = block.segments.find((s) => pos >= s.pos && pos <= s.pos + s.length);
  if (inside) return inside.offset + pos - inside.pos;
  if (edge === 'start') return block.segments.find((s) => s.pos > pos)?.offset ?? block.text.length;
  const before = block.segments.filter((s) => s.pos + s.length < pos).pop();
  return before ? before.offset + before.length : 0;
}

/** The selection from–to as a 批注 anchor; cut at the end of its first block. */
export function anchorInEditor(doc: PmNode, from: number, to: number): Anchor | null {
  if (from >= to) return null;
  const block = editorBlocks(doc).find((b) => from >= b.pos && from < b.pos + b.size);
  if (!block) return null;
  const start = offsetAt(block, from, 'start');
  const end = to < block.pos + block.size ? offsetAt(block, to, 'end') : block.text.length;
  return end > start ? { block: block.index, start, end, quote: block.text.slice(start, end) } : null;
}

function highlightDecorations(doc: PmNode, highlights: Highlights): DecorationSet {
  const decorations: Decoration[] = [];
  for (const block of editorBlocks(doc)) {
    for (const [start, end] of highlights.get(block.index) ?? []) {
      for (const s of block.segments) {
        const from = Math.max(start, s.offset);
        const to = Math.min(end, s.offset + s.length);
        if (from < to) decorations.push(Decoration.inline(s.pos + from - s.offset, s.pos + to - s.offset, { class: 'tb-doc-annotated' }));
      }
    }
  }
  return DecorationSet.create(doc, decorations);
}

const highlightKey = new PluginKey<DecorationSet>('annotationHighlights');

/** Marks the 批注 ranges in the editor; they follow the text as it is edited. */
export const AnnotationHighlights = Extension.create<{ highlights: Highlights }>({
  name: 'annotationHighlights',
  addOptions: () => ({ highlights: new Map() }),
  addProseMirrorPlugins() {
    const initial = this.options.highlights;
    return [
      new Plugin<DecorationSet>({
        key: highlightKey,
        state: {
          init: (_, state) => highlightDecorations(state.doc, initial),
          apply: (tr, set) => {
            const next = tr.getMeta(highlightKey) as Highlights | undefined;
            return next ? highlightDecorations(tr.doc, next) : set.map(tr.mapping, tr.doc);
          },
        },
        props: { decorations: (state) => highlightKey.getState(state) },
      }),
    ];
  },
});

/** Shows a new set of 批注 ranges (the text must be the saved revision they refer to). */
export const showHighlights = (editor: Editor, highlights: Highlights) => editor.view.dispatch(editor.state.tr.setMeta(highlightKey, highlights));
