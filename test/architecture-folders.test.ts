/**
 * (Kept beside the ESLint rule until `npm run lint` runs in CI again: the same folder rule, checked on import lines of the real tree.)
 * The dependency rule (README, "Architecture"): the engine imports only itself and mathjs; io adds
 * zod; format imports engine types only; ui never reaches engine internals. Checked on import lines.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = new URL('../src/', import.meta.url).pathname;

/** Folder → the folders and packages it may import. */
const ALLOWED: Record<string, { folders: string[]; packages: RegExp }> = {
  engine: { folders: ['engine'], packages: /^mathjs(\/number)?$/ },
  io: { folders: ['io', 'engine', '../models'], packages: /^(zod|lz-string)$/ },
  format: { folders: ['format', 'engine'], packages: /^$/ },
  // Exporters (the workbook): pure builders over the engine's results; exceljs only in the writer, loaded lazily.
  export: { folders: ['export', 'engine', 'format'], packages: /^exceljs$/ },
  platform: { folders: ['platform', 'io', 'engine'], packages: /^(idb|browser-fs-access)$/ },
  optimise: { folders: ['optimise', 'engine'], packages: /^highs(\/runtime)?$/ },
  cli: { folders: ['cli', 'engine', 'io', 'format', 'export', 'optimise', '../scenarios'], packages: /^node:/ },
  state: { folders: ['state', 'engine', 'io', 'format', 'platform', 'worker', '../scenarios'], packages: /^(zustand(\/.*)?|react|zundo|immer|reselect)$/ },
  ui: { folders: ['ui', 'state', 'format', 'io', 'engine', 'export', '../scenarios'], packages: /^(react(-dom)?(\/.*)?|recharts|zustand(\/.*)?)$/ },
};

function filesIn(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesIn(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

function importsOf(file: string): { spec: string; typeOnly: boolean }[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^\s*(import|export)\s+(type\s+)?[^'"]*?from\s+['"]([^'"]+)['"]/gm)]
    .map((m) => ({ spec: m[3]!, typeOnly: Boolean(m[2]) }));
}

describe('the dependency rule', () => {
  for (const [folder, rule] of Object.entries(ALLOWED)) {
    it(`${folder}/ imports only ${rule.folders.join(', ')} and ${rule.packages}`, () => {
      const dir = join(SRC, folder);
      let files: string[] = [];
      try { files = filesIn(dir); } catch { return; }
      const broken: string[] = [];
      for (const file of files) {
        for (const { spec, typeOnly } of importsOf(file)) {
          if (spec.startsWith('.')) {
            const target = relative(SRC, join(file, '..', spec));
            const top = target.startsWith('..') ? target.split('/').slice(0, 2).join('/') : target.split('/')[0]!;
            if (!rule.folders.includes(top)) broken.push(`${relative(SRC, file)} → ${spec}`);
            // Outside the engine, only its public index may be imported (types may come from anywhere in it).
            if (folder !== 'engine' && top === 'engine' && !typeOnly && target !== 'engine' && target !== 'engine/index') {
              broken.push(`${relative(SRC, file)} → ${spec} (use src/engine/index.ts)`);
            }
          } else if (!rule.packages.test(spec)) {
            broken.push(`${relative(SRC, file)} → ${spec}`);
          }
        }
      }
      expect(broken).toEqual([]);
    });
  }

  it('keeps the engine free of DOM, Node, clocks and randomness', () => {
    const code = (f: string) => readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
    const offenders = filesIn(join(SRC, 'engine')).filter((f) =>
      /\b(window\.|document\.|globalThis\.|localStorage|Date\.now|Math\.random|process\.|require\()/.test(code(f)));
    expect(offenders.map((f) => relative(SRC, f))).toEqual([]);
  });
});
