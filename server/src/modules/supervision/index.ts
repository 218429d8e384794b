import type { Work } from '../../platform/command.js';
import type { Module } from '../index.js';

/** Supervision (督办): items, progress reports, urging, escalation, extensions, 通报, 整改, 考核. */
export const supervisionModule: Module = {
  name: 'supervision',
  routes: async () => {},
};

/** What another module hands over to be followed up (a meeting decision, an incoming document marked 督办). */
export interface SupervisionSeed {
  source: 'meeting' | 'incoming' | 'instruction' | 'manual';
  /** The meeting decision's or the incoming document's id. */
  sourceId: string;
  title: string;
  /** Detail (the decision's text, the 批示). */
  content: string;
  leadDepartmentId: string;
  /** users.id of the person answerable. */
  ownerUserId: string;
  /** YYYY-MM-DD */
  deadline: string;
  /** Web path back to where it came from. */
  sourceLink: string;
}

/** Opens one supervision item per seed inside the caller's transaction; returns their ids. */
export async function openSupervisionItems(_w: Work, _seeds: SupervisionSeed[]): Promise<string[]> {
  throw new Error('openSupervisionItems: not built yet');
}
