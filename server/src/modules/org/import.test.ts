import { afterAll, beforeAll, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { createTestApp, createUser, describeEachDialect, login, multipartBody, type Session, type TestApp } from '../../test/harness.js';

const HEADER = ['姓名', '工号', '性别', '部门', '岗位', '手机', '邮箱', '涉密等级', '入职日期'];

async function xlsx(rows: unknown[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('人员');
  sheet.addRow(HEADER);
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const multipart = (file: Buffer, field = 'file') =>
  multipartBody(file, { field, filename: 'people.xlsx', contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });

describeEachDialect('org import and export', (dialect) => {
  let t: TestApp;
  let admin: Session;
  const upload = (s: Session, file: Buffer, field?: string) => {
    const m = multipart(file, field);
    return s.req('POST', '/api/people/import', m.body, m.headers);
  };
  const peopleCount = async () =>
    Number((await t.core.db.selectFrom('people').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

  beforeAll(async () => {
    t = await createTestApp(dialect);
    await createUser(t.core, { username: 'orgadmin', permissions: ['org.read', 'org.manage'] });
    await createUser(t.core, { username: 'reader', permissions: ['org.read'] });
    admin = await login(t.app, 'orgadmin');
    const root = (await admin.req('POST', '/api/departments', { parentId: null, name: '办公室', code: 'office' })).json().id;
    await admin.req('POST', '/api/departments', { parentId: root, name: '秘书科', code: 'sec' });
    await admin.req('POST', '/api/posts', { name: '科员', code: 'clerk' });
    await admin.req('POST', '/api/people', { name: '已在职', employeeNo: 'D001', departmentId: root });
  });
  afterAll(() => t.close());

  it('rejects the whole file with row-numbered errors and writes nothing', async () => {
    const before = await peopleCount();
    const file = await xlsx([
      ['张三', 'N001', '男', '秘书科', '科员', '13800000001', 'zs@demo.gov.cn', '', '2024-03-01'],
      ['李四', 'D001', '女', 'sec', '', '', '', '', ''],
      ['王五', 'N003', '男', '不存在的科', '', '', '', '', ''],
      ['赵六', 'N009', '未知', '秘书科', '', '', 'not-mail', '', '2024/13/01'],
      ['钱七', 'N001', '', '秘书科', '科长', '', '', '秘密', ''],
    ]);
    const res = await upload(admin, file);
    expect(res.statusCode).toBe(422);
    const { error } = res.json();
    expect(error.code).toBe('IMPORT_FAILED');
    expect(error.message).toContain('4');
    expect(Object.keys(error.fields).sort()).toEqual(
      ['3.employeeNo', '4.department', '5.email', '5.gender', '5.joinedOn', '6.clearance', '6.employeeNo', '6.post'].sort(),
    );
    expect(error.fields['6.employeeNo']).toContain('2');
    expect(await peopleCount()).toBe(before);
  });

  it('imports every row in one go when all are valid', async () => {
    const file = await xlsx([
      ['张三', 'N001', '男', '秘书科', '科员', 13800000001, 'zs@demo.gov.cn', '非密', new Date(Date.UTC(2024, 2, 1))],
      ['李四', 'N002', '女', 'office', '', '', '', '', ''],
    ]);
    const res = await upload(admin, file);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ imported: 2 });
    const found = (await admin.req('GET', '/api/people?q=zs')).json().items[0];
    expect(found).toMatchObject({ name: '张三', departmentName: '秘书科', postName: '科员', phone: '13800000001', joinedOn: '2024-03-01' });
    const audits = await t.core.db.selectFrom('audit_log').select('summary').where('action', '=', 'org.person.import').execute();
    expect(audits).toHaveLength(2);
  });

  it('refuses unreadable files, a missing column, and callers without org.manage', async () => {
    expect((await upload(admin, Buffer.from('not a spreadsheet'))).json().error.fields).toHaveProperty('file');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('x').addRow(['姓名', '部门']);
    const noColumn = await upload(admin, Buffer.from(await wb.xlsx.writeBuffer()));
    expect(noColumn.json().error.fields).toHaveProperty(['1.employeeNo']);
    const reader = await login(t.app, 'reader');
    expect((await upload(reader, await xlsx([]))).statusCode).toBe(403);
    expect((await admin.req('POST', '/api/people/import', { file: 'x' })).statusCode).toBeLessThan(500);
  });

  it('exports the ledger as a valid xlsx and audits the export', async () => {
    const res = await admin.req('GET', '/api/people/export.xlsx');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    expect((sheet.getRow(1).values as unknown[]).slice(1, 10)).toEqual(HEADER);
    expect(sheet.rowCount).toBe(4);
    const names = [2, 3, 4].map((n) => sheet.getRow(n).getCell(1).text).sort();
    expect(names).toEqual(['张三', '已在职', '李四'].sort());
    const audit = await t.core.db.selectFrom('audit_log').selectAll().where('action', '=', 'org.people.export').execute();
    expect(audit).toHaveLength(1);
    const template = await admin.req('GET', '/api/people/import-template.xlsx');
    await new ExcelJS.Workbook().xlsx.load(template.rawPayload as unknown as ArrayBuffer);
    expect(template.statusCode).toBe(200);
  });
});
