import { sql, type Kysely } from 'kysely';

/**
 * 收文, 传阅, need-to-know grants, approved terminals, versioned attachments, and the archive's
 * borrowing (借阅) and 清退/销毁. 收文编号 are taken from a 文号 rule (kinds ["收文"]) so they share the
 * numbering's gapless allocation and register.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('incoming_documents')
    .addColumn('document_id', 'text', (c) => c.primaryKey().references('documents.id'))
    .addColumn('receipt_no', 'text', (c) => c.notNull().unique())
    .addColumn('source_unit', 'text', (c) => c.notNull())
    .addColumn('source_doc_no', 'text', (c) => c.notNull())
    .addColumn('received_on', 'text', (c) => c.notNull())
    .addColumn('pages', 'integer', (c) => c.notNull())
    .addColumn('distribution_id', 'text')
    .addColumn('registered_by', 'text', (c) => c.notNull())
    .addColumn('registered_at', 'text', (c) => c.notNull())
    .addColumn('handling_department_id', 'text')
    .addColumn('deadline', 'text')
    .addColumn('supervised', 'integer', (c) => c.notNull())
    .addColumn('result', 'text', (c) => c.notNull())
    .addColumn('concluded_by', 'text')
    .addColumn('concluded_at', 'text')
    .addColumn('deadline_reminded_at', 'text')
    .addColumn('escalated_at', 'text')
    .execute();
  // Duplicate detection: one registration per (来文单位, 来文文号); a document without a number is not matched.
  await db.schema
    .createIndex('incoming_documents_source')
    .on('incoming_documents')
    .columns(['source_unit', 'source_doc_no'])
    .unique()
    .where(sql.ref('source_doc_no'), '<>', '')
    .execute();
  await db.schema.createIndex('incoming_documents_distribution').on('incoming_documents').column('distribution_id').unique().where(sql.ref('distribution_id'), 'is not', null).execute();
  await db.schema.createIndex('incoming_documents_deadline').on('incoming_documents').columns(['concluded_at', 'deadline']).execute();

  await db.schema
    .createTable('document_progress')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id'))
    .addColumn('author_user_id', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('document_progress_document').on('document_progress').columns(['document_id', 'created_at']).execute();

  await db.schema
    .createTable('circulations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id'))
    .addColumn('mode', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('started_by', 'text', (c) => c.notNull())
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .addColumn('reminded_at', 'text')
    .execute();
  await db.schema.createIndex('circulations_document').on('circulations').column('document_id').execute();
  await db.schema.createIndex('circulations_starter').on('circulations').columns(['started_by', 'started_at']).execute();
  await db.schema
    .createTable('circulation_readers')
    .addColumn('circulation_id', 'text', (c) => c.notNull().references('circulations.id'))
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('delivered_at', 'text')
    .addColumn('read_at', 'text')
    .addColumn('opinion', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('circulation_readers_pk', ['circulation_id', 'user_id'])
    .execute();
  await db.schema.createIndex('circulation_readers_user').on('circulation_readers').columns(['user_id', 'status']).execute();

  await db.schema
    .createTable('document_grants')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id'))
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('granted_by', 'text', (c) => c.notNull())
    .addColumn('granted_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text')
    .addColumn('revoked_at', 'text')
    .execute();
  await db.schema.createIndex('document_grants_user').on('document_grants').columns(['user_id', 'document_id']).execute();
  await db.schema.createIndex('document_grants_document').on('document_grants').column('document_id').execute();

  await db.schema
    .createTable('approved_terminals')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('cidr', 'text', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('document_attachments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id'))
    .addColumn('group_id', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('file_id', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('uploaded_by', 'text', (c) => c.notNull())
    .addColumn('uploaded_at', 'text', (c) => c.notNull())
    .addColumn('removed_at', 'text')
    .addUniqueConstraint('document_attachments_version', ['group_id', 'version'])
    .execute();
  await db.schema.createIndex('document_attachments_document').on('document_attachments').columns(['document_id', 'group_id']).execute();

  await db.schema
    .createTable('archive_borrowings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id'))
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('days', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('flow_instance_id', 'text')
    .addColumn('grant_id', 'text')
    .addColumn('requested_at', 'text', (c) => c.notNull())
    .addColumn('decided_at', 'text')
    .addColumn('due_at', 'text')
    .addColumn('returned_at', 'text')
    .execute();
  await db.schema.createIndex('archive_borrowings_user').on('archive_borrowings').columns(['user_id', 'status']).execute();
  await db.schema.createIndex('archive_borrowings_document').on('archive_borrowings').column('document_id').execute();
  // One open request or loan per person and record.
  await db.schema
    .createIndex('archive_borrowings_open')
    .on('archive_borrowings')
    .columns(['document_id', 'user_id'])
    .unique()
    .where(sql<boolean>`status in ('pending', 'approved')`)
    .execute();
  await db.schema.createIndex('archive_borrowings_due').on('archive_borrowings').columns(['status', 'due_at']).execute();

  await db.schema
    .createTable('archive_disposals')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('flow_instance_id', 'text')
    .addColumn('requested_by', 'text', (c) => c.notNull())
    .addColumn('requested_at', 'text', (c) => c.notNull())
    .addColumn('executed_by', 'text')
    .addColumn('executed_at', 'text')
    .addColumn('record', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('archive_disposals_document').on('archive_disposals').column('document_id').execute();
  // One 清退 or 销毁 under way per record.
  await db.schema
    .createIndex('archive_disposals_open')
    .on('archive_disposals')
    .column('document_id')
    .unique()
    .where(sql<boolean>`status in ('pending', 'approved')`)
    .execute();
}
