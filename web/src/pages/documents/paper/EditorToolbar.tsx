import { Button, Divider, Dropdown, Flex, Tooltip, type MenuProps } from 'antd';
import { DownOutlined, RedoOutlined, TableOutlined, UndoOutlined } from '@ant-design/icons';
import { useEditorState, type Editor } from '@tiptap/react';
import { useT } from '../../../app/i18n';

/** The four heading levels of a 公文 body, shown as the numbering each one carries. */
const LEVELS = [
  { level: 1, label: '一、' },
  { level: 2, label: '（一）' },
  { level: 3, label: '1.' },
  { level: 4, label: '（1）' },
] as const;

type TableAction = 'insert' | 'addRow' | 'deleteRow' | 'addColumn' | 'deleteColumn' | 'deleteTable';

function runTable(editor: Editor, action: TableAction) {
  const chain = editor.chain().focus();
  const commands: Record<TableAction, () => boolean> = {
    insert: () => chain.insertTable({ rows: 3, cols: 3, withHeaderRow: false }).run(),
    addRow: () => chain.addRowAfter().run(),
    deleteRow: () => chain.deleteRow().run(),
    addColumn: () => chain.addColumnAfter().run(),
    deleteColumn: () => chain.deleteColumn().run(),
    deleteTable: () => chain.deleteTable().run(),
  };
  commands[action]();
}

/** Paragraph or heading level, tables, undo and redo: everything the body allows. */
export function EditorToolbar({ editor }: { editor: Editor }) {
  const t = useT();
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      level: ([1, 2, 3, 4] as const).find((level) => e.isActive('heading', { level })) ?? 0,
      inTable: e.isActive('table'),
      canUndo: e.can().undo(),
      canRedo: e.can().redo(),
    }),
  });
  const tableItems: MenuProps['items'] = (['insert', 'addRow', 'deleteRow', 'addColumn', 'deleteColumn', 'deleteTable'] as const).map((a) => ({
    key: a,
    label: t(`documents.editor.table.${a}`),
    disabled: a === 'insert' ? state.inTable : !state.inTable,
    danger: a === 'deleteTable',
  }));
  const blockButton = (level: number, label: string, name: string) => (
    <Tooltip key={level} title={name}>
      <Button
        size="small"
        type={state.level === level ? 'primary' : 'text'}
        aria-label={name}
        aria-pressed={state.level === level}
        onClick={() => (level ? editor.chain().focus().setHeading({ level: level as 1 | 2 | 3 | 4 }).run() : editor.chain().focus().setParagraph().run())}
      >
        {label}
      </Button>
    </Tooltip>
  );

  return (
    <Flex gap={2} wrap align="center" role="toolbar" aria-label={t('documents.editor.toolbar')}>
      <Tooltip title={t('documents.editor.undo')}>
        <Button size="small" type="text" icon={<UndoOutlined />} aria-label={t('documents.editor.undo')} disabled={!state.canUndo} onClick={() => editor.chain().focus().undo().run()} />
      </Tooltip>
      <Tooltip title={t('documents.editor.redo')}>
        <Button size="small" type="text" icon={<RedoOutlined />} aria-label={t('documents.editor.redo')} disabled={!state.canRedo} onClick={() => editor.chain().focus().redo().run()} />
      </Tooltip>
      <Divider orientation="vertical" />
      {blockButton(0, t('documents.editor.paragraph'), t('documents.editor.paragraph'))}
      {LEVELS.map(({ level, label }) => blockButton(level, label, t('documents.editor.heading', { level, label })))}
      <Divider orientation="vertical" />
      <Dropdown trigger={['click']} menu={{ items: tableItems, onClick: ({ key }) => runTable(editor, key as TableAction) }}>
        <Button size="small" type="text" icon={<TableOutlined />} aria-label={t('documents.editor.table.menu')}>
          {t('documents.editor.table.menu')} <DownOutlined />
        </Button>
      </Dropdown>
    </Flex>
  );
}
