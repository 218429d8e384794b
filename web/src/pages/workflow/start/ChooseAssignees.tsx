import { Form } from 'antd';
import { useT } from '../../../app/i18n';
import { PersonSelect } from '../forms/PersonSelect';

export interface ChooseStep {
  stepId: string;
  name: string;
}
export type Chosen = Record<string, string[]>;

interface Props {
  steps: ChooseStep[];
  value: Chosen;
  onChange(value: Chosen): void;
  errors?: Record<string, string>;
}

/** People picked for the steps whose approvers are chosen by the initiator (or by the previous handler). */
export function ChooseAssignees({ steps, value, onChange, errors = {} }: Props) {
  const t = useT();
  if (!steps.length) return null;
  return (
    <Form layout="vertical" component="div">
      {steps.map((s) => (
        <Form.Item
          key={s.stepId}
          label={t('workflow.choose.label', { step: s.name })}
          required
          validateStatus={errors[s.stepId] ? 'error' : undefined}
          help={errors[s.stepId]}
        >
          <PersonSelect
            multiple
            value={value[s.stepId]}
            onChange={(ids) => onChange({ ...value, [s.stepId]: ids ?? [] })}
            placeholder={t('workflow.choose.placeholder')}
          />
        </Form.Item>
      ))}
    </Form>
  );
}

/** The steps left without anybody; their messages by step id. */
export function missingChoices(steps: ChooseStep[], value: Chosen, message: string): Record<string, string> {
  return Object.fromEntries(steps.filter((s) => !value[s.stepId]?.length).map((s) => [s.stepId, message]));
}
