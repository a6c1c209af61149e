/** Placeholder until the explanation panel lands: how the selected figure was computed. */
export function ExplainPanel() {
  return null;
}
