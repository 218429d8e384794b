import { useState } from 'react';
import { Alert, Form, Input, Modal, Radio, Select } from 'antd';
import { useT } from '../../../app/i18n';
import { newKey, type InstanceView } from '../api';
import { OnePersonField } from './PersonFields';
import { taskSteps } from './steps';
import type { useRunAction } from './useRunAction';

type Kind = 'reassign' | 'jump' | 'suspend' | 'resume' | 'terminate';
interface Values {
  action: Kind;
  taskId?: string;
  userId?: string;
  stepId?: string;
  reason?: string;
}

interface Props {
  view: InstanceView;
  run: ReturnType<typeof useRunAction>;
  onClose(): void;
}

/** 流程干预 by the flow administrator: reassign a task, jump to a step, suspend/resume, terminate. */
export function InterveneDialog({ view, run, onClose }: Props) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [key] = useState(newKey);
  const suspended = view.instance.status === 'suspended';
  const kinds: Kind[] = suspended ? ['resume', 'terminate'] : ['reassign', 'jump', 'suspend', 'terminate'];
  const action = Form.useWatch('action', form) ?? kinds[0];
  const openTasks = view.tasks.filter((k) => k.status === 'pending' && k.kind !== 'cc');

  const submit = async ({ action, taskId, userId, stepId, reason }: Values) => {
    const body = { action, reason: reason?.trim() || undefined, ...(action === 'reassign' ? { taskId, userId } : {}), ...(action === 'jump' ? { stepId } : {}) };
    setBusy(true);
    const done = await run('intervene', { url: `/api/workflow/instances/${view.instance.id}/intervene`, body }, key, form);
    setBusy(false);
    if (done) onClose();
  };

  return (
    <Modal
      open
      title={t('workflow.dialog.intervene')}
      okText={t('workflow.dialog.ok')}
      okButtonProps={{ danger: action === 'terminate', autoInsertSpace: false }}
      cancelButtonProps={{ autoInsertSpace: false }}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={busy}
    >
      <Form<Values> form={form} layout="vertical" onFinish={submit} initialValues={{ action: kinds[0] }}>
        <Form.Item name="action" label={t('workflow.intervene.action')}>
          <Radio.Group optionType="button" options={kinds.map((k) => ({ value: k, label: t(`workflow.intervene.${k}`) }))} />
        </Form.Item>
        {action === 'reassign' && (
          <>
            <Form.Item name="taskId" label={t('workflow.intervene.task')} rules={[{ required: true }]}>
              <Select options={openTasks.map((k) => ({ value: k.id, label: `${k.stepName} · ${k.assigneeName}` }))} />
            </Form.Item>
            <Form.Item name="userId" label={t('workflow.intervene.toUser')} rules={[{ required: true, message: t('workflow.person.required') }]}>
              <OnePersonField />
            </Form.Item>
          </>
        )}
        {action === 'jump' && (
          <Form.Item name="stepId" label={t('workflow.intervene.step')} rules={[{ required: true }]}>
            <Select options={taskSteps(view.tree).map((s) => ({ value: s.id, label: s.name }))} />
          </Form.Item>
        )}
        {action === 'terminate' && <Alert type="warning" showIcon title={t('workflow.intervene.terminateWarning')} style={{ marginBottom: 16 }} />}
        <Form.Item name="reason" label={t('workflow.opinion.reason')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={500} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
