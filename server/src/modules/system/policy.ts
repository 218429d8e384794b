import { requireAny, type Caller } from '../access/index.js';

/** Diagnostics are the system administrator's (系统管理员). */
export const mayDiagnose = (caller: Caller) => requireAny(caller, 'system.diagnostics');
