/**
 * The dependency rule (docs/architecture.md) is enforced by ESLint (eslint.boundaries.js, run by
 * `npm run lint`, which CI runs on all of src/). These tests prove that the rule bites: deliberate
 * wrong imports, placed virtually in src/, fail it, and what the rule allows passes. They also keep
 * the import graph free of cycles and the engine free of DOM, Node, clocks and randomness.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { boundariesConfig } from '../eslint.boundaries.js';

const ROOT = new URL('../', import.meta.url).pathname;
const SRC = join(ROOT, 'src');

function filesIn(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesIn(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** ESLint with only the boundaries rule (no type information needed, so it runs on virtual files). */
const eslint = new ESLint({
  cwd: ROOT,
  overrideConfigFile: true,
  overrideConfig: [{ files: ['**/*.{ts,tsx}'], languageOptions: { parser: tseslint.parser } }, ...boundariesConfig],
});

async function boundaryErrors(file: string, text: string): Promise<string[]> {
  const [result] = await eslint.lintText(text, { filePath: join(ROOT, file) });
  return result!.messages.map((m) => `${m.ruleId ?? 'fatal'}: ${m.message}`);
}

describe('the dependency rule (ESLint boundaries)', () => {
  const wrong: [string, string, string, RegExp][] = [
    ['the engine importing React', 'src/engine/probe.ts', "import { useState } from 'react';\nexport const x = useState;\n", /type "engine".*source "react"/],
    ['the engine importing the state layer by dynamic import()', 'src/engine/probe.ts', "export const load = () => import('../state');\n", /type "engine" to elements of type "state"/],
    ['io importing Node', 'src/io/probe.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n", /type "io".*source "node:fs"/],
    ['the worker importing the store', 'src/worker/probe.ts', "import { appStore } from '../state';\nexport const x = appStore;\n", /type "worker" to elements of type "state"/],
    ['a re-export from ui into state', 'src/state/probe.ts', "export { App } from '../ui/app/app';\n", /type "state" to elements of type "ui-app"/],
    ['a feature importing a feature not on its list', 'src/ui/features/results/probe.ts', "export const x = () => import('../compare/compare-panel');\n", /not another feature/],
    ['a feature importing app-level code', 'src/ui/features/compare/probe.ts', "import { App } from '../../app/app';\nexport const x = App;\n", /type "feature".*to elements of type "ui-app"/],
    ['ui reaching an engine value past its index', 'src/ui/features/results/probe.ts', "import { runScenario } from '../../../engine/project';\nexport const x = runScenario;\n", /src\/engine\/index\.ts/],
  ];
  for (const [what, file, text, expected] of wrong) {
    it(`refuses ${what}`, async () => {
      const errors = await boundaryErrors(file, text);
      expect(errors.some((e) => e.startsWith('boundaries/dependencies') && expected.test(e)), errors.join('\n')).toBe(true);
    });
  }

  it('allows what docs/architecture.md allows: engine types from any engine file, mathjs in the engine, a listed feature pair', async () => {
    expect(await boundaryErrors('src/ui/features/results/probe.ts', "import type { Scenario } from '../../../engine/model/scenario';\nexport type X = Scenario;\n")).toEqual([]);
    expect(await boundaryErrors('src/engine/probe.ts', "import { evaluate } from 'mathjs';\nexport const x = evaluate;\n")).toEqual([]);
    expect(await boundaryErrors('src/ui/features/analysis/probe.ts', "export const x = () => import('../compare/compare-panel');\n")).toEqual([]);
  });
});

describe('the import graph', () => {
  it('has no cycles in src/, counting type-only imports', () => {
    const options: ts.CompilerOptions = { moduleResolution: ts.ModuleResolutionKind.Bundler, module: ts.ModuleKind.ESNext, resolveJsonModule: true };
    const graph = new Map<string, string[]>();
    for (const file of filesIn(SRC)) {
      const imported = ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles;
      graph.set(file, imported.flatMap(({ fileName }) => {
        const resolved = ts.resolveModuleName(fileName, file, options, ts.sys).resolvedModule;
        return resolved && !resolved.isExternalLibraryImport && resolved.resolvedFileName.startsWith(SRC) ? [resolved.resolvedFileName] : [];
      }));
    }
    const edges = [...graph.values()].flat().length;
    expect(edges).toBeGreaterThan(500); // the resolver really resolved the imports
    const state = new Map<string, 'open' | 'done'>();
    const path: string[] = [];
    const cycles: string[] = [];
    const visit = (file: string) => {
      state.set(file, 'open');
      path.push(file);
      for (const next of graph.get(file) ?? []) {
        if (state.get(next) === 'open') cycles.push([...path.slice(path.indexOf(next)), next].map((f) => relative(SRC, f)).join(' → '));
        else if (!state.has(next)) visit(next);
      }
      path.pop();
      state.set(file, 'done');
    };
    for (const file of graph.keys()) if (!state.has(file)) visit(file);
    expect(cycles).toEqual([]);
  });
});

describe('the pure engine', () => {
  it('is free of DOM, Node, clocks and randomness', () => {
    const code = (f: string) => readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
    const offenders = filesIn(join(SRC, 'engine')).filter((f) =>
      /\b(window\.|document\.|globalThis\.|localStorage|Date\.now|Math\.random|process\.|require\()/.test(code(f)));
    expect(offenders.map((f) => relative(SRC, f))).toEqual([]);
  });
});
