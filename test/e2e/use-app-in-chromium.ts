/** The e2e files' shared set-up (kept apart from serve-built-app.ts, which the benchmarks import outside Vitest). */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { buildAndServe, launchChromium, serveBuilt, type BuiltApp } from '../../scripts/serve-built-app';
import { sharedBuild } from './shared-build';

/** The run's one build (global-setup.ts), or a build of the file's own when run without the global set-up. */
async function serveApp(): Promise<BuiltApp> {
  const runDir = inject('e2eBuildDir');
  return runDir ? serveBuilt(await sharedBuild(runDir), false) : buildAndServe();
}

/**
 * Serves the app (built once per test run) and launches Chromium before the file's tests, and closes both after
 * them; read `app` and `browser` inside tests and hooks (they are set once beforeAll has run).
 */
export function useAppInChromium(): { readonly app: BuiltApp; readonly browser: Browser } {
  const started = {} as { app: BuiltApp; browser: Browser };
  beforeAll(async () => {
    [started.app, started.browser] = await Promise.all([serveApp(), launchChromium()]);
  });
  afterAll(async () => {
    await started.browser?.close();
    await started.app?.close();
  });
  return started;
}
