import { useEffect, useRef } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { NOTICES_KEY, UNREAD_KEY, type Notice } from './api';

/** After the server refused or dropped the stream for good (e.g. a restart), try again after this long. */
const RECONNECT_MS = 10_000;

/**
 * Listens to /api/notifications/stream while mounted: the unread count goes straight into the
 * query cache, and a new notice refreshes the lists and is handed to `onNotice`. EventSource
 * reconnects by itself after a network drop; when it gives up, this opens a new one later.
 */
export function useNoticeStream(onNotice: (notice: Notice) => void) {
  const client = useQueryClient();
  const handler = useRef(onNotice);
  handler.current = onNotice;

  useEffect(() => {
    let source: EventSource | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const connect = () => {
      source = new EventSource('/api/notifications/stream');
      source.addEventListener('unread', (e) => client.setQueryData(UNREAD_KEY, (JSON.parse(e.data) as { count: number }).count));
      source.addEventListener('notification', (e) => {
        client.invalidateQueries({ queryKey: NOTICES_KEY, predicate: (q) => q.queryKey[1] !== 'unread' });
        handler.current(JSON.parse(e.data) as Notice);
      });
      source.onerror = () => {
        if (source?.readyState !== EventSource.CLOSED) return;
        timer = setTimeout(connect, RECONNECT_MS);
      };
    };
    connect();
    return () => {
      clearTimeout(timer);
      source?.close();
    };
  }, [client]);
}
