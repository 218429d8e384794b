import { sql, type Kysely } from 'kysely';
import type { Dialect } from './index.js';

/**
 * What the access version covers: every table and column loadAccess reads. Inserting a person
 * changes no one's access (no account points at a new person yet), so people has no insert trigger.
 */
const ACCESS_SOURCES: { table: string; events: string[] }[] = [
  { table: 'grants', events: ['INSERT', 'UPDATE', 'DELETE'] },
  { table: 'roles', events: ['INSERT', 'UPDATE', 'DELETE'] },
  { table: 'person_departments', events: ['INSERT', 'UPDATE', 'DELETE'] },
  { table: 'people', events: ['UPDATE OF post_id, department_id, status', 'DELETE'] },
  { table: 'users', events: ['UPDATE OF person_id'] },
];

/**
 * Speed: the people ledger pages in index order, part-time memberships are found by department,
 * and the settings row 'access.version' gets a new random value, in the writing transaction, on
 * every change to what access is computed from. Each node caches a user's access under that value
 * (loadAccess in platform/access/resolve.ts); triggers keep it right whoever writes: commands, the
 * CLI, the seed, jobs, another node. On PostgreSQL they fire once per statement.
 */
export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  await db.schema.createIndex('people_order').on('people').columns(['sort_order', 'employee_no']).execute();
  await db.schema.createIndex('person_departments_department').on('person_departments').columns(['department_id', 'person_id']).execute();

  await db
    .insertInto('settings')
    .values({ key: 'access.version', value: '0', updated_at: new Date().toISOString() })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();

  if (dialect === 'postgres') {
    await sql`CREATE FUNCTION access_version_bump() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE settings SET value = gen_random_uuid()::text,
          updated_at = to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
          WHERE key = 'access.version';
        RETURN NULL;
      END $$`.execute(db);
    for (const { table, events } of ACCESS_SOURCES) {
      await sql`CREATE TRIGGER ${sql.id(`${table}_access_version`)} AFTER ${sql.raw([...events, 'TRUNCATE'].join(' OR '))} ON ${sql.table(table)}
        FOR EACH STATEMENT EXECUTE FUNCTION access_version_bump()`.execute(db);
    }
  } else {
    for (const { table, events } of ACCESS_SOURCES) {
      for (const event of events) {
        const name = `${table}_access_version_${event.split(' ')[0]!.toLowerCase()}`;
        await sql`CREATE TRIGGER ${sql.id(name)} AFTER ${sql.raw(event)} ON ${sql.table(table)}
          BEGIN
            UPDATE settings SET value = lower(hex(randomblob(16))), updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
              WHERE key = 'access.version';
          END`.execute(db);
      }
    }
  }
}
