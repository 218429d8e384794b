import { useMemo, useState } from 'react';
import { App } from 'antd';
import { ApiError, put } from '../../../api/client';
import { useT } from '../../../app/i18n';
import { useRefreshDocuments, type DocumentView } from '../api';
import type { Anchor, Highlights } from './blocks';
import { valuesOf, type PaperValues } from './PaperFields';
import { useBodyEditor } from './useBodyEditor';

/** The open 批注 of the revision on screen, by block: the ones still to be dealt with are marked in the text. */
function openHighlights(doc: DocumentView): Highlights {
  const ranges: Highlights = new Map();
  for (const a of doc.annotations) {
    if (a.parentId || a.resolvedAt || a.revision !== doc.revision) continue;
    ranges.set(a.block, [...(ranges.get(a.block) ?? []), [a.start, a.end]]);
  }
  return ranges;
}

/**
 * The 稿纸 being edited: its field values, the body editor, what is unsaved, and save. Saving sends
 * the revision the editing started from, so a save over someone else's newer one is refused.
 */
export function useDraft(doc: DocumentView, onSelect: (anchor: Anchor | null) => void) {
  const t = useT();
  const { message, modal } = App.useApp();
  const refresh = useRefreshDocuments();
  const [values, setValues] = useState(() => valuesOf(doc));
  const [fieldsDirty, setFieldsDirty] = useState(false);
  const [bodyDirty, setBodyDirty] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const highlights = useMemo(() => openHighlights(doc), [doc]);
  const editor = useBodyEditor({ html: doc.body, highlights, dirty: bodyDirty, onChange: () => setBodyDirty(true), onSelect });

  const change = (patch: Partial<PaperValues>) => {
    setValues((v) => ({ ...v, ...patch }));
    setFieldsDirty(true);
  };

  const save = async (): Promise<boolean> => {
    setSaving(true);
    try {
      const { revision } = await put<{ revision: number }>(`/api/documents/${doc.id}`, { baseRevision: doc.revision, ...values, body: editor.getHTML() });
      setErrors({});
      message.success(t('documents.saved', { revision }));
      await refresh();
      return true;
    } catch (err) {
      if (err instanceof ApiError && err.code === 'DOCUMENT_STALE') {
        modal.confirm({ title: t('documents.stale.title'), content: err.message, okText: t('documents.stale.reload'), onOk: refresh });
      } else if (err instanceof ApiError) {
        setErrors(err.fields);
        message.error(err.message);
      } else message.error(String(err));
      return false;
    } finally {
      setSaving(false);
    }
  };

  return { values, change, errors, editor, highlights, dirty: fieldsDirty || bodyDirty, bodyDirty, saving, save };
}

export type Draft = ReturnType<typeof useDraft>;
