import { useQuery } from '@tanstack/react-query';
import { del, get, post, put, qs } from '../../api/client';

export const EQUIPMENT = ['projector', 'screen', 'video', 'whiteboard', 'microphone'] as const;
export type Equipment = (typeof EQUIPMENT)[number];
export const ROOMS_KEY = 'rooms';

export interface Room {
  id: string;
  name: string;
  location: string;
  capacity: number;
  equipment: Equipment[];
  description: string;
  photoFileId: string | null;
  opensAt: string;
  closesAt: string;
  needsApproval: boolean;
  active: boolean;
  sortOrder: number;
}
export type RoomInput = Omit<Room, 'id'>;

export type BookingStatus = 'pending' | 'confirmed' | 'cancelled' | 'rejected';

/** A live booking as the grid shows it: local date and wall clock. */
export interface GridBooking {
  id: string;
  roomId: string;
  date: string;
  start: string;
  end: string;
  title: string;
  status: BookingStatus;
  owner: { id: string; name: string };
  meetingId: string | null;
  mine: boolean;
}
export interface GridBlock {
  id: string;
  roomId: string;
  date: string;
  start: string;
  end: string;
  reason: string;
}
export interface Availability {
  timeZone: string;
  today: string;
  now: string;
  dates: string[];
  rooms: Room[];
  bookings: GridBooking[];
  blocks: GridBlock[];
}

export interface Booking {
  id: string;
  roomId: string;
  roomName: string;
  roomLocation: string;
  title: string;
  bookedBy: { id: string; name: string };
  meetingId: string | null;
  seriesId: string | null;
  startAt: string;
  endAt: string;
  date: string;
  start: string;
  end: string;
  status: BookingStatus;
  decisionNote: string;
  lateCancel: boolean;
  ended: boolean;
  feedbackGiven: boolean;
}

export interface Filters {
  minCapacity?: number;
  equipment?: Equipment[];
}

export const useAvailability = (date: string, days: number, filters: Filters, roomId?: string) =>
  useQuery({
    queryKey: [ROOMS_KEY, 'availability', date, days, filters, roomId],
    queryFn: () =>
      get<Availability>(`/api/rooms/availability${qs({ date, days, roomId, minCapacity: filters.minCapacity, equipment: filters.equipment?.join(',') })}`),
  });

export const useRooms = (includeInactive = false) =>
  useQuery({ queryKey: [ROOMS_KEY, 'list', includeInactive], queryFn: () => get<{ items: Room[] }>(`/api/rooms${qs({ includeInactive: includeInactive || undefined })}`) });

export interface BookRequest {
  date: string;
  start: string;
  end: string;
  title: string;
  repeat?: { until: string; exceptions?: string[]; freeOnly?: boolean };
}
export const bookRoom = (roomId: string, body: BookRequest) => post<{ bookings: Booking[]; skipped: string[] }>(`/api/rooms/${roomId}/bookings`, body);
export const cancelBooking = (id: string, scope: 'one' | 'following') => post<{ cancelled: number; late: boolean }>(`/api/rooms/bookings/${id}/cancel`, { scope });
export const decideBooking = (id: string, approve: boolean, note: string) => post(`/api/rooms/bookings/${id}/${approve ? 'approve' : 'reject'}`, { note });
export const requestAdjustment = (id: string, body: { kind: string; detail: string }) => post(`/api/rooms/bookings/${id}/adjustments`, body);
export const giveFeedback = (id: string, body: { cleanliness: number; equipmentFaults: string; comment: string }) => post(`/api/rooms/bookings/${id}/feedback`, body);
export const saveRoom = (id: string | null, body: RoomInput) => (id ? put<Room>(`/api/rooms/${id}`, body) : post<Room>('/api/rooms', body));
export const addBlock = (roomId: string, body: { start: string; end: string; reason: string }) => post(`/api/rooms/${roomId}/blocks`, body);
export const removeBlock = (id: string) => del(`/api/rooms/blocks/${id}`);
export const handleAdjustment = (id: string, body: { status: 'done' | 'declined'; reply: string }) => post(`/api/rooms/adjustments/${id}/handle`, body);
export const saveSettings = (lateCancelMinutes: number) => put('/api/rooms/settings', { lateCancelMinutes });

export const useMyBookings = (when: 'upcoming' | 'past', page: number) =>
  useQuery({ queryKey: [ROOMS_KEY, 'mine', when, page], queryFn: () => get<{ total: number; items: Booking[] }>(`/api/rooms/bookings/mine${qs({ when, page, pageSize: 20 })}`) });
export const usePending = () => useQuery({ queryKey: [ROOMS_KEY, 'pending'], queryFn: () => get<{ items: Booking[] }>('/api/rooms/bookings/pending') });

export interface Adjustment {
  id: string;
  bookingId: string;
  kind: string;
  detail: string;
  status: 'open' | 'done' | 'declined';
  reply: string;
  requestedBy: { id: string; name: string };
  handledBy: { id: string; name: string } | null;
  createdAt: string;
  booking: { title: string; roomName: string; time: string };
}
export const useAdjustments = (status: Adjustment['status']) =>
  useQuery({ queryKey: [ROOMS_KEY, 'adjustments', status], queryFn: () => get<{ total: number; items: Adjustment[] }>(`/api/rooms/adjustments${qs({ status, pageSize: 100 })}`) });
export const useBlocks = (roomId: string | null) =>
  useQuery({ enabled: !!roomId, queryKey: [ROOMS_KEY, 'blocks', roomId], queryFn: () => get<{ items: { id: string; startAt: string; endAt: string; reason: string }[] }>(`/api/rooms/${roomId}/blocks`) });
export const useFeedback = (roomId: string | null) =>
  useQuery({
    enabled: !!roomId,
    queryKey: [ROOMS_KEY, 'feedback', roomId],
    queryFn: () => get<{ averageCleanliness: number | null; items: { id: string; cleanliness: number; equipmentFaults: string; comment: string; title: string; time: string; by: string }[] }>(`/api/rooms/${roomId}/feedback`),
  });
export const useRoomSettings = (enabled: boolean) => useQuery({ enabled, queryKey: [ROOMS_KEY, 'settings'], queryFn: () => get<{ lateCancelMinutes: number }>('/api/rooms/settings') });
