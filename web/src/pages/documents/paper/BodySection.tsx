import { useState } from 'react';
import { Button, Flex, Segmented, Tooltip, Typography } from 'antd';
import { CommentOutlined } from '@ant-design/icons';
import { EditorContent } from '@tiptap/react';
import { useT } from '../../../app/i18n';
import type { DocumentView } from '../api';
import { AddAnnotationDialog } from './AddAnnotationDialog';
import type { Anchor } from './blocks';
import { BodyView } from './BodyView';
import { TrackedChanges } from './TrackedChanges';
import type { Draft } from './useDraft';

export type BodyMode = 'edit' | 'clean' | 'tracked';

/** Who edits starts in the editor; a leader signing off and every reader start with the clean text. */
export const initialMode = (doc: DocumentView): BodyMode =>
  doc.can.edit && !doc.myTasks.some((k) => k.purpose === 'signoff') ? 'edit' : 'clean';

interface Props {
  doc: DocumentView;
  draft: Draft;
  mode: BodyMode;
  onMode(mode: BodyMode): void;
  anchor: Anchor | null;
  onSelect(anchor: Anchor | null): void;
}

function AnnotateButton({ doc, anchor, unsaved }: { doc: DocumentView; anchor: Anchor | null; unsaved: boolean }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const hint = unsaved ? t('documents.annotation.saveFirst') : anchor ? t('documents.annotation.on', { quote: anchor.quote }) : t('documents.annotation.selectFirst');
  return (
    <>
      <Tooltip title={hint}>
        <Button size="small" icon={<CommentOutlined />} disabled={!anchor || unsaved} onClick={() => setOpen(true)} data-testid="add-annotation">
          {t('documents.annotation.add')}
        </Button>
      </Tooltip>
      {open && anchor && <AddAnnotationDialog documentId={doc.id} revision={doc.revision} anchor={anchor} onClose={() => setOpen(false)} />}
    </>
  );
}

/**
 * 正文 as on the paper — title, 主送, body, 落款 — in the editor, as clean text, or with the changes
 * since the first revision marked. The editor stays mounted while hidden, keeping unsaved text and undo.
 */
export function BodySection({ doc, draft, mode, onMode, anchor, onSelect }: Props) {
  const t = useT();
  const modes = [...(doc.can.edit ? (['edit'] as const) : []), 'clean', 'tracked'] as const;
  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Segmented<BodyMode>
          value={mode}
          onChange={(m) => {
            onSelect(null);
            onMode(m);
          }}
          options={modes.map((m) => ({ value: m, label: t(`documents.body.mode.${m}`) }))}
          aria-label={t('documents.body.modeLabel')}
        />
        {mode !== 'tracked' && <AnnotateButton doc={doc} anchor={anchor} unsaved={mode === 'edit' && draft.bodyDirty} />}
      </Flex>
      <div className="tb-doc-sheet">
        <div className="tb-doc-title" data-testid="paper-title">
          {draft.values.title}
        </div>
        {draft.values.mainTo && <div className="tb-doc-paper tb-doc-mainto">{draft.values.mainTo}</div>}
        {doc.can.edit && (
          <div hidden={mode !== 'edit'} data-testid="body-editor">
            <EditorContent editor={draft.editor} />
          </div>
        )}
        {mode === 'clean' && <BodyView html={doc.body} highlights={draft.highlights} onSelect={onSelect} />}
        {mode === 'tracked' && <TrackedChanges doc={doc} />}
        {draft.values.issuer && (
          <div className="tb-doc-paper tb-doc-issuer">
            <div>{draft.values.issuer}</div>
            {doc.issueDate && <div>{doc.issueDate}</div>}
          </div>
        )}
        {draft.values.note && <div className="tb-doc-paper tb-doc-note-line">{draft.values.note}</div>}
      </div>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('documents.body.revisionNote', { revision: doc.revision })}
      </Typography.Text>
    </Flex>
  );
}
