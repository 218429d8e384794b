import type { Workbook } from 'exceljs';
import type { Core, Ctx } from '../../platform/context.js';
import type { Access } from '../../platform/access/resolve.js';
import { recordAudit } from '../../platform/command.js';
import * as people from './people.js';
import { mayManage } from './policy.js';
import { CLEARANCE_LABELS, CLEARANCES, GENDER_LABELS, type PeopleFilters } from './schema.js';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The columns of the import template, in order; the export writes the same ones first. */
export const COLUMNS = {
  name: '姓名',
  employeeNo: '工号',
  gender: '性别',
  department: '部门',
  post: '岗位',
  phone: '手机',
  email: '邮箱',
  clearance: '涉密等级',
  joinedOn: '入职日期',
} as const;
export type Column = keyof typeof COLUMNS;

/** exceljs is large; it is loaded on first use so the server starts fast. */
export async function newWorkbook(): Promise<Workbook> {
  const { default: ExcelJS } = await import('exceljs');
  return new ExcelJS.Workbook();
}

function addHeader(wb: Workbook, extra: string[] = []) {
  const sheet = wb.addWorksheet('人员');
  sheet.addRow([...Object.values(COLUMNS), ...extra]).font = { bold: true };
  sheet.columns.forEach((c) => (c.width = 16));
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return sheet;
}

const toBuffer = async (wb: Workbook) => Buffer.from(await wb.xlsx.writeBuffer());

/** The ledger as a spreadsheet, within the caller's data scope; the export itself is audited. */
export async function exportPeople(core: Core, ctx: Ctx, access: Access, filters: PeopleFilters): Promise<Buffer> {
  const rows = await people.all(core, access, filters);
  const wb = await newWorkbook();
  const sheet = addHeader(wb, ['状态', '离职日期', '兼职', '账号']);
  for (const p of rows) {
    sheet.addRow([
      p.name,
      p.employeeNo,
      p.gender === 'male' || p.gender === 'female' ? GENDER_LABELS[p.gender] : '',
      p.departmentName,
      p.postName ?? '',
      p.phone,
      p.email,
      CLEARANCE_LABELS[p.clearance],
      p.joinedOn ?? '',
      p.status === 'active' ? '在职' : '离职',
      p.leftOn ?? '',
      p.partTime.map((x) => `${x.departmentName}${x.postName ? ` ${x.postName}` : ''}`).join('；'),
      p.username ?? '',
    ]);
  }
  await recordAudit(core, ctx, {
    action: 'org.people.export',
    targetType: 'person',
    targetId: '',
    summary: `导出人员台账：${rows.length} 人`,
    detail: { count: rows.length, filters },
  });
  return toBuffer(wb);
}

/** An empty sheet with the import columns, and a second sheet listing the accepted values. */
export async function importTemplate(core: Core, access: Access): Promise<Buffer> {
  mayManage(access);
  const [departments, posts] = await Promise.all([
    core.db.selectFrom('departments').select(['name', 'code']).where('enabled', '=', 1).orderBy('path').execute(),
    core.db.selectFrom('posts').select(['name', 'code']).where('enabled', '=', 1).orderBy('sort_order').execute(),
  ]);
  const wb = await newWorkbook();
  addHeader(wb);
  const help = wb.addWorksheet('填写说明');
  help.addRow(['部门（填名称或编码）', '部门编码', '岗位（填名称或编码）', '岗位编码', '涉密等级', '性别']).font = { bold: true };
  const n = Math.max(departments.length, posts.length, CLEARANCES.length, 2);
  for (let i = 0; i < n; i++) {
    help.addRow([
      departments[i]?.name ?? '',
      departments[i]?.code ?? '',
      posts[i]?.name ?? '',
      posts[i]?.code ?? '',
      CLEARANCES[i] ? CLEARANCE_LABELS[CLEARANCES[i]!] : '',
      Object.values(GENDER_LABELS)[i] ?? '',
    ]);
  }
  help.addRow([]);
  help.addRow(['工号、姓名、部门必填；入职日期格式 2024-03-01；涉密等级不填为「非密」。整个文件有一行出错则全部不导入。']);
  help.columns.forEach((c) => (c.width = 20));
  return toBuffer(wb);
}
