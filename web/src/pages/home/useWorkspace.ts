import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { get, put } from '../../api/client';

export interface Workspace {
  widgets: string[];
  available: { id: string; titleKey: string }[];
}

const KEY = ['workspace'] as const;

/** The person's widget list and the widgets they may add; saving replaces the list. */
export function useWorkspace() {
  const client = useQueryClient();
  const query = useQuery({ queryKey: KEY, queryFn: () => get<Workspace>('/api/workspace') });
  const save = useMutation({
    mutationFn: (widgets: string[]) => put<Workspace>('/api/workspace', { widgets }),
    onSuccess: () => client.invalidateQueries({ queryKey: KEY }),
  });
  return { query, save };
}
