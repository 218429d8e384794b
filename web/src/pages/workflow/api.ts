import { keepPreviousData, useQuery, type QueryClient } from '@tanstack/react-query';
import { ApiError, get, post } from '../../api/client';
import type { getInstance } from '@server/modules/workflow/service/instances';
import type { inbox, inboxCounts } from '@server/modules/workflow/service/inbox';
import type { startForm } from '@server/modules/workflow/service/definitions';
import type { listDelegations } from '@server/modules/workflow/service/personal';
import type { InstanceStatus } from '@server/platform/db/schema';

/** Reply shapes, taken from the server's own functions (types only: nothing of the server is bundled). */
export type { InstanceStatus };
export type InstanceView = Awaited<ReturnType<typeof getInstance>>;
export type TraceEntry = InstanceView['trace'][number];
export type TaskView = InstanceView['tasks'][number];
export type Counts = Awaited<ReturnType<typeof inboxCounts>>;
export type StartForm = Awaited<ReturnType<typeof startForm>>;
export type Delegation = Awaited<ReturnType<typeof listDelegations>>['items'][number];
type InboxRow = Awaited<ReturnType<typeof inbox>>['items'][number];
export type TaskRow = Extract<InboxRow, { taskId: string }>;
export type StartedRow = Extract<InboxRow, { currentSteps: string[] }>;
export type Box = 'todo' | 'done' | 'started' | 'cc';
export const BOXES: Box[] = ['todo', 'done', 'started', 'cc'];
export const STATUSES: InstanceStatus[] = ['draft', 'running', 'approved', 'rejected', 'withdrawn', 'terminated', 'suspended'];

export interface FlowSummary {
  id: string;
  key: string;
  name: string;
  category: string;
  description: string;
  currentVersion: number;
}
export interface Phrase {
  id: string;
  text: string;
}
type Items<T> = { items: T[] };

/** Every workflow query key starts with this, so one call refreshes lists, counts and the open instance. */
export const WF = 'workflow';
export const refreshWorkflow = (client: QueryClient) =>
  client.invalidateQueries({ predicate: (q) => typeof q.queryKey[0] === 'string' && q.queryKey[0].startsWith(WF) });

export const useCounts = () =>
  useQuery({ queryKey: [WF, 'counts'], queryFn: () => get<Counts>('/api/workflow/counts'), refetchInterval: 60_000 });

export const useStartableFlows = () =>
  useQuery({ queryKey: [WF, 'startable'], queryFn: () => get<Items<FlowSummary>>('/api/workflow/definitions?startable=true'), staleTime: 5 * 60_000 });

export const useStartForm = (definitionId: string) =>
  useQuery({ queryKey: [WF, 'start-form', definitionId], queryFn: () => get<StartForm>(`/api/workflow/definitions/${encodeURIComponent(definitionId)}/start-form`) });

export const useInstance = (id: string) =>
  useQuery({
    queryKey: [WF, 'instance', id],
    queryFn: () => get<InstanceView>(`/api/workflow/instances/${encodeURIComponent(id)}`),
    placeholderData: keepPreviousData,
  });

export const usePhrases = () => useQuery({ queryKey: [WF, 'phrases'], queryFn: () => get<Items<Phrase>>('/api/workflow/phrases') });

export const useDelegations = () => useQuery({ queryKey: [WF, 'delegations'], queryFn: () => get<Items<Delegation>>('/api/workflow/delegations') });

/**
 * POST with an Idempotency-Key: the same key sent again (a retry after a lost reply) has one
 * effect. The key is made once per action the person starts and reused for its retries.
 */
/** A POST that the server carries out once however often it arrives (retries, double clicks). */
export const postOnce = <T = unknown>(url: string, body: unknown, key: string) => post<T>(url, body, { 'idempotency-key': key });

/** Someone else acted first: the page is out of date and must be reloaded. */
export const isStale = (err: unknown) => err instanceof ApiError && ['STALE_VERSION', 'TASK_HANDLED', 'INSTANCE_NOT_RUNNING'].includes(err.code);

/** A random Idempotency-Key (crypto.randomUUID needs HTTPS; intranet sites often run on plain HTTP). */
export const newKey = () => Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
