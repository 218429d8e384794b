import type { Module } from '../index.js';
import { fileRoutes } from './routes.js';

export const filesModule: Module = { name: 'files', routes: fileRoutes };
