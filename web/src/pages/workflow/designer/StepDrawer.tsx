import { useState, type ReactNode } from 'react';
import { App, Button, Drawer, Empty, Form, Input, InputNumber, Space, Switch, Tabs } from 'antd';
import { useT } from '../../../app/i18n';
import { FieldRightsEditor } from '../forms/FieldRightsEditor';
import { AssigneeEditor } from './AssigneeEditor';
import { ruleFields } from './fields';
import { RuleBuilder } from './RuleBuilder';
import { TaskSettings } from './TaskSettings';
import { TimeLimitEditor } from './TimeLimitEditor';
import { findStep, replaceBranch, replaceStep } from './tree';
import { assigneeProblem } from './validate';
import { isBranchStep, type Branch, type FieldRight, type FormDefinition, type Selection, type Step, type TaskStep } from './types';
import './i18n';

export interface StepDrawerProps {
  tree: Step;
  /** The card being configured; null closes the drawer. */
  selection: Selection | null;
  form?: FormDefinition;
  /** Called with the whole tree once the person confirms. */
  onChange(tree: Step): void;
  onClose(): void;
}

type Draft = { step: Step; branch?: Branch };

function draftOf(tree: Step, selection: Selection | null): Draft | null {
  const step = selection && findStep(tree, selection.stepId);
  if (!step) return null;
  if (!selection.branchId) return { step };
  const branch = isBranchStep(step) ? step.branches.find((b) => b.id === selection.branchId) : undefined;
  return branch ? { step, branch } : null;
}

function Rights({ form, value, onChange }: { form?: FormDefinition; value?: Record<string, FieldRight>; onChange(v: Record<string, FieldRight>): void }) {
  const t = useT();
  if (!form?.fields.length) return <Empty description={t('designer.rights.noForm')} />;
  return <FieldRightsEditor definition={form} value={value ?? {}} onChange={onChange} />;
}

/** Configures the selected step or branch in a drawer; nothing changes until 确定. */
export function StepDrawer({ tree, selection, form, onChange, onClose }: StepDrawerProps) {
  const t = useT();
  const { message } = App.useApp();
  const key = selection ? `${selection.stepId}/${selection.branchId ?? ''}` : '';
  const [draftKey, setDraftKey] = useState('');
  const [draft, setDraft] = useState<Draft | null>(null);
  // A new selection starts a new draft; on closing the last one stays for the closing animation.
  if (draftKey !== key) {
    setDraftKey(key);
    if (key) setDraft(draftOf(tree, selection));
  }

  const save = () => {
    if (!draft) return;
    // An incomplete assignee rule would make the whole draft unsavable: say what is missing instead.
    const problem = !(draft.branch ?? draft.step).name.trim()
      ? t('designer.invalid.noName')
      : !draft.branch && 'assignee' in draft.step
        ? assigneeProblem(draft.step.assignee, form)
        : undefined;
    if (problem) {
      message.error(problem);
      return;
    }
    onChange(draft.branch ? replaceBranch(tree, draft.step.id, draft.branch) : replaceStep(tree, draft.step));
    onClose();
  };
  const setStep = (patch: Partial<Step>) => setDraft((d) => d && ({ ...d, step: { ...d.step, ...patch } as Step }));
  const setBranch = (patch: Partial<Branch>) => setDraft((d) => d?.branch ? { ...d, branch: { ...d.branch, ...patch } as Branch } : d);

  const named = draft?.branch ?? draft?.step;
  let body: ReactNode = null;
  if (draft?.branch && 'priority' in draft.branch) {
    const b = draft.branch;
    const count = isBranchStep(draft.step) ? draft.step.branches.length : 1;
    body = (
      <>
        <Form.Item label={t('designer.condition.isDefault')} extra={t('designer.condition.isDefaultHelp')}>
          <Switch checked={!!b.isDefault} onChange={(on) => setBranch({ isDefault: on || undefined })} />
        </Form.Item>
        {!b.isDefault && (
          <>
            <Form.Item label={t('designer.condition.priorityLabel')} extra={t('designer.condition.priorityHelp')}>
              <InputNumber min={1} max={count} precision={0} value={b.priority} onChange={(p) => p && setBranch({ priority: p })} />
            </Form.Item>
            <Form.Item label={t('designer.condition.rule')}>
              <RuleBuilder
                value={b.rule ?? { op: 'and', items: [] }}
                onChange={(rule) => setBranch({ rule })}
                fields={ruleFields(form, (label) => t('designer.rule.days', { label }))}
              />
            </Form.Item>
          </>
        )}
      </>
    );
  } else if (draft && !draft.branch) {
    const s = draft.step;
    if (s.type === 'start') body = <Rights form={form} value={s.fieldRights} onChange={(fieldRights) => setStep({ fieldRights })} />;
    if (s.type === 'cc') body = <AssigneeEditor value={s.assignee} onChange={(assignee) => setStep({ assignee })} form={form} />;
    if (s.type === 'approval' || s.type === 'handle') body = <TaskTabs step={s} form={form} onChange={setStep} />;
  }

  return (
    <Drawer
      open={!!selection && !!draft}
      title={named ? t('designer.drawer.title', { name: named.name }) : ''}
      onClose={onClose}
      size="min(560px, 100vw)"
      destroyOnHidden
      footer={
        <Space style={{ float: 'right' }}>
          <Button autoInsertSpace={false} onClick={onClose}>{t('designer.cancel')}</Button>
          <Button type="primary" autoInsertSpace={false} onClick={save} data-testid="step-drawer-ok">
            {t('designer.ok')}
          </Button>
        </Space>
      }
    >
      {named && (
        <Form layout="vertical" component="div">
          <Form.Item label={t('designer.name')} required>
            <Input
              value={named.name}
              maxLength={60}
              onChange={(e) => (draft?.branch ? setBranch({ name: e.target.value }) : setStep({ name: e.target.value }))}
            />
          </Form.Item>
          {body}
        </Form>
      )}
    </Drawer>
  );
}

function TaskTabs({ step, form, onChange }: { step: TaskStep; form?: FormDefinition; onChange(patch: Partial<TaskStep>): void }) {
  const t = useT();
  const who = t(step.type === 'approval' ? 'designer.tab.approvers' : 'designer.tab.handlers');
  return (
    <Tabs
      items={[
        {
          key: 'who',
          label: who,
          children: (
            <>
              <AssigneeEditor value={step.assignee} onChange={(assignee) => onChange({ assignee })} form={form} />
              <TaskSettings step={step} onChange={onChange} />
            </>
          ),
        },
        { key: 'rights', label: t('designer.tab.rights'), children: <Rights form={form} value={step.fieldRights} onChange={(fieldRights) => onChange({ fieldRights })} /> },
        { key: 'limit', label: t('designer.tab.limit'), children: <TimeLimitEditor value={step.timeLimit} onChange={(timeLimit) => onChange({ timeLimit })} /> },
      ]}
    />
  );
}
