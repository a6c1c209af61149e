/** Target groups and their cohorts: add, duplicate, reorder, delete, and a yearly intake generator. */
import { defineEdit, uniqueName } from './define-edit';
import { copyLabel, copyOf, moveWithin, removeAt } from './list-helpers';
import { interventionIds } from './intervention-edits';

export const DEFAULT_COHORT_COUNT = 100;

export const addTargetGroup = defineEdit('Tilføj målgruppe', (draft, label: string = 'Ny målgruppe') => {
  const id = uniqueName('maalgruppe', draft.targetGroups.map((g) => g.id), '-');
  draft.targetGroups.push({ id, label, cohorts: [{ count: DEFAULT_COHORT_COUNT, startMonth: 0 }], interventions: [] });
});

/** Copies a group after itself; the copy and its interventions get ids of their own. */
export const duplicateTargetGroup = defineEdit('Kopiér målgruppe', (draft, g: number) => {
  const source = draft.targetGroups[g];
  if (!source) return;
  const copy = copyOf(source);
  copy.id = uniqueName(source.id, draft.targetGroups.map((x) => x.id), '-');
  copy.label = copyLabel(source.label);
  const taken = new Set(interventionIds(draft));
  for (const iv of copy.interventions) taken.add((iv.id = uniqueName(iv.id, taken, '-')));
  draft.targetGroups.splice(g + 1, 0, copy);
});

export const moveTargetGroup = defineEdit('Flyt målgruppe', (draft, g: number, delta: number) => {
  moveWithin(draft.targetGroups, g, delta);
});

export const deleteTargetGroup = defineEdit('Slet målgruppe', (draft, g: number) => {
  removeAt(draft.targetGroups, g);
});

/** A cohort a year after the last one, of the same size. */
export const addCohort = defineEdit('Tilføj kohorte', (draft, g: number) => {
  const cohorts = draft.targetGroups[g]?.cohorts;
  if (!cohorts) return;
  const last = cohorts[cohorts.length - 1];
  const start = typeof last?.startMonth === 'number' ? last.startMonth + 12 : 0;
  cohorts.push({ count: last?.count ?? DEFAULT_COHORT_COUNT, startMonth: start });
});

export const deleteCohort = defineEdit('Slet kohorte', (draft, g: number, c: number) => {
  const cohorts = draft.targetGroups[g]?.cohorts;
  if (cohorts) removeAt(cohorts, c);
});

export const moveCohort = defineEdit('Flyt kohorte', (draft, g: number, c: number, delta: number) => {
  const cohorts = draft.targetGroups[g]?.cohorts;
  if (cohorts) moveWithin(cohorts, c, delta);
});

/**
 * »Årligt optag«: replaces the group's cohorts with `perYear` participants a year for `years` years,
 * the first starting in month `firstMonth` and each next one 12 months later.
 */
export const setYearlyIntake = defineEdit('Årligt optag', (draft, g: number, perYear: number | string, years: number, firstMonth: number = 0) => {
  const group = draft.targetGroups[g];
  if (!group || !Number.isInteger(years) || years < 1) return;
  group.cohorts = Array.from({ length: years }, (_, k) => ({ label: `Optag år ${k + 1}`, count: perYear, startMonth: firstMonth + 12 * k }));
});
