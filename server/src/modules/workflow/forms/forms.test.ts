import { describe, expect, it } from 'vitest';
import type { FieldRight } from '../definition/types.js';
import { validateSubmission, visibleValues, type SubmissionOptions } from './submission.js';
import type { FormDefinition, FormField, FormValues } from './types.js';
import { MAX_FILES, MAX_PEOPLE, MAX_ROWS } from './values.js';

const ID1 = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';
const ID2 = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5c';
const ids = (n: number) => Array.from({ length: n }, (_, i) => `0190a1b2-c3d4-7e5f-8a9b-${String(i).padStart(12, '0')}`);

/** A stand-in calendar: every day is a workday, both ends included. */
const calls: [string, string][] = [];
const countWorkdays = (start: string, end: string) => {
  calls.push([start, end]);
  return (Date.parse(end) - Date.parse(start)) / 86_400_000 + 1;
};

const submit = (def: FormDefinition, values: unknown, opts: Partial<SubmissionOptions> = {}) =>
  validateSubmission(def, values, { rights: {}, countWorkdays, locale: 'en', ...opts });

function stored(def: FormDefinition, values: unknown, opts: Partial<SubmissionOptions> = {}): FormValues {
  const r = submit(def, values, opts);
  if (!r.ok) throw new Error(`refused: ${JSON.stringify(r.fields)}`);
  return r.values;
}

function refused(def: FormDefinition, values: unknown, opts: Partial<SubmissionOptions> = {}): Record<string, string> {
  const r = submit(def, values, opts);
  if (r.ok) throw new Error(`accepted: ${JSON.stringify(r.values)}`);
  return r.fields;
}

const one = (field: Omit<FormField, 'id' | 'label'>): FormDefinition => ({ fields: [{ id: 'f', label: 'F', ...field }] });
const choices = [{ label: 'A', value: 'a' }, { label: 'B', value: 'b' }];

/** [field, value accepted → value stored][], [value refused → message][] */
const typeCases: [string, FormDefinition, [unknown, unknown][], [unknown, string][]][] = [
  ['text', one({ type: 'text' }), [['  hi  ', 'hi'], ['a\tb', 'a\tb'], ['x'.repeat(500), 'x'.repeat(500)]],
    [[5, 'Wrong type, expected string'], ['x'.repeat(501), 'At most 500 characters'], ['a\u0007b', 'Control characters are not allowed']]],
  ['text maxLength', one({ type: 'text', maxLength: 3 }), [['abc', 'abc']], [['abcd', 'At most 3 characters']]],
  ['textarea', one({ type: 'textarea' }), [['line 1\nline 2', 'line 1\nline 2'], ['x'.repeat(5000), 'x'.repeat(5000)]],
    [['x'.repeat(5001), 'At most 5000 characters'], ['\u001b[31m', 'Control characters are not allowed']]],
  ['number', one({ type: 'number', min: -1, max: 10 }), [[0, 0], [-1, -1], [9.75, 9.75]],
    [['3', 'Wrong type, expected number'], [Number.NaN, 'Wrong type, expected number'], [-2, 'Must be at least -1'], [11, 'Must be at most 10']]],
  ['number decimals', one({ type: 'number', decimals: 1 }), [[2, 2], [2.5, 2.5]],
    [[2.25, 'At most 1 digits after the decimal point'], [1e-7, 'At most 1 digits after the decimal point']]],
  ['money (integer fen)', one({ type: 'money', min: 100, max: 1_000_000 }), [[100, 100], [123_456, 123_456]],
    [[12.5, 'Amounts must be whole numbers of fen'], [99, 'Must be at least 1.00'], [1_000_001, 'Must be at most 10000.00'], ['100', 'Wrong type, expected number']]],
  ['money unsafe', one({ type: 'money' }), [[-500, -500]], [[2 ** 60, 'Amounts must be whole numbers of fen']]],
  ['date', one({ type: 'date' }), [['2024-02-29', '2024-02-29']],
    [['2023-02-29', 'Invalid format'], ['2024-13-01', 'Invalid format'], ['2024-1-5', 'Invalid format'], ['2024-01-05T00:00:00Z', 'Invalid format'], [20240105, 'Wrong type, expected string']]],
  ['datetime', one({ type: 'datetime' }),
    [['2024-05-01T08:30:00+08:00', '2024-05-01T00:30:00.000Z'], ['2024-05-01T00:30:00.123Z', '2024-05-01T00:30:00.123Z']],
    [['2024-05-01 08:30', 'Invalid format'], ['2024-05-01T08:30:00', 'Invalid format'], ['2024-02-30T08:30:00Z', 'Invalid format'], [1714522200000, 'Wrong type, expected string']]],
  ['dateRange', one({ type: 'dateRange' }),
    [[{ start: '2024-05-06', end: '2024-05-08' }, { start: '2024-05-06', end: '2024-05-08', days: 3 }],
      [{ start: '2024-05-06', end: '2024-05-06', days: 99 }, { start: '2024-05-06', end: '2024-05-06', days: 1 }]],
    [[{ start: '2024-05-08', end: '2024-05-06' }, 'The end date cannot be before the start date'], [{ start: '2024-05-06' }, 'Invalid format'],
      [{ start: '2024-05-06', end: '2024-05-32' }, 'Invalid format'], [{ start: '2024-05-06', end: '2024-05-07', hours: 3 }, 'Field not allowed'],
      ['2024-05-06/2024-05-07', 'Wrong type, expected object']]],
  ['select', one({ type: 'select', options: choices }), [['a', 'a']], [['c', 'Invalid value'], [['a'], 'Wrong type, expected string']]],
  ['radio', one({ type: 'radio', options: choices }), [['b', 'b']], [['A', 'Invalid value']]],
  ['checkbox', one({ type: 'checkbox', options: choices }), [[['a', 'b'], ['a', 'b']]],
    [[['a', 'c'], 'Invalid value'], [['a', 'a'], 'The same item is chosen twice'], ['a', 'Wrong type, expected array'], [[1], 'Wrong type, expected array']]],
  ['person single', one({ type: 'person' }), [[[ID1], [ID1]]],
    [[[ID1, ID2], 'Choose only one'], [['zhangsan'], 'Invalid format'], [ID1, 'Wrong type, expected array']]],
  ['person multiple', one({ type: 'person', multiple: true }), [[[ID1, ID2], [ID1, ID2]]],
    [[[ID1, ID1], 'The same item is chosen twice'], [ids(MAX_PEOPLE + 1), `Choose at most ${MAX_PEOPLE}`]]],
  ['department', one({ type: 'department' }), [[[ID2], [ID2]]], [[[ID1, ID2], 'Choose only one'], [['d-1'], 'Invalid format']]],
  ['attachment', one({ type: 'attachment' }), [[[ID1, ID2], [ID1, ID2]]],
    [[['../etc/passwd'], 'Invalid format'], [ids(MAX_FILES + 1), `Choose at most ${MAX_FILES}`]]],
];

describe('field types', () => {
  for (const [name, def, goods, bads] of typeCases) {
    it(name, () => {
      for (const [input, output] of goods) expect(stored(def, { f: input })).toEqual({ f: output });
      for (const [input, message] of bads) expect(refused(def, { f: input })).toEqual({ f: message });
    });
  }

  it('counts dateRange days with the injected calendar, ignoring a submitted count', () => {
    calls.length = 0;
    const def = one({ type: 'dateRange' });
    const values = stored(def, { f: { start: '2024-09-28', end: '2024-10-08', days: 1 } }, { countWorkdays: () => 4 });
    expect(values.f).toEqual({ start: '2024-09-28', end: '2024-10-08', days: 4 });
    stored(def, { f: { start: '2024-01-01', end: '2024-01-02' } });
    expect(calls).toEqual([['2024-01-01', '2024-01-02']]);
  });

  it('stores nothing for a description and ignores a value sent for it', () => {
    expect(stored(one({ type: 'description', description: 'Read me' }), { f: 'x' })).toEqual({});
  });

  it('gives messages in the requested language', () => {
    expect(submit(one({ type: 'money' }), { f: 1.5 }, { locale: 'zh-CN' })).toEqual({ ok: false, fields: { f: '金额须为以分为单位的整数' } });
  });
});

describe('required values and drafts', () => {
  const def: FormDefinition = {
    fields: [
      { id: 'title', type: 'text', label: '标题', required: true },
      { id: 'tags', type: 'checkbox', label: '标签', options: choices, required: true },
      { id: 'note', type: 'text', label: '备注' },
    ],
  };

  it('treats absent, null, blank strings and empty arrays as missing', () => {
    expect(refused(def, {})).toEqual({ title: 'Required', tags: 'Required' });
    expect(refused(def, { title: '   ', tags: [] })).toEqual({ title: 'Required', tags: 'Required' });
    expect(refused(def, { title: null, tags: null, note: null })).toEqual({ title: 'Required', tags: 'Required' });
  });

  it('omits empty optional values from what is stored', () => {
    expect(stored(def, { title: 'T', tags: ['a'], note: '  ' })).toEqual({ title: 'T', tags: ['a'] });
  });

  it('lets a draft leave required fields empty but still checks what is there', () => {
    expect(stored(def, { note: 'later' }, { partial: true })).toEqual({ note: 'later' });
    expect(refused(def, { tags: ['z'] }, { partial: true })).toEqual({ tags: 'Invalid value' });
  });

  it('refuses unknown keys, inherited names included, and non-objects', () => {
    expect(refused(def, { title: 'T', tags: ['a'], amount: 5, constructor: 1 })).toEqual({ amount: 'Field not allowed', constructor: 'Field not allowed' });
    const proto = refused(def, JSON.parse('{"title":"T","tags":["a"],"__proto__":{"x":1}}'));
    expect(Object.entries(proto)).toEqual([['__proto__', 'Field not allowed']]);
    expect(Object.getPrototypeOf(proto)).toBe(Object.prototype);
    expect(refused(def, ['T'])).toEqual({ _: 'Wrong type, expected object' });
    expect(refused(def, null)).toEqual({ _: 'Wrong type, expected object' });
  });
});

describe('field rights', () => {
  const def: FormDefinition = {
    fields: [
      { id: 'amount', type: 'money', label: '金额', required: true },
      { id: 'opinion', type: 'textarea', label: '意见' },
      { id: 'secret', type: 'text', label: '内部备注' },
      { id: 'constructor', type: 'text', label: '名称' },
    ],
  };
  const previous = { amount: 5000, secret: 'kept', constructor: 'old' };

  it('keeps previous values for read-only and hidden fields whatever is submitted', () => {
    const rights: Record<string, FieldRight> = { amount: 'readonly', secret: 'hidden' };
    expect(stored(def, { amount: 1, secret: 'forged', opinion: 'ok' }, { rights, previous })).toEqual({
      amount: 5000, secret: 'kept', opinion: 'ok',
    });
    expect(stored(def, { amount: 'not even money' }, { rights, previous: {} })).toEqual({});
  });

  it('does not make a read-only field required, even when the definition does', () => {
    expect(stored(def, {}, { rights: { amount: 'readonly' } })).toEqual({});
  });

  it('enforces the required right, but not in a draft', () => {
    const rights: Record<string, FieldRight> = { opinion: 'required' };
    expect(refused(def, { amount: 1 }, { rights })).toEqual({ opinion: 'Required' });
    expect(stored(def, { amount: 1 }, { rights, partial: true })).toEqual({ amount: 1 });
  });

  it('treats a field missing from the rights as editable, inherited names included', () => {
    expect(stored(def, { amount: 7, constructor: 'new' }, { rights: {}, previous })).toEqual({ amount: 7, constructor: 'new' });
  });

  it('clears an editable field that is not sent again', () => {
    expect(stored(def, { amount: 7 }, { previous: { amount: 5, opinion: 'old' } })).toEqual({ amount: 7 });
  });

  it('shows a handler everything but the hidden fields', () => {
    const values = { amount: 1, opinion: 'x', secret: 'y' };
    expect(visibleValues(def, values, { secret: 'hidden', amount: 'readonly' })).toEqual({ amount: 1, opinion: 'x' });
    expect(visibleValues(def, values, {})).toEqual(values);
  });
});

describe('detail tables', () => {
  const table: FormDefinition = {
    fields: [
      {
        id: 'items', type: 'table', label: '明细', required: true,
        columns: [
          { id: 'name', type: 'text', label: '名称', required: true, maxLength: 10 },
          { id: 'price', type: 'money', label: '单价', min: 0 },
          { id: 'qty', type: 'number', label: '数量', decimals: 0 },
        ],
      },
    ],
  };

  it('stores cleaned rows and drops empty cells', () => {
    expect(stored(table, { items: [{ name: ' pen ', price: 250, qty: 2 }, { name: 'ink', price: null }] })).toEqual({
      items: [{ name: 'pen', price: 250, qty: 2 }, { name: 'ink' }],
    });
  });

  it('names the failing cells by row and column', () => {
    expect(refused(table, { items: [{ name: 'ok' }, { name: '', price: 1.5, qty: 1.5, colour: 'red' }, 'row'] })).toEqual({
      'items.1.name': 'Required',
      'items.1.price': 'Amounts must be whole numbers of fen',
      'items.1.qty': 'Must be a whole number',
      'items.1.colour': 'Field not allowed',
      'items.2': 'Wrong type, expected object',
    });
  });

  it('refuses a "__proto__" cell as a plain unknown key', () => {
    const fields = refused(table, { items: JSON.parse('[{"name":"x","__proto__":{"name":""}}]') });
    expect(Object.entries(fields)).toEqual([['items.0.__proto__', 'Field not allowed']]);
  });

  it('requires a row when the table is required, and caps the rows', () => {
    expect(refused(table, { items: [] })).toEqual({ items: 'Required' });
    expect(refused(table, { items: { name: 'x' } })).toEqual({ items: 'Wrong type, expected array' });
    const rows = (n: number) => Array.from({ length: n }, () => ({ name: 'x' }));
    expect((stored(table, { items: rows(MAX_ROWS) }).items as unknown[]).length).toBe(MAX_ROWS);
    expect(refused(table, { items: rows(MAX_ROWS + 1) })).toEqual({ items: `At most ${MAX_ROWS} rows` });
  });

  it('lets a draft leave required cells empty', () => {
    expect(stored(table, { items: [{ price: 100 }] }, { partial: true })).toEqual({ items: [{ price: 100 }] });
  });
});

describe('computed fields', () => {
  const def: FormDefinition = {
    fields: [
      {
        id: 'items', type: 'table', label: '明细',
        columns: [
          { id: 'amount', type: 'money', label: '金额' },
          { id: 'hours', type: 'number', label: '工时' },
        ],
      },
      { id: 'fee', type: 'money', label: '服务费' },
      { id: 'rate', type: 'number', label: '系数' },
      { id: 'total', type: 'computed', label: '合计', compute: { op: 'sum', fields: ['items.amount', 'fee'] } },
      { id: 'hours', type: 'computed', label: '总工时', compute: { op: 'sum', fields: ['items.hours'] } },
      { id: 'weighted', type: 'computed', label: '折算', compute: { op: 'product', fields: ['total', 'rate'] } },
      { id: 'area', type: 'computed', label: '面积', compute: { op: 'product', fields: ['rate', 'rate'] } },
    ],
  };

  it('sums columns and fields, multiplies, and ignores submitted results', () => {
    const values = stored(def, {
      items: [{ amount: 1050, hours: 0.1 }, { amount: 2025, hours: 0.2 }, {}],
      fee: 300,
      rate: 1.1,
      total: 1,
      weighted: 2,
    });
    expect(values).toMatchObject({ total: 3375, hours: 0.3, weighted: 3713, area: 1.21 });
  });

  it('counts missing values as 0', () => {
    expect(stored(def, {})).toMatchObject({ total: 0, hours: 0, weighted: 0, area: 0 });
  });

  it('computes from the final values, previous ones for read-only fields', () => {
    const values = stored(def, { items: [{ amount: 100 }], fee: 999_999 }, { rights: { fee: 'readonly' }, previous: { fee: 50 } });
    expect(values).toMatchObject({ fee: 50, total: 150 });
  });
});
