import type { Module } from '../index.js';
import { provideDirectory } from '../../platform/directory.js';
import { orgDirectory } from './directory.js';
import { orgRoutes } from './routes.js';

export { registerHandoverHook, type HandoverHook } from './handover.js';
export { seedDemo } from './seed.js';

provideDirectory(orgDirectory);

export const orgModule: Module = {
  name: 'org',
  routes: orgRoutes,
};
