/** Target groups and their cohorts: add, duplicate, reorder, delete, and a yearly intake generator. */
import type { ItemNames } from './item-names';
import { defineEdit, uniqueName } from './define-edit';
import { copyOf, moveWithin, removeAt } from './list-helpers';
import { interventionIds } from './intervention-edits';

export const DEFAULT_COHORT_COUNT = 100;

export const addTargetGroup = defineEdit('addTargetGroup', (draft, names: ItemNames) => {
  const label = names.targetGroup;
  const id = uniqueName('maalgruppe', draft.targetGroups.map((g) => g.id), '-');
  draft.targetGroups.push({ id, label, cohorts: [{ count: DEFAULT_COHORT_COUNT, startMonth: 0 }], interventions: [] });
});

/** Copies a group after itself; the copy and its interventions get ids of their own. */
export const duplicateTargetGroup = defineEdit('duplicateTargetGroup', (draft, names: ItemNames, g: number) => {
  const source = draft.targetGroups[g];
  if (!source) return;
  const copy = copyOf(source);
  copy.id = uniqueName(source.id, draft.targetGroups.map((x) => x.id), '-');
  copy.label = names.copy(source.label);
  const taken = new Set(interventionIds(draft));
  for (const iv of copy.interventions) taken.add((iv.id = uniqueName(iv.id, taken, '-')));
  draft.targetGroups.splice(g + 1, 0, copy);
});

export const moveTargetGroup = defineEdit('moveTargetGroup', (draft, g: number, delta: number) => {
  moveWithin(draft.targetGroups, g, delta);
});

export const deleteTargetGroup = defineEdit('deleteTargetGroup', (draft, g: number) => {
  removeAt(draft.targetGroups, g);
});

/** A cohort a year after the last one, of the same size. */
export const addCohort = defineEdit('addCohort', (draft, g: number) => {
  const cohorts = draft.targetGroups[g]?.cohorts;
  if (!cohorts) return;
  const last = cohorts[cohorts.length - 1];
  const start = typeof last?.startMonth === 'number' ? last.startMonth + 12 : 0;
  cohorts.push({ count: last?.count ?? DEFAULT_COHORT_COUNT, startMonth: start });
});

export const deleteCohort = defineEdit('deleteCohort', (draft, g: number, c: number) => {
  const cohorts = draft.targetGroups[g]?.cohorts;
  if (cohorts) removeAt(cohorts, c);
});

export const moveCohort = defineEdit('moveCohort', (draft, g: number, c: number, delta: number) => {
  const cohorts = draft.targetGroups[g]?.cohorts;
  if (cohorts) moveWithin(cohorts, c, delta);
});

/**
 * »Årligt optag«: replaces the group's cohorts with `perYear` participants a year for `years` years,
 * the first starting in month `firstMonth` and each next one 12 months later.
 */
export const setYearlyIntake = defineEdit('setYearlyIntake', (draft, names: ItemNames, g: number, perYear: number | string, years: number, firstMonth: number = 0) => {
  const group = draft.targetGroups[g];
  if (!group || !Number.isInteger(years) || years < 1) return;
  group.cohorts = Array.from({ length: years }, (_, k) => ({ label: names.intakeYear(k + 1), count: perYear, startMonth: firstMonth + 12 * k }));
});
