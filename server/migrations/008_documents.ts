import type { Kysely } from 'kysely';

/** Official documents (公文): the drafts and their revisions, annotations, distribution, external units and seals. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('documents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('direction', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('main_to', 'text', (c) => c.notNull())
    .addColumn('copy_to', 'text', (c) => c.notNull())
    .addColumn('secret_level', 'text', (c) => c.notNull())
    .addColumn('secret_term', 'text', (c) => c.notNull())
    .addColumn('urgency', 'text', (c) => c.notNull())
    .addColumn('drafter_user_id', 'text', (c) => c.notNull())
    .addColumn('drafter_department_id', 'text', (c) => c.notNull())
    .addColumn('phone', 'text', (c) => c.notNull())
    .addColumn('countersign_department_ids', 'text', (c) => c.notNull())
    .addColumn('countersign_mode', 'text', (c) => c.notNull())
    .addColumn('copies', 'integer', (c) => c.notNull())
    .addColumn('issuer', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('body_html', 'text', (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('number_rule_id', 'text')
    .addColumn('doc_no', 'text')
    .addColumn('signer_user_id', 'text')
    .addColumn('signed_at', 'text')
    .addColumn('sign_opinion', 'text')
    .addColumn('issue_date', 'text')
    .addColumn('flow_instance_id', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('formal_pdf_file_id', 'text')
    .addColumn('formal_docx_file_id', 'text')
    .addColumn('seal_id', 'text')
    .addColumn('sealed_at', 'text')
    .addColumn('distributed_at', 'text')
    .addColumn('archived_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('documents_drafter').on('documents').columns(['drafter_user_id', 'updated_at']).execute();
  await db.schema.createIndex('documents_status').on('documents').columns(['direction', 'status', 'updated_at']).execute();
  await db.schema.createIndex('documents_flow').on('documents').column('flow_instance_id').execute();
  await db.schema.createIndex('documents_doc_no').on('documents').column('doc_no').unique().execute();

  await db.schema
    .createTable('document_revisions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id'))
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body_html', 'text', (c) => c.notNull())
    .addColumn('author_user_id', 'text', (c) => c.notNull())
    .addColumn('step_name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('document_revisions_number', ['document_id', 'revision'])
    .execute();

  await db.schema
    .createTable('document_annotations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id'))
    .addColumn('parent_id', 'text')
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('block', 'integer', (c) => c.notNull())
    .addColumn('start_offset', 'integer', (c) => c.notNull())
    .addColumn('end_offset', 'integer', (c) => c.notNull())
    .addColumn('quote', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('author_user_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('resolved_by', 'text')
    .addColumn('resolved_at', 'text')
    .execute();
  await db.schema.createIndex('document_annotations_document').on('document_annotations').columns(['document_id', 'created_at']).execute();

  await db.schema
    .createTable('external_units')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('contact', 'text', (c) => c.notNull())
    .addColumn('phone', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('document_distributions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id'))
    .addColumn('department_id', 'text')
    .addColumn('external_unit_id', 'text')
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('token', 'text', (c) => c.notNull().unique())
    .addColumn('sent_by', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text', (c) => c.notNull())
    .addColumn('reminded_at', 'text')
    .addColumn('signed_by', 'text')
    .addColumn('signed_at', 'text')
    .addColumn('recalled_at', 'text')
    .execute();
  await db.schema.createIndex('document_distributions_document').on('document_distributions').column('document_id').execute();
  await db.schema.createIndex('document_distributions_department').on('document_distributions').columns(['department_id', 'status']).execute();

  await db.schema
    .createTable('seals')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('spec', 'text', (c) => c.notNull())
    .addColumn('image_file_id', 'text')
    .addColumn('public_key', 'text', (c) => c.notNull().unique())
    .addColumn('private_key', 'text', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  // Files of classified documents are kept SM4-encrypted; the flag tells the reader to decrypt.
  await db.schema.alterTable('files').addColumn('encrypted', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema
    .createTable('document_archives')
    .addColumn('document_id', 'text', (c) => c.primaryKey().references('documents.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('doc_no', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('retention', 'text', (c) => c.notNull())
    .addColumn('secret_level', 'text', (c) => c.notNull())
    .addColumn('keywords', 'text', (c) => c.notNull())
    .addColumn('package_file_id', 'text', (c) => c.notNull())
    .addColumn('archivist_user_id', 'text', (c) => c.notNull())
    .addColumn('archived_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('document_archives_year').on('document_archives').columns(['year', 'doc_no']).execute();
}
