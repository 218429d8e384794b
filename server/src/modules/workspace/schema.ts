import { z } from 'zod';
import { text } from '../../platform/http/validation.js';

export const workspaceBody = z.strictObject({ widgets: z.array(text(40, 1)).max(50) });
