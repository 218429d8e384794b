import { Button } from 'antd';
import { useT } from '../../../app/i18n';
import { Card } from './Card';
import { Chain } from './Chain';
import { Link } from './Link';
import { useCanvas, type CanvasContextValue } from './canvasContext';
import { KIND_LOOK } from './stepKinds';
import { describeRule } from './summary';
import { walk } from './tree';
import type { Branch, BranchStep } from './types';

/** Whether the instance went down this branch: one of its steps was passed or is current. */
function taken(branch: Branch, c: CanvasContextValue): boolean {
  let hit = c.passed.has(branch.id) || c.current.has(branch.id);
  walk(branch.next, (h) => {
    if (c.passed.has(h.id) || c.current.has(h.id)) hit = true;
  });
  return hit;
}

function BranchCard({ step, branch }: { step: BranchStep; branch: Branch }) {
  const t = useT();
  const c = useCanvas();
  const color = KIND_LOOK[step.type].color;
  const common = {
    id: branch.id,
    color,
    variant: 'branch' as const,
    title: branch.name,
    passed: taken(branch, c),
    onOpen: c.select ? () => c.select?.({ stepId: step.id, branchId: branch.id }) : undefined,
    onDelete: () => c.removeBranch(step.id, branch.id),
  };
  if (!('priority' in branch)) return <Card {...common} summary={t('designer.parallel.summary')} muted />;
  const rule = branch.rule && branch.rule.items.length > 0 ? describeRule(branch.rule, t, c.ruleFields, c.resolveName) : undefined;
  const summary = branch.isDefault ? t('designer.condition.otherwise') : (rule ?? t('designer.condition.unset'));
  return <Card {...common} note={t('designer.condition.priority', { n: branch.priority })} summary={summary} muted={!rule} />;
}

/** A condition or parallel step: its branches side by side, each with its own chain, rejoining below. */
export function BranchBlock({ step }: { step: BranchStep }) {
  const t = useT();
  const c = useCanvas();
  const error = c.errors[step.id];
  const last = step.branches.length - 1;
  const classes = ['tb-flow-branches', c.readOnly && 'readonly', error && 'with-error'].filter(Boolean).join(' ');
  return (
    <div className={classes} data-testid={`flow-branches-${step.id}`}>
      {(!c.readOnly || error) && (
        <div className="tb-flow-branches-top">
          {!c.readOnly && (
            <Button size="small" shape="round" style={{ color: KIND_LOOK[step.type].color }} onClick={() => c.addBranch(step.id)}>
              {t(step.type === 'condition' ? 'designer.condition.add' : 'designer.parallel.add')}
            </Button>
          )}
          {error && <span className="tb-flow-branches-error">{error}</span>}
        </div>
      )}
      <div className="tb-flow-branch-row">
        {step.branches.map((branch, i) => (
          <div className="tb-flow-col" key={branch.id}>
            {i === 0 && <Covers side="left" />}
            {i === last && <Covers side="right" />}
            <BranchCard step={step} branch={branch} />
            <Link holderId={branch.id} arrow={branch.next !== null} />
            {branch.next && <Chain step={branch.next} />}
          </div>
        ))}
      </div>
    </div>
  );
}

/** Hides the outer halves of the top and bottom bars beyond the first and last columns. */
function Covers({ side }: { side: 'left' | 'right' }) {
  return (
    <>
      <span className={`tb-flow-cover top ${side}`} />
      <span className={`tb-flow-cover bottom ${side}`} />
    </>
  );
}
