/** Placeholder until the editor lands: every field of the scenario, editable. */
export function EditorPanel() {
  return null;
}
