import { sql, type Kysely } from 'kysely';
import type { Dialect } from './index.js';

/** Flow definitions and versions, instances, tasks, history, delegations, phrases, idempotency keys. */
export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  const real = dialect === 'postgres' ? sql`double precision` : sql`real`;

  await db.schema
    .createTable('flow_definitions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('key', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('enabled', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('admin_user_id', 'text')
    .addColumn('starters', 'text', (c) => c.notNull().defaultTo('{"all":true}'))
    .addColumn('draft_tree', 'text', (c) => c.notNull())
    .addColumn('draft_form', 'text', (c) => c.notNull())
    .addColumn('current_version', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('flow_versions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('definition_id', 'text', (c) => c.notNull().references('flow_definitions.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('tree', 'text', (c) => c.notNull())
    .addColumn('form', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text', (c) => c.notNull())
    .addColumn('published_by', 'text')
    .addUniqueConstraint('flow_versions_unique', ['definition_id', 'version'])
    .execute();

  await db.schema
    .createTable('flow_instances')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('definition_id', 'text', (c) => c.notNull().references('flow_definitions.id'))
    .addColumn('version_id', 'text', (c) => c.notNull().references('flow_versions.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('initiator_user_id', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('form_data', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('business_type', 'text')
    .addColumn('business_id', 'text')
    .addColumn('lock_version', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('started_at', 'text')
    .addColumn('finished_at', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('flow_instances_initiator').on('flow_instances').columns(['initiator_user_id', 'created_at']).execute();
  await db.schema.createIndex('flow_instances_business').on('flow_instances').columns(['business_type', 'business_id']).execute();
  await db.schema.createIndex('flow_instances_definition').on('flow_instances').columns(['definition_id', 'status']).execute();

  await db.schema
    .createTable('flow_tasks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('instance_id', 'text', (c) => c.notNull().references('flow_instances.id'))
    .addColumn('step_id', 'text', (c) => c.notNull())
    .addColumn('step_name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('mode', 'text', (c) => c.notNull())
    .addColumn('assignee_user_id', 'text', (c) => c.notNull())
    .addColumn('on_behalf_of_user_id', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text')
    .addColumn('opinion', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('seq', real, (c) => c.notNull())
    .addColumn('round', 'integer', (c) => c.notNull())
    .addColumn('wait_task_id', 'text')
    .addColumn('completes_step', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('due_at', 'text')
    .addColumn('overdue', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('urged_at', 'text')
    .addColumn('read_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('completed_at', 'text')
    .execute();
  await db.schema.createIndex('flow_tasks_inbox').on('flow_tasks').columns(['assignee_user_id', 'status', 'created_at']).execute();
  await db.schema.createIndex('flow_tasks_behalf').on('flow_tasks').columns(['on_behalf_of_user_id', 'status', 'created_at']).execute();
  await db.schema.createIndex('flow_tasks_instance').on('flow_tasks').columns(['instance_id', 'step_id']).execute();

  await db.schema
    .createTable('flow_history')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('instance_id', 'text', (c) => c.notNull().references('flow_instances.id'))
    .addColumn('step_id', 'text', (c) => c.notNull())
    .addColumn('step_name', 'text', (c) => c.notNull())
    .addColumn('task_id', 'text')
    .addColumn('actor_user_id', 'text')
    .addColumn('actor_name', 'text', (c) => c.notNull())
    .addColumn('on_behalf_of_name', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('opinion', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('attachments', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('detail', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('flow_history_instance').on('flow_history').columns(['instance_id', 'at']).execute();

  await db.schema
    .createTable('flow_delegations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('delegate_user_id', 'text', (c) => c.notNull())
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('ends_at', 'text', (c) => c.notNull())
    .addColumn('definition_ids', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('flow_delegations_user').on('flow_delegations').columns(['user_id', 'ends_at']).execute();

  await db.schema
    .createTable('flow_phrases')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('flow_phrases_user').on('flow_phrases').column('user_id').execute();

  await db.schema
    .createTable('idempotency_keys')
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('route', 'text', (c) => c.notNull())
    .addColumn('status_code', 'integer', (c) => c.notNull())
    .addColumn('response', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('idempotency_keys_pk', ['key', 'user_id'])
    .execute();
}
