/**
 * Variant edits on the store: make, change, rename and delete variants as named, undoable edits of
 * the scenario, and the comparison selectors that read them. Figures worked by hand from the IPS case
 * (docs/reference-case-ips.md §4): cost 82.500 kr. per participant; value of one extra person-year in job
 * 100.619,91 + 8.897,83 + 55.068,00 = 164.585,74 kr.; effect 0,58 − 0,235 = 0,345 for 5 years.
 */
import { ITEM_NAMES } from '../../src/ui/i18n/edit-names';
import { describe, expect, it } from 'vitest';
import { createAppStore, IPS_EXAMPLE, type AppStore } from '../../src/state';
import { addVariant, deleteVariant, MAX_VARIANTS, renameVariant, setVariantValue } from '../../src/state/edits/variant-edits';
import { BASELINE_ID, discountValue, selectComparison, selectCompareFigures, selectVariantForm } from '../../src/state/selectors/compare';
import { fakePlatform } from './fake-platform';

const SHARE = 'parameters.andel_job_med_ips.value';

function store(): AppStore {
  return createAppStore(IPS_EXAMPLE, { platform: fakePlatform() });
}

function apply<A extends unknown[]>(s: AppStore, edit: { key: string } & ((x: never, ...a: A) => unknown), ...args: A): void {
  s.getState().applyEdit(edit.key, (scenario) => (edit as unknown as (x: typeof scenario, ...a: A) => typeof scenario)(scenario, ...args));
}

describe('variant edits', () => {
  it('makes »Variant 1« with no changes, named for undo, and stops at three', () => {
    const s = store();
    apply(s, addVariant, ITEM_NAMES.da);
    expect(s.getState().scenario?.variants).toEqual([{ id: 'variant-1', title: 'Variant 1', changes: [] }]);
    expect(s.getState().lastEdit).toEqual({ key: 'addVariant' });
    for (let i = 0; i < 5; i++) apply(s, addVariant, ITEM_NAMES.da);
    expect(s.getState().scenario?.variants?.map((v) => v.title)).toEqual(['Variant 1', 'Variant 2', 'Variant 3']);
    expect(MAX_VARIANTS).toBe(3);
  });

  it('changes a parameter of the variant only, and undo takes the change back', () => {
    const s = store();
    apply(s, addVariant, ITEM_NAMES.da);
    apply(s, setVariantValue, 'variant-1', SHARE, 0.4);
    const scenario = s.getState().scenario!;
    expect(scenario.parameters.andel_job_med_ips!.value).toBe(0.58);
    expect(scenario.variants![0]!.changes).toEqual([{ path: SHARE, value: 0.4 }]);
    expect(s.getState().lastEdit).toEqual({ key: 'setVariantValue' });
    s.temporal.getState().undo();
    expect(s.getState().scenario?.variants![0]!.changes).toEqual([]);
    s.temporal.getState().undo();
    expect(s.getState().scenario).not.toHaveProperty('variants');
  });

  it('drops the change when the value is set back to the baseline\'s or emptied', () => {
    const s = store();
    apply(s, addVariant, ITEM_NAMES.da);
    apply(s, setVariantValue, 'variant-1', SHARE, 0.4);
    apply(s, setVariantValue, 'variant-1', SHARE, 0.58);
    expect(s.getState().scenario?.variants![0]!.changes).toEqual([]);
    apply(s, setVariantValue, 'variant-1', SHARE, 0.5);
    apply(s, setVariantValue, 'variant-1', SHARE, undefined);
    expect(s.getState().scenario?.variants![0]!.changes).toEqual([]);
  });

  it('renames and deletes a variant; the last one deleted removes the field', () => {
    const s = store();
    apply(s, addVariant, ITEM_NAMES.da);
    apply(s, addVariant, ITEM_NAMES.da);
    apply(s, renameVariant, 'variant-2', '  Kort effekt ');
    expect(s.getState().scenario?.variants?.map((v) => v.title)).toEqual(['Variant 1', 'Kort effekt']);
    apply(s, deleteVariant, 'variant-1');
    expect(s.getState().scenario?.variants?.map((v) => v.id)).toEqual(['variant-2']);
    // A new variant takes the first free number again.
    apply(s, addVariant, ITEM_NAMES.da);
    expect(s.getState().scenario?.variants?.map((v) => v.title)).toEqual(['Kort effekt', 'Variant 1']);
    apply(s, deleteVariant, 'variant-2');
    apply(s, deleteVariant, 'variant-1');
    expect(s.getState().scenario).not.toHaveProperty('variants');
    s.temporal.getState().undo();
    expect(s.getState().scenario?.variants?.map((v) => v.id)).toEqual(['variant-1']);
  });
});

describe('the comparison selectors', () => {
  it('compute the variant beside the baseline and list the differing field', () => {
    const s = store();
    apply(s, addVariant, ITEM_NAMES.da);
    apply(s, setVariantValue, 'variant-1', SHARE, 0.4);
    const comparison = selectComparison(s.getState())!;
    expect(comparison.columns.map((c) => c.id)).toEqual([BASELINE_ID, 'variant-1']);
    expect(comparison.columns[1]!.differences).toEqual([{ path: SHARE, base: 0.58, variant: 0.4 }]);
    const total = selectCompareFigures(s.getState()).find((r) => r.ledger === 'total')!;
    // Baseline: 5 × 0,345 × 164.585,74 − 82.500 = 283.910,40 − 82.500 ≈ 201.410 (Tabel 6.4: 201.410).
    expect(total.series[0]!.npv).toBeCloseTo(201_410.35, 0);
    // Variant: 5 × (0,40 − 0,235) × 164.585,74 − 82.500 = 5 × 27.156,65 − 82.500 = 53.283,24.
    expect(total.series[1]!.npv).toBeCloseTo(53_283.24, 1);
    expect(selectComparison(s.getState())).toBe(comparison);
  });

  it('gives a variant whose change no longer fits the baseline its error, and still shows the others', () => {
    const s = store();
    apply(s, addVariant, ITEM_NAMES.da);
    apply(s, addVariant, ITEM_NAMES.da);
    apply(s, setVariantValue, 'variant-1', 'parameters.gone.value', 1);
    apply(s, setVariantValue, 'variant-2', 'parameters.effekt_aar.value', '1 +');
    apply(s, addVariant, ITEM_NAMES.da);
    apply(s, setVariantValue, 'variant-3', 'parameters.effekt_aar.value', 3);
    const columns = selectComparison(s.getState())!.columns;
    expect(columns[1]!.errors).toEqual([{ path: 'parameters.gone.value', message: 'the scenario has no field parameters.gone' }]);
    expect(columns[2]!.errors.length).toBeGreaterThan(0);
    expect(columns[2]!.projection).toBeNull();
    expect(columns[3]!.projection).not.toBeNull();
  });

  it('shows each parameter with the baseline\'s and the variant\'s value, and sets the discount preset by its path', () => {
    const s = store();
    apply(s, addVariant, ITEM_NAMES.da);
    apply(s, setVariantValue, 'variant-1', 'parameters.effekt_aar.value', 3);
    const form = selectVariantForm(s.getState(), 'variant-1')!;
    const effect = form.parameters.find((p) => p.name === 'effekt_aar')!;
    expect(effect).toMatchObject({ base: 5, value: 3, changed: true, share: false });
    expect(form.parameters.find((p) => p.name === 'andel_job_med_ips')).toMatchObject({ base: 0.58, value: 0.58, changed: false, share: true });
    expect(form.discountPreset).toMatchObject({ path: 'settings.discount.preset', base: 'none' });
    expect(discountValue(form.discountPreset, 'fm-2021')).toBe('fm-2021');
  });
});
