import type { Module } from '../index.js';
import { auditRoutes } from './routes.js';

/** The audit log has no update or delete path: read, verify and export only. */
export const auditModule: Module = { name: 'audit', routes: auditRoutes };
