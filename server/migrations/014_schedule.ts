import { sql, type Kysely } from 'kysely';
import type { Dialect } from './index.js';

/**
 * 日程: own and team entries (with participants), team calendars and their members, the planned
 * reminder jobs of each entry, and each person's iCalendar feed token (stored hashed).
 */
export async function up(db: Kysely<any>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('schedule_calendars')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('color', 'text', (c) => c.notNull())
    .addColumn('owner_user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('department_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('schedule_calendar_members')
    .addColumn('calendar_id', 'text', (c) => c.notNull().references('schedule_calendars.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('added_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('schedule_calendar_members_pk', ['calendar_id', 'user_id'])
    .execute();
  await db.schema.createIndex('schedule_calendar_members_user').on('schedule_calendar_members').column('user_id').execute();

  await db.schema
    .createTable('schedule_entries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('calendar_id', 'text', (c) => c.references('schedule_calendars.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('location', 'text', (c) => c.notNull())
    .addColumn('notes', 'text', (c) => c.notNull())
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('ends_at', 'text', (c) => c.notNull())
    .addColumn('all_day', 'integer', (c) => c.notNull())
    .addColumn('priority', 'text', (c) => c.notNull())
    .addColumn('visibility', 'text', (c) => c.notNull())
    .addColumn('reminders', 'text', (c) => c.notNull())
    .addColumn('recurrence', 'text', (c) => c.notNull())
    .addColumn('recur_until', 'text')
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint('schedule_entries_kind', sql`kind IN ('event', 'trip')`)
    .addCheckConstraint('schedule_entries_priority', sql`priority IN ('high', 'normal', 'low')`)
    .addCheckConstraint('schedule_entries_visibility', sql`visibility IN ('busy', 'private')`)
    .addCheckConstraint('schedule_entries_recurrence', sql`recurrence IN ('none', 'weekly')`)
    .addCheckConstraint('schedule_entries_order', sql`ends_at > starts_at`)
    .execute();
  await db.schema.createIndex('schedule_entries_owner').on('schedule_entries').columns(['owner_user_id', 'starts_at']).execute();
  await db.schema.createIndex('schedule_entries_calendar').on('schedule_entries').columns(['calendar_id', 'starts_at']).execute();

  await db.schema
    .createTable('schedule_participants')
    .addColumn('entry_id', 'text', (c) => c.notNull().references('schedule_entries.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('responded_at', 'text')
    .addPrimaryKeyConstraint('schedule_participants_pk', ['entry_id', 'user_id'])
    .addCheckConstraint('schedule_participants_status', sql`status IN ('invited', 'accepted', 'declined', 'tentative')`)
    .execute();
  await db.schema.createIndex('schedule_participants_user').on('schedule_participants').column('user_id').execute();

  await db.schema
    .createTable('schedule_reminders')
    .addColumn('job_key', 'text', (c) => c.primaryKey())
    .addColumn('entry_id', 'text', (c) => c.notNull().references('schedule_entries.id').onDelete('cascade'))
    .addColumn('occurrence_start', 'text', (c) => c.notNull())
    .addColumn('minutes', 'integer', (c) => c.notNull())
    .addColumn('fire_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('schedule_reminders_entry').on('schedule_reminders').column('entry_id').execute();

  await db.schema
    .createTable('schedule_feeds')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}
