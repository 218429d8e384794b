import { useEffect } from 'react';
import { useEditor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { TableKit } from '@tiptap/extension-table';
import { useT } from '../../../app/i18n';
import type { Anchor, Highlights } from './blocks';
import { AnnotationHighlights, anchorInEditor, showHighlights } from './editorAnchors';

interface Options {
  html: string;
  highlights: Highlights;
  /** Whether the text differs from the saved revision: 批注 ranges are then out of step and left as they are. */
  dirty: boolean;
  onChange(): void;
  onSelect(anchor: Anchor | null): void;
}

/**
 * The body editor, limited to what a 公文 body may hold (GB/T 9704): paragraphs, the four heading
 * levels and tables. Marks, lists, quotes, code, links and line breaks are left out so nothing is
 * typed that the server would drop.
 */
export function useBodyEditor({ html, highlights, dirty, onChange, onSelect }: Options) {
  const t = useT();
  const editor = useEditor({
    extensions: [
      StarterKit.configure({
        bold: false,
        italic: false,
        strike: false,
        underline: false,
        code: false,
        codeBlock: false,
        blockquote: false,
        bulletList: false,
        orderedList: false,
        listItem: false,
        listKeymap: false,
        link: false,
        horizontalRule: false,
        hardBreak: false,
        // It would append an empty paragraph on the first keystroke, marking an untouched draft as changed.
        trailingNode: false,
        heading: { levels: [1, 2, 3, 4] },
      }),
      TableKit.configure({ table: { resizable: false } }),
      AnnotationHighlights.configure({ highlights }),
    ],
    content: html,
    onUpdate: onChange,
    onSelectionUpdate: ({ editor: e }) => onSelect(anchorInEditor(e.state.doc, e.state.selection.from, e.state.selection.to)),
    editorProps: {
      attributes: { class: 'tb-doc-paper tb-doc-editor', role: 'textbox', 'aria-multiline': 'true', 'aria-label': t('documents.body.label') },
    },
  });
  useEffect(() => {
    if (!dirty) showHighlights(editor, highlights);
  }, [editor, highlights, dirty]);
  return editor;
}
