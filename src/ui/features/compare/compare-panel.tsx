/** Placeholder until this analysis lands. */
export function ComparePanel() {
  return null;
}
