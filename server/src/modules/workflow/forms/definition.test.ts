import { describe, expect, it } from 'vitest';
import { checkDefinition } from './definition.js';
import { validateSubmission } from './submission.js';
import { FORM_TEMPLATES } from './templates.js';
import { formDefinition, type FormDefinition, type FormField } from './types.js';

const def = (...fields: FormField[]): FormDefinition => ({ fields });
const money = (id: string): FormField => ({ id, type: 'money', label: id });
const computed = (id: string, ...fields: string[]): FormField => ({ id, type: 'computed', label: id, compute: { op: 'sum', fields } });
const table = (id: string, ...columns: FormField[]): FormField => ({ id, type: 'table', label: id, columns });

describe('checkDefinition', () => {
  it('accepts a sound definition', () => {
    expect(checkDefinition(def(money('a'), table('t', money('x')), computed('c', 'a', 't.x')))).toEqual([]);
  });

  it('finds duplicate ids, in tables too', () => {
    expect(checkDefinition(def(money('a'), money('a'), table('t', money('x'), money('x'))))).toEqual([
      { fieldId: 'a', key: 'form.duplicateId', params: { id: 'a' } },
      { fieldId: 't.x', key: 'form.duplicateId', params: { id: 'x' } },
    ]);
  });

  it('finds choices without options or with duplicate values, in tables too', () => {
    const dup = [{ label: 'A', value: 'a' }, { label: 'A again', value: 'a' }];
    expect(
      checkDefinition(def(
        { id: 's', type: 'select', label: 's' },
        { id: 'r', type: 'radio', label: 'r', options: [] },
        { id: 'c', type: 'checkbox', label: 'c', options: dup },
        table('t', { id: 'k', type: 'select', label: 'k' }),
      )),
    ).toEqual([
      { fieldId: 's', key: 'form.optionsMissing' },
      { fieldId: 'r', key: 'form.optionsMissing' },
      { fieldId: 'c', key: 'form.duplicateOption', params: { value: 'a' } },
      { fieldId: 't.k', key: 'form.optionsMissing' },
    ]);
  });

  it('finds tables without columns, nested tables and columns that cannot be cells', () => {
    expect(
      checkDefinition(def(
        { id: 'empty', type: 'table', label: 'e' },
        table('t', table('inner', money('x')), computed('c', 'x'), { id: 'd', type: 'description', label: 'd' }),
      )),
    ).toEqual([
      { fieldId: 'empty', key: 'form.columnsMissing' },
      { fieldId: 't.inner', key: 'form.nestedTable' },
      { fieldId: 't.c', key: 'form.columnType' },
      { fieldId: 't.d', key: 'form.columnType' },
    ]);
  });

  it('finds computed fields that name unknown or non-numeric fields', () => {
    const d = def(
      { id: 'name', type: 'text', label: 'n' },
      { id: 'n', type: 'number', label: 'n' },
      table('t', { id: 'x', type: 'text', label: 'x' }, money('m')),
      { id: 'bare', type: 'computed', label: 'b' },
      computed('c', 'n', 'missing', 'name', 't', 't.x', 't.nope', 'n.x', 't.m.z', 't.m'),
    );
    const field = (f: string) => ({ field: f });
    expect(checkDefinition(d)).toEqual([
      { fieldId: 'bare', key: 'form.computeMissing' },
      { fieldId: 'c', key: 'form.computeUnknownField', params: field('missing') },
      { fieldId: 'c', key: 'form.computeNotNumeric', params: field('name') },
      { fieldId: 'c', key: 'form.computeNotNumeric', params: field('t') },
      { fieldId: 'c', key: 'form.computeNotNumeric', params: field('t.x') },
      { fieldId: 'c', key: 'form.computeUnknownField', params: field('t.nope') },
      { fieldId: 'c', key: 'form.computeUnknownField', params: field('n.x') },
      { fieldId: 'c', key: 'form.computeUnknownField', params: field('t.m.z') },
    ]);
  });

  it('finds cycles between computed fields, self-references included', () => {
    const problems = checkDefinition(def(money('a'), computed('x', 'y'), computed('y', 'z', 'a'), computed('z', 'x'), computed('s', 's'), computed('ok', 'x')));
    expect(problems).toEqual(['x', 'y', 'z', 's'].map((fieldId) => ({ fieldId, key: 'form.computeCycle' })));
  });

  it('finds a minimum above the maximum, in tables too', () => {
    expect(checkDefinition(def({ ...money('a'), min: 5, max: 1 }, table('t', { id: 'n', type: 'number', label: 'n', min: 2, max: 1 })))).toEqual([
      { fieldId: 'a', key: 'form.minAboveMax' },
      { fieldId: 't.n', key: 'form.minAboveMax' },
    ]);
  });

  it('still computes, as 0, through a cycle a definition should never have', () => {
    const r = validateSubmission(def(computed('x', 'y'), computed('y', 'x')), {}, { rights: {}, countWorkdays: () => 0, locale: 'en' });
    expect(r).toEqual({ ok: true, values: { x: 0, y: 0 } });
  });
});

describe('shipped form templates', () => {
  const opts = { rights: {}, locale: 'en' as const, countWorkdays: () => 3 };

  it.each(Object.entries(FORM_TEMPLATES))('%s is valid and sound', (_key, template) => {
    expect(formDefinition.parse(template)).toEqual(template);
    expect(checkDefinition(template)).toEqual([]);
  });

  it('leave counts workdays', () => {
    const r = validateSubmission(
      FORM_TEMPLATES.leave,
      { leaveType: 'annual', period: { start: '2024-05-06', end: '2024-05-08' }, reason: '探亲' },
      opts,
    );
    expect(r).toEqual({ ok: true, values: { leaveType: 'annual', period: { start: '2024-05-06', end: '2024-05-08', days: 3 }, reason: '探亲' } });
  });

  it('reimbursement totals its rows in fen', () => {
    const file = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';
    const items = [
      { date: '2024-05-06', category: 'transport', amount: 12_050 },
      { date: '2024-05-07', category: 'lodging', description: '两晚', amount: 48_000 },
    ];
    const r = validateSubmission(FORM_TEMPLATES.reimbursement, { reason: '赴省厅开会', items, invoices: [file], total: 1 }, opts);
    expect(r.ok && r.values.total).toBe(60_050);
  });

  it('seal use wants whole copies', () => {
    const values = { sealType: 'official', documentTitle: '合同', copies: 1.5, purpose: '签约' };
    expect(validateSubmission(FORM_TEMPLATES.sealUse, values, opts)).toEqual({ ok: false, fields: { copies: 'Must be a whole number' } });
  });
});
