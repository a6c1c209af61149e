/** Placeholder until the library feature lands: new, open, save, share, undo/redo, my scenarios, examples. */
export function LibraryToolbar() {
  return null;
}
