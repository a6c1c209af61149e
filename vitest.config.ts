import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    environment: 'node',
    setupFiles: ['./test/setup-fast-check.ts', './test/setup-validator.ts', './test/setup-catalogue-metadata.ts'],
    // One production build shared by every end-to-end file of the run (test/e2e/shared-build.ts).
    globalSetup: ['./test/e2e/global-setup.ts'],
    reporters: ['default', './test/summary-reporter.ts'],
    testTimeout: 20_000,
    hookTimeout: 180_000,
  },
});
