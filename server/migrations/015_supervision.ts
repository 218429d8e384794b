import { sql, type Kysely } from 'kysely';
import type { Dialect } from './index.js';

/** 督办: items (and 整改), co-departments, milestones, the timeline, extension requests and 通报 records. */
export async function up(db: Kysely<any>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('supervision_items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('parent_id', 'text', (c) => c.references('supervision_items.id'))
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('source_id', 'text', (c) => c.notNull())
    .addColumn('source_link', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('lead_department_id', 'text', (c) => c.notNull())
    .addColumn('owner_user_id', 'text', (c) => c.notNull())
    .addColumn('deadline', 'text', (c) => c.notNull())
    .addColumn('original_deadline', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('progress', 'integer', (c) => c.notNull())
    .addColumn('report_schedule', 'text', (c) => c.notNull())
    .addColumn('report_interval', 'integer', (c) => c.notNull())
    .addColumn('next_report_due', 'text')
    .addColumn('report_requested_for', 'text')
    .addColumn('missed_reports', 'integer', (c) => c.notNull())
    .addColumn('last_urged_at', 'text')
    .addColumn('escalated_at', 'text')
    .addColumn('deadline_reminded_for', 'text')
    .addColumn('result', 'text', (c) => c.notNull())
    .addColumn('conclusion_requested_at', 'text')
    .addColumn('concluded_on', 'text')
    .addColumn('concluded_at', 'text')
    .addColumn('concluded_by', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  // One live item per meeting decision or incoming document: a repeated hand-over opens nothing new.
  await db.schema
    .createIndex('supervision_items_source')
    .on('supervision_items')
    .columns(['source', 'source_id'])
    .unique()
    .where(sql<boolean>`source_id <> '' AND status <> 'cancelled'`)
    .execute();
  await db.schema.createIndex('supervision_items_status').on('supervision_items').columns(['status', 'deadline']).execute();
  await db.schema.createIndex('supervision_items_owner').on('supervision_items').columns(['owner_user_id', 'status']).execute();
  await db.schema.createIndex('supervision_items_department').on('supervision_items').columns(['lead_department_id', 'deadline']).execute();
  await db.schema.createIndex('supervision_items_parent').on('supervision_items').column('parent_id').execute();

  await db.schema
    .createTable('supervision_co_departments')
    .addColumn('item_id', 'text', (c) => c.notNull().references('supervision_items.id'))
    .addColumn('department_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('supervision_co_departments_pk', ['item_id', 'department_id'])
    .execute();
  await db.schema.createIndex('supervision_co_departments_department').on('supervision_co_departments').column('department_id').execute();

  await db.schema
    .createTable('supervision_milestones')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('item_id', 'text', (c) => c.notNull().references('supervision_items.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('done_at', 'text')
    .execute();
  await db.schema.createIndex('supervision_milestones_item').on('supervision_milestones').columns(['item_id', 'position']).execute();

  await db.schema
    .createTable('supervision_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('item_id', 'text', (c) => c.notNull().references('supervision_items.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('actor_user_id', 'text')
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('percent', 'integer')
    .addColumn('file_ids', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('supervision_events_item').on('supervision_events').columns(['item_id', 'created_at']).execute();

  await db.schema
    .createTable('supervision_extensions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('item_id', 'text', (c) => c.notNull().references('supervision_items.id'))
    .addColumn('requested_by', 'text', (c) => c.notNull())
    .addColumn('old_deadline', 'text', (c) => c.notNull())
    .addColumn('new_deadline', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('flow_instance_id', 'text')
    .addColumn('requested_at', 'text', (c) => c.notNull())
    .addColumn('decided_at', 'text')
    .execute();
  // At most one request waiting per item, decided by the database.
  await db.schema.createIndex('supervision_extensions_pending').on('supervision_extensions').column('item_id').unique().where(sql.ref('status'), '=', 'pending').execute();
  await db.schema.createIndex('supervision_extensions_flow').on('supervision_extensions').column('flow_instance_id').execute();

  await db.schema
    .createTable('supervision_bulletins')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('from_date', 'text', (c) => c.notNull())
    .addColumn('to_date', 'text', (c) => c.notNull())
    .addColumn('concluded', 'integer', (c) => c.notNull())
    .addColumn('overdue', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('supervision_bulletins_created').on('supervision_bulletins').column('created_at').execute();
}
