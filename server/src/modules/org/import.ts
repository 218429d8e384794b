import type { Cell, Worksheet } from 'exceljs';
import type { Core, Ctx } from '../../platform/context.js';
import type { Access } from '../../platform/access/resolve.js';
import type { Tx } from '../../platform/db/index.js';
import { AppError, invalid } from '../../platform/errors.js';
import type { MessageKey, Params } from '../../platform/i18n/index.js';
import { check } from '../../platform/http/validation.js';
import { newId, nowIso } from '../../platform/util.js';
import { COLUMNS, newWorkbook, type Column } from './excel.js';
import { nameKeys } from './pinyin.js';
import { mayClassify, mayManage } from './policy.js';
import { peopleCommand } from './people-commands.js';
import { CLEARANCE_LABELS, GENDER_LABELS, importRow, type ImportRow } from './schema.js';

type Problems = Record<string, { key: MessageKey; params?: Params }>;
interface Parsed {
  row: number;
  value: ImportRow;
}

const reverse = (labels: Record<string, string>) => new Map(Object.entries(labels).map(([code, label]) => [label, code]));
const GENDER_BY_LABEL = reverse(GENDER_LABELS);
const CLEARANCE_BY_LABEL = reverse(CLEARANCE_LABELS);

function cellText(cell: Cell): string {
  const v = cell.value;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return (cell.text ?? '').trim();
}

/** The cells of one row as the schema expects them; labels (男, 秘密) become codes. */
function rawRow(sheet: Worksheet, rowNumber: number, columnOf: Map<Column, number>): Record<Column, string> | null {
  const row = sheet.getRow(rowNumber);
  const get = (c: Column) => (columnOf.has(c) ? cellText(row.getCell(columnOf.get(c)!)) : '');
  const raw = Object.fromEntries((Object.keys(COLUMNS) as Column[]).map((c) => [c, get(c)])) as Record<Column, string>;
  return Object.values(raw).some((v) => v !== '') ? raw : null;
}

function toInput(raw: Record<Column, string>) {
  return {
    ...raw,
    gender: raw.gender === '' ? null : (GENDER_BY_LABEL.get(raw.gender) ?? raw.gender),
    post: raw.post === '' ? null : raw.post,
    clearance: raw.clearance === '' ? 'public' : (CLEARANCE_BY_LABEL.get(raw.clearance) ?? raw.clearance),
    joinedOn: raw.joinedOn === '' ? null : raw.joinedOn,
  };
}

async function readSheet(buffer: Buffer): Promise<Worksheet> {
  const wb = await newWorkbook();
  try {
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw invalid('IMPORT_FAILED', 'org.importUnreadable', {}, { file: { key: 'org.importUnreadable' } });
  }
  const sheet = wb.worksheets[0];
  if (!sheet) throw invalid('IMPORT_FAILED', 'org.importEmpty', {}, { file: { key: 'org.importEmpty' } });
  return sheet;
}

/** Validates every row against the schema; problems are keyed "<excel row>.<field>". */
function parseRows(sheet: Worksheet, ctx: Ctx, problems: Problems): Parsed[] {
  const header = sheet.getRow(1);
  const columnOf = new Map<Column, number>();
  header.eachCell((cell, col) => {
    const entry = Object.entries(COLUMNS).find(([, label]) => label === cellText(cell));
    if (entry) columnOf.set(entry[0] as Column, col);
  });
  for (const c of ['name', 'employeeNo', 'department'] as const) {
    if (!columnOf.has(c)) problems[`1.${c}`] = { key: 'org.importMissingColumn', params: { column: COLUMNS[c] } };
  }
  if (Object.keys(problems).length) return [];
  const parsed: Parsed[] = [];
  for (let n = 2; n <= sheet.rowCount; n++) {
    const raw = rawRow(sheet, n, columnOf);
    if (!raw) continue;
    const r = check(importRow, toInput(raw), ctx.locale);
    if (r.ok) parsed.push({ row: n, value: r.value });
    else for (const [field, message] of Object.entries(r.fields)) problems[`${n}.${field}`] = { key: 'org.importCell', params: { message } };
  }
  return parsed;
}

/** Finds an enabled department or post by code, else by a name that only one of them bears. */
async function lookup(tx: Tx, table: 'departments' | 'posts') {
  const rows = await tx.selectFrom(table).select(['id', 'name', 'code']).where('enabled', '=', 1).execute();
  return (text: string): { id: string; name: string } | 'ambiguous' | undefined => {
    const byCode = rows.find((r) => r.code === text);
    if (byCode) return byCode;
    const byName = rows.filter((r) => r.name === text);
    return byName.length > 1 ? 'ambiguous' : byName[0];
  };
}

async function existingEmployeeNos(tx: Tx, numbers: string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (let i = 0; i < numbers.length; i += 500) {
    const rows = await tx.selectFrom('people').select('employee_no').where('employee_no', 'in', numbers.slice(i, i + 500)).execute();
    for (const r of rows) found.add(r.employee_no);
  }
  return found;
}

/** Checks references and duplicates; a clearance above 非密 needs the security officer's permission (三员分立). */
async function resolveRows(tx: Tx, rows: Parsed[], problems: Problems, mayClassify: boolean) {
  const [department, post] = await Promise.all([lookup(tx, 'departments'), lookup(tx, 'posts')]);
  const taken = await existingEmployeeNos(tx, rows.map((r) => r.value.employeeNo));
  const firstRow = new Map<string, number>();
  return rows.map(({ row, value }) => {
    const d = department(value.department);
    if (d === 'ambiguous') problems[`${row}.department`] = { key: 'org.importAmbiguousDepartment' };
    else if (!d) problems[`${row}.department`] = { key: 'org.departmentNotFound' };
    const p = value.post ? post(value.post) : undefined;
    if (value.post && (!p || p === 'ambiguous')) problems[`${row}.post`] = { key: 'org.postNotFound' };
    if (value.clearance !== 'public' && !mayClassify) problems[`${row}.clearance`] = { key: 'org.importClearanceForbidden' };
    const earlier = firstRow.get(value.employeeNo);
    if (earlier) problems[`${row}.employeeNo`] = { key: 'org.importDuplicateInFile', params: { row: earlier } };
    else if (taken.has(value.employeeNo)) problems[`${row}.employeeNo`] = { key: 'org.employeeNoTaken', params: { employeeNo: value.employeeNo } };
    firstRow.set(value.employeeNo, earlier ?? row);
    return { value, department: typeof d === 'object' ? d : null, post: typeof p === 'object' ? p : null };
  });
}

const failed = (problems: Problems) =>
  new AppError('IMPORT_FAILED', 422, 'org.importFailed', { count: new Set(Object.keys(problems).map((k) => k.split('.')[0])).size }, problems);

/**
 * Imports people from the template (the upload is read only once the caller is allowed): every row is checked first, and if any fails nothing is written.
 * All rows go in one transaction, with one audit record per person (action org.person.import).
 */
export async function importPeople(core: Core, ctx: Ctx, access: Access, upload: () => Promise<Buffer>): Promise<{ imported: number }> {
  mayManage(access);
  const problems: Problems = {};
  const rows = parseRows(await readSheet(await upload()), ctx, problems);
  if (!rows.length && !Object.keys(problems).length) throw invalid('IMPORT_FAILED', 'org.importEmpty', {}, { file: { key: 'org.importEmpty' } });
  return peopleCommand(core, ctx, undefined, async (w) => {
    const resolved = await resolveRows(w.tx, rows, problems, mayClassify(access));
    if (Object.keys(problems).length) throw failed(problems);
    const now = nowIso();
    const values = resolved.map(({ value: v, department, post }) => ({
      id: newId(),
      name: v.name,
      ...nameKeys(v.name),
      employee_no: v.employeeNo,
      gender: v.gender,
      department_id: department!.id,
      post_id: post?.id ?? null,
      phone: v.phone,
      email: v.email,
      clearance: v.clearance,
      status: 'active' as const,
      joined_on: v.joinedOn ?? now.slice(0, 10),
      left_on: null,
      sort_order: 0,
      created_at: now,
      updated_at: now,
    }));
    for (let i = 0; i < values.length; i += 200) await w.tx.insertInto('people').values(values.slice(i, i + 200)).execute();
    values.forEach((p, i) =>
      w.audit({
        action: 'org.person.import',
        targetType: 'person',
        targetId: p.id,
        summary: `导入人员：${p.name}（${resolved[i]!.department!.name}）`,
        detail: { employeeNo: p.employee_no },
      }),
    );
    return { imported: values.length };
  });
}
