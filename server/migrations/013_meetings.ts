import type { Kysely } from 'kysely';
import type { Dialect } from './index.js';

/** 会议: meetings with their invited departments and attendees, materials, minutes and decisions. */
export async function up(db: Kysely<any>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('meetings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('series_id', 'text')
    .addColumn('topic', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('start_at', 'text', (c) => c.notNull())
    .addColumn('end_at', 'text', (c) => c.notNull())
    .addColumn('room_id', 'text')
    .addColumn('room_booking_id', 'text')
    .addColumn('location', 'text', (c) => c.notNull())
    .addColumn('online_url', 'text', (c) => c.notNull())
    .addColumn('classification', 'text', (c) => c.notNull())
    .addColumn('organizer_user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('recorder_user_id', 'text', (c) => c.references('users.id'))
    .addColumn('applicant_user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('department_id', 'text')
    .addColumn('agenda', 'text', (c) => c.notNull())
    .addColumn('reminder_offsets', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('flow_instance_id', 'text')
    .addColumn('sequence', 'integer', (c) => c.notNull())
    .addColumn('materials_due_at', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('meetings_time').on('meetings').columns(['start_at', 'end_at']).execute();
  await db.schema.createIndex('meetings_flow').on('meetings').column('flow_instance_id').execute();
  await db.schema.createIndex('meetings_series').on('meetings').column('series_id').execute();

  await db.schema
    .createTable('meeting_departments')
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('meetings.id'))
    .addColumn('department_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('meeting_departments_pk', ['meeting_id', 'department_id'])
    .execute();

  await db.schema
    .createTable('meeting_attendees')
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('meetings.id'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('via_department_id', 'text')
    .addColumn('delegated_from_user_id', 'text')
    .addColumn('reply', 'text', (c) => c.notNull())
    .addColumn('delegated_to_user_id', 'text')
    .addColumn('reply_comment', 'text', (c) => c.notNull())
    .addColumn('replied_at', 'text')
    .addColumn('signed_in_at', 'text')
    .addColumn('signed_in_by', 'text')
    .addColumn('added_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('meeting_attendees_pk', ['meeting_id', 'user_id'])
    .execute();
  await db.schema.createIndex('meeting_attendees_user').on('meeting_attendees').columns(['user_id', 'meeting_id']).execute();

  await db.schema
    .createTable('meeting_materials')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('meetings.id'))
    .addColumn('group_id', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('file_id', 'text', (c) => c.notNull())
    .addColumn('uploaded_by', 'text', (c) => c.notNull())
    .addColumn('uploaded_at', 'text', (c) => c.notNull())
    .addColumn('late', 'integer', (c) => c.notNull())
    .addUniqueConstraint('meeting_materials_version', ['group_id', 'version'])
    .execute();
  await db.schema.createIndex('meeting_materials_meeting').on('meeting_materials').column('meeting_id').execute();

  await db.schema
    .createTable('meeting_minutes')
    .addColumn('meeting_id', 'text', (c) => c.primaryKey().references('meetings.id'))
    .addColumn('sections', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('due_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('published_by', 'text')
    .addColumn('published_at', 'text')
    .execute();

  await db.schema
    .createTable('meeting_decisions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('meetings.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('owner_user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('department_id', 'text', (c) => c.notNull())
    .addColumn('deadline', 'text', (c) => c.notNull())
    .addColumn('supervision_item_id', 'text')
    .execute();
  await db.schema.createIndex('meeting_decisions_meeting').on('meeting_decisions').columns(['meeting_id', 'position']).execute();

  await db.schema
    .createTable('meeting_minutes_replies')
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('meetings.id'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('confirmed', 'integer', (c) => c.notNull())
    .addColumn('comment', 'text', (c) => c.notNull())
    .addColumn('replied_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('meeting_minutes_replies_pk', ['meeting_id', 'user_id'])
    .execute();
}
