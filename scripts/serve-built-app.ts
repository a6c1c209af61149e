/**
 * Builds the app once with Vite's JS API into a temporary folder and serves it with `vite preview`
 * on a free localhost port: the end-to-end tests see exactly what `npm run build` ships.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';

export const ROOT = new URL('../', import.meta.url).pathname;

export interface BuiltApp {
  url: string;
  /** The built files (removed by close). */
  outDir: string;
  close: () => Promise<void>;
}

export interface BuildOptions {
  /** VITE_* variables baked into the build, e.g. the UI benchmark's store handle. */
  env?: Record<string, string>;
}

export const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_INSTALLED = existsSync(CHROMIUM);
/**
 * Whether to run the end-to-end tests (describe.skipIf(!HAS_CHROMIUM)). Under CI=true they always
 * run, so a CI machine without Chromium fails the run (launching it fails) instead of skipping them.
 */
export const HAS_CHROMIUM = CHROMIUM_INSTALLED || process.env.CI === 'true';

/** Says why a file's end-to-end tests are skipped, or that they will fail in CI. */
export function warnIfNoChromium(what: string): void {
  if (CHROMIUM_INSTALLED) return;
  if (process.env.CI === 'true') console.error(`End-to-end tests of ${what} will FAIL: ${CHROMIUM} not found and CI=true. Install it with: apt-get install -y chromium`);
  else console.warn(`End-to-end tests of ${what} skipped: ${CHROMIUM} not found. Install it with: apt-get install -y chromium`);
}

/** Debian's headless Chromium, without background traffic (the tests check that nothing leaves the origin). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic',
      '--no-first-run', '--disable-component-update', '--disable-sync'],
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** Builds the app for production into outDir (emptied first). */
export async function buildApp(outDir: string, options: BuildOptions = {}): Promise<void> {
  const configFile = join(ROOT, 'vite.config.ts');
  // Vitest sets NODE_ENV=test; the build must be the production one that ships.
  const saved = { NODE_ENV: process.env.NODE_ENV, ...Object.fromEntries(Object.keys(options.env ?? {}).map((k) => [k, process.env[k]])) };
  Object.assign(process.env, { NODE_ENV: 'production' }, options.env);
  try {
    await build({ root: ROOT, configFile, mode: 'production', logLevel: 'warn', build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 10_000 } });
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

/** Serves built files with `vite preview` on a free localhost port; close() stops the server (and removes the files if `owned`). */
export async function serveBuilt(outDir: string, owned: boolean): Promise<BuiltApp> {
  const port = await freePort();
  const server: PreviewServer = await preview({
    root: ROOT, configFile: join(ROOT, 'vite.config.ts'), logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
  return {
    url: `http://127.0.0.1:${port}/`,
    outDir,
    close: async () => {
      await server.close();
      if (owned) rmSync(outDir, { recursive: true, force: true });
    },
  };
}

/** Builds into a fresh temporary folder and serves it (the benchmarks; e2e files share one build, see shared-build.ts). */
export async function buildAndServe(options: BuildOptions = {}): Promise<BuiltApp> {
  const outDir = mkdtempSync(join(tmpdir(), 'afkast-e2e-'));
  await buildApp(outDir, options);
  return serveBuilt(outDir, true);
}
