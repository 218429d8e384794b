import type { Module } from '../index.js';
import { systemRoutes } from './routes.js';

export const systemModule: Module = { name: 'system', routes: systemRoutes };
