import { requireAny, type Caller } from '../access/index.js';

/** The auditor (安全审计员) reads everyone's records, the other two administrators' included. */
export const mayReadAudit = (caller: Caller) => requireAny(caller, 'audit.read');
export const mayExportAudit = (caller: Caller) => requireAny(caller, 'audit.export');
