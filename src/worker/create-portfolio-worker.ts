/** The browser's portfolio worker (a module worker; Vite bundles it and its HiGHS .wasm asset). */
export function createPortfolioWorker(): Worker {
  return new Worker(new URL('./portfolio.worker.ts', import.meta.url), { type: 'module' });
}
