import { useQuery } from '@tanstack/react-query';
import { get } from '../../../api/client';
import type { archiveEntry, searchArchive } from '@server/modules/documents/service/archive-search';
import type { listBorrowings } from '@server/modules/documents/service/archive-borrowing';
import type { DestructionRecord, listDisposals } from '@server/modules/documents/service/archive-disposal';
import { DOCS } from '../api';

/** Reply shapes, taken from the server's own functions (types only: nothing of the server is bundled). */
export type ArchiveEntry = Awaited<ReturnType<typeof searchArchive>>['items'][number];
export type ArchiveRecordView = Awaited<ReturnType<typeof archiveEntry>>;
export type Borrowing = Awaited<ReturnType<typeof listBorrowings>>['items'][number];
export type BorrowingStatus = Borrowing['status'];
export type Disposal = Awaited<ReturnType<typeof listDisposals>>['items'][number];
export type DisposalStatus = Disposal['status'];
export type DisposalKind = Disposal['kind'];
export type { DestructionRecord };

export const BORROWING_STATUSES: BorrowingStatus[] = ['pending', 'approved', 'returned', 'expired', 'rejected', 'withdrawn'];
export const DISPOSAL_STATUSES: DisposalStatus[] = ['pending', 'approved', 'done', 'rejected', 'withdrawn'];

/**
 * Under the documents' prefix, itself under the workflow's: an approval in 待办 (which refreshes
 * every "workflow…" query) refreshes the catalogue and the registers too.
 */
export const ARCHIVE = `${DOCS}-archive`;
export const RECORDS_KEY = `${ARCHIVE}-records`;
export const BORROWINGS_KEY = `${ARCHIVE}-borrowings`;
export const DISPOSALS_KEY = `${ARCHIVE}-disposals`;

const id = (value: string) => encodeURIComponent(value);
export const borrowUrl = (documentId: string) => `/api/archive/records/${id(documentId)}/borrowings`;
export const returnUrl = (borrowingId: string) => `/api/archive/borrowings/${id(borrowingId)}/return`;
export const disposeUrl = (documentId: string) => `/api/archive/records/${id(documentId)}/disposals`;
export const executeUrl = (disposalId: string) => `/api/archive/disposals/${id(disposalId)}/execute`;
export const documentPath = (documentId: string) => `/documents/${documentId}`;
export const flowPath = (instanceId: string) => `/workflow/instances/${instanceId}`;

/** One record's catalogue entry, for the 稿纸 of an archived (or disposed of) document. */
export const useArchiveRecord = (documentId: string, enabled: boolean) =>
  useQuery({ queryKey: [ARCHIVE, 'record', documentId], queryFn: () => get<ArchiveRecordView>(`/api/archive/records/${id(documentId)}`), enabled, retry: false });
