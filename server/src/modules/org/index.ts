import type { Module } from '../index.js';
import { orgRoutes } from './routes.js';

export { registerHandoverHook, type HandoverHook } from './handover.js';
export { seedDemo } from './seed.js';

export const orgModule: Module = {
  name: 'org',
  routes: orgRoutes,
};
