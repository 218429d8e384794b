import type { FlowInstance } from '../../../platform/db/schema.js';
import { parseJson } from '../../../platform/util.js';
import type { FormValues } from '../forms/types.js';

/** What the engine keeps on an instance besides its tasks. */
export interface InstanceState {
  /** Completed branches of each parallel step still waiting to join. */
  joins: Record<string, string[]>;
  /** Approval, handle and CC steps passed, in order (for drawing progress and for choosing where to return). */
  passed: string[];
  /** After a "direct" return: once step `from` (where the flow was returned to) completes, jump to `to` (who returned it). */
  returnTo?: { from: string; to: string };
  /** Bumped on each return or jump, so a step entered again gets fresh tasks. */
  round: number;
  /** People chosen by the initiator at start or by a previous handler, per step. */
  chosen: Record<string, string[]>;
  /** When the instance was last submitted (start or resubmit): withdrawing is allowed until someone acts after it. */
  submittedAt?: string;
}

export const readState = (instance: FlowInstance): InstanceState => ({
  joins: {},
  passed: [],
  round: 1,
  chosen: {},
  ...parseJson<Partial<InstanceState>>(instance.state, {}),
});

export const readForm = (instance: FlowInstance): FormValues => parseJson<FormValues>(instance.form_data, {});
