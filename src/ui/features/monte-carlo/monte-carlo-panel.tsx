/** Placeholder until this analysis lands. */
export function MonteCarloPanel() {
  return null;
}
