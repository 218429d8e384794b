#!/usr/bin/env node
// The `tongban` command: runs the bundled server CLI (built by `npm run build`).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = fileURLToPath(new URL('../dist/server/main.js', import.meta.url));
if (!existsSync(bundle)) {
  console.error('Tongban is not built yet: run `npm run build` first.');
  process.exit(1);
}
await import(bundle);
