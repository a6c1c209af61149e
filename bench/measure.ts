/** Timing one function: warm-up, then many timed runs; median, 95th percentile and throughput. */

export interface Measurement {
  label: string;
  runs: number;
  medianMs: number;
  p95Ms: number;
  minMs: number;
  /** Runs per second at the mean time per run. */
  runsPerSecond: number;
}

export function measure(label: string, fn: () => unknown, { warmup, runs }: { warmup: number; runs: number }): Measurement {
  let sink: unknown;
  for (let i = 0; i < warmup; i++) sink = fn();
  const samples = new Float64Array(runs);
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    sink = fn();
    samples[i] = performance.now() - t0;
  }
  // Keep the result alive so the work cannot be optimised away.
  if (sink === Symbol.for('never')) process.stdout.write('');
  return summarise(label, samples);
}

/** Linear interpolation between the closest ranks of a sorted sample. */
function quantile(sorted: number[], q: number): number {
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

export function renderResults(results: Measurement[]): string {
  const header = ['Case', 'runs', 'median ms', 'p95 ms', 'min ms', 'runs/s'];
  const rows = results.map((r) => [
    r.label, String(r.runs), r.medianMs.toFixed(3), r.p95Ms.toFixed(3), r.minMs.toFixed(3), r.runsPerSecond.toFixed(1),
  ]);
  const grid = [header, ...rows];
  const widths = header.map((_, c) => Math.max(...grid.map((row) => row[c]!.length)));
  const line = (row: string[]) => row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
  return `${[line(header), '-'.repeat(line(header).length), ...rows.map(line)].join('\n')}\n`;
}

/**
 * Two functions timed alternately (a, b, a, b …), so both see the same machine load; the ratio of
 * their medians (and of their minima) is comparable across machines even when the machine is busy.
 */
export function measurePair(
  a: { label: string; fn: () => unknown }, b: { label: string; fn: () => unknown }, { warmup, runs }: { warmup: number; runs: number },
): { a: Measurement; b: Measurement; medianRatio: number; minRatio: number } {
  let sink: unknown;
  for (let i = 0; i < warmup; i++) { sink = a.fn(); sink = b.fn(); }
  const sa = new Float64Array(runs);
  const sb = new Float64Array(runs);
  for (let i = 0; i < runs; i++) {
    let t0 = performance.now();
    sink = a.fn();
    sa[i] = performance.now() - t0;
    t0 = performance.now();
    sink = b.fn();
    sb[i] = performance.now() - t0;
  }
  if (sink === Symbol.for('never')) process.stdout.write('');
  const ma = summarise(a.label, sa);
  const mb = summarise(b.label, sb);
  return { a: ma, b: mb, medianRatio: ma.medianMs / mb.medianMs, minRatio: ma.minMs / mb.minMs };
}

function summarise(label: string, samples: Float64Array): Measurement {
  const runs = samples.length;
  const sorted = [...samples].sort((x, y) => x - y);
  const mean = sorted.reduce((s, v) => s + v, 0) / runs;
  return {
    label, runs,
    medianMs: quantile(sorted, 0.5),
    p95Ms: quantile(sorted, 0.95),
    minMs: sorted[0]!,
    runsPerSecond: mean > 0 ? 1000 / mean : Infinity,
  };
}
