import type { Module } from '../index.js';
import { calendarRoutes } from './routes.js';

export const calendarModule: Module = { name: 'calendar', routes: calendarRoutes };
