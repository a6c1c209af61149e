/**
 * Bundles the command line into dist-cli/afkast.mjs (run with `node dist-cli/afkast.mjs …`): one
 * file, no TypeScript to start, so a cold run costs Node's start-up and the engine, not tsx's.
 * Part of `npm run build`.
 */
import { build } from 'esbuild';

await build({
  entryPoints: ['src/cli/main.ts'],
  outfile: 'dist-cli/afkast.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  minify: true,
  legalComments: 'none',
  // CommonJS dependencies (mathjs's helpers) may require Node built-ins; give them a require.
  banner: { js: "import { createRequire as __afkastRequire } from 'node:module'; const require = __afkastRequire(import.meta.url);" },
  logLevel: 'warning',
});
