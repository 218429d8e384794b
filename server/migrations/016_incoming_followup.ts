import type { Kysely } from 'kysely';

/** A 收文 marked 督办 is followed as a supervision item now: its own reminder marks go. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('incoming_documents').dropColumn('deadline_reminded_at').execute();
  await db.schema.alterTable('incoming_documents').dropColumn('escalated_at').execute();
}
