import { useQuery } from '@tanstack/react-query';
import { get, qs } from '../../api/client';

export interface Contact {
  id: string;
  name: string;
  departmentName: string;
  postName: string | null;
  phone: string | null;
  email: string | null;
}

export interface ChartNode {
  id: string;
  name: string;
  peopleCount: number;
  head?: { id: string; name: string; postName: string };
  children: ChartNode[];
}

export const useOrgChart = () =>
  useQuery({ queryKey: ['org-chart'], queryFn: () => get<ChartNode[]>('/api/org-chart'), staleTime: 5 * 60_000 });

export const useAddressBook = (f: { q: string; departmentId?: string; page: number; pageSize: number }) =>
  useQuery({
    queryKey: ['addressbook', f],
    queryFn: () => get<{ items: Contact[]; total: number }>('/api/addressbook' + qs(f)),
    placeholderData: (previous) => previous,
  });
