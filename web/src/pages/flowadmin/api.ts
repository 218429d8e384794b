import { useQuery } from '@tanstack/react-query';
import { get, post, put } from '../../api/client';
import type { FormDefinition } from '../workflow/forms';
import type { Step } from '../workflow/designer/types';

/** Who may start a flow: everyone, or the listed departments (and below), roles and people. */
export interface Starters {
  all?: boolean;
  departmentIds?: string[];
  roleIds?: string[];
  userIds?: string[];
}

/** A flow definition as GET /api/workflow/definitions lists it. */
export interface FlowSummary {
  id: string;
  key: string;
  name: string;
  category: string;
  description: string;
  enabled: boolean;
  adminUserId: string | null;
  starters: Starters;
  /** 0 until the first publish. */
  currentVersion: number;
  updatedAt: string;
}

export interface FlowVersion {
  version: number;
  publishedAt: string;
  publishedBy: string | null;
}

/** One definition with its draft and its published versions (newest first). */
export interface FlowDetail extends FlowSummary {
  tree: Step;
  form: FormDefinition;
  versions: FlowVersion[];
}

/** The draft as the editor holds it and PUT /api/workflow/definitions/:id saves it. */
export interface FlowDraft {
  name: string;
  category: string;
  description: string;
  adminUserId: string | null;
  starters: Starters;
  tree: Step;
  form: FormDefinition;
}

export interface Problem {
  at: string;
  message: string;
}

export const DEFINITIONS_KEY = 'flow-definitions';
const base = '/api/workflow/definitions';

export const useDefinitions = () =>
  useQuery({ queryKey: [DEFINITIONS_KEY, 'list'], queryFn: () => get<{ items: FlowSummary[] }>(base).then((r) => r.items) });

export const useDefinition = (id: string) =>
  useQuery({ queryKey: [DEFINITIONS_KEY, 'one', id], queryFn: () => get<FlowDetail>(`${base}/${encodeURIComponent(id)}`) });

export const createDefinition = (body: { key: string; name: string; category?: string; description?: string }) =>
  post<{ id: string }>(base, body);

export const updateDefinition = (id: string, body: Partial<FlowDraft> & { enabled?: boolean }) =>
  put<{ ok: true }>(`${base}/${encodeURIComponent(id)}`, body);

export const validateDefinition = (id: string) =>
  post<{ ok: boolean; problems: Problem[] }>(`${base}/${encodeURIComponent(id)}/validate`);

export const publishDefinition = (id: string) => post<{ version: number }>(`${base}/${encodeURIComponent(id)}/publish`);
