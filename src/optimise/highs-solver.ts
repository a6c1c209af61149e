/**
 * The MIP solver behind the portfolio choice: HiGHS (University of Edinburgh) compiled to
 * WebAssembly by the `highs` package. Loading is asynchronous (the .wasm is compiled once); each
 * solve is synchronous, so in the app it runs in a Web Worker. `locateFile` points the browser at the
 * bundled .wasm asset; Node finds it beside the package.
 */
import loadHighs from 'highs';
import type { MipSolver } from '../engine';

export async function loadMipSolver(locateFile?: (file: string) => string): Promise<MipSolver> {
  const highs = await loadHighs(locateFile ? { locateFile } : {});
  return (lp) => {
    // mip_rel_gap 0: prove optimality, not stop within HiGHS's default 0.01 % of it. parallel off:
    // this build has no threads, and asking for them costs more than the small programmes take.
    const result = highs.solve(lp, { output_flag: false, mip_rel_gap: 0, parallel: 'off' });
    const status = result.Status === 'Optimal' ? 'optimal' : result.Status === 'Infeasible' ? 'infeasible' : 'other';
    const values: Record<string, number> = {};
    for (const [name, column] of Object.entries(result.Columns)) values[name] = (column as { Primal: number }).Primal;
    return { status, values };
  };
}
