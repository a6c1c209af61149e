/**
 * Variants of the open scenario (src/io/variants.ts): make one, rename, delete, and change what it
 * assumes. Each is a named edit of the scenario itself, so variants are undone, autosaved and saved
 * to file with it.
 */
import type { ItemNames } from './item-names';
import { current } from 'immer';
import { differences } from '../../engine';
import { MAX_VARIANTS } from '../../io/scenario-schema';
import { variantValue, withoutVariants } from '../../io/variants';
import { defineEdit, type ScenarioDraft } from './define-edit';

export { MAX_VARIANTS };

function variantIn(draft: ScenarioDraft, id: string) {
  return draft.variants?.find((v) => v.id === id);
}

/** A copy of the scenario as a new variant, with no changes yet: »Variant 1«, »Variant 2« … (at most three). */
export const addVariant = defineEdit('addVariant', (draft, names: ItemNames) => {
  const variants = (draft.variants ??= []);
  if (variants.length >= MAX_VARIANTS) return;
  let n = 1;
  while (variants.some((v) => v.id === `variant-${n}` || v.title === names.variant(n))) n++;
  variants.push({ id: `variant-${n}`, title: names.variant(n), changes: [] });
});

export const renameVariant = defineEdit('renameVariant', (draft, id: string, title: string) => {
  const variant = variantIn(draft, id);
  const name = title.trim();
  if (variant && name) variant.title = name;
});

/** Deletes a variant; the last one takes the `variants` field with it, so the file is as before. */
export const deleteVariant = defineEdit('deleteVariant', (draft, id: string) => {
  if (!draft.variants) return;
  const index = draft.variants.findIndex((v) => v.id === id);
  if (index >= 0) draft.variants.splice(index, 1);
  if (draft.variants.length === 0) delete draft.variants;
});

/**
 * Gives the variant its own value of a field (`path` as in the file, e.g. parameters.effekt_aar.value).
 * A value equal to the baseline's, or undefined (an emptied input), drops the change: the variant then
 * follows the baseline again.
 */
export const setVariantValue = defineEdit('setVariantValue', (draft, id: string, path: string, value: unknown) => {
  const variant = variantIn(draft, id);
  if (!variant) return;
  const baseline = withoutVariants(current(draft));
  const same = value === undefined || differences(variantValue(baseline, { changes: [] }, path), value).length === 0;
  const index = variant.changes.findIndex((c) => c.path === path);
  if (same) {
    if (index >= 0) variant.changes.splice(index, 1);
  } else if (index >= 0) {
    variant.changes[index]!.value = value;
  } else {
    variant.changes.push({ path, value });
  }
});
