import { useState } from 'react';
import { Alert, App, Button, Form, Modal } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { post } from '../../../api/client';
import { useT } from '../../../app/i18n';
import { useShowError } from '../../org/shared/feedback';
import { refreshWorkflow, type InstanceView } from '../../workflow/api';
import { available } from '../../workflow/instance/actions';
import { ActionBar } from '../../workflow/instance/ActionBar';
import { BottomBar } from '../../workflow/instance/BottomBar';
import { OpinionInput } from '../../workflow/instance/OpinionInput';
import { handledTask, workDone, type DocumentView } from '../api';
import type { Draft } from './useDraft';

/**
 * The flow as the workflow's ActionBar should see it: without submitting or resubmitting, which a
 * document does through its own 送审 (that sends the 稿纸's 会签 choice along); and without
 * completing a step after 签发 (办理) before its work is done on the 稿纸.
 */
function flowForBar(doc: DocumentView, flow: InstanceView): InstanceView {
  const task = handledTask(doc);
  const hidden = new Set<string>(['resubmit', ...(task && !workDone(doc, task.purpose) ? ['approve', 'handle'] : [])]);
  return {
    ...flow,
    abilities: { ...flow.abilities, submit: false },
    myTask: flow.myTask && { ...flow.myTask, abilities: flow.myTask.abilities.filter((a) => !hidden.has(a)) },
  };
}

function SubmitDialog({ doc, draft, onClose }: { doc: DocumentView; draft: Draft; onClose(): void }) {
  const t = useT();
  const { message } = App.useApp();
  const client = useQueryClient();
  const showError = useShowError();
  const [form] = Form.useForm<{ opinion?: string }>();
  const [busy, setBusy] = useState(false);

  const submit = async ({ opinion }: { opinion?: string }) => {
    setBusy(true);
    // Unsaved changes go in first: what is sent for review is what is on the screen.
    if (draft.dirty && !(await draft.save())) return setBusy(false);
    try {
      await post(`/api/documents/${doc.id}/submit`, { opinion: opinion?.trim() || undefined });
      message.success(t('documents.submit.done'));
      onClose();
      await refreshWorkflow(client);
    } catch (err) {
      showError(err);
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={t('documents.submit.title')}
      okText={t('workflow.dialog.ok')}
      okButtonProps={{ autoInsertSpace: false }}
      cancelButtonProps={{ autoInsertSpace: false }}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Alert type="info" showIcon title={t('documents.submit.help')} style={{ marginBottom: 16 }} />
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="opinion" label={t('documents.submit.opinion')}>
          <OpinionInput placeholder={t('documents.submit.opinionPlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 送审 and its dialog: the drafter sends a new draft, or one returned to them, into the flow. */
function SubmitButton({ doc, draft }: { doc: DocumentView; draft: Draft }) {
  const t = useT();
  const [submitting, setSubmitting] = useState(false);
  return (
    <>
      <Button type="primary" autoInsertSpace={false} onClick={() => setSubmitting(true)}>
        {t('documents.submit.button')}
      </Button>
      {submitting && <SubmitDialog doc={doc} draft={draft} onClose={() => setSubmitting(false)} />}
    </>
  );
}

/**
 * The bar at the bottom: the workflow's own buttons for the person's task (同意, 退回, 转办 …) with
 * their opinion dialogs, and 送审 for the drafter (a new draft has no flow yet: 送审 alone).
 */
export function DocumentActions({ doc, draft }: { doc: DocumentView; draft: Draft }) {
  const t = useT();
  const submit = doc.can.submit && <SubmitButton doc={doc} draft={draft} />;
  if (!doc.flow) return submit ? <BottomBar>{submit}</BottomBar> : null;
  const flow = flowForBar(doc, doc.flow);
  return (
    <>
      {draft.dirty && available(flow).length > 0 && <Alert type="warning" showIcon title={t('documents.unsavedBeforeAction')} />}
      <ActionBar view={flow} formFor={() => ({})} onFormErrors={() => undefined} extra={submit} />
    </>
  );
}
