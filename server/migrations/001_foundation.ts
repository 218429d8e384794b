import { sql, type CreateTableBuilder, type Kysely } from 'kysely';

type Table = CreateTableBuilder<string, string>;

/** Accounts, organisation, access, audit, jobs, settings. Portable across SQLite and PostgreSQL. */
export async function up(db: Kysely<any>, dialect: 'sqlite' | 'postgres'): Promise<void> {
  const id = (t: Table): Table => t.addColumn('id', 'text', (c) => c.primaryKey());
  const times = (t: Table): Table =>
    t.addColumn('created_at', 'text', (c) => c.notNull()).addColumn('updated_at', 'text', (c) => c.notNull());

  await times(
    id(db.schema.createTable('departments'))
      .addColumn('parent_id', 'text', (c) => c.references('departments.id'))
      .addColumn('path', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('code', 'text')
      .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('enabled', 'integer', (c) => c.notNull().defaultTo(1)),
  ).execute();
  await db.schema.createIndex('departments_parent').on('departments').columns(['parent_id', 'sort_order']).execute();
  await db.schema.createIndex('departments_path').on('departments').column('path').execute();

  await times(
    id(db.schema.createTable('posts'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('code', 'text', (c) => c.notNull().unique())
      .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('enabled', 'integer', (c) => c.notNull().defaultTo(1)),
  ).execute();

  await times(
    id(db.schema.createTable('people'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('employee_no', 'text', (c) => c.notNull().unique())
      .addColumn('name_pinyin', 'text', (c) => c.notNull())
      .addColumn('name_initials', 'text', (c) => c.notNull())
      .addColumn('gender', 'text')
      .addColumn('department_id', 'text', (c) => c.notNull().references('departments.id'))
      .addColumn('post_id', 'text', (c) => c.references('posts.id'))
      .addColumn('phone', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('email', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('clearance', 'text', (c) => c.notNull().defaultTo('public'))
      .addColumn('status', 'text', (c) => c.notNull().defaultTo('active'))
      .addColumn('joined_on', 'text')
      .addColumn('left_on', 'text')
      .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0)),
  ).execute();
  await db.schema.createIndex('people_department').on('people').columns(['department_id', 'status']).execute();
  await db.schema.createIndex('people_post').on('people').column('post_id').execute();
  await db.schema.createIndex('people_name').on('people').column('name').execute();
  await db.schema.createIndex('people_pinyin').on('people').column('name_pinyin').execute();
  await db.schema.createIndex('people_initials').on('people').column('name_initials').execute();

  await db.schema
    .createTable('person_departments')
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('department_id', 'text', (c) => c.notNull().references('departments.id'))
    .addColumn('post_id', 'text', (c) => c.references('posts.id'))
    .addPrimaryKeyConstraint('person_departments_pk', ['person_id', 'department_id'])
    .execute();

  await times(
    id(db.schema.createTable('users'))
      .addColumn('person_id', 'text', (c) => c.references('people.id').unique())
      .addColumn('username', 'text', (c) => c.notNull().unique())
      .addColumn('display_name', 'text', (c) => c.notNull())
      .addColumn('password_hash', 'text', (c) => c.notNull())
      .addColumn('must_change_password', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('status', 'text', (c) => c.notNull().defaultTo('active'))
      .addColumn('failed_logins', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('locked_until', 'text')
      .addColumn('totp_secret', 'text')
      .addColumn('totp_pending_secret', 'text')
      .addColumn('totp_enabled', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('locale', 'text', (c) => c.notNull().defaultTo('zh-CN'))
      .addColumn('channels', 'text', (c) => c.notNull().defaultTo('["inApp"]'))
      .addColumn('last_login_at', 'text')
      .addColumn('password_changed_at', 'text'),
  ).execute();

  await id(db.schema.createTable('password_history'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('password_history_user').on('password_history').columns(['user_id', 'created_at']).execute();

  await id(db.schema.createTable('recovery_codes'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('code_hash', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .execute();
  await db.schema.createIndex('recovery_codes_user').on('recovery_codes').column('user_id').execute();

  await id(db.schema.createTable('sessions'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('csrf_token', 'text', (c) => c.notNull())
    .addColumn('ip', 'text', (c) => c.notNull())
    .addColumn('user_agent', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('second_factor_at', 'text')
    .execute();
  await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();
  await db.schema.createIndex('sessions_expires').on('sessions').column('expires_at').execute();

  await id(db.schema.createTable('login_history'))
    .addColumn('user_id', 'text')
    .addColumn('username', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('ip', 'text', (c) => c.notNull())
    .addColumn('user_agent', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('login_history_user').on('login_history').columns(['user_id', 'at']).execute();

  await times(
    id(db.schema.createTable('roles'))
      .addColumn('code', 'text', (c) => c.notNull().unique())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('permissions', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('data_scope', 'text', (c) => c.notNull().defaultTo('self'))
      .addColumn('admin_kind', 'text')
      .addColumn('builtin', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('require_2fa', 'integer', (c) => c.notNull().defaultTo(0)),
  ).execute();

  await id(db.schema.createTable('grants'))
    .addColumn('role_id', 'text', (c) => c.notNull().references('roles.id'))
    .addColumn('grantee_type', 'text', (c) => c.notNull())
    .addColumn('grantee_id', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text')
    .addColumn('granted_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('grants_unique', ['role_id', 'grantee_type', 'grantee_id'])
    .execute();
  await db.schema.createIndex('grants_grantee').on('grants').columns(['grantee_type', 'grantee_id']).execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('seq', dialect === 'postgres' ? 'bigserial' : 'integer', (c) =>
      dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement(),
    )
    .addColumn('id', 'text', (c) => c.notNull().unique())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('actor_name', 'text', (c) => c.notNull())
    .addColumn('ip', 'text', (c) => c.notNull())
    .addColumn('user_agent', 'text', (c) => c.notNull())
    .addColumn('request_id', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('target_type', 'text', (c) => c.notNull())
    .addColumn('target_id', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('detail', 'text', (c) => c.notNull())
    .addColumn('prev_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('audit_log_at').on('audit_log').column('at').execute();
  await db.schema.createIndex('audit_log_actor').on('audit_log').columns(['actor_id', 'at']).execute();
  await db.schema.createIndex('audit_log_action').on('audit_log').columns(['action', 'at']).execute();
  await db.schema.createIndex('audit_log_target').on('audit_log').columns(['target_type', 'target_id']).execute();

  if (dialect === 'postgres') {
    // The audit log is append-only in the database too, whoever connects.
    await sql`CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$`.execute(db);
    await sql`CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
      FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`.execute(db);
    await sql`CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
      FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()`.execute(db);
  } else {
    await sql`CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`.execute(db);
    await sql`CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`.execute(db);
  }

  await id(db.schema.createTable('jobs'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('run_at', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('pending'))
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('max_attempts', 'integer', (c) => c.notNull().defaultTo(5))
    .addColumn('unique_key', 'text', (c) => c.unique())
    .addColumn('locked_by', 'text')
    .addColumn('locked_at', 'text')
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .execute();
  await db.schema.createIndex('jobs_due').on('jobs').columns(['status', 'run_at']).execute();

  await db.schema
    .createTable('settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('workspaces')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id'))
    .addColumn('widgets', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}
