import { useState } from 'react';
import { FlowCanvas } from './FlowCanvas';
import { useFlowNames } from './names';
import { StepDrawer } from './StepDrawer';
import type { FlowErrors, FormDefinition, Selection, Step } from './types';

export interface FlowDesignerProps {
  tree: Step;
  onChange(tree: Step): void;
  /** The flow's form: conditions and assignee rules pick its fields; field rights list them. */
  form?: FormDefinition;
  /** Problems to draw on the cards, from validateTreeClient or a refused publish. */
  errors?: FlowErrors;
}

/** The flow half of the designer: the drawing with its "+" buttons and the drawer that configures a card. */
export function FlowDesigner({ tree, onChange, form, errors }: FlowDesignerProps) {
  const [selection, setSelection] = useState<Selection | null>(null);
  const resolveName = useFlowNames(tree);
  return (
    <>
      <FlowCanvas tree={tree} onChange={onChange} errors={errors} onSelect={setSelection} form={form} resolveName={resolveName} />
      <StepDrawer tree={tree} selection={selection} form={form} onChange={onChange} onClose={() => setSelection(null)} />
    </>
  );
}
