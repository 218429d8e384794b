import type { Module } from '../index.js';
import { GRANT_EXPIRE_JOB, expireGrant } from './grants.js';
import { accessRoutes } from './routes.js';

export { createGrant, deleteGrant } from './grants.js';
export { requireAny, type Caller } from './policy.js';

export const accessModule: Module = {
  name: 'access',
  routes: accessRoutes,
  jobs: { [GRANT_EXPIRE_JOB]: (core, payload) => expireGrant(core, payload) },
};
