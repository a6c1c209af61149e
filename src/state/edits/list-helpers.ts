/** Moving and copying items inside immer drafts, shared by the list edits. */
import { current, isDraft } from 'immer';

/** Moves item `index` by `delta` places (−1 = up); out-of-range moves change nothing. */
export function moveWithin<T>(list: T[], index: number, delta: number): void {
  const to = index + delta;
  if (index < 0 || index >= list.length || to < 0 || to >= list.length || delta === 0) return;
  const [item] = list.splice(index, 1);
  list.splice(to, 0, item!);
}

/** A plain deep copy of a draft (or of a plain object), safe to insert a second time. */
export function copyOf<T>(item: T): T {
  return structuredClone(isDraft(item) ? current(item as object) as T : item);
}

/** Removes item `index` if it exists. */
export function removeAt<T>(list: T[], index: number): void {
  if (index >= 0 && index < list.length) list.splice(index, 1);
}
