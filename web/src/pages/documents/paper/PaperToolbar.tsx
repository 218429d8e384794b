import { Button, Flex, Typography } from 'antd';
import { SaveOutlined } from '@ant-design/icons';
import { useT } from '../../../app/i18n';
import { EditorToolbar } from './EditorToolbar';
import type { Draft } from './useDraft';

/** Stays in view while the 稿纸 scrolls: the body's formatting (in the editor) and 保存. */
export function PaperToolbar({ draft, editing }: { draft: Draft; editing: boolean }) {
  const t = useT();
  return (
    <Flex className="tb-doc-toolbar" justify="space-between" align="center" gap={8} wrap>
      {editing ? <EditorToolbar editor={draft.editor} /> : <span />}
      <Flex gap={8} align="center">
        {draft.dirty && <Typography.Text type="warning">{t('documents.unsaved')}</Typography.Text>}
        <Button type={draft.dirty ? 'primary' : 'default'} icon={<SaveOutlined />} loading={draft.saving} onClick={draft.save} autoInsertSpace={false} data-testid="save-document">
          {t('documents.save')}
        </Button>
      </Flex>
    </Flex>
  );
}
