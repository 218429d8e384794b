import type { Module } from '../index.js';
import { workspaceRoutes } from './routes.js';

export { WIDGETS, type Widget } from './widgets.js';

export const workspaceModule: Module = { name: 'workspace', routes: workspaceRoutes };
