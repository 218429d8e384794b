import { sql, type Kysely } from 'kysely';

/**
 * Speed of the 待办 list: its page is chosen, and its total counted, from the task indexes alone
 * (inbox() in modules/workflow/service/inbox.ts), so they carry the task's kind and id as well.
 * Only delegated tasks have someone they stand in for, so only those are in the second index:
 * every other task written leaves it alone.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const columns = ['status', 'created_at', 'kind', 'id'];
  await db.schema.dropIndex('flow_tasks_inbox').execute();
  await db.schema.createIndex('flow_tasks_inbox').on('flow_tasks').columns(['assignee_user_id', ...columns]).execute();
  await db.schema.dropIndex('flow_tasks_behalf').execute();
  await db.schema
    .createIndex('flow_tasks_behalf')
    .on('flow_tasks')
    .columns(['on_behalf_of_user_id', ...columns])
    .where(sql.ref('on_behalf_of_user_id'), 'is not', null)
    .execute();
}
