/**
 * `npm run bench:size`: builds the app for production into a temporary folder and prints what
 * index.html loads before any lazy chunk (JS, CSS and the page), raw and gzipped (level 9), against
 * the issue-13 target of 300 KiB gzip. bench:ui prints the same figures with the same code.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../scripts/serve-built-app';
import { firstLoad, renderFirstLoad } from './first-load';

const TARGET_GZIP_KB = 300;
const outDir = mkdtempSync(join(tmpdir(), 'afkast-size-'));
try {
  await buildApp(outDir);
  process.stdout.write(renderFirstLoad(firstLoad(outDir), TARGET_GZIP_KB));
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
