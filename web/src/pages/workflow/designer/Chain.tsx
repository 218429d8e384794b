import { BranchBlock } from './BranchBlock';
import { Link } from './Link';
import { StepCard } from './StepCard';
import { isBranchStep, type Step } from './types';

/** A step and everything after it, each followed by its line (and "+"). */
export function Chain({ step }: { step: Step }) {
  const steps: Step[] = [];
  for (let s: Step | null = step; s; s = s.next) steps.push(s);
  return (
    <div className="tb-flow-chain">
      {steps.map((s) => (
        <div className="tb-flow-chain" key={s.id}>
          {isBranchStep(s) ? <BranchBlock step={s} /> : <StepCard step={s} />}
          <Link holderId={s.id} arrow={s.next !== null} />
        </div>
      ))}
    </div>
  );
}
