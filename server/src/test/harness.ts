import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { scratchPostgres } from './scratch-postgres.js';
import { describe } from 'vitest';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { loadConfig, type Config } from '../config.js';
import type { Core } from '../platform/context.js';
import { createCore } from '../platform/core.js';
import { migrateToLatest, type Dialect } from '../platform/db/index.js';
import { buildApp } from '../app.js';
import { insertLogin } from '../modules/auth/accounts.js';
import { newId, nowIso } from '../platform/util.js';
import type { Permission } from '../platform/access/permissions.js';
import type { AdminKind, DataScope } from '../platform/db/schema.js';

/** SQLite always; PostgreSQL too when TONGBAN_TEST_PG_URL names a server. */
export const DIALECTS: Dialect[] = ['sqlite', ...(process.env.TONGBAN_TEST_PG_URL ? (['postgres'] as const) : [])];

/** Runs a suite once per database. */
export const describeEachDialect = (name: string, fn: (dialect: Dialect) => void) =>
  describe.each(DIALECTS)(`${name} [%s]`, (dialect) => fn(dialect));

export interface TestCore extends Core {
  cleanup(): Promise<void>;
}

/** A migrated, empty database of its own: a temp SQLite file, or a fresh PostgreSQL database. */
export async function createTestCore(dialect: Dialect, overrides: Partial<Config> = {}): Promise<TestCore> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongban-test-'));
  const scratch = dialect === 'postgres' ? await scratchPostgres(process.env.TONGBAN_TEST_PG_URL!, 'tongban_test') : undefined;
  const config = loadConfig({ TONGBAN_DATA_DIR: dataDir, TONGBAN_LOG_LEVEL: 'silent' }, { databaseUrl: scratch?.url, ...overrides });
  const core = createCore(config);
  await migrateToLatest(core.database);
  return {
    ...core,
    cleanup: async () => {
      await core.database.close();
      await scratch?.drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface TestApp {
  core: TestCore;
  app: FastifyInstance;
  close(): Promise<void>;
}

export async function createTestApp(dialect: Dialect, overrides: Partial<Config> = {}): Promise<TestApp> {
  const core = await createTestCore(dialect, overrides);
  const app = await buildApp(core, { logger: false, webRoot: '' });
  await app.ready();
  return { core, app, close: async () => { await app.close(); await core.cleanup(); } };
}

export const TEST_PASSWORD = 'Test@Pass2026';

/** A login with a role holding exactly these permissions; no person unless one is given. */
export async function createUser(
  core: Core,
  opts: {
    username: string;
    permissions?: Permission[];
    scope?: DataScope;
    adminKind?: AdminKind;
    personId?: string;
    mustChange?: boolean;
    password?: string;
  },
): Promise<{ id: string }> {
  const now = nowIso();
  const { userId: id } = await core.db
    .transaction()
    .execute((tx) => insertLogin(tx, core.config, { personId: opts.personId ?? null, username: opts.username, displayName: opts.username, password: opts.password ?? TEST_PASSWORD }));
  if (opts.mustChange) await core.db.updateTable('users').set({ must_change_password: 1 }).where('id', '=', id).execute();
  if (opts.permissions?.length) {
    const roleId = newId();
    await core.db
      .insertInto('roles')
      .values({
        id: roleId,
        code: `test-${opts.username}`,
        name: `test ${opts.username}`,
        description: '',
        permissions: JSON.stringify(opts.permissions),
        data_scope: opts.scope ?? 'all',
        admin_kind: opts.adminKind ?? null,
        builtin: 0,
        require_2fa: 0,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await core.db
      .insertInto('grants')
      .values({ id: newId(), role_id: roleId, grantee_type: 'user', grantee_id: id, expires_at: null, granted_by: null, created_at: now })
      .execute();
  }
  return { id };
}

export interface Session {
  cookie: string;
  csrf: string;
  /** app.inject with the session cookie and CSRF header. */
  req(method: string, url: string, body?: unknown, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
}

export async function login(app: FastifyInstance, username: string, password = TEST_PASSWORD, totp?: string): Promise<Session> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password, ...(totp ? { totp } : {}) } });
  if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  const csrf = res.json().csrfToken as string;
  return {
    cookie,
    csrf,
    req: (method, url, body, headers = {}) =>
      app.inject({
        method: method as 'GET',
        url,
        headers: { cookie, 'x-csrf-token': csrf, ...headers },
        ...(body === undefined ? {} : { payload: body as object }),
      }),
  };
}

/** A multipart/form-data body with one file part, for upload routes. */
export function multipartBody(file: Buffer, opts: { field?: string; filename?: string; contentType?: string } = {}) {
  const boundary = '----tongbanTestBoundary';
  const head =
    `--${boundary}\r\nContent-Disposition: form-data; name="${opts.field ?? 'file'}"; filename="${opts.filename ?? 'file.bin'}"\r\n` +
    `Content-Type: ${opts.contentType ?? 'application/octet-stream'}\r\n\r\n`;
  return {
    body: Buffer.concat([Buffer.from(head), file, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

/** Uploads one file as this person (POST /api/files); returns its id. */
export async function uploadFile(s: Session, name: string, data: Buffer | string, contentType = 'text/plain'): Promise<string> {
  const m = multipartBody(Buffer.from(data), { filename: name, contentType });
  const res = await s.req('POST', '/api/files', m.body, m.headers);
  if (res.statusCode !== 200) throw new Error(`upload ${name} failed: ${res.statusCode} ${res.body}`);
  return res.json().id as string;
}
