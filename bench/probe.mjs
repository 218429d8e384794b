// Preload for the built server, used by `bench/workflow.mjs --profile DIR`:
//
//   PROBE_DIR=DIR node --import ./bench/probe.mjs bin/tongban.js serve
//
// From the first SIGUSR2 on (sent after the warm-up, so start-up and warm-up are left out) it
//   - counts every SQL statement better-sqlite3 runs, and times its preparing (the server reuses
//     prepared statements, so only new texts are prepared) and its running, and
//   - records a CPU profile of the process;
// and when the process exits it writes DIR/sql.json and DIR/cpu.cpuprofile.
import fs from 'node:fs';
import path from 'node:path';
import { Session } from 'node:inspector';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const Database = require('better-sqlite3');
const dir = process.env.PROBE_DIR;
const stats = new Map();
const texts = new WeakMap();
let on = false;
let patched = false;
let session;

const row = (sql) => {
  let r = stats.get(sql);
  if (!r) stats.set(sql, (r = { count: 0, prepareMs: 0, runMs: 0 }));
  return r;
};

const prepare = Database.prototype.prepare;
Database.prototype.prepare = function (source) {
  const t0 = performance.now();
  const stmt = prepare.call(this, source);
  if (on) {
    const r = row(source);
    r.prepareMs += performance.now() - t0;
  }
  texts.set(stmt, source);
  if (!patched) {
    patched = true;
    const proto = Object.getPrototypeOf(stmt);
    for (const m of ['run', 'all', 'get', 'iterate']) {
      const original = proto[m];
      proto[m] = function (...args) {
        if (!on) return original.apply(this, args);
        const t = performance.now();
        try {
          return original.apply(this, args);
        } finally {
          const sql = texts.get(this);
          if (sql === undefined) return;
          const r = row(sql);
          r.count++;
          r.runMs += performance.now() - t;
        }
      };
    }
  }
  return stmt;
};

process.on('SIGUSR2', () => {
  if (on) return;
  on = true;
  session = new Session();
  session.connect();
  session.post('Profiler.enable');
  session.post('Profiler.start');
});

process.on('exit', () => {
  if (!dir || !on) return;
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'sql.json'), JSON.stringify([...stats].map(([sql, r]) => ({ sql, ...r }))));
  // an in-thread inspector session answers synchronously, so this works in an exit handler
  session.post('Profiler.stop', (error, result) => {
    if (!error) fs.writeFileSync(path.join(dir, 'cpu.cpuprofile'), JSON.stringify(result.profile));
  });
});
