import { useEffect, useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { get, post, qs } from '../../../api/client';
import type { duplicateOf, prefillFromDistribution } from '@server/modules/documents/service/incoming';
import type { getIncoming, listIncoming } from '@server/modules/documents/service/incoming-queries';
import type { RegisterIncomingInput } from '@server/modules/documents/schema-incoming';
import { DOCS } from '../api';

/** Reply shapes, taken from the server's own functions (types only: nothing of the server is bundled). */
export type IncomingListItem = Awaited<ReturnType<typeof listIncoming>>['items'][number];
export type IncomingView = Awaited<ReturnType<typeof getIncoming>>;
export type Opinion = IncomingView['opinions'][number];
export type Duplicate = NonNullable<Awaited<ReturnType<typeof duplicateOf>>['duplicate']>;
export type Prefill = Awaited<ReturnType<typeof prefillFromDistribution>>;
export type Registration = RegisterIncomingInput;

export type IncomingBox = 'todo' | 'mine' | 'all' | 'supervised';
export const INCOMING_BOXES: IncomingBox[] = ['todo', 'mine', 'all', 'supervised'];

/** Under the documents' prefix: the 稿纸's second factor and the workflow's actions refresh 收文 too. */
export const INCOMING = `${DOCS}-incoming`;
export const incomingPath = (id: string) => `/incoming/${id}`;
const url = (id: string, action = '') => `/api/incoming/${encodeURIComponent(id)}${action && `/${action}`}`;

export const useIncoming = (id: string) =>
  useQuery({ queryKey: [INCOMING, 'one', id], queryFn: () => get<IncomingView>(url(id)), placeholderData: keepPreviousData });

function useDebounced(value: string, ms: number): string {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

/** The 收文 already registered under this 来文单位 and 来文文号, asked once typing pauses. */
export function useDuplicate(sourceUnit: string, sourceDocNo: string) {
  const [unit = '', docNo = ''] = useDebounced(`${sourceUnit.trim()}\n${sourceDocNo.trim()}`, 400).split('\n');
  return useQuery({
    queryKey: [INCOMING, 'duplicate', unit, docNo],
    queryFn: () => get<{ duplicate: Duplicate | null }>(`/api/incoming/duplicate${qs({ sourceUnit: unit, sourceDocNo: docNo })}`),
    enabled: !!unit && !!docNo,
    select: (r) => r.duplicate,
  });
}

/** What a copy signed for from our own 分发 already says, to register it without typing it again. */
export const usePrefill = (distributionId: string | null) =>
  useQuery({
    queryKey: [INCOMING, 'prefill', distributionId],
    queryFn: () => get<Prefill>(`/api/incoming/prefill/${encodeURIComponent(distributionId ?? '')}`),
    enabled: !!distributionId,
    staleTime: Infinity,
  });

export const registerIncoming = (body: Registration) => post<{ id: string; receiptNo: string }>('/api/incoming', body);

/** The 收文's own commands (拟办, 批示, 进展, 办结, 督办, 归档): POST /api/incoming/:id/<action>. */
export type IncomingAction = 'propose' | 'instruct' | 'progress' | 'conclude' | 'supervise' | 'archive';
export const incomingCommand = (id: string, action: IncomingAction, body: unknown) => post(url(id, action), body);
