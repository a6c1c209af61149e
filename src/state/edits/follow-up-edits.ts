/**
 * Realised figures (docs/follow-up-and-guardrails.md), entered in the editor: add and delete a row
 * of participants per cohort, costs paid per cost item and year, or an observed outcome share.
 * Each row's fields are edited with setField like any other field (validated by the file format,
 * one undo step each). An emptied list is removed, and so is an emptied followUp, so a file that
 * never had realised figures stays as it was. The decision basis is never touched.
 */
import { defineEdit } from './define-edit';
import { removeAt } from './list-helpers';

export type RealisedKind = 'participants' | 'costs' | 'outcomes';

export const addRealised = defineEdit('addRealised', (draft, kind: RealisedKind, path: string) => {
  const followUp = (draft.followUp ??= {});
  if (kind === 'participants') (followUp.participants ??= []).push({ path, count: 0 });
  else if (kind === 'costs') (followUp.costs ??= []).push({ path, year: 1, amount: 0 });
  else (followUp.outcomes ??= []).push({ path, monthsAfterStart: 12, share: 0 });
});

export const deleteRealised = defineEdit('deleteRealised', (draft, kind: RealisedKind, index: number) => {
  const list = draft.followUp?.[kind];
  if (!draft.followUp || !list) return;
  removeAt(list as unknown[], index);
  if (list.length === 0) delete draft.followUp[kind];
  if (Object.keys(draft.followUp).length === 0) delete draft.followUp;
});
