// 文号 (docNumber) allocation. Every function takes the caller's transaction: run it inside the
// documents module's command, which writes the audit record in that same transaction.
export { DEFAULT_TEMPLATE, formatNumber } from './format.js';
export { createRule, listRules, setRuleActive, type NewNumberRule, type NumberRule } from './rules.js';
export { allocateNumber, reserveNumber, useReserved, voidNumber, type TakenNumber } from './numbers.js';
export { register, type RegisterEntry, type RegisterFilters } from './register.js';
