/**
 * Vite: React, and in the built app a Content-Security-Policy that allows nothing but the app's own
 * origin — the page computes everything locally and must not talk to anyone else. (The dev server
 * is left without it: React's fast refresh injects an inline script.) The built app is also an
 * installable web app that works offline after its first load (vite-plugin-pwa): a service worker
 * precaches every file of the build and serves them from the cache; it caches nothing else.
 */
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { catalogueValues } from './src/io/catalogue-values.ts';

/** The app's version, printed on the report (src/ui/features/report). */
const VERSION = (JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string }).version;

const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  // recharts and React set style attributes.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/**
 * The headers a host should send with every file (docs/hosting.md); `vite preview` sends them.
 * frame-ancestors only works as a header (browsers ignore it in a <meta> policy).
 */
export const HOSTING_HEADERS: Record<string, string> = {
  'Content-Security-Policy': `${CSP}; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

function contentSecurityPolicy(): Plugin {
  return {
    name: 'afkast-csp',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP }, injectTo: 'head-prepend' }],
  };
}

/**
 * Offline and installable (docs/offline.md). The service worker is generated at build time with the
 * list of the build's files and their hashes; the dev server gets none (devOptions off), so it never
 * serves stale code. It registers from an external /registerSW.js (the CSP allows no inline script).
 */
function offlineApp(): Plugin[] {
  return VitePWA({
    registerType: 'autoUpdate',
    injectRegister: 'script',
    devOptions: { enabled: false },
    // public/ is in the build, so globPatterns below covers the icons and the schema already.
    includeManifestIcons: false,
    manifest: {
      id: '/',
      name: 'Afkast – sociale investeringscases',
      short_name: 'Afkast',
      description: 'Hvad en social indsats koster og giver tilbage til kommune, region og stat, år for år. Alt regnes i browseren.',
      lang: 'da',
      dir: 'ltr',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      background_color: '#ffffff',
      theme_color: '#1d3a5c',
      icons: [
        { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
        { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
    workbox: {
      // Every file of the build, lazy chunks included (charts, Monte Carlo worker, the examples and
      // catalogues bundled into them), so every view works offline, not just the first page.
      globPatterns: ['**/*.{js,css,html,svg,png,json,webmanifest,woff2,wasm}'],
      maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
      navigateFallback: 'index.html',
      cleanupOutdatedCaches: true,
      // A new worker takes over at once, and the first load's page is controlled without a reload.
      skipWaiting: true,
      clientsClaim: true,
      // No runtime caching: nothing outside the build is ever fetched, so nothing else is stored.
      runtimeCaching: [],
      // A small, dependency-free worker: no Google Analytics module, no source map.
      sourcemap: false,
      mode: 'production',
    },
  });
}

/**
 * mathjs's floor and ceil build a decimal.js constant at module level for their BigNumber variant,
 * which the number-only expressions (src/engine/expressions.ts) never use. Marked pure, the unused
 * constant and with it decimal.js (about 12 KiB gzip) drop out of the first load.
 */
function pureMathjsConstants(): Plugin {
  const file = /node_modules[\\/]mathjs[\\/]lib[\\/]esm[\\/]function[\\/]arithmetic[\\/](floor|ceil)\.js$/;
  return {
    name: 'afkast-pure-mathjs-constants',
    apply: 'build',
    transform: (code, id) => (file.test(id) ? code.replace('var bigTen = new Decimal(10);', 'var bigTen = /* #__PURE__ */ new Decimal(10);') : null),
  };
}

/**
 * The first load carries the shipped catalogues' values, not their metadata (src/io/catalogue-values.ts).
 * src/io/shipped-catalogue-values.ts imports the list of files (shipped-catalogues.ts) and strips each
 * at run time; here that import, and the JSON files it imports, are served already stripped, under
 * ids of their own (`?catalogue-values`), so the metadata is only in the lazy chunk of the full list
 * (catalogue-metadata-loader.ts). Stripping is the same function, and stripping twice changes nothing.
 */
function catalogueValuesOnly(): Plugin {
  const SUFFIX = '?catalogue-values';
  const valuesModule = /[\\/]src[\\/]io[\\/]shipped-catalogue-values\.ts$/;
  const list = /[\\/]src[\\/]io[\\/]shipped-catalogues\.ts$/;
  return {
    name: 'afkast-catalogue-values',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer) return null;
      const fromValues = valuesModule.test(importer) && source === './shipped-catalogues';
      const fromList = importer.endsWith(SUFFIX) && list.test(importer.slice(0, -SUFFIX.length)) && source.endsWith('.json');
      if (!fromValues && !fromList) return null;
      const resolved = await this.resolve(source, importer.replace(SUFFIX, ''), { ...options, skipSelf: true });
      return resolved ? `${resolved.id}${SUFFIX}` : null;
    },
    load(id) {
      if (!id.endsWith(SUFFIX)) return null;
      const file = id.slice(0, -SUFFIX.length);
      const text = readFileSync(file, 'utf8');
      return file.endsWith('.json')
        ? { code: `export default ${JSON.stringify(catalogueValues(JSON.parse(text)))};`, moduleType: 'js' }
        : { code: text, moduleType: 'ts' };
    },
  };
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), offlineApp(), pureMathjsConstants(), catalogueValuesOnly()],
  define: { __AFKAST_VERSION__: JSON.stringify(VERSION) },
  build: {
    target: 'es2022',
    sourcemap: false,
    // Libraries in their own chunks: they change less often than the app, so browsers keep them cached.
    rolldownOptions: {
      // decimal.js is only reached by the constant that pureMathjsConstants marks pure.
      treeshake: { moduleSideEffects: (id: string) => (/node_modules[\\/]decimal\.js[\\/]/.test(id) ? false : undefined) },
      output: {
        codeSplitting: {
          groups: [
            { name: 'mathjs', test: /node_modules[\\/](mathjs|decimal\.js|complex\.js|fraction\.js|typed-function|javascript-natural-sort|seedrandom|tiny-emitter|escape-latex|@babel)[\\/]/ },
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            // The workbook writer loads only when a workbook is exported: never in the first load.
            { name: 'exceljs', test: /node_modules[\\/](exceljs|jszip|pako|readable-stream|saxes|xmlchars|dayjs|fast-csv|archiver|unzipper|tmp|uuid)[\\/]/ },
            // (no catch-all vendor group: it would pull lazily used libraries into the first load)
          ],
        },
      },
    },
  },
  server: { port: 5173 },
  preview: { port: 4173, headers: HOSTING_HEADERS },
});
