#!/usr/bin/env node
// The `tongban` command: runs the bundled server CLI (built by `npm run build`).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';

// V8 grows the young generation's semi-spaces from 1 MB to 16 MB while start-up allocates, and
// keeps them: about 25 MB resident that a server idling between requests never needs. Set before
// anything else loads, a growth factor of 1 keeps them at 1 MB; it costs about 140 ms of start-up
// and a few per cent of throughput (bench/README.md, "Memory"). An operator's own setting wins.
const nodeFlags = [...process.execArgv, process.env.NODE_OPTIONS ?? ''].join(' ');
if (!/semi[-_]space/.test(nodeFlags)) v8.setFlagsFromString('--semi-space-growth-factor=1');

const bundle = fileURLToPath(new URL('../dist/server/main.js', import.meta.url));
if (!existsSync(bundle)) {
  console.error('Tongban is not built yet: run `npm run build` first.');
  process.exit(1);
}
await import(bundle);
