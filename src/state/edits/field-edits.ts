/** Edits of single fields and of the choices that change a field's shape (discounting, decay, value, refund, lock-in). */
import { defineEdit, type ScenarioDraft } from './define-edit';
import { setAt, type FieldPath } from './paths';

/** Sets one field; undefined removes an optional one. */
export const setField = defineEdit('setField', (draft, path: FieldPath, value: unknown) => {
  setAt(draft, path, value);
});

export type DiscountMode = 'preset' | 'bands';

/** Switches between a catalogue preset and a custom schedule (which starts from the preset's bands). */
export const setDiscountMode = defineEdit('setDiscountMode', (draft, mode: DiscountMode, presetBands: { fromYear: number; rate: number }[] = []) => {
  const current = draft.settings.discount;
  if (mode === 'bands' && 'preset' in current) {
    draft.settings.discount = { bands: presetBands.length ? presetBands.map((b) => ({ ...b })) : [{ fromYear: 1, rate: 0.035 }] };
  } else if (mode === 'preset' && 'bands' in current) {
    draft.settings.discount = { preset: 'none' };
  }
});

export const addDiscountBand = defineEdit('addDiscountBand', (draft) => {
  const d = draft.settings.discount;
  if (!('bands' in d)) return;
  const last = d.bands[d.bands.length - 1];
  d.bands.push({ fromYear: (last?.fromYear ?? 0) + 35, rate: last?.rate ?? 0.035 });
});

export const deleteDiscountBand = defineEdit('deleteDiscountBand', (draft, index: number) => {
  const d = draft.settings.discount;
  if ('bands' in d && d.bands.length > 1) d.bands.splice(index, 1);
});

type OutcomePath = [group: number, intervention: number, outcome: number];

function outcomeAt(draft: ScenarioDraft, [g, i, o]: OutcomePath) {
  return draft.targetGroups[g]?.interventions[i]?.outcomes[o];
}

export type DecayType = 'none' | 'exponential' | 'linear';

export const setDecayType = defineEdit('setDecayType', (draft, at: OutcomePath, type: DecayType) => {
  const outcome = outcomeAt(draft, at);
  if (!outcome || (outcome.decay?.type ?? 'none') === type) return;
  outcome.decay = type === 'exponential' ? { type, ratePerYear: 0.1 } : { type };
});

/** Direct values per ledger, or derived from two support states of the model. */
export const setValueType = defineEdit('setValueType', (draft, at: OutcomePath, type: 'direct' | 'derived', states: string[] = [], ledger: string = 'kommune') => {
  const outcome = outcomeAt(draft, at);
  if (!outcome || outcome.value.type === type) return;
  outcome.value = type === 'derived'
    ? { type, from: states[0] ?? '', to: states[1] ?? states[0] ?? '' }
    : { type, perPersonYear: [{ ledger, category: 'unspecified', amount: 0 }] };
});

export const setLockIn = defineEdit('setLockIn', (draft, at: OutcomePath, on: boolean) => {
  const outcome = outcomeAt(draft, at);
  if (!outcome || Boolean(outcome.lockIn) === on) return;
  if (on) outcome.lockIn = { share: -0.05, startMonth: 0, durationMonths: 6 };
  else delete outcome.lockIn;
});

export const setRefund = defineEdit('setRefund', (draft, [g, i, c]: [number, number, number], on: boolean, ledger: string = 'stat') => {
  const cost = draft.targetGroups[g]?.interventions[i]?.costs[c];
  if (!cost || Boolean(cost.refund) === on) return;
  if (on) cost.refund = { ledger, share: 0.5 };
  else delete cost.refund;
});
