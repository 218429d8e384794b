import { useState } from 'react';
import { Form, Input } from 'antd';
import { useT } from '../../../app/i18n';
import { idProblem } from './designerOps';

interface Props {
  id: string;
  /** Ids of the other fields (or columns) beside this one. */
  siblings: string[];
  onChange(id: string): void;
}

/** The field id: taken over as soon as it is valid and free; an invalid draft is shown with why until blur. */
export function IdInput({ id, siblings, onChange }: Props) {
  const t = useT();
  const [draft, setDraft] = useState<string | null>(null);
  const problem = draft === null ? null : idProblem(draft, siblings);
  return (
    <Form.Item
      label={t('wfForm.prop.id')}
      validateStatus={problem ? 'error' : undefined}
      help={problem ? t(problem) : undefined}
      extra={t('wfForm.prop.idHelp')}
    >
      <Input
        value={draft ?? id}
        maxLength={40}
        onChange={(e) => {
          const next = e.target.value.trim();
          if (idProblem(next, siblings)) setDraft(next);
          else {
            setDraft(null);
            onChange(next);
          }
        }}
        onBlur={() => setDraft(null)}
      />
    </Form.Item>
  );
}
