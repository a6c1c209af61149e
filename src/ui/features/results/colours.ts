/** Okabe–Ito colours (distinguishable with colour-blindness): one per ledger, the total dark; spares for other ids. */
const LEDGER_COLOURS: Record<string, string> = { kommune: '#0072B2', region: '#D55E00', stat: '#009E73', total: '#1d2733' };
const SPARE = ['#CC79A7', '#E69F00', '#56B4E9', '#7f7f7f'];


export function ledgerColour(id: string, index: number): string {
  return LEDGER_COLOURS[id] ?? SPARE[index % SPARE.length]!;
}

/** Category colours in catalogue order (Okabe–Ito first, then muted tones). */
const CATEGORY_COLOURS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#7f7f7f', '#1d3a5c', '#a3341f'];

export function categoryColour(index: number): string {
  return CATEGORY_COLOURS[index % CATEGORY_COLOURS.length]!;
}
