import { useState } from 'react';
import { App, Badge, Flex, Modal, Tabs } from 'antd';
import { useT } from '../../../app/i18n';
import { FlowDesigner } from '../../workflow/designer';
import { FormDesigner } from '../../workflow/forms';
import { PhonePreview } from '../../workflow/forms/PhonePreview';
import type { FlowDetail } from '../api';
import { BasicSettings } from './BasicSettings';
import { EditorHeader } from './EditorHeader';
import { LeaveGuard } from './LeaveGuard';
import { ProblemList, type EditorTab } from './ProblemList';
import { useFlowDraft } from './useFlowDraft';
import { VersionHistory } from './VersionHistory';

const count = (errors: Record<string, string> | undefined) => Object.keys(errors ?? {}).length;

/** The flow editor, as DingTalk's 审批后台 has it: basic settings, the form, the flow; save a draft or publish. */
export function FlowEditor({ detail }: { detail: FlowDetail }) {
  const t = useT();
  const { message } = App.useApp();
  const { draft, update, dirty, marks, busy, save, publish } = useFlowDraft(detail);
  const [tab, setTab] = useState<EditorTab>('basic');
  const [versionsOpen, setVersionsOpen] = useState(false);
  const [previewOpen, setPreviewOpen] = useState(false);

  /** The name is the one setting the server refuses to save empty. */
  const named = () => {
    if (draft.name.trim()) return true;
    setTab('basic');
    message.error(t('flowadmin.nameRequired'));
    return false;
  };
  /** Saves or publishes; when the server refuses, opens the tab its marks are on. */
  const run = async (action: typeof save) => {
    if (!named()) return;
    const refused = await action();
    if (refused) setTab(count(refused.flow) ? 'flow' : 'form');
  };
  const label = (text: string, problems: number) => (
    <Flex gap={6} align="center">
      {text}
      {problems > 0 && <Badge count={problems} size="small" />}
    </Flex>
  );

  return (
    <>
      <EditorHeader
        name={draft.name}
        flow={detail}
        dirty={dirty}
        busy={busy}
        onVersions={() => setVersionsOpen(true)}
        onPreview={() => setPreviewOpen(true)}
        onSave={() => run(save)}
        onPublish={() => run(publish)}
      />
      {marks && <ProblemList marks={marks} tree={draft.tree} form={draft.form} onGo={setTab} />}
      <Tabs
        activeKey={tab}
        onChange={(key) => setTab(key as EditorTab)}
        items={[
          {
            key: 'basic',
            label: t('flowadmin.tab.basic'),
            children: <BasicSettings flowKey={detail.key} value={draft} onChange={update} />,
          },
          {
            key: 'form',
            label: label(t('flowadmin.tab.form'), count(marks?.form)),
            children: <FormDesigner value={draft.form} onChange={(form) => update({ form })} errors={marks?.form} />,
          },
          {
            key: 'flow',
            label: label(t('flowadmin.tab.flow'), count(marks?.flow)),
            children: <FlowDesigner tree={draft.tree} onChange={(tree) => update({ tree })} form={draft.form} errors={marks?.flow} />,
          },
        ]}
      />
      <VersionHistory open={versionsOpen} onClose={() => setVersionsOpen(false)} versions={detail.versions} current={detail.currentVersion} />
      <Modal
        open={previewOpen}
        onCancel={() => setPreviewOpen(false)}
        title={t('flowadmin.previewTitle', { name: draft.name })}
        footer={null}
        width={460}
        destroyOnHidden
      >
        <PhonePreview definition={draft.form} />
      </Modal>
      <LeaveGuard dirty={dirty} />
    </>
  );
}
