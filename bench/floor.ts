/**
 * The arithmetic floor of a projection (issue 13): one multiply-add per line-month over the same
 * number of lines and months as the large synthetic scenario, accumulated into per-ledger yearly
 * sums in a Float64Array loop. The projection cannot do less work than this (every line has a
 * value in every month it could touch), so (projection median) / (floor median), measured in the
 * same process, is a figure that holds across machines.
 */
export interface FloorShape {
  lines: number;
  months: number;
  ledgers: number;
}

export interface Floor {
  run(): number;
}

export function createFloor({ lines, months, ledgers }: FloorShape): Floor {
  const years = Math.ceil(months / 12);
  // Per-line factors and a per-month profile, filled with non-trivial values the JIT cannot fold.
  const factor = new Float64Array(lines).map((_, l) => 1 + (l % 17) / 31);
  const ledgerOf = new Int32Array(lines).map((_, l) => l % ledgers);
  const monthly = new Float64Array(months).map((_, m) => Math.cos(m / 7));
  const sums = new Float64Array(ledgers * years);
  return {
    run() {
      sums.fill(0);
      for (let l = 0; l < lines; l++) {
        const f = factor[l]!;
        const base = ledgerOf[l]! * years;
        for (let m = 0; m < months; m++) sums[base + ((m / 12) | 0)]! += f * monthly[m]!;
      }
      return sums[0]! + sums[sums.length - 1]!;
    },
  };
}
