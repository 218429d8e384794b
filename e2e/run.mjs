// End-to-end scenarios in a real browser (Debian's Chromium driven by playwright-core) against the
// built server on a fresh data directory with the demo unit and the shipped flows.
//
//   npm run build && node e2e/run.mjs [foundation|workflow ...]   (no names: every group)
//
// The groups run in this order on one server: foundation.mjs (accounts, organisation, audit), then
// workflow.mjs (approvals, flow versions). Runner and helpers are in lib.mjs.
// Screenshots (1280×800 and 375×812) go to test-results/e2e/. The last line is "N passed, N failed";
// the exit code is non-zero when any scenario fails.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { browser, launchBrowser, results, root, shots, startServer, stopServer, useServer } from './lib.mjs';
import { foundation } from './foundation.mjs';
import { workflow } from './workflow.mjs';
import { documents } from './documents.mjs';
import { incoming } from './incoming.mjs';
import { circulation } from './circulation.mjs';
import { archive } from './archive.mjs';
import { notifications } from './notifications.mjs';
import { rooms } from './rooms.mjs';
import { meetings } from './meetings.mjs';
import { schedule } from './schedule.mjs';
import { supervision } from './supervision.mjs';
import { meetingStory } from './meeting-story.mjs';

const GROUPS = { foundation, workflow, documents, incoming, circulation, archive, notifications, rooms, meetings, schedule, supervision, meetingStory };
const chosen = process.argv.slice(2);
for (const name of chosen) if (!GROUPS[name]) throw new Error(`unknown group ${name}; the groups are ${Object.keys(GROUPS).join(', ')}`);

async function main() {
  for (const file of ['dist/server/main.js', 'dist/web/index.html']) {
    if (!fs.existsSync(path.join(root, file))) throw new Error(`${file} is missing: run \`npm run build\` first`);
  }
  fs.rmSync(shots, { recursive: true, force: true });
  fs.mkdirSync(shots, { recursive: true });
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongban-e2e-'));
  const started = performance.now();
  const server = await startServer(dataDir);
  useServer(server);
  console.log(`e2e: server ready at ${server.base} in ${((performance.now() - started) / 1000).toFixed(1)} s (data ${dataDir})`);
  try {
    await launchBrowser();
    for (const [name, group] of Object.entries(GROUPS)) if (!chosen.length || chosen.includes(name)) await group(server);
  } finally {
    await browser?.close();
    await stopServer(server);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

const startedAt = performance.now();
try {
  await main();
} catch (error) {
  results.push({ name: 'set-up', ok: false });
  console.log(`  ✗ set-up: ${error?.stack ?? error}`);
}
const failed = results.filter((r) => !r.ok).length;
console.log(`e2e finished in ${((performance.now() - startedAt) / 1000).toFixed(1)} s; screenshots in ${path.relative(root, shots)}/`);
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
