import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { simpleParser, type ParsedMail } from 'mailparser';
import type { Core } from '../../platform/context.js';
import { createWorker } from '../../platform/jobs/setup.js';

/** A real SMTP server on a free port that parses what it receives. */
export async function mailbox() {
  const received: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, _session, done) {
      simpleParser(stream).then(
        (mail) => {
          received.push(mail);
          done();
        },
        (error: Error) => done(error),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return { port, url: `smtp://127.0.0.1:${port}`, received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** A real HTTP server standing in for the WeCom and DingTalk robots: keeps each post, answers errcode 0. */
export async function robotServer() {
  const posts: { path: string; query: URLSearchParams; body: Record<string, unknown> }[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://robot');
      posts.push({ path: url.pathname, query: url.searchParams, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ errcode: 0, errmsg: 'ok' }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { base, posts, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** Runs every due job, then makes the waiting retries due and runs them, `rounds` times (steps time over the back-off). */
export async function drainJobs(core: Core, rounds = 1): Promise<void> {
  const worker = await createWorker(core);
  for (let i = 0; i < rounds; i++) {
    while ((await worker.runDue()) > 0);
    await core.db.updateTable('jobs').set({ run_at: new Date(Date.now() - 1000).toISOString() }).where('status', '=', 'pending').where('kind', '=', 'notification.deliver').execute();
  }
  while ((await worker.runDue()) > 0);
}
