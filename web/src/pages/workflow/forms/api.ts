import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { get, post, qs } from '../../../api/client';

/** A login as the pickers show it (GET /api/directory/users). */
export interface DirectoryUser {
  userId: string;
  name: string;
  departmentName: string | null;
  postName: string | null;
}

export interface FileInfo {
  id: string;
  name: string;
  size: number;
}

export interface OrgNode {
  id: string;
  name: string;
  children: OrgNode[];
}

type Items<T> = { items: T[] };

/** People whose name matches q (any active login; no administration right needed). */
export const useUserSearch = (q: string) =>
  useQuery({
    queryKey: ['directory', 'users', { q }],
    queryFn: () => get<Items<DirectoryUser>>('/api/directory/users' + qs({ q })),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });

/** The people behind stored user ids, to show their names. */
export const useUsersByIds = (ids: string[]) =>
  useQuery({
    queryKey: ['directory', 'users', { ids }],
    queryFn: () => get<Items<DirectoryUser>>('/api/directory/users' + qs({ ids: ids.join(',') })),
    enabled: ids.length > 0,
    staleTime: 5 * 60_000,
  });

export const useOrgTree = () =>
  useQuery({ queryKey: ['org-chart'], queryFn: () => get<OrgNode[]>('/api/org-chart'), staleTime: 5 * 60_000 });

/** Workdays from start to end, both included, on the unit's calendar (the server's count is final). */
export const useWorkdays = (start?: string, end?: string) =>
  useQuery({
    queryKey: ['calendar', 'workdays', start, end],
    queryFn: () => get<{ days: number }>('/api/calendar/workdays' + qs({ start, end })),
    enabled: !!start && !!end,
    staleTime: 60 * 60_000,
  });

/** Names and sizes of stored files, to list an attachment value. */
export const useFileInfos = (ids: string[]) =>
  useQuery({
    queryKey: ['files', { ids }],
    queryFn: () => get<Items<FileInfo>>('/api/files' + qs({ ids: ids.join(',') })),
    enabled: ids.length > 0,
    staleTime: 5 * 60_000,
  });

export const fileUrl = (id: string) => `/api/files/${encodeURIComponent(id)}`;

export function uploadFile(file: File): Promise<FileInfo> {
  const body = new FormData();
  body.append('file', file);
  return post<FileInfo>('/api/files', body);
}
