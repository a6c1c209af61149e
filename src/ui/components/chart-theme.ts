/**
 * The charts' colours, in one place. Okabe–Ito colours (distinguishable with colour-blindness) for
 * series, and three neutral tones for ink (reference lines, labels), axes and the grid.
 */
export const OKABE_ITO = {
  blue: '#0072B2', vermillion: '#D55E00', green: '#009E73', purple: '#CC79A7',
  orange: '#E69F00', sky: '#56B4E9', yellow: '#F0E442', grey: '#7f7f7f',
} as const;

export const CHART = {
  /** Zero lines, reference lines and value labels. */
  ink: '#1d2733',
  /** Axis lines and ticks. */
  axis: '#5b6570',
  /** Grid lines. */
  grid: '#e4e7eb',
} as const;

/** Two-sided series (tornado low/high, histogram below/above zero). */
export const SIDES = { low: '#b5472f', high: '#2f6fb5', negative: OKABE_ITO.vermillion, positive: OKABE_ITO.blue } as const;

/** One per ledger, the total dark; spares for other ids. */
const LEDGER_COLOURS: Record<string, string> = { kommune: OKABE_ITO.blue, region: OKABE_ITO.vermillion, stat: OKABE_ITO.green, total: CHART.ink };
const SPARE = [OKABE_ITO.purple, OKABE_ITO.orange, OKABE_ITO.sky, OKABE_ITO.grey];

export function ledgerColour(id: string, index: number): string {
  return LEDGER_COLOURS[id] ?? SPARE[index % SPARE.length]!;
}

/** Series of compared scenarios: the baseline dark, then the variants. */
export const COMPARE_COLOURS = [CHART.ink, OKABE_ITO.blue, OKABE_ITO.vermillion, OKABE_ITO.green];

/** Category colours in catalogue order (Okabe–Ito first, then muted tones). */
const CATEGORY_COLOURS = [
  OKABE_ITO.blue, OKABE_ITO.orange, OKABE_ITO.green, OKABE_ITO.purple, OKABE_ITO.sky,
  OKABE_ITO.vermillion, OKABE_ITO.yellow, OKABE_ITO.grey, '#1d3a5c', '#a3341f',
];

export function categoryColour(index: number): string {
  return CATEGORY_COLOURS[index % CATEGORY_COLOURS.length]!;
}
