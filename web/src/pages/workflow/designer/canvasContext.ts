import { createContext, useContext } from 'react';
import type { RuleField } from './fields';
import type { ResolveName } from './summary';
import type { FlowErrors, NewStepKind, Selection } from './types';

/** What every card of the drawing needs, handed down once instead of through every level. */
export interface CanvasContextValue {
  readOnly: boolean;
  /** Highlighting is on: steps neither passed nor current are drawn faded. */
  highlighting: boolean;
  passed: Set<string>;
  current: Set<string>;
  errors: FlowErrors;
  ruleFields: RuleField[];
  fieldLabel(id: string): string | undefined;
  resolveName: ResolveName;
  select?(selection: Selection): void;
  insert(holderId: string, kind: NewStepKind): void;
  removeStep(stepId: string): void;
  addBranch(stepId: string): void;
  removeBranch(stepId: string, branchId: string): void;
}

export const CanvasContext = createContext<CanvasContextValue | null>(null);

export function useCanvas(): CanvasContextValue {
  const ctx = useContext(CanvasContext);
  if (!ctx) throw new Error('useCanvas outside FlowCanvas');
  return ctx;
}
