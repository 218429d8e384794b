import type { Db, Tx } from '../../../platform/db/index.js';
import { isUniqueViolation } from '../../../platform/db/unique.js';
import { conflict, invalid } from '../../../platform/errors.js';
import { newId, nowIso } from '../../../platform/util.js';
import { DEFAULT_TEMPLATE, isValidTemplate } from './format.js';

export interface NumberRule {
  id: string;
  code: string;
  name: string;
  kinds: string[];
  template: string;
  active: boolean;
}

export interface NewNumberRule {
  code: string;
  name: string;
  /** The document kinds numbered by this rule. */
  kinds: string[];
  template?: string;
}

export async function createRule(tx: Tx, input: NewNumberRule): Promise<NumberRule> {
  const template = input.template ?? DEFAULT_TEMPLATE;
  if (!isValidTemplate(template)) throw invalid('DOC_NUMBER_TEMPLATE_INVALID', 'docNumber.templateInvalid', {}, { template: { key: 'docNumber.templateInvalid' } });
  const rule = { id: newId(), code: input.code, name: input.name, kinds: input.kinds, template, active: true };
  const now = nowIso();
  try {
    await tx
      .insertInto('doc_number_rules')
      .values({ ...rule, kinds: JSON.stringify(rule.kinds), active: 1, created_at: now, updated_at: now })
      .execute();
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict('DOC_NUMBER_CODE_TAKEN', 'docNumber.codeTaken', { code: input.code });
    throw error;
  }
  return rule;
}

export async function setRuleActive(tx: Tx, ruleId: string, active: boolean): Promise<void> {
  await tx.updateTable('doc_number_rules').set({ active: active ? 1 : 0, updated_at: nowIso() }).where('id', '=', ruleId).execute();
}

export async function listRules(db: Db | Tx): Promise<NumberRule[]> {
  const rows = await db.selectFrom('doc_number_rules').selectAll().orderBy('code').execute();
  return rows.map((r) => ({ id: r.id, code: r.code, name: r.name, kinds: JSON.parse(r.kinds) as string[], template: r.template, active: r.active === 1 }));
}
