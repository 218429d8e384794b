import type { Kysely } from 'kysely';

/**
 * 文号: numbering rules per issuing organ, one counter per rule and year, and the register
 * (发文登记簿) of every number taken. (rule, year, seq) and the number text are unique, so a
 * duplicate cannot be committed whatever the code does.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('doc_number_rules')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kinds', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('template', 'text', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('doc_number_counters')
    .addColumn('rule_id', 'text', (c) => c.notNull().references('doc_number_rules.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('next_seq', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('doc_number_counters_pk', ['rule_id', 'year'])
    .execute();

  await db.schema
    .createTable('doc_numbers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('rule_id', 'text', (c) => c.notNull().references('doc_number_rules.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('number', 'text', (c) => c.notNull().unique())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('document_id', 'text')
    .addColumn('reason', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('doc_numbers_seq', ['rule_id', 'year', 'seq'])
    .execute();
  await db.schema.createIndex('doc_numbers_document').on('doc_numbers').column('document_id').execute();
}
