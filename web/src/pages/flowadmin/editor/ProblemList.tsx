import { Alert, Typography } from 'antd';
import { useT } from '../../../app/i18n';
import { walk } from '../../workflow/designer/tree';
import type { FormDefinition } from '../../workflow/forms';
import type { Branch, Step } from '../../workflow/designer/types';
import type { Marks } from './useFlowDraft';

export type EditorTab = 'basic' | 'form' | 'flow';

interface Props {
  marks: Marks;
  tree: Step;
  form: FormDefinition;
  onGo(tab: EditorTab): void;
}

interface Item {
  tab: EditorTab;
  where: string;
  message: string;
}

/** Every problem that stops the flow from being published, naming its step or field; a click opens its tab. */
export function ProblemList({ marks, tree, form, onGo }: Props) {
  const t = useT();
  const names = new Map<string, string>();
  walk(tree, (holder, kind) =>
    names.set(holder.id, t(kind === 'step' ? 'flowadmin.problem.step' : 'flowadmin.problem.branch', { name: (holder as Step | Branch).name })),
  );
  const fieldLabel = (key: string) => {
    const [id, column] = key.split('.');
    const field = form.fields.find((f) => f.id === id);
    const col = column ? field?.columns?.find((c) => c.id === column) : undefined;
    return [field?.label ?? id, col?.label].filter(Boolean).join(' · ');
  };
  const items: Item[] = [
    ...Object.entries(marks.form).map(([key, message]) => ({ tab: 'form' as const, where: t('flowadmin.problem.field', { name: fieldLabel(key) }), message })),
    ...Object.entries(marks.flow).map(([id, message]) => ({
      tab: 'flow' as const,
      where: id === 'flow' ? t('flowadmin.problem.flow') : (names.get(id) ?? id),
      message,
    })),
  ];
  if (!items.length) return null;

  return (
    <Alert
      type={marks.kind === 'check' ? 'warning' : 'error'}
      showIcon
      style={{ marginBottom: 12 }}
      title={t(`flowadmin.problem.${marks.kind}`, { count: items.length })}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 18 }} data-testid="flow-problems">
          {items.map((item, i) => (
            <li key={i}>
              <Typography.Link onClick={() => onGo(item.tab)}>{item.where}</Typography.Link>：{item.message}
            </li>
          ))}
        </ul>
      }
    />
  );
}
