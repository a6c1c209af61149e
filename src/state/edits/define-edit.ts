/**
 * A named edit: a pure function (scenario, …args) → next scenario, made with immer's produce, with
 * a message key that the undo history shows in the user's language (the UI's texts name every key).
 * The UI applies it with `applyEdit(edit.key, (s) => edit(s, …args))`; an edit that changes nothing
 * returns the same object.
 */
import { produce, type Draft } from 'immer';
import type { ScenarioFile } from '../../io/scenario-schema';

export type ScenarioDraft = Draft<ScenarioFile>;

/** Every kind of undoable change: the edits below, and the document-level changes the UI applies. */
export const EDIT_KEYS = [
  'setField',
  'setDiscountMode',
  'addDiscountBand',
  'deleteDiscountBand',
  'setDecayType',
  'setValueType',
  'setLockIn',
  'setRefund',
  'addIntervention',
  'duplicateIntervention',
  'moveIntervention',
  'deleteIntervention',
  'addTargetGroup',
  'duplicateTargetGroup',
  'moveTargetGroup',
  'deleteTargetGroup',
  'addCohort',
  'deleteCohort',
  'moveCohort',
  'setYearlyIntake',
  'addCostItem',
  'duplicateCostItem',
  'moveCostItem',
  'deleteCostItem',
  'addOutcome',
  'duplicateOutcome',
  'moveOutcome',
  'deleteOutcome',
  'addValueLine',
  'deleteValueLine',
  'applyTemplate',
  'addVariant',
  'renameVariant',
  'deleteVariant',
  'setVariantValue',
  'addParameter',
  'renameParameter',
  'deleteParameter',
  'makeParameter',
  'importFollowUp',
  'freezeDecisionBasis',
  'useBreakEvenValue',
  'renameDocument',
  'addRealised',
  'deleteRealised',
  'addLever',
  'removeLever',
  'setLeverRange',
  'saveLeversAsVariant',
  'addDefaultUncertainty',
] as const;

export type EditKey = typeof EDIT_KEYS[number];

export interface Edit<A extends unknown[]> {
  (scenario: ScenarioFile, ...args: A): ScenarioFile;
  /** Message key for the undo button's title and for screen readers. */
  readonly key: EditKey;
}

export function defineEdit<A extends unknown[]>(key: EditKey, recipe: (draft: ScenarioDraft, ...args: A) => void): Edit<A> {
  const edit = (scenario: ScenarioFile, ...args: A): ScenarioFile => produce(scenario, (draft) => { recipe(draft, ...args); });
  return Object.assign(edit, { key });
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
