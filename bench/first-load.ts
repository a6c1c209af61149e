/** Sizes of the files a built app's index.html loads up front (scripts, module preloads, stylesheets). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface FirstLoad { files: { name: string; bytes: number; gzip: number }[]; lazy: number; lazyGzip: number }

export function firstLoad(outDir: string): FirstLoad {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+)"/g)].map((m) => m[1]!);
  const size = (name: string) => {
    const data = readFileSync(join(outDir, name));
    return { name, bytes: data.length, gzip: gzipSync(data, { level: 9 }).length };
  };
  const files = [{ ...size('index.html'), name: 'index.html' }, ...[...new Set(refs)].map(size)];
  const lazyFiles = readdirSync(join(outDir, 'assets')).map((f) => `assets/${f}`).filter((f) => !refs.includes(f) && /\.(js|css)$/.test(f));
  const lazySizes = lazyFiles.map(size);
  return { files, lazy: lazySizes.reduce((s, f) => s + f.bytes, 0), lazyGzip: lazySizes.reduce((s, f) => s + f.gzip, 0) };
}

/** The first load as printed lines (the same by bench:ui and bench:size). */
export function renderFirstLoad(load: FirstLoad, targetGzipKb?: number): string {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
  const total = load.files.reduce((s, f) => s + f.bytes, 0);
  const gzip = load.files.reduce((s, f) => s + f.gzip, 0);
  const lines = [
    'First load (production build):',
    ...load.files.map((f) => `  ${f.name.padEnd(40)} ${kb(f.bytes).padStart(11)}  gzip ${kb(f.gzip).padStart(10)}`),
    `  ${'total'.padEnd(40)} ${kb(total).padStart(11)}  gzip ${kb(gzip).padStart(10)}`,
    `  lazy chunks (loaded on demand)          ${kb(load.lazy).padStart(11)}  gzip ${kb(load.lazyGzip).padStart(10)}`,
  ];
  if (targetGzipKb !== undefined) {
    lines.push(`  target: first load ≤ ${targetGzipKb} KiB gzip: ${gzip / 1024 <= targetGzipKb ? 'met' : 'NOT met'} (${kb(gzip)})`);
  }
  return `${lines.join('\n')}\n`;
}
