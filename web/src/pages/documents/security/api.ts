import { useQuery } from '@tanstack/react-query';
import { get, qs } from '../../../api/client';
import type { listGrants, lookupDocuments } from '@server/modules/documents/service/grants';
import type { listTerminals } from '@server/modules/documents/service/terminals';
import { DOCS } from '../api';

/** Reply shapes, taken from the server's own functions (types only). */
export type Grant = Awaited<ReturnType<typeof listGrants>>['items'][number];
export type GrantStatus = Grant['status'];
export type FoundDocument = Awaited<ReturnType<typeof lookupDocuments>>['items'][number];
export type Terminals = Awaited<ReturnType<typeof listTerminals>>;
export type Terminal = Terminals['items'][number];
export const GRANT_STATUSES: GrantStatus[] = ['active', 'expired', 'revoked'];

export const GRANTS_KEY = `${DOCS}-grants`;
export const TERMINALS_KEY = `${DOCS}-terminals`;

export const useTerminals = () => useQuery({ queryKey: [TERMINALS_KEY], queryFn: () => get<Terminals>('/api/approved-terminals') });

/** Documents by 文号, 收文编号 or id, for a grant; nothing is asked before there is a query. */
export const useDocumentLookup = (q: string) =>
  useQuery({
    queryKey: [GRANTS_KEY, 'lookup', q],
    queryFn: () => get<{ items: FoundDocument[] }>('/api/document-grants/documents' + qs({ q })),
    enabled: q.length > 0,
  });
