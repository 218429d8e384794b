import { useQuery } from '@tanstack/react-query';
import { get } from '../../../api/client';
import type { circulationDetail, circulationsStartedByMe, circulationsToMe, documentCirculations } from '@server/modules/documents/service/circulation-queries';
import { DOCS } from '../api';

/** Reply shapes, taken from the server's own functions (types only). */
export type InboxItem = Awaited<ReturnType<typeof circulationsToMe>>['items'][number];
export type StartedItem = Awaited<ReturnType<typeof circulationsStartedByMe>>['items'][number];
export type CirculationView = Awaited<ReturnType<typeof documentCirculations>>['items'][number];
export type CirculationDetail = Awaited<ReturnType<typeof circulationDetail>>;
export type ReaderView = CirculationView['readers'][number];
export type CirculationMode = CirculationView['mode'];
export type InboxBox = 'unread' | 'read';
export const INBOX_BOXES: InboxBox[] = ['unread', 'read'];
export const MODES: CirculationMode[] = ['sequential', 'parallel'];

/**
 * The lists' keys start with the documents prefix, so any document command (useDocumentCommand)
 * refreshes them along with the 稿纸.
 */
export const INBOX_KEY = `${DOCS}-circulations-inbox`;
export const STARTED_KEY = `${DOCS}-circulations-started`;

export const circulationUrl = (id: string, action?: 'read' | 'remind' | 'readers') => `/api/circulations/${encodeURIComponent(id)}${action ? `/${action}` : ''}`;
export const documentCirculationsUrl = (documentId: string) => `/api/documents/${encodeURIComponent(documentId)}/circulations`;

export const useDocumentCirculations = (documentId: string) =>
  useQuery({ queryKey: [DOCS, 'circulations', documentId], queryFn: () => get<{ items: CirculationView[] }>(documentCirculationsUrl(documentId)) });
