import type { Module } from '../index.js';
import { deleteExpiredSessions } from '../../platform/auth/session.js';
import { authRoutes } from './routes.js';

export { hashPassword, setPassword } from './password.js';

export const authModule: Module = {
  name: 'auth',
  routes: authRoutes,
  jobs: {
    'sessions.cleanup': async (core) => {
      await deleteExpiredSessions(core);
    },
  },
  recurring: [{ kind: 'sessions.cleanup', uniqueKey: 'recurring:sessions.cleanup', everyMs: 10 * 60_000 }],
};
