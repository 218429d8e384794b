import { z } from 'zod';
import { pageQuery, text } from '../../platform/http/validation.js';

export const USERNAME = /^[A-Za-z0-9][A-Za-z0-9._-]{1,63}$/;

export const userCreateBody = z.strictObject({
  username: z.string().regex(USERNAME),
  displayName: text(60, 1),
  personId: z.uuid().optional(),
});

export const userQuery = z.strictObject({
  q: text(100).optional(),
  status: z.enum(['active', 'disabled']).optional(),
  ...pageQuery,
});

export type UserCreate = z.infer<typeof userCreateBody>;
export type UserFilter = z.infer<typeof userQuery>;
