// The API side of end-to-end scenarios: a demo person's logged-in caller, and a 通知 driven through
// the 发文 flow to the step a scenario starts from, for the steps that are not that scenario's story.
import { account, base, check, totpCode } from './lib.mjs';

const callers = new Map();

/**
 * A logged-in API caller for a demo person (as they log in now): `call(method, url, body)` → JSON.
 * One session per person and credentials for the whole run: logins from one address are rate-limited.
 */
export async function apiAs(username) {
  const { password, totpSecret } = account(username);
  const key = [username, password, totpSecret].join('\u0000');
  if (!callers.has(key)) callers.set(key, await login(username));
  return callers.get(key);
}

async function login(username) {
  const { password, totpSecret } = account(username);
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password, ...(totpSecret ? { totp: totpCode(totpSecret) } : {}) }),
  });
  if (!res.ok) throw new Error(`${username} cannot log in through the API: ${res.status} ${await res.text()}`);
  const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const { csrfToken } = await res.json();
  return async (method, url, body) => {
    const reply = await fetch(`${base}${url}`, {
      method,
      headers: { cookie, 'x-csrf-token': csrfToken, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    const json = await reply.json();
    check(reply.ok, `${username}: ${method} ${url} answered ${reply.status} ${JSON.stringify(json)}`);
    return json;
  };
}

/** Everyone who holds a step of the shipped 发文 flow for a 通知 drafted in 秘书科 without 会签. */
const HOLDERS = ['zhangwei', 'wangjianguo', 'wuting', 'lufang'];

/**
 * A 通知 drafted by `drafter` and driven through the 发文 flow: every step's holder does its work
 * (编号, 用印排版 with the unit's seal, 分发 to `distribute`, 归档 for `retention`) and completes it,
 * until the step named `stopAt` is reached (its task left open) or the flow ends. Returns the id.
 */
export async function driveNotice({ drafter, title, body = '<p>现将有关事项通知如下。</p>', secretLevel = 'public', distribute, retention = '10年', stopAt }) {
  const work = {
    编号: (call, id) => call('POST', `/api/documents/${id}/number`, {}),
    用印排版: async (call, id) => call('POST', `/api/documents/${id}/formal`, { sealId: (await call('GET', '/api/seals')).items[0].id }),
    分发: async (call, id) => call('POST', `/api/documents/${id}/distribute`, distribute ?? { externalUnitIds: (await call('GET', '/api/external-units')).items.filter((u) => !u.email).map((u) => u.id) }),
    归档: (call, id) => call('POST', `/api/documents/${id}/archive`, { retention }),
  };
  const author = await apiAs(drafter);
  const { id } = await author('POST', '/api/documents', { kind: 'notice', secretLevel, ...(secretLevel === 'secret' ? { secretTerm: '5年' } : {}) });
  await author('PUT', `/api/documents/${id}`, { baseRevision: 1, title, body });
  const { flowInstanceId } = await author('POST', `/api/documents/${id}/submit`, {});
  for (let turn = 0; turn < 12; turn++) {
    let acted = false;
    for (const username of HOLDERS) {
      const call = await apiAs(username);
      const todo = (await call('GET', '/api/workflow/inbox/todo?pageSize=100')).items.find((i) => i.instanceId === flowInstanceId);
      if (!todo) continue;
      if (todo.stepName === stopAt) return id;
      await work[todo.stepName]?.(call, id);
      await call('POST', `/api/workflow/tasks/${todo.taskId}/approve`, { opinion: '同意' });
      acted = true;
    }
    if (!acted) break;
  }
  check(!stopAt, `the 通知 never reached ${stopAt}`);
  return id;
}

/** The office's leaders and 秘书科's head: whoever may hold a meeting application's approval steps. */
const MEETING_APPROVERS = ['wangjianguo', 'lichunmei', 'chenzhiqiang', 'liuhongtao', 'zhangwei'];

/** Every pending task of a meeting application's flow approved by whoever holds it, until none is left. */
export async function approveMeetingFlow(flowInstanceId) {
  for (let turn = 0; turn < 6; turn++) {
    let acted = false;
    for (const username of MEETING_APPROVERS) {
      const call = await apiAs(username);
      const todo = (await call('GET', '/api/workflow/inbox/todo?pageSize=100')).items.find((i) => i.instanceId === flowInstanceId);
      if (!todo) continue;
      await call('POST', `/api/workflow/tasks/${todo.taskId}/approve`, { opinion: '同意' });
      acted = true;
    }
    if (!acted) return;
  }
}

/** A department's id by its name, from the org chart. */
export async function departmentId(call, name) {
  const all = (await call('GET', '/api/org-chart')).flatMap(function walk(d) {
    return [d, ...d.children.flatMap(walk)];
  });
  return all.find((d) => d.name === name).id;
}
