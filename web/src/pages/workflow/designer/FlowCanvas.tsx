import { useLayoutEffect, useMemo, useRef } from 'react';
import { Alert } from 'antd';
import { useT } from '../../../app/i18n';
import { CanvasContext, type CanvasContextValue } from './canvasContext';
import { Chain } from './Chain';
import { ruleFields } from './fields';
import type { ResolveName } from './summary';
import { addBranch, createStep, insertAfter, removeBranch, removeStep, type Names } from './tree';
import type { FlowErrors, FormDefinition, Highlight, Selection, Step } from './types';
import './flow.css';
import './i18n';

export interface FlowCanvasProps {
  tree: Step;
  /** Called with the changed tree; without it (or with readOnly) the drawing has no buttons. */
  onChange?(tree: Step): void;
  readOnly?: boolean;
  /** An instance's progress: passed steps get a green check, current ones glow; the rest fade. */
  highlight?: Highlight;
  /** Messages by step or branch id, drawn on the cards (a failed publish). */
  errors?: FlowErrors;
  /** A card was clicked: a step, or a branch of a condition/parallel step. */
  onSelect?(selection: Selection): void;
  /** The flow's form, to name the fields that conditions and assignee rules use. */
  form?: FormDefinition;
  /** Names of the users, roles, posts and departments the rules refer to. */
  resolveName?: ResolveName;
}

const noName: ResolveName = () => undefined;

/** The DingTalk-style drawing of a flow: the initiator on top, steps down a line, branches side by side. */
export function FlowCanvas({ tree, onChange, readOnly, highlight, errors, onSelect, form, resolveName }: FlowCanvasProps) {
  const t = useT();
  const editable = !readOnly && onChange !== undefined;
  const scroller = useRef<HTMLDivElement>(null);
  // Wider than the screen (branches on a phone): start with the main line in view.
  useLayoutEffect(() => {
    const el = scroller.current;
    if (el) el.scrollLeft = (el.scrollWidth - el.clientWidth) / 2;
  }, []);

  const value = useMemo<CanvasContextValue>(() => {
    const names: Names = {
      approval: t('designer.kind.approval'),
      handle: t('designer.kind.handle'),
      cc: t('designer.kind.cc'),
      condition: t('designer.kind.condition'),
      parallel: t('designer.kind.parallel'),
      conditionBranch: (n) => t('designer.condition.name', { n }),
      defaultBranch: t('designer.condition.default'),
      parallelBranch: (n) => t('designer.parallel.name', { n }),
    };
    const change = (next: Step) => onChange?.(next);
    return {
      readOnly: !editable,
      highlighting: highlight !== undefined,
      passed: new Set(highlight?.passed),
      current: new Set(highlight?.current),
      errors: errors ?? {},
      ruleFields: ruleFields(form, (label) => t('designer.rule.days', { label })),
      fieldLabel: (id) => form?.fields.find((f) => f.id === id)?.label,
      resolveName: resolveName ?? noName,
      select: onSelect,
      insert: (holderId, kind) => change(insertAfter(tree, holderId, createStep(kind, names))),
      removeStep: (stepId) => change(removeStep(tree, stepId)),
      addBranch: (stepId) => change(addBranch(tree, stepId, names)),
      removeBranch: (stepId, branchId) => change(removeBranch(tree, stepId, branchId)),
    };
  }, [t, tree, onChange, editable, highlight, errors, onSelect, form, resolveName]);

  return (
    <CanvasContext.Provider value={value}>
      {errors?.flow && <Alert type="error" showIcon title={errors.flow} style={{ marginBottom: 8 }} />}
      <div className="tb-flow" ref={scroller} data-testid="flow-canvas">
        <div className="tb-flow-inner">
          <Chain step={tree} />
          <div className="tb-flow-end">
            <span className="tb-flow-end-dot" />
            {t('designer.end')}
          </div>
        </div>
      </div>
    </CanvasContext.Provider>
  );
}
