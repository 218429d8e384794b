import { useState, type ReactNode } from 'react';
import { Button } from 'antd';
import { useT } from '../../../app/i18n';
import { newKey, type InstanceView } from '../api';
import { available, PRIMARY, requestFor, type Action } from './actions';
import { ActionDialog } from './ActionDialog';
import { BottomBar } from './BottomBar';
import { InterveneDialog } from './InterveneDialog';
import { useRunAction } from './useRunAction';

interface Props {
  view: InstanceView;
  /** The form values each action sends. */
  formFor(action: Action): Record<string, unknown>;
  onFormErrors(fields: Record<string, string>): void;
  /** Buttons of the page's own, shown in the bar after the flow's (a document's 送审). */
  extra?: ReactNode;
}

const DANGER: Action[] = ['reject'];

/** The buttons for exactly what this person may do now; each opens its dialog (已阅 acts at once). */
export function ActionBar({ view, formFor, onFormErrors, extra }: Props) {
  const t = useT();
  const run = useRunAction(onFormErrors);
  const [open, setOpen] = useState<Action | null>(null);
  const [busy, setBusy] = useState<Action | null>(null);
  const actions = available(view);
  if (!actions.length && !extra) return null;

  const click = async (action: Action) => {
    if (action !== 'read') return setOpen(action);
    setBusy(action);
    await run(action, requestFor('read', view, {}, {}), newKey());
    setBusy(null);
  };

  return (
    <>
      <BottomBar>
        {actions.map((a) => (
          <Button
            key={a}
            type={PRIMARY.includes(a) ? 'primary' : 'default'}
            danger={DANGER.includes(a)}
            loading={busy === a}
            autoInsertSpace={false}
            onClick={() => click(a)}
          >
            {t(`workflow.btn.${a}`)}
          </Button>
        ))}
        {extra}
      </BottomBar>
      {open === 'intervene' && <InterveneDialog view={view} run={run} onClose={() => setOpen(null)} />}
      {open && open !== 'intervene' && open !== 'read' && (
        <ActionDialog action={open} view={view} form={formFor(open)} run={run} onClose={() => setOpen(null)} />
      )}
    </>
  );
}
