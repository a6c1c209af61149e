/**
 * A named edit: a pure function (scenario, …args) → next scenario, made with immer's produce, with
 * a Danish label that the undo history shows. The UI applies it with
 * `applyEdit(edit.label, (s) => edit(s, …args))`; an edit that changes nothing returns the same object.
 */
import { produce, type Draft } from 'immer';
import type { ScenarioFile } from '../../io/scenario-schema';

export type ScenarioDraft = Draft<ScenarioFile>;

export interface Edit<A extends unknown[]> {
  (scenario: ScenarioFile, ...args: A): ScenarioFile;
  /** Danish, for the undo button's title and for screen readers. */
  readonly label: string;
}

export function defineEdit<A extends unknown[]>(label: string, recipe: (draft: ScenarioDraft, ...args: A) => void): Edit<A> {
  const edit = (scenario: ScenarioFile, ...args: A): ScenarioFile => produce(scenario, (draft) => { recipe(draft, ...args); });
  return Object.assign(edit, { label });
}

/** A name not in `taken`: `base`, else `base_2`, `base_3` … (ids use '-' as separator). */
export function uniqueName(base: string, taken: ReadonlySet<string> | readonly string[], separator = '_'): string {
  const set = taken instanceof Set ? taken : new Set(taken as readonly string[]);
  if (!set.has(base)) return base;
  const stem = base.replace(new RegExp(`${separator === '-' ? '-' : '_'}\\d+$`), '');
  for (let n = 2; ; n++) {
    const candidate = `${stem}${separator}${n}`;
    if (!set.has(candidate)) return candidate;
  }
}
