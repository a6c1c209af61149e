/** Placeholder until this analysis lands. */
export function SensitivityPanel() {
  return null;
}
