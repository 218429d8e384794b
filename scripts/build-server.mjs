// Bundles the server into dist/server/main.js; what the server loads only on first use (rendering,
// sealing, packaging) goes into chunks beside it, so start-up does not pay for their libraries, and
// the build fails when one of those libraries is reached at start-up after all.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url)));

const result = await build({
  entryPoints: ['server/src/main.ts'],
  outdir: 'dist/server',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  external: Object.keys(pkg.dependencies ?? {}),
  logLevel: 'warning',
  metafile: true,
});

// What start-up must not load: each costs the idle server megabytes (pdfkit with fontkit some 27 MB,
// pg 16 MB) and is needed only by the first document rendered, package unpacked or PostgreSQL server.
const LOADED_ON_FIRST_USE = ['pdfkit', 'pdf-lib', '@pdf-lib/fontkit', 'fontkit', 'pg', 'fflate', 'nodemailer', 'docx', 'exceljs', 'pdfjs-dist', 'sanitize-html', 'qrcode'];
const outputs = result.metafile.outputs;
const atStart = new Set();
const visit = (file) => {
  for (const imported of outputs[file]?.imports ?? []) {
    if (imported.kind !== 'import-statement' || atStart.has(imported.path)) continue;
    atStart.add(imported.path);
    visit(imported.path);
  }
};
visit('dist/server/main.js');
const eager = LOADED_ON_FIRST_USE.filter((name) => [...atStart].some((p) => p === name || p.startsWith(`${name}/`)));
if (eager.length) {
  console.error(`build-server: start-up would load ${eager.join(', ')}; import them where they are used (await import(...))`);
  process.exit(1);
}
