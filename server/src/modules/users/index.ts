import type { Module } from '../index.js';
import { usersRoutes } from './routes.js';

export { createUser, findUserByUsername, resetPassword, unlockUser } from './service.js';

export const usersModule: Module = { name: 'users', routes: usersRoutes };
