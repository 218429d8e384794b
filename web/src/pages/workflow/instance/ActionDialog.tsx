import { useMemo, useState } from 'react';
import { Form, Input, Modal, Radio, Select } from 'antd';
import { useT } from '../../../app/i18n';
import { newKey, type InstanceView } from '../api';
import { ChooseAssignees, type Chosen, type ChooseStep } from '../start/ChooseAssignees';
import { requestFor, type Action, type DialogValues } from './actions';
import { OpinionInput } from './OpinionInput';
import { OnePersonField, PeopleField } from './PersonFields';
import { initiatorChooses, previousChooses, taskSteps } from './steps';
import type { useRunAction } from './useRunAction';

type DialogAction = Exclude<Action, 'intervene' | 'read'>;

interface Props {
  action: DialogAction;
  view: InstanceView;
  /** The form values this action sends (for 同意: only the fields this step may edit). */
  form: Record<string, unknown>;
  run: ReturnType<typeof useRunAction>;
  onClose(): void;
}

const OPINION_REQUIRED: Action[] = ['reject', 'return'];

/** Return targets: the initiator, the previous step, or any approval/handle step already passed. */
function useReturnTargets(view: InstanceView) {
  const t = useT();
  return useMemo(() => {
    const passed = new Set(view.progress.passed);
    const steps = taskSteps(view.tree).filter((s) => passed.has(s.id) && s.id !== view.myTask?.stepId);
    return [
      { value: 'initiator', label: t('workflow.return.initiator') },
      { value: 'previous', label: t('workflow.return.previous') },
      ...steps.map((s) => ({ value: s.id, label: s.name })),
    ];
  }, [t, view]);
}

/** The dialog behind one button: opinion with common phrases, and what the action needs besides. */
export function ActionDialog({ action, view, form, run, onClose }: Props) {
  const t = useT();
  const [dialogForm] = Form.useForm<DialogValues>();
  const [busy, setBusy] = useState(false);
  // Made once when the dialog opens: a retry of this same action is recognised by the server.
  const [key] = useState(newKey);
  const targets = useReturnTargets(view);
  const choose = action === 'submit' ? initiatorChooses(view.tree) : action === 'approve' || action === 'handle' ? previousChooses(view.tree, view.myTask?.stepId ?? '') : [];

  const submit = async (values: DialogValues) => {
    setBusy(true);
    const done = await run(action, requestFor(action, view, values, form), key, dialogForm);
    setBusy(false);
    if (done) onClose();
  };

  const opinionLabel = action === 'withdraw' ? t('workflow.opinion.reason') : action === 'urge' ? t('workflow.opinion.message') : t('workflow.opinion.label');
  return (
    <Modal
      open
      title={t(`workflow.dialog.${action}`)}
      okText={t('workflow.dialog.ok')}
      onOk={() => dialogForm.submit()}
      onCancel={onClose}
      confirmLoading={busy}
      destroyOnHidden
      okButtonProps={{ autoInsertSpace: false }}
      cancelButtonProps={{ autoInsertSpace: false }}
    >
      <Form<DialogValues> form={dialogForm} layout="vertical" onFinish={submit} initialValues={{ mode: 'rewalk', position: 'after', target: 'initiator', chosen: {} }}>
        {action === 'return' && (
          <>
            <Form.Item name="target" label={t('workflow.return.target')} rules={[{ required: true }]}>
              <Select options={targets} />
            </Form.Item>
            <Form.Item name="mode" label={t('workflow.return.mode')}>
              <Radio.Group options={[{ value: 'rewalk', label: t('workflow.return.rewalk') }, { value: 'direct', label: t('workflow.return.direct') }]} />
            </Form.Item>
          </>
        )}
        {action === 'transfer' && (
          <Form.Item name="userId" label={t('workflow.transfer.to')} rules={[{ required: true, message: t('workflow.person.required') }]}>
            <OnePersonField />
          </Form.Item>
        )}
        {action === 'addSigner' && (
          <Form.Item name="userIds" label={t('workflow.addSigner.who')} rules={[{ required: true, message: t('workflow.person.required') }]}>
            <PeopleField />
          </Form.Item>
        )}
        {action === 'addSigner' && (
          <Form.Item name="position" label={t('workflow.addSigner.position')}>
            <Radio.Group options={(['before', 'after', 'alongside'] as const).map((p) => ({ value: p, label: t(`workflow.addSigner.${p}`) }))} />
          </Form.Item>
        )}
        {choose.length > 0 && (
          <Form.Item
            name="chosen"
            rules={action === 'submit' ? [{ validator: (_, v: Chosen = {}) => (choose.every((c) => v[c.stepId]?.length) ? Promise.resolve() : Promise.reject(new Error(t('workflow.choose.required')))) }] : []}
          >
            <ChooseField steps={choose} />
          </Form.Item>
        )}
        {action === 'withdraw' || action === 'urge' ? (
          <Form.Item name="opinion" label={opinionLabel}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={action === 'urge' ? 200 : 500} showCount />
          </Form.Item>
        ) : (
          action !== 'submit' && (
            <Form.Item
              name="opinion"
              label={opinionLabel}
              rules={OPINION_REQUIRED.includes(action) ? [{ required: true, whitespace: true, message: t('workflow.opinion.required') }] : []}
            >
              <OpinionInput />
            </Form.Item>
          )
        )}
      </Form>
    </Modal>
  );
}

/** Form.Item hands it its value and onChange. */
function ChooseField({ steps, value = {}, onChange }: { steps: ChooseStep[]; value?: Chosen; onChange?(v: Chosen): void }) {
  return <ChooseAssignees steps={steps} value={value} onChange={(v) => onChange?.(v)} />;
}
