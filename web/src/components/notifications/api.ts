import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { get, post } from '../../api/client';

export type NoticeCategory = 'workflow' | 'meeting' | 'room' | 'schedule' | 'supervision' | 'document' | 'system';
export const NOTICE_CATEGORIES: NoticeCategory[] = ['workflow', 'meeting', 'room', 'schedule', 'supervision', 'document', 'system'];

export interface Notice {
  id: string;
  category: NoticeCategory;
  kind: string;
  title: string;
  body: string;
  link: string;
  createdAt: string;
  readAt: string | null;
}

/** Every query of the centre starts with this key, so one invalidation refreshes the bell and the list. */
export const NOTICES_KEY = ['notifications'] as const;
export const UNREAD_KEY = [...NOTICES_KEY, 'unread'] as const;

export const useUnreadCount = () =>
  useQuery({ queryKey: UNREAD_KEY, queryFn: async () => (await get<{ count: number }>('/api/notifications/unread-count')).count });

export const useLatestNotices = (enabled: boolean) =>
  useQuery({
    queryKey: [...NOTICES_KEY, 'latest'],
    queryFn: async () => (await get<{ items: Notice[] }>('/api/notifications?pageSize=5')).items,
    enabled,
  });

/** Mark one read (id) or all read (no id); the bell and lists refresh. */
export function useMarkRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id?: string) => (id ? post(`/api/notifications/${id}/read`) : post('/api/notifications/read-all')),
    onSuccess: () => client.invalidateQueries({ queryKey: NOTICES_KEY }),
  });
}
