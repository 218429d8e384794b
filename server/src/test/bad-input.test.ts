import { afterAll, beforeAll, expect, it } from 'vitest';
import { ALL_PERMISSIONS } from '../platform/access/permissions.js';
import { createTestApp, createUser, describeEachDialect, login, type Session, type TestApp } from './harness.js';

interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
}

interface Operation {
  parameters?: { in: string; name: string; schema?: JsonSchema }[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
}

const EVIL_STRINGS = [
  'x'.repeat(20_000),
  'bad\u0000null\u0007bell',
  '<script>alert(1)</script>',
  "' OR 1=1; DROP TABLE users; --",
  '../../etc/passwd',
  '🙂'.repeat(500),
];

/** Wrong-typed and hostile values for a property of the given schema. */
function badValuesFor(schema: JsonSchema | undefined): unknown[] {
  const type = Array.isArray(schema?.type) ? schema!.type[0] : schema?.type;
  const wrongType = type === 'string' ? [12345, true, { a: 1 }, ['x']] : type === 'array' ? ['x', 7] : ['not-a-number', { a: 1 }];
  return [...wrongType, null, -1, 1e308, ...EVIL_STRINGS];
}

/** Bodies that must each be refused: not objects, unknown fields, and one bad property at a time. */
function badBodies(schema: JsonSchema | undefined): unknown[] {
  const bodies: unknown[] = [[], 'text', 42, null, { unknownField: 1, constructor: { prototype: 1 } }];
  for (const [name, prop] of Object.entries(schema?.properties ?? {})) {
    for (const value of badValuesFor(prop)) bodies.push({ [name]: value });
  }
  return bodies;
}

/** Routes a fuzzer must not call: they end the session it depends on. */
const SKIP = new Set(['POST /api/auth/logout']);

describeEachDialect('bad input on every route', (dialect) => {
  let t: TestApp;
  let s: Session;
  let plain: Session;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    await createUser(t.core, { username: 'fuzzer', permissions: [...ALL_PERMISSIONS] });
    await createUser(t.core, { username: 'plain' });
    s = await login(t.app, 'fuzzer');
    plain = await login(t.app, 'plain');
  });
  afterAll(() => t.close());

  it('answers every generated bad request with a 4xx in the one error shape, never a 5xx', async () => {
    const spec = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
      paths: Record<string, Record<string, Operation>>;
    };
    const failures: string[] = [];
    let sent = 0;
    const send = async (method: string, url: string, payload?: unknown, raw?: string) => {
      sent++;
      const res = raw
        ? await t.app.inject({ method: method as 'POST', url, headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, 'content-type': 'application/json' }, payload: raw })
        : await s.req(method, url, payload);
      if (res.statusCode >= 500) failures.push(`${method} ${url} ${JSON.stringify(payload)?.slice(0, 80)} → ${res.statusCode} ${res.body.slice(0, 200)}`);
      else if (res.statusCode >= 400 && !res.json()?.error?.message) failures.push(`${method} ${url} → ${res.statusCode} without the error shape`);
      if (res.body.includes('    at ')) failures.push(`${method} ${url} leaked a stack trace`);
    };

    for (const [path, ops] of Object.entries(spec.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        const verb = method.toUpperCase();
        if (SKIP.has(`${verb} ${path}`)) continue;
        const url = path.replace(/\{[^}]+\}/g, '00000000-0000-7000-8000-000000000000');
        for (const badId of ['not-a-uuid', "1' OR '1'='1", 'x'.repeat(3000)]) {
          if (url !== path) await send(verb, path.replace(/\{[^}]+\}/g, encodeURIComponent(badId)), verb === 'GET' ? undefined : {});
        }
        for (const param of op.parameters?.filter((p) => p.in === 'query') ?? []) {
          for (const value of badValuesFor(param.schema).filter((v) => typeof v !== 'object' || v === null)) {
            await send(verb, `${url}?${param.name}=${encodeURIComponent(String(value))}`);
          }
        }
        if (verb !== 'GET' && verb !== 'DELETE') {
          await send(verb, url, undefined, '{"broken": ');
          await send(verb, url, undefined, JSON.stringify({ big: 'x'.repeat(2_000_000) }));
          const schema = op.requestBody?.content?.['application/json']?.schema;
          for (const body of badBodies(schema)) await send(verb, url, body);
        }
      }
    }
    expect(failures).toEqual([]);
    expect(sent).toBeGreaterThan(50);
  });

  it('keeps 401, 403 and 404 apart', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/login-history' })).statusCode).toBe(401);
    const spec = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(Object.keys(spec.paths).length).toBeGreaterThan(5);
    expect((await plain.req('GET', '/api/no-such-route')).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: '/api/docs' })).statusCode).toBeLessThan(400);
  });
});
