import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, get, qs } from '../../api/client';
import type { compareRevisions, getDocument, getRevision, listDocuments } from '@server/modules/documents/service/queries';
import type { distributionBoard, receivedCopies } from '@server/modules/documents/service/distribution';
import type { listExternalUnits } from '@server/modules/documents/service/external-units';
import type { listSeals, verifyFile } from '@server/modules/documents/service/seals';
import type { searchDocuments } from '@server/modules/documents/service/search';
import type { numberRegister, numberRules } from '@server/modules/documents/service/register';
import type { DocumentStatus } from '@server/platform/db/schema';
import { WF } from '../workflow/api';

/** Reply shapes, taken from the server's own functions (types only: nothing of the server is bundled). */
export type { DocumentStatus };
export type DocumentView = Awaited<ReturnType<typeof getDocument>>;
export type DocumentRow = Awaited<ReturnType<typeof listDocuments>>['items'][number];
export type Annotation = DocumentView['annotations'][number];
export type Revision = Awaited<ReturnType<typeof getRevision>>;
export type Comparison = Awaited<ReturnType<typeof compareRevisions>>;
export type DiffPart = Comparison['body'][number];
export type SecretLevel = DocumentView['secretLevel'];
export type Urgency = DocumentView['urgency'];
export type Kind = DocumentView['kind'];
export type MyTask = DocumentView['myTasks'][number];
export type Board = Awaited<ReturnType<typeof distributionBoard>>;
export type Distribution = Board['items'][number];
export type ReceivedCopy = Awaited<ReturnType<typeof receivedCopies>>['items'][number];
export type ExternalUnit = Awaited<ReturnType<typeof listExternalUnits>>['items'][number];
export type Seal = Awaited<ReturnType<typeof listSeals>>['items'][number];
export type Verification = Awaited<ReturnType<typeof verifyFile>>;
export type SearchResult = Awaited<ReturnType<typeof searchDocuments>>;
export type SearchHit = SearchResult['items'][number];
export type NumberRule = Awaited<ReturnType<typeof numberRules>>['items'][number];
export type RegisterEntry = Awaited<ReturnType<typeof numberRegister>>['items'][number];
export type NumberStatus = RegisterEntry['status'];
export interface KindInfo {
  kind: Kind;
  name: string;
  direction: 'down' | 'up' | 'flat';
}

export type Box = 'todo' | 'mine' | 'all';
export const BOXES: Box[] = ['todo', 'mine', 'all'];
export const NUMBER_STATUSES: NumberStatus[] = ['used', 'reserved', 'voided'];
export const STATUSES: DocumentStatus[] = ['draft', 'reviewing', 'signed', 'numbered', 'sealed', 'distributed', 'archived', 'withdrawn'];
export const SECRET_LEVELS: SecretLevel[] = ['public', 'internal', 'secret', 'confidential', 'topSecret'];
export const URGENCIES: Urgency[] = ['', '加急', '特急'];

/**
 * A document carries the state of its flow, so its query keys start with the workflow prefix: an
 * action taken through the workflow's ActionBar (which refreshes every "workflow…" query) refreshes
 * the 稿纸 and the lists too.
 */
export const DOCS = `${WF}-documents`;
export const documentKey = (id: string) => [DOCS, 'document', id];

export const useKinds = () => useQuery({ queryKey: [DOCS, 'kinds'], queryFn: () => get<KindInfo[]>('/api/documents/kinds'), staleTime: Infinity });

export const useDocument = (id: string) =>
  useQuery({ queryKey: documentKey(id), queryFn: () => get<DocumentView>(`/api/documents/${encodeURIComponent(id)}`), placeholderData: keepPreviousData });

export const useRevision = (id: string, revision: number | null) =>
  useQuery({
    queryKey: [DOCS, 'revision', id, revision],
    queryFn: () => get<Revision>(`/api/documents/${encodeURIComponent(id)}/revisions/${revision}`),
    enabled: revision !== null,
    staleTime: Infinity,
  });

/** Revisions never change once saved, so a comparison is cached for good. */
export const useComparison = (id: string, from: number, to: number, enabled = true) =>
  useQuery({
    queryKey: [DOCS, 'compare', id, from, to],
    queryFn: () => get<Comparison>(`/api/documents/${encodeURIComponent(id)}/compare?from=${from}&to=${to}`),
    enabled: enabled && from !== to,
    staleTime: Infinity,
    placeholderData: keepPreviousData,
  });

/** Refreshes the open 稿纸 and the lists after a write. */
export function useRefreshDocuments() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ predicate: (q) => typeof q.queryKey[0] === 'string' && q.queryKey[0].startsWith(DOCS) });
}

/** The steps after 签发 whose work is done on the 稿纸 before the task is completed. */
export const HANDLED_PURPOSES = ['number', 'layout', 'distribute', 'archive'] as const;
export type HandledPurpose = (typeof HANDLED_PURPOSES)[number];
const isHandled = (purpose: string | null): purpose is HandledPurpose => HANDLED_PURPOSES.includes(purpose as HandledPurpose);

/** The caller's task on the document at one of those steps, if they hold one now. */
export function handledTask(doc: DocumentView): (MyTask & { purpose: HandledPurpose }) | undefined {
  return doc.myTasks.find((t): t is MyTask & { purpose: HandledPurpose } => isHandled(t.purpose));
}

/** Whether the work of the step is done, so that its task may be completed (the server checks the same). */
const WORK_DONE: Record<HandledPurpose, (doc: DocumentView) => boolean> = {
  number: (doc) => !!doc.docNo,
  layout: (doc) => !!doc.sealedAt,
  distribute: (doc) => !!doc.distributedAt,
  archive: (doc) => !!doc.archivedAt,
};
export const workDone = (doc: DocumentView, purpose: HandledPurpose) => WORK_DONE[purpose](doc);

/** What a refusal says: the field messages when it has them (they name the missing step), else its message. */
export function errorText(err: unknown): string {
  if (!(err instanceof ApiError)) return String(err);
  const fields = Object.values(err.fields);
  return fields.length ? fields.join('；') : err.message;
}

/** The 发文稿纸 (处理单) as a PDF: every step's opinion and signature; shown inline. */
export const processingFormUrl = (documentId: string) => `/api/documents/${encodeURIComponent(documentId)}/processing-form`;

/** The formal document as the server hands it out (a state secret's PDF watermarked with the reader's name; no DOCX). */
export const formalUrl = (documentId: string, format: 'pdf' | 'docx') => `/api/documents/${encodeURIComponent(documentId)}/formal/${format}`;

/** 保管期限 of an archive record. */
export const RETENTIONS = ['永久', '30年', '10年'] as const;
export type Retention = (typeof RETENTIONS)[number];

/** Keywords for the archive record, suggested from the body. */
export const useSuggestedKeywords = (documentId: string) =>
  useQuery({ queryKey: [DOCS, 'keywords', documentId], queryFn: () => get<{ keywords: string[] }>(`/api/documents/${encodeURIComponent(documentId)}/keywords`), staleTime: Infinity });

export const sealPictureUrl = (id: string) => `/api/seals/${encodeURIComponent(id)}/picture`;

const fetchSeals = () => get<{ items: Seal[] }>('/api/seals');
export const useSeals = () => useQuery({ queryKey: [DOCS, 'seals'], queryFn: fetchSeals });
/** The seals that may stamp a document now. */
export const useActiveSeals = () => useQuery({ queryKey: [DOCS, 'seals'], queryFn: fetchSeals, select: (r) => r.items.filter((s) => s.active) });

export const useExternalUnits = () => useQuery({ queryKey: [DOCS, 'external-units'], queryFn: () => get<{ items: ExternalUnit[] }>('/api/external-units') });

export const useDistributions = (documentId: string) =>
  useQuery({ queryKey: [DOCS, 'distributions', documentId], queryFn: () => get<Board>(`/api/documents/${encodeURIComponent(documentId)}/distributions`) });

export const useReceivedCopies = (status: 'sent' | 'signed') =>
  useQuery({ queryKey: [DOCS, 'received', status], queryFn: () => get<{ items: ReceivedCopy[] }>(`/api/document-distributions?status=${status}`) });

/** 公文检索: full-text search within what the person may open; nothing is asked before there is a query. */
export interface SearchParams {
  q?: string;
  year?: string;
  kind?: string;
  secretLevel?: string;
  status?: string;
  page: number;
  pageSize: number;
}
export const useDocumentSearch = (p: SearchParams) =>
  useQuery({
    queryKey: [DOCS, 'search', p],
    queryFn: () => get<SearchResult>(`/api/documents/search${qs({ ...p })}`),
    enabled: !!p.q,
    placeholderData: keepPreviousData,
  });

/** The 发文登记簿's pages (paged on the server); its key starts with DOCS, so a 取文号 refreshes it too. */
export const REGISTER_KEY = `${DOCS}-register`;

/** 文号规则 (the registry clerk's). */
export const useNumberRules = () => useQuery({ queryKey: [DOCS, 'number-rules'], queryFn: () => get<{ items: NumberRule[] }>('/api/document-number-rules') });

export const SECOND_FACTOR_REQUIRED = 'SECOND_FACTOR_REQUIRED';
/** Whether a refusal asks for the second factor (a classified document, none given in the last ten minutes). */
export const needsSecondFactor = (err: unknown) => err instanceof ApiError && err.code === SECOND_FACTOR_REQUIRED;

/** One attachment version of a document, as the reader may take it (a state secret's comes watermarked). */
export const attachmentUrl = (documentId: string, attachmentId: string) => `/api/documents/${encodeURIComponent(documentId)}/attachments/${encodeURIComponent(attachmentId)}/file`;
