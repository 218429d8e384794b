import type { InstanceView } from '../api';

/** Every button the instance page may show, in the order they sit in the bar (the main one last). */
export const ACTIONS = ['intervene', 'urge', 'withdraw', 'read', 'addSigner', 'transfer', 'return', 'reject', 'approve', 'handle', 'submit', 'resubmit'] as const;
export type Action = (typeof ACTIONS)[number];

/** The main action of a bar, drawn as the primary button. */
export const PRIMARY: Action[] = ['approve', 'handle', 'submit', 'resubmit'];

/** Exactly what the server says this person may do now. */
export function available(view: InstanceView): Action[] {
  const mine = new Set<string>(view.myTask?.abilities ?? []);
  const { abilities } = view;
  const allowed: Record<Action, boolean> = {
    intervene: abilities.intervene,
    urge: abilities.urge,
    withdraw: abilities.withdraw,
    read: !!view.myCc,
    addSigner: mine.has('addSigner'),
    transfer: mine.has('transfer'),
    return: mine.has('return'),
    reject: mine.has('reject'),
    approve: mine.has('approve'),
    handle: mine.has('handle'),
    submit: abilities.submit,
    resubmit: mine.has('resubmit'),
  };
  return ACTIONS.filter((a) => allowed[a]);
}

export interface DialogValues {
  opinion?: string;
  target?: string;
  mode?: 'rewalk' | 'direct';
  userId?: string;
  userIds?: string[];
  position?: 'before' | 'after' | 'alongside';
  chosen?: Record<string, string[]>;
}

const blank = (s?: string) => (s?.trim() ? s.trim() : undefined);

/** The request an action sends: its URL and body (expectedVersion guards against acting on a stale page). */
export function requestFor(action: Exclude<Action, 'intervene'>, view: InstanceView, v: DialogValues, form: Record<string, unknown>) {
  const expectedVersion = view.instance.lockVersion;
  const task = `/api/workflow/tasks/${view.myTask?.id ?? view.myCc}`;
  const instance = `/api/workflow/instances/${view.instance.id}`;
  const opinion = blank(v.opinion);
  const chosen = v.chosen && Object.keys(v.chosen).length ? v.chosen : undefined;
  switch (action) {
    case 'approve':
    case 'handle':
      return { url: `${task}/approve`, body: { opinion, form: Object.keys(form).length ? form : undefined, nextAssignees: chosen, expectedVersion } };
    case 'reject':
      return { url: `${task}/reject`, body: { opinion, expectedVersion } };
    case 'return':
      return { url: `${task}/return`, body: { target: v.target, mode: v.mode, opinion, expectedVersion } };
    case 'transfer':
      return { url: `${task}/transfer`, body: { userId: v.userId, opinion, expectedVersion } };
    case 'addSigner':
      return { url: `${task}/add-signer`, body: { userIds: v.userIds, position: v.position, opinion, expectedVersion } };
    case 'read':
      return { url: `${task}/read`, body: {} };
    case 'submit':
    case 'resubmit':
      return { url: `${instance}/submit`, body: { form, chosenAssignees: chosen, opinion, expectedVersion } };
    case 'withdraw':
      return { url: `${instance}/withdraw`, body: { reason: opinion, expectedVersion } };
    case 'urge':
      return { url: `${instance}/urge`, body: { message: opinion } };
  }
}
