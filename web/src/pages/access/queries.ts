import { useQuery } from '@tanstack/react-query';
import { get } from '../../api/client';
import type { PermissionCatalogue, Role } from './types';

export const useRoles = () => useQuery({ queryKey: ['roles'], queryFn: () => get<{ items: Role[] }>('/api/roles').then((r) => r.items) });

export const usePermissionCatalogue = () =>
  useQuery({ queryKey: ['permissions'], queryFn: () => get<PermissionCatalogue>('/api/permissions'), staleTime: Infinity });
