import type { Core, Ctx } from '../../../platform/context.js';
import { command } from '../../../platform/command.js';
import type { Access } from '../../../platform/access/resolve.js';
import { directory } from '../../../platform/directory.js';
import { newId, nowIso } from '../../../platform/util.js';
import { documentFonts } from '../../documents/index.js';
import { today } from '../clock.js';
import { requireSupervisor } from '../policy.js';

/** 2026-11 → the month; 2026-Q4 → the quarter; as first and last dates. */
export function periodRange(period: string): { from: string; to: string; label: string } {
  const year = Number(period.slice(0, 4));
  const quarter = period.includes('Q') ? Number(period.slice(6)) : null;
  const first = quarter ? (quarter - 1) * 3 + 1 : Number(period.slice(5, 7));
  const last = quarter ? first + 2 : first;
  const lastDay = new Date(Date.UTC(year, last, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return { from: `${year}-${pad(first)}-01`, to: `${year}-${pad(last)}-${pad(lastDay)}`, label: quarter ? `${year}年第${quarter}季度` : `${year}年${first}月` };
}

interface Row {
  title: string;
  department: string;
  owner: string;
  deadline: string;
  concludedOn: string | null;
}

/** The period's items by department: concluded in it (and whether on time), and those whose deadline in it was missed. */
async function bulletinData(core: Core, from: string, to: string) {
  const day = today();
  const rows = await core.db
    .selectFrom('supervision_items')
    .innerJoin('departments', 'departments.id', 'supervision_items.lead_department_id')
    .select(['supervision_items.title', 'supervision_items.owner_user_id', 'supervision_items.deadline', 'supervision_items.status', 'supervision_items.concluded_on', 'departments.name as department', 'departments.sort_order'])
    .where('supervision_items.status', '<>', 'cancelled')
    .where((eb) =>
      eb.or([
        eb.and([eb('supervision_items.concluded_on', '>=', from), eb('supervision_items.concluded_on', '<=', to)]),
        eb.and([
          eb('supervision_items.deadline', '>=', from),
          eb('supervision_items.deadline', '<=', to),
          eb('supervision_items.deadline', '<', day),
          eb.or([eb('supervision_items.status', 'in', ['open', 'overdue']), eb('supervision_items.concluded_on', '>', eb.ref('supervision_items.deadline'))]),
        ]),
      ]),
    )
    .orderBy('departments.sort_order')
    .orderBy('supervision_items.deadline')
    .execute();
  const names = await directory().names(core.db, rows.map((r) => r.owner_user_id));
  const toRow = (r: (typeof rows)[number]): Row => ({ title: r.title, department: r.department, owner: names.get(r.owner_user_id) ?? '', deadline: r.deadline, concludedOn: r.concluded_on });
  const concluded = rows.filter((r) => r.concluded_on && r.concluded_on >= from && r.concluded_on <= to).map(toRow);
  const overdue = rows.filter((r) => r.deadline >= from && r.deadline <= to && r.deadline < day && (r.status !== 'concluded' || (r.concluded_on ?? '') > r.deadline)).map(toRow);
  const departments = [...new Set(rows.map((r) => r.department))].map((name) => ({
    name,
    concluded: concluded.filter((r) => r.department === name).length,
    onTime: concluded.filter((r) => r.department === name && r.concludedOn! <= r.deadline).length,
    overdue: overdue.filter((r) => r.department === name).length,
  }));
  return { departments, concluded, overdue };
}

type Data = Awaited<ReturnType<typeof bulletinData>>;

async function render(unit: string, label: string, data: Data, issuedBy: string): Promise<Buffer> {
  // loaded on first use: pdfkit costs the idle server some 27 MB
  const [{ default: PDFDocument }, { loadFaces, registerFaces }] = await Promise.all([import('pdfkit'), documentFonts()]);
  const faces = loadFaces();
  const doc = new PDFDocument({ size: 'A4', margins: { top: 72, bottom: 72, left: 64, right: 64 }, info: { Title: `督办事项通报（${label}）` } });
  registerFaces(doc, faces);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  const width = doc.page.width - 128;
  doc.font(faces.title.key).fontSize(20).text('督办事项通报', { align: 'center' });
  doc.font(faces.song.key).fontSize(12).moveDown(0.5).text(`${unit}　${label}`, { align: 'center' }).moveDown(1);
  const table = (headers: string[], widths: number[], rows: string[][]) => {
    const line = (cells: string[], font: string) => {
      const y = doc.y;
      let x = 64;
      let height = 0;
      doc.font(font).fontSize(10.5);
      cells.forEach((cell, i) => {
        const w = widths[i]! * width;
        height = Math.max(height, doc.heightOfString(cell, { width: w - 6 }));
        doc.text(cell, x + 3, y + 4, { width: w - 6 });
        x += w;
      });
      doc.y = y + height + 8;
      doc.moveTo(64, doc.y).lineTo(64 + width, doc.y).lineWidth(0.5).stroke();
      if (doc.y > doc.page.height - 100) doc.addPage();
    };
    line(headers, faces.hei.key);
    for (const r of rows) line(r, faces.song.key);
    doc.x = 64;
    doc.moveDown(1);
  };
  const heading = (text: string) => doc.font(faces.hei.key).fontSize(14).text(text, 64).moveDown(0.4);
  heading('一、各部门办理情况');
  table(['部门', '办结', '其中按期', '逾期'], [0.46, 0.18, 0.18, 0.18], data.departments.map((d) => [d.name, String(d.concluded), String(d.onTime), String(d.overdue)]));
  heading('二、逾期事项');
  if (data.overdue.length) table(['部门', '事项', '责任人', '期限'], [0.22, 0.46, 0.14, 0.18], data.overdue.map((r) => [r.department, r.title, r.owner, r.deadline]));
  else doc.font(faces.song.key).fontSize(11).text('本期无逾期事项。', 64).moveDown(1);
  heading('三、已办结事项');
  if (data.concluded.length) table(['部门', '事项', '责任人', '办结日期'], [0.22, 0.46, 0.14, 0.18], data.concluded.map((r) => [r.department, r.title, r.owner, r.concludedOn ?? '']));
  else doc.font(faces.song.key).fontSize(11).text('本期无办结事项。', 64).moveDown(1);
  doc.font(faces.song.key).fontSize(10.5).text(`${issuedBy}　${today()} 生成`, 64, doc.y, { width, align: 'right' });
  doc.end();
  return done;
}

/** 通报: a 督查员 produces the period's bulletin as a PDF; who, when and which period are recorded and audited. */
export async function issueBulletin(core: Core, ctx: Ctx, access: Access, period: string) {
  requireSupervisor(access);
  const { from, to, label } = periodRange(period);
  const data = await bulletinData(core, from, to);
  const root = await core.db.selectFrom('departments').select('name').where('parent_id', 'is', null).orderBy('sort_order').executeTakeFirst();
  const pdf = await render(root?.name ?? '', label, data, ctx.actor?.displayName ?? '');
  const overdue = data.overdue.length;
  await command(core, ctx, async (w) => {
    const id = newId();
    await w.tx.insertInto('supervision_bulletins').values({ id, period, from_date: from, to_date: to, concluded: data.concluded.length, overdue, created_by: access.userId, created_at: nowIso() }).execute();
    w.audit({ action: 'supervision.bulletin', targetType: 'supervisionBulletin', targetId: id, summary: `生成督办通报：${label}（办结 ${data.concluded.length}，逾期 ${overdue}）`, detail: { period, from, to } });
  });
  return { pdf, filename: `督办通报-${period}.pdf` };
}

/** The bulletins produced, newest first. */
export async function listBulletins(core: Core, access: Access) {
  requireSupervisor(access);
  const rows = await core.db.selectFrom('supervision_bulletins').selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc').limit(100).execute();
  const names = await directory().names(core.db, rows.map((r) => r.created_by));
  return { items: rows.map((r) => ({ id: r.id, period: r.period, from: r.from_date, to: r.to_date, concluded: r.concluded, overdue: r.overdue, createdBy: names.get(r.created_by) ?? '', createdAt: r.created_at })) };
}
