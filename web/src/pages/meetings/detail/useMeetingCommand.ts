import { useState } from 'react';
import { App } from 'antd';
import { useRefreshMeetings } from '../api';

/** Runs one command on a meeting: busy while it runs, the server's message on failure, everything about meetings refreshed after. */
export function useMeetingCommand() {
  const { message } = App.useApp();
  const refresh = useRefreshMeetings();
  const [busy, setBusy] = useState<string | null>(null);
  const run = async <R,>(name: string, fn: () => Promise<R>, done?: string): Promise<R | undefined> => {
    setBusy(name);
    try {
      const result = await fn();
      await refresh();
      if (done) message.success(done);
      return result;
    } catch (err) {
      message.error(err instanceof Error ? err.message : String(err));
      return undefined;
    } finally {
      setBusy(null);
    }
  };
  return { busy, run };
}
