/** Sizes of the files a built index.html loads up front (scripts, module preloads, stylesheets), raw and gzipped. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface FirstLoad {
  files: { name: string; bytes: number; gzip: number }[];
  /** The JavaScript among them. */
  js: { bytes: number; gzip: number };
  lazy: number;
  lazyGzip: number;
}

export function firstLoad(outDir: string): FirstLoad {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  // Scripts, module preloads and stylesheets of the page's own origin (the service worker's
  // registerSW.js too; the worker itself loads in the background after the page's load event).
  const refs = [...html.matchAll(/(?:src|href)="\/?([^":]+\.(?:js|css))"/g)].map((m) => m[1]!);
  const size = (name: string) => {
    const data = readFileSync(join(outDir, name));
    return { name, bytes: data.length, gzip: gzipSync(data, { level: 9 }).length };
  };
  const files = [size('index.html'), ...[...new Set(refs)].map(size)];
  const jsFiles = files.filter((f) => f.name.endsWith('.js'));
  const lazyFiles = readdirSync(join(outDir, 'assets')).map((f) => `assets/${f}`).filter((f) => !refs.includes(f) && /\.(js|css)$/.test(f));
  const lazySizes = lazyFiles.map(size);
  return {
    files,
    js: { bytes: jsFiles.reduce((s, f) => s + f.bytes, 0), gzip: jsFiles.reduce((s, f) => s + f.gzip, 0) },
    lazy: lazySizes.reduce((s, f) => s + f.bytes, 0),
    lazyGzip: lazySizes.reduce((s, f) => s + f.gzip, 0),
  };
}

export const kib = (n: number): string => `${(n / 1024).toFixed(1)} KiB`;

/** The first load as printed lines (the same by bench:ui and bench:size). */
export function renderFirstLoad(load: FirstLoad, targetGzipKb?: number): string {
  const total = load.files.reduce((s, f) => s + f.bytes, 0);
  const gzip = load.files.reduce((s, f) => s + f.gzip, 0);
  const lines = [
    'First load (production build):',
    ...load.files.map((f) => `  ${f.name.padEnd(40)} ${kib(f.bytes).padStart(11)}  gzip ${kib(f.gzip).padStart(10)}`),
    `  ${'total'.padEnd(40)} ${kib(total).padStart(11)}  gzip ${kib(gzip).padStart(10)}`,
    `  lazy chunks (loaded on demand)          ${kib(load.lazy).padStart(11)}  gzip ${kib(load.lazyGzip).padStart(10)}`,
  ];
  if (targetGzipKb !== undefined) {
    lines.push(`  target: first load ≤ ${targetGzipKb} KiB gzip: ${gzip / 1024 <= targetGzipKb ? 'met' : 'NOT met'} (${kib(gzip)})`);
  }
  return `${lines.join('\n')}\n`;
}
