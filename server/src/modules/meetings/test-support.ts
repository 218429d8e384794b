import { expect } from 'vitest';
import type { Session } from '../../test/harness.js';
import type { demoApp } from '../workflow/test-support.js';
import { todoOn } from '../workflow/test-support.js';

export type App = Awaited<ReturnType<typeof demoApp>>;

const DAY_MS = 86_400_000;

/** An instant `days` from today at this wall-clock time in Asia/Shanghai (the demo unit's zone). */
export function shanghai(days: number, clock: string): string {
  const date = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(new Date(Date.now() + days * DAY_MS));
  return new Date(`${date}T${clock}:00+08:00`).toISOString();
}

export async function roomId(s: Session, name: string): Promise<string> {
  const res = await s.req('GET', '/api/rooms');
  const room = (res.json().items as { id: string; name: string }[]).find((r) => r.name === name);
  if (!room) throw new Error(`no room ${name}: ${res.body}`);
  return room.id;
}

/** Applies (draft + submit) and has the office (张伟) approve; returns the meeting id. */
export async function approvedMeeting(t: App, applicant: string, body: Record<string, unknown>): Promise<string> {
  const s = await t.as(applicant);
  const created = await s.req('POST', '/api/meetings', body);
  expect(created.statusCode, created.body).toBe(200);
  const id = created.json().ids[0] as string;
  const submitted = await s.req('POST', `/api/meetings/${id}/submit`);
  expect(submitted.statusCode, submitted.body).toBe(200);
  if (submitted.json().status !== 'approved') await approveAll(t, submitted.json().flowInstanceId);
  return id;
}

/** Every pending task of the flow approved by whoever holds it (the demo's approvers). */
export async function approveAll(t: App, instanceId: string): Promise<void> {
  for (;;) {
    const task = await t.core.db.selectFrom('flow_tasks').innerJoin('users', 'users.id', 'flow_tasks.assignee_user_id').select(['flow_tasks.id', 'users.username']).where('instance_id', '=', instanceId).where('flow_tasks.status', '=', 'pending').executeTakeFirst();
    if (!task) return;
    const approver = await t.as(task.username);
    await todoOn(approver, instanceId);
    const res = await approver.req('POST', `/api/workflow/tasks/${task.id}/approve`, { opinion: '同意' });
    expect(res.statusCode, res.body).toBe(200);
  }
}
