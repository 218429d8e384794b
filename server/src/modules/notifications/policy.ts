import { requireAny, type Caller } from '../access/index.js';

/** Channel settings, test messages and retries are the system administrator's (系统设置). */
export const mayConfigure = (caller: Caller) => requireAny(caller, 'system.settings');
/** The delivery log is read by whoever configures the channels or watches the system's health. */
export const mayReadDeliveries = (caller: Caller) => requireAny(caller, 'system.settings', 'system.diagnostics');
