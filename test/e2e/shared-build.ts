/**
 * One production build for all end-to-end files of a run. The run's folder comes from the global
 * set-up; the first file to create `lock` (mkdir is atomic) builds into `dist` and then writes
 * `done` (or `failed` with the reason); the others wait for that file and serve the same build.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { buildApp } from '../../scripts/serve-built-app';

const POLL_MS = 100;

export async function sharedBuild(runDir: string): Promise<string> {
  const outDir = join(runDir, 'dist');
  const done = join(runDir, 'done');
  const failed = join(runDir, 'failed');
  let builder = true;
  try {
    mkdirSync(join(runDir, 'lock'));
  } catch {
    builder = false;
  }
  if (builder) {
    try {
      await buildApp(outDir);
      writeFileSync(done, '');
    } catch (error) {
      writeFileSync(failed, String((error as Error).stack ?? error));
      throw error;
    }
    return outDir;
  }
  // Waiting on a condition (the builder's marker file), bounded by the hook's timeout.
  while (!existsSync(done)) {
    if (existsSync(failed)) throw new Error(`the shared e2e build failed:\n${readFileSync(failed, 'utf8')}`);
    await sleep(POLL_MS);
  }
  return outDir;
}
