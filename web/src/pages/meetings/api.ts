import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { get, qs } from '../../api/client';
import type { getMeeting, listMeetings } from '@server/modules/meetings/service/queries';
import type { clashes } from '@server/modules/meetings/service/clashes';
import type { listMaterials } from '@server/modules/meetings/service/materials';
import type { attendance, signInCode } from '@server/modules/meetings/service/signin';
import type { getMinutes } from '@server/modules/meetings/service/minutes';
import type { MeetingInput, MinutesSections } from '@server/modules/meetings/schema';
import { DOCS } from '../documents/api';

/** Reply shapes, taken from the server's own functions (types only: nothing of the server is bundled). */
export type MeetingListItem = Awaited<ReturnType<typeof listMeetings>>['items'][number];
export type MeetingView = Awaited<ReturnType<typeof getMeeting>>;
export type Attendee = MeetingView['attendees'][number];
export type Clashes = Awaited<ReturnType<typeof clashes>>['items'];
export type Materials = Awaited<ReturnType<typeof listMaterials>>;
export type Attendance = Awaited<ReturnType<typeof attendance>>;
export type SignInCode = Awaited<ReturnType<typeof signInCode>>;
export type MinutesView = Awaited<ReturnType<typeof getMinutes>>;
export type { MeetingInput, MinutesSections };
export type Classification = MeetingView['classification'];
export type Reply = NonNullable<MeetingView['myReply']>;

/**
 * Under the documents' prefix: the second factor asked before a 秘密 meeting's materials (the
 * documents' card) and the workflow's approvals refresh meetings too.
 */
export const MEETINGS = `${DOCS}-meetings`;
export const meetingPath = (id: string) => `/meetings/${id}`;
export const meetingUrl = (id: string, action = '') => `/api/meetings/${encodeURIComponent(id)}${action && `/${action}`}`;

export const useMeeting = (id: string) => useQuery({ queryKey: [MEETINGS, 'one', id], queryFn: () => get<MeetingView>(meetingUrl(id)), placeholderData: keepPreviousData });
export const useMaterials = (id: string) => useQuery({ queryKey: [MEETINGS, 'materials', id], queryFn: () => get<Materials>(meetingUrl(id, 'materials')), retry: false });
export const useAttendance = (id: string) => useQuery({ queryKey: [MEETINGS, 'attendance', id], queryFn: () => get<Attendance>(meetingUrl(id, 'attendance')) });
export const useMinutes = (id: string) => useQuery({ queryKey: [MEETINGS, 'minutes', id], queryFn: () => get<MinutesView>(meetingUrl(id, 'minutes')) });

/** The QR code's URL, fetched again when its token changes (every 30 s). */
export const useSignInCode = (id: string, enabled: boolean) =>
  useQuery({
    queryKey: [MEETINGS, 'code', id],
    queryFn: () => get<SignInCode>(meetingUrl(id, 'sign-in/code')),
    enabled,
    refetchInterval: (q) => (q.state.data ? Math.max(1000, Date.parse(q.state.data.refreshAt) - Date.now() + 500) : false),
  });

/** Who of the invited is busy then, asked when the time and the people are known. */
export const useClashes = (q: { startAt?: string; endAt?: string; userIds: string[]; departmentIds: string[]; excludeMeetingId?: string }) =>
  useQuery({
    queryKey: [MEETINGS, 'clashes', q],
    queryFn: () => get<{ items: Clashes }>(`/api/meetings/clashes${qs({ ...q, userIds: q.userIds.join(','), departmentIds: q.departmentIds.join(',') })}`),
    enabled: !!q.startAt && !!q.endAt && q.endAt > q.startAt && q.userIds.length + q.departmentIds.length > 0,
    select: (r) => r.items,
  });

export function useRefreshMeetings() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ predicate: (q) => typeof q.queryKey[0] === 'string' && q.queryKey[0].startsWith(MEETINGS) });
}
