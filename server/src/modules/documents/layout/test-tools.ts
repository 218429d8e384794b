import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Test helpers: the third-party tools (poppler, zbar, LibreOffice) that check the output. */

export function tool(command: string, args: string[], { allowFailure = false } = {}): { stdout: string; status: number } {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw new Error(`${command} could not run (is it installed?): ${result.error.message}`);
  if (result.status !== 0 && !allowFailure) throw new Error(`${command} ${args.join(' ')} failed (${result.status}): ${result.stderr}`);
  return { stdout: result.stdout, status: result.status ?? -1 };
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'tongban-layout-'));
}

export function saveTo(dir: string, name: string, content: Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

export const pdfText = (file: string, ...args: string[]): string => tool('pdftotext', [...args, file, '-']).stdout;

/** Text without any white space, so that words broken across lines still match. */
export const squeezed = (text: string): string => text.replace(/\s+/g, '');

export interface WordBox {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** Word boxes of one page (points, origin top-left), as pdftotext -bbox reports them. */
export function wordBoxes(file: string, page: number): WordBox[] {
  const html = pdfText(file, '-bbox', '-f', String(page), '-l', String(page));
  return [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</g)].map((m) => ({
    xMin: Number(m[1]),
    yMin: Number(m[2]),
    xMax: Number(m[3]),
    yMax: Number(m[4]),
    text: m[5]!,
  }));
}

export function pageCount(file: string): number {
  return Number(/^Pages:\s+(\d+)/m.exec(tool('pdfinfo', [file]).stdout)?.[1]);
}

/** The figures of gbt9704-check.py that the tests read (millimetres). */
export interface Gbt9704Report {
  pass: boolean;
  problems: string[];
  mark: { x0: number; y0: number; x1: number; y1: number; centre: number } | null;
  separator: { y: number; x0: number; x1: number } | null;
  pitch: number | null;
  fonts_not_embedded: string[];
}

/** The GB/T 9704 geometry checker's verdict (exit status) and figures (its last line of JSON). */
/** The first Python that has numpy, which the checker needs: the default one, or Debian's (python3-numpy, installed by .ci/run). */
const pythonWithNumpy = () =>
  ['python3', '/usr/bin/python3'].find((python) => spawnSync(python, ['-c', 'import numpy']).status === 0) ?? 'python3';

export function gbt9704Check(file: string, page = 1): { status: number; report: Gbt9704Report } {
  const { stdout, status } = tool(pythonWithNumpy(), ['/work/shared/tools/gbt9704-check.py', file, '--page', String(page), '--json'], { allowFailure: true });
  const lines = stdout.trim().split('\n');
  return { status, report: JSON.parse(lines[lines.length - 1]!) };
}

/** Decodes the QR codes on a page rasterised at 200 dpi. */
export function decodeQr(file: string, page: number, dir: string): string {
  const prefix = join(dir, `qr-${page}`);
  tool('pdftoppm', ['-r', '200', '-png', '-f', String(page), '-l', String(page), '-singlefile', file, prefix]);
  return tool('zbarimg', ['--quiet', '--raw', `${prefix}.png`]).stdout.trim();
}
