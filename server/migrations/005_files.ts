import type { Kysely } from 'kysely';

/** Uploaded files (content-addressed blobs) and what they are attached to. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('files')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('sha', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('owner_user_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('files_owner').on('files').columns(['owner_user_id', 'created_at']).execute();
  await db.schema
    .createTable('file_links')
    .addColumn('file_id', 'text', (c) => c.notNull().references('files.id'))
    .addColumn('target_type', 'text', (c) => c.notNull())
    .addColumn('target_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('file_links_pk', ['file_id', 'target_type', 'target_id'])
    .execute();
  await db.schema.createIndex('file_links_target').on('file_links').columns(['target_type', 'target_id']).execute();
}
