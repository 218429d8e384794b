import { sql, type Kysely } from 'kysely';
import type { Dialect } from './index.js';

/**
 * Speed of the 待办 list: its page is chosen, and its total counted, from the task indexes alone
 * (inbox() in modules/workflow/service/inbox.ts), so they carry the task's kind and id as well.
 * Only delegated tasks have someone they stand in for, so only those are in the second index:
 * every other task written leaves it alone.
 *
 * Speed of every command on PostgreSQL: audit_chain_head() takes the advisory lock that serialises
 * appends to the audit chain until commit (key 7270001, as before) and returns the hash of the
 * chain's last record read after the lock, in one round trip (chainHead in platform/audit/log.ts).
 * A VOLATILE function takes a fresh snapshot for each statement it runs, so the read sees the
 * record the previous holder of the lock committed.
 */
export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
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

  if (dialect === 'postgres') {
    await sql`CREATE FUNCTION audit_chain_head() RETURNS text LANGUAGE plpgsql VOLATILE AS $$
      BEGIN
        PERFORM pg_advisory_xact_lock(7270001);
        RETURN (SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1);
      END $$`.execute(db);
  }
}
