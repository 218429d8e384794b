import { useQuery, useQueryClient } from '@tanstack/react-query';
import { get, qs } from '../../api/client';

export type SupervisionStatus = 'open' | 'overdue' | 'concluded' | 'cancelled';
export type SupervisionSource = 'instruction' | 'meeting' | 'incoming' | 'manual';
export type SupervisionKind = 'item' | 'rectification';
export const STATUSES: SupervisionStatus[] = ['open', 'overdue', 'concluded', 'cancelled'];
export const SOURCES: SupervisionSource[] = ['instruction', 'meeting', 'incoming', 'manual'];

export interface ItemRow {
  id: string;
  kind: SupervisionKind;
  source: SupervisionSource;
  title: string;
  leadDepartmentId: string;
  leadDepartment: string;
  owner: string;
  deadline: string;
  status: SupervisionStatus;
  progress: number;
  nextReportDue: string | null;
  reportDue: boolean;
  missedReports: number;
  conclusionPending: boolean;
}

export interface ItemView {
  id: string;
  kind: SupervisionKind;
  parentId: string | null;
  source: SupervisionSource;
  sourceLink: string;
  title: string;
  content: string;
  leadDepartment: string;
  coDepartments: { id: string; name: string }[];
  owner: string;
  createdBy: string;
  createdAt: string;
  deadline: string;
  originalDeadline: string;
  status: SupervisionStatus;
  progress: number;
  reportSchedule: 'none' | 'weekly' | 'workdays';
  reportInterval: number;
  nextReportDue: string | null;
  missedReports: number;
  lastUrgedAt: string | null;
  result: string;
  conclusionPending: boolean;
  concludedOn: string | null;
  concludedBy: string;
  milestones: { id: string; title: string; dueOn: string; done: boolean; doneAt: string | null; overdue: boolean }[];
  timeline: { id: string; kind: string; actor: string; body: string; percent: number | null; files: { id: string; name: string }[]; at: string }[];
  extensions: { id: string; requestedBy: string; oldDeadline: string; newDeadline: string; reason: string; status: string; flowInstanceId: string | null; requestedAt: string }[];
  children: { id: string; title: string; deadline: string; status: SupervisionStatus }[];
  can: { report: boolean; extend: boolean; conclude: boolean; confirm: boolean; urge: boolean; milestones: boolean };
}

export interface BoardFigures {
  total: number;
  open: number;
  concluded: number;
  onTime: number;
  overdue: number;
  overdueOpen: number;
  onTimeRate: number | null;
}
export interface Board {
  year: number;
  departments: (BoardFigures & { departmentId: string; department: string })[];
  trend: { month: number; total: number; onTime: number; overdue: number; onTimeRate: number | null }[];
}

export interface Bulletin {
  id: string;
  period: string;
  concluded: number;
  overdue: number;
  createdBy: string;
  createdAt: string;
}

/** Query keys start with this, so one invalidation refreshes lists, items and the board. */
export const SUPERVISION = 'supervision';
export const itemPath = (id: string) => `/supervision/items/${id}`;

export const useItem = (id: string) => useQuery({ queryKey: [SUPERVISION, 'item', id], queryFn: () => get<ItemView>(`/api/supervision/items/${id}`) });
export const useBoard = (year: number) => useQuery({ queryKey: [SUPERVISION, 'board', year], queryFn: () => get<Board>('/api/supervision/board' + qs({ year })) });
export const useBulletins = () => useQuery({ queryKey: [SUPERVISION, 'bulletins'], queryFn: () => get<{ items: Bulletin[] }>('/api/supervision/bulletins') });

export function useRefresh() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: [SUPERVISION] });
}
