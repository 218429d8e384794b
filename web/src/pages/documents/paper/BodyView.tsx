import { useEffect, useMemo, useRef } from 'react';
import { anchorOfSelection, cellOffsets, markPieces, parseBody, type Anchor, type Block, type Highlights } from './blocks';

function Marked({ text, base, ranges }: { text: string; base: number; ranges: [number, number][] }) {
  if (!ranges.length) return <>{text}</>;
  return (
    <>
      {markPieces(text, base, ranges).map((p, i) =>
        p.marked ? (
          <mark key={i} className="tb-doc-annotated">
            {p.text}
          </mark>
        ) : (
          p.text
        ),
      )}
    </>
  );
}

function BlockView({ block, index, ranges }: { block: Block; index: number; ranges: [number, number][] }) {
  if (block.kind === 'table') {
    const offsets = cellOffsets(block.rows);
    return (
      <table data-block={index}>
        <tbody>
          {block.rows.map((row, r) => (
            <tr key={r}>
              {row.map((cell, c) => (
                <td key={c} data-offset={offsets[r]![c]}>
                  <Marked text={cell} base={offsets[r]![c]!} ranges={ranges} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    );
  }
  const Tag = block.kind === 'heading' ? (`h${block.level}` as const) : 'p';
  return (
    <Tag data-block={index} data-offset={0}>
      <Marked text={block.text} base={0} ranges={ranges} />
    </Tag>
  );
}

interface Props {
  html: string;
  highlights?: Highlights;
  /** Told of every change of the selected passage (null when nothing is selected). */
  onSelect?(anchor: Anchor | null): void;
}

/** The body as read: the paper's typography, each block marked with its index for 批注. */
export function BodyView({ html, highlights, onSelect }: Props) {
  const blocks = useMemo(() => parseBody(html), [html]);
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!onSelect) return;
    const report = () => {
      const el = root.current;
      const selection = document.getSelection();
      // Only selections inside this body count; a click elsewhere (the 添加批注 button) keeps the last one.
      if (!el || !selection?.anchorNode || !el.contains(selection.anchorNode)) return;
      onSelect(anchorOfSelection(el, selection, blocks));
    };
    document.addEventListener('selectionchange', report);
    return () => document.removeEventListener('selectionchange', report);
  }, [blocks, onSelect]);

  return (
    <div ref={root} className="tb-doc-paper" data-testid="body-view">
      {blocks.map((b, i) => (
        <BlockView key={i} block={b} index={i} ranges={highlights?.get(i) ?? []} />
      ))}
    </div>
  );
}
