import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { del, get, post, put, qs } from '../../api/client';
import type { EntryView } from '@server/modules/schedule/service/entry-view';
import type { CalendarItem, freeBusy as freeBusyOnServer } from '@server/modules/schedule/service/my-calendar';
import type { getCalendar, listCalendars } from '@server/modules/schedule/service/calendars';
import type { feedStatus, createFeed as createFeedOnServer } from '@server/modules/schedule/service/feed';
import type { CalendarInput, EntryInput } from '@server/modules/schedule/schema';

/** Reply shapes, taken from the server's own functions (types only). */
export type { EntryView, CalendarItem };
export type TeamCalendar = Awaited<ReturnType<typeof listCalendars>>['items'][number];
export type TeamCalendarDetail = Awaited<ReturnType<typeof getCalendar>>;
export type FeedStatus = Awaited<ReturnType<typeof feedStatus>>;
export type CreatedFeed = Awaited<ReturnType<typeof createFeedOnServer>>;
export type EntryPayload = Partial<Omit<EntryInput, 'reminders'>> & Pick<EntryInput, 'title' | 'startAt' | 'endAt'> & { reminders?: number[] };
export type CalendarPayload = Partial<CalendarInput> & { name: string };
export type Participation = 'accepted' | 'declined' | 'tentative';

/** Every schedule query starts with this key, so one invalidation refreshes them all. */
export const SCHEDULE = 'schedule';
const entryUrl = (id: string, action = '') => `/api/schedule/entries/${encodeURIComponent(id)}${action && `/${action}`}`;
const calendarUrl = (id: string, action = '') => `/api/schedule/calendars/${encodeURIComponent(id)}${action && `/${action}`}`;

export interface Range {
  from: string;
  to: string;
}

/** My calendar, or a team calendar's entries, between from and to. */
export const useItems = (range: Range, calendarId: string | null) =>
  useQuery({
    queryKey: [SCHEDULE, 'items', calendarId ?? 'mine', range],
    queryFn: () => get<{ timeZone: string; items: CalendarItem[] }>((calendarId ? calendarUrl(calendarId, 'entries') : '/api/schedule') + qs({ from: range.from, to: range.to })),
    placeholderData: keepPreviousData,
  });

export const useEntry = (id: string | null) =>
  useQuery({ queryKey: [SCHEDULE, 'entry', id], queryFn: () => get<EntryView>(entryUrl(id!)), enabled: !!id });

export const createEntry = (body: EntryPayload) => post<EntryView>('/api/schedule/entries', body);
export const updateEntry = (id: string, body: EntryPayload) => put<EntryView>(entryUrl(id), body);
export const deleteEntry = (id: string) => del(entryUrl(id));
export const replyToEntry = (id: string, status: Participation) => post<EntryView>(entryUrl(id, 'reply'), { status });

export const useTeamCalendars = () => useQuery({ queryKey: [SCHEDULE, 'calendars'], queryFn: () => get<{ items: TeamCalendar[] }>('/api/schedule/calendars') });
export const useTeamCalendar = (id: string | null) =>
  useQuery({ queryKey: [SCHEDULE, 'calendar', id], queryFn: () => get<TeamCalendarDetail>(calendarUrl(id!)), enabled: !!id });
export const createTeamCalendar = (body: CalendarPayload) => post<TeamCalendarDetail>('/api/schedule/calendars', body);
export const updateTeamCalendar = (id: string, body: { name: string; color: string }) => put<TeamCalendarDetail>(calendarUrl(id), body);
export const deleteTeamCalendar = (id: string) => del(calendarUrl(id));
export const addMembers = (id: string, userIds: string[]) => post<TeamCalendarDetail>(calendarUrl(id, 'members'), { userIds });
export const removeMember = (id: string, userId: string) => del<TeamCalendarDetail>(calendarUrl(id, `members/${encodeURIComponent(userId)}`));

export const useFeedStatus = () => useQuery({ queryKey: [SCHEDULE, 'feed'], queryFn: () => get<FeedStatus>('/api/schedule/feed') });
export const createFeed = () => post<CreatedFeed>('/api/schedule/feed');
export const revokeFeed = () => del('/api/schedule/feed');

export interface OrgNode {
  id: string;
  name: string;
  children: OrgNode[];
}
/** The department tree everyone may read (the org chart), for a department calendar. */
export const useOrgChart = () => useQuery({ queryKey: ['org-chart'], queryFn: () => get<OrgNode[]>('/api/org-chart'), staleTime: 300_000 });

export type FreeBusy = Awaited<ReturnType<typeof freeBusyOnServer>>;
/** Colleagues' busy times (no details) between from and to. */
export const useFreeBusy = (userIds: string[], range: Range) =>
  useQuery({
    queryKey: [SCHEDULE, 'free-busy', userIds, range],
    queryFn: () => get<FreeBusy>('/api/schedule/free-busy' + qs({ userIds: userIds.join(','), from: range.from, to: range.to })),
    enabled: userIds.length > 0,
    placeholderData: keepPreviousData,
  });
