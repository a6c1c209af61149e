/**
 * Vitest global set-up: one folder per test run where the first end-to-end file builds the app and
 * every other file reuses that build (see shared-build.ts). Nothing is built here, so a run without
 * end-to-end files costs nothing; the folder is removed when the run ends.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext { e2eBuildDir: string }
}

export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'afkast-e2e-run-'));
  project.provide('e2eBuildDir', dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
