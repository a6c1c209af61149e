/** The e2e files' shared set-up (kept apart from serve-built-app.ts, which the benchmarks import outside Vitest). */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { buildAndServe, launchChromium, type BuiltApp } from './serve-built-app';

/**
 * Builds and serves the app and launches Chromium before the file's tests, and closes both after
 * them; read `app` and `browser` inside tests and hooks (they are set once beforeAll has run).
 */
export function useAppInChromium(): { readonly app: BuiltApp; readonly browser: Browser } {
  const started = {} as { app: BuiltApp; browser: Browser };
  beforeAll(async () => {
    [started.app, started.browser] = await Promise.all([buildAndServe(), launchChromium()]);
  });
  afterAll(async () => {
    await started.browser?.close();
    await started.app?.close();
  });
  return started;
}
