/** Percentiles, histograms and rank correlation over samples. */

/** The p-th percentile (0–1) of sorted values, interpolating between order statistics (R's type 7). */
export function percentileOfSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(n - 1, lo + 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

export interface Histogram {
  /** bins + 1 edges, from the smallest to the largest value. */
  edges: number[];
  counts: number[];
}

export function histogram(sorted: ArrayLike<number>, bins: number): Histogram {
  const n = sorted.length;
  const lo = n ? sorted[0]! : 0;
  const hi = n ? sorted[n - 1]! : 0;
  const width = hi > lo ? (hi - lo) / bins : 1;
  const edges = Array.from({ length: bins + 1 }, (_, i) => lo + i * width);
  const counts = new Array<number>(bins).fill(0);
  for (let i = 0; i < n; i++) counts[Math.min(bins - 1, Math.floor((sorted[i]! - lo) / width))]!++;
  return { edges, counts };
}

/** Ranks 1 … n, ties sharing their average rank. */
export function ranks(values: ArrayLike<number>): Float64Array {
  const order = Uint32Array.from({ length: values.length }, (_, i) => i).sort((a, b) => values[a]! - values[b]!);
  const out = new Float64Array(values.length);
  for (let i = 0; i < order.length;) {
    let j = i;
    while (j + 1 < order.length && values[order[j + 1]!] === values[order[i]!]) j++;
    for (let k = i; k <= j; k++) out[order[k]!] = (i + j) / 2 + 1;
    i = j + 1;
  }
  return out;
}

/** Spearman's rank correlation; 0 when either side does not vary. */
export function rankCorrelation(x: ArrayLike<number>, y: ArrayLike<number>): number {
  return correlationOfRanks(ranks(x), ranks(y));
}

/** Pearson's correlation of two rank vectors (Spearman's, when they are ranks). */
export function correlationOfRanks(rx: Float64Array, ry: Float64Array): number {
  const n = rx.length;
  const mean = (n + 1) / 2;
  let sxy = 0, sxx = 0, syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = rx[i]! - mean, dy = ry[i]! - mean;
    sxy += dx * dy; sxx += dx * dx; syy += dy * dy;
  }
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : 0;
}
