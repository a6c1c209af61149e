/**
 * Vite: React, and in the built app a Content-Security-Policy that allows nothing but the app's own
 * origin — the page computes everything locally and must not talk to anyone else. (The dev server
 * is left without it: React's fast refresh injects an inline script.)
 */
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

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

export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
  build: {
    target: 'es2022',
    sourcemap: false,
    // Libraries in their own chunks: they change less often than the app, so browsers keep them cached.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'mathjs', test: /node_modules[\\/](mathjs|decimal\.js|complex\.js|fraction\.js|typed-function|javascript-natural-sort|seedrandom|tiny-emitter|escape-latex|@babel)[\\/]/ },
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: 'vendor', test: /node_modules[\\/]/ },
          ],
        },
      },
    },
  },
  server: { port: 5173 },
  preview: { port: 4173, headers: HOSTING_HEADERS },
});
