import { sql, type Kysely } from 'kysely';
import type { Dialect } from './index.js';

/**
 * 会议室与预订. Two live bookings of one room never overlap, and the database says so: on PostgreSQL an
 * exclusion constraint over integer minute ranges (a text → timestamptz cast is not immutable, so the
 * instants are also kept as epoch minutes); on SQLite a trigger that refuses the insert or update, run
 * inside the writer's one serialised (BEGIN IMMEDIATE) transaction. A booking lasts at most a day.
 */
export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('rooms')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('location', 'text', (c) => c.notNull())
    .addColumn('capacity', 'integer', (c) => c.notNull())
    .addColumn('equipment', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('photo_file_id', 'text')
    .addColumn('opens_at', 'text', (c) => c.notNull())
    .addColumn('closes_at', 'text', (c) => c.notNull())
    .addColumn('needs_approval', 'integer', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull())
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('room_blocks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('room_id', 'text', (c) => c.notNull().references('rooms.id'))
    .addColumn('start_at', 'text', (c) => c.notNull())
    .addColumn('end_at', 'text', (c) => c.notNull())
    .addColumn('start_min', 'integer', (c) => c.notNull())
    .addColumn('end_min', 'integer', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addCheckConstraint('room_blocks_range', sql`end_min > start_min`)
    .execute();
  await db.schema.createIndex('room_blocks_room_time').on('room_blocks').columns(['room_id', 'start_min']).execute();

  await db.schema
    .createTable('room_booking_series')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('room_id', 'text', (c) => c.notNull().references('rooms.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('booked_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('weekdays', 'text', (c) => c.notNull())
    .addColumn('start_time', 'text', (c) => c.notNull())
    .addColumn('end_time', 'text', (c) => c.notNull())
    .addColumn('first_date', 'text', (c) => c.notNull())
    .addColumn('until_date', 'text', (c) => c.notNull())
    .addColumn('exceptions', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('room_bookings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('room_id', 'text', (c) => c.notNull().references('rooms.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('booked_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('meeting_id', 'text')
    .addColumn('series_id', 'text', (c) => c.references('room_booking_series.id'))
    .addColumn('start_at', 'text', (c) => c.notNull())
    .addColumn('end_at', 'text', (c) => c.notNull())
    .addColumn('start_min', 'integer', (c) => c.notNull())
    .addColumn('end_min', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('decided_by', 'text')
    .addColumn('decided_at', 'text')
    .addColumn('decision_note', 'text', (c) => c.notNull())
    .addColumn('cancelled_at', 'text')
    .addColumn('cancelled_by', 'text')
    .addColumn('late_cancel', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    // A booking lies within one day's opening hours; the bound also lets range scans stop a day early.
    .addCheckConstraint('room_bookings_range', sql`end_min > start_min and end_min - start_min <= 1440`)
    .addCheckConstraint('room_bookings_status', sql`status in ('pending', 'confirmed', 'cancelled', 'rejected')`)
    .execute();
  // Availability reads a window of days: bookings start at most a day before the window they touch.
  await db.schema.createIndex('room_bookings_time').on('room_bookings').columns(['start_min', 'room_id']).execute();
  await db.schema.createIndex('room_bookings_room_time').on('room_bookings').columns(['room_id', 'start_min']).execute();
  await db.schema.createIndex('room_bookings_booker').on('room_bookings').columns(['booked_by', 'start_min']).execute();
  await db.schema.createIndex('room_bookings_series').on('room_bookings').column('series_id').execute();
  await db.schema.createIndex('room_bookings_pending').on('room_bookings').columns(['status', 'start_min']).execute();

  if (dialect === 'postgres') {
    await sql`create extension if not exists btree_gist`.execute(db);
    await sql`alter table room_bookings add constraint room_bookings_no_overlap
      exclude using gist (room_id with =, int4range(start_min, end_min) with &&)
      where (status in ('pending', 'confirmed'))`.execute(db);
  } else {
    for (const event of ['insert', 'update of status, start_min, end_min, room_id']) {
      await sql
        .raw(
          `create trigger room_bookings_no_overlap_${event.split(' ')[0]} before ${event} on room_bookings
           when new.status in ('pending', 'confirmed')
           begin
             select raise(abort, 'ROOM_TAKEN') where exists (
               select 1 from room_bookings b
               where b.room_id = new.room_id and b.id <> new.id and b.status in ('pending', 'confirmed')
                 and b.start_min >= new.start_min - 1440 and b.start_min < new.end_min and b.end_min > new.start_min);
           end`,
        )
        .execute(db);
    }
  }

  await db.schema
    .createTable('room_adjustments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('booking_id', 'text', (c) => c.notNull().references('room_bookings.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('detail', 'text', (c) => c.notNull())
    .addColumn('requested_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('handled_by', 'text')
    .addColumn('handled_at', 'text')
    .addColumn('reply', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('room_adjustments_status').on('room_adjustments').columns(['status', 'created_at']).execute();
  await db.schema.createIndex('room_adjustments_booking').on('room_adjustments').column('booking_id').execute();

  await db.schema
    .createTable('room_feedback')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('booking_id', 'text', (c) => c.notNull().unique().references('room_bookings.id'))
    .addColumn('room_id', 'text', (c) => c.notNull().references('rooms.id'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('cleanliness', 'integer', (c) => c.notNull())
    .addColumn('equipment_faults', 'text', (c) => c.notNull())
    .addColumn('comment', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('room_feedback_room').on('room_feedback').columns(['room_id', 'created_at']).execute();
}
