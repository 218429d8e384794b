import type { Db } from '../../../platform/db/index.js';
import type { Document } from '../../../platform/db/schema.js';
import { directory } from '../../../platform/directory.js';
import { opinionsOf } from '../../workflow/index.js';

/** The record of the document's handling that goes into its archive package. */
export interface ArchivedForm {
  name: string;
  data: Buffer;
  /** A 收文 is filed under its 收文编号. */
  receiptNo?: string;
  /** Extra metadata of a 收文. */
  incoming?: Record<string, string>;
}

const escape = (s: string) => s.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** The 收文处理单 as a self-contained HTML page: the registration, every opinion (拟办, 批示, 办结) and the progress entries. */
export async function incomingForm(db: Db, doc: Document): Promise<ArchivedForm> {
  const [incoming, progress, opinions] = await Promise.all([
    db.selectFrom('incoming_documents').leftJoin('departments', 'departments.id', 'incoming_documents.handling_department_id').selectAll('incoming_documents').select('departments.name as department').where('document_id', '=', doc.id).executeTakeFirstOrThrow(),
    db.selectFrom('document_progress').selectAll().where('document_id', '=', doc.id).orderBy('created_at').execute(),
    doc.flow_instance_id ? opinionsOf(db, doc.flow_instance_id) : Promise.resolve([]),
  ]);
  const names = await directory().names(db, [incoming.registered_by, ...progress.map((p) => p.author_user_id)]);
  const facts: Record<string, string> = {
    收文编号: incoming.receipt_no,
    来文单位: incoming.source_unit,
    来文文号: incoming.source_doc_no,
    收文日期: incoming.received_on,
    份数: String(doc.copies),
    页数: String(incoming.pages),
    登记人: names.get(incoming.registered_by) ?? '',
    承办科室: incoming.department ?? '',
    办理期限: incoming.deadline ?? '',
    督办: incoming.supervised ? '是' : '否',
    办理结果: incoming.result,
    办结时间: incoming.concluded_at ?? '',
  };
  const rows = (pairs: [string, string][]) => pairs.map(([k, v]) => `<tr><th>${escape(k)}</th><td>${escape(v)}</td></tr>`).join('');
  const html = [
    `<!doctype html><meta charset="utf-8"><title>收文处理单 ${escape(incoming.receipt_no)}</title>`,
    `<h1>${escape(doc.issuer)} 收文处理单</h1><h2>${escape(doc.title)}</h2>`,
    `<table>${rows(Object.entries(facts))}</table>`,
    `<h3>办理意见</h3><table>${rows(opinions.map((o) => [`${o.stepName} ${o.person} ${o.at}`, o.opinion]))}</table>`,
    `<h3>办理进展</h3><table>${rows(progress.map((p) => [`${names.get(p.author_user_id) ?? ''} ${p.created_at}`, p.body]))}</table>`,
  ].join('\n');
  const { 收文编号: _, ...incomingMeta } = facts;
  return { name: '收文处理单.html', data: Buffer.from(html, 'utf8'), receiptNo: incoming.receipt_no, incoming: { 收文编号: incoming.receipt_no, ...incomingMeta } };
}
