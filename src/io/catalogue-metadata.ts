/**
 * The catalogue metadata rules (docs/architecture.md, "Catalogue metadata"), after PolicyEngine's
 * parameter files: every sourced figure or rule names where in its source it stands (url or
 * locator) and from when it is in force (validFrom, validTo ≥ validFrom), and every constant's value
 * lies in the range its unit implies or the narrower/other `range` it states. Example figures (no
 * published source) need no locator and no validity. The schema checks shapes; this checks content,
 * and returns one problem per entry and field ("constants.x: validFrom").
 */
import type { CatalogueFile } from './catalogue-schema';

interface Sourced {
  source?: { url?: string | undefined; locator?: string | undefined } | undefined;
  validFrom?: string | undefined;
  validTo?: string | undefined;
  example?: boolean | undefined;
}

/** The range a unit implies: a share lies in 0..1; money, counts and durations are ≥ 0. */
export function unitRange(unit: string): { min?: number; max?: number } {
  if (unit === 'share') return { min: 0, max: 1 };
  return { min: 0 };
}

function sourced(at: string, entry: Sourced, needsValidity = true): string[] {
  if (entry.example) return [];
  const problems: string[] = [];
  if (!entry.source?.url?.trim() && !entry.source?.locator?.trim()) problems.push(`${at}: source.url or source.locator`);
  if (needsValidity && !entry.validFrom) problems.push(`${at}: validFrom`);
  if (entry.validFrom && entry.validTo && entry.validTo < entry.validFrom) problems.push(`${at}: validTo before validFrom`);
  return problems;
}

export function catalogueMetadataProblems(catalogue: CatalogueFile): string[] {
  const problems: string[] = [];
  for (const [id, c] of Object.entries(catalogue.constants ?? {})) {
    const at = `constants.${id}`;
    problems.push(...sourced(at, c));
    const { min, max } = { ...unitRange(c.unit), ...c.range };
    if (min !== undefined && c.value < min) problems.push(`${at}: value ${c.value} below ${min}`);
    if (max !== undefined && c.value > max) problems.push(`${at}: value ${c.value} above ${max}`);
  }
  for (const [id, r] of Object.entries(catalogue.refusionRules ?? {})) problems.push(...sourced(`refusionRules.${id}`, r));
  // A preset without a source (none) is a convention, not a published rate.
  for (const p of catalogue.discountPresets ?? []) if (p.source) problems.push(...sourced(`discountPresets.${p.id}`, p));
  for (const g of catalogue.confidenceGrades ?? []) problems.push(...sourced(`confidenceGrades.${g.grade}`, { ...g, example: false }));
  if (catalogue.publicFinance) {
    problems.push(...sourced('publicFinance.equalisation', catalogue.publicFinance.equalisation));
    problems.push(...sourced('publicFinance.budgetGuarantee', catalogue.publicFinance.budgetGuarantee));
  }
  for (const [id, i] of Object.entries(catalogue.priceIndices ?? {})) problems.push(...sourced(`priceIndices.${id}`, i, false));
  for (const [id, g] of Object.entries(catalogue.targetGroups ?? {})) problems.push(...sourced(`targetGroups.${id}`, g, false));
  for (const [id, t] of Object.entries(catalogue.interventionTemplates ?? {})) {
    const at = `interventionTemplates.${id}`;
    problems.push(...sourced(at, t));
    for (const [name, p] of Object.entries(t.parameters ?? {})) {
      if (typeof p.value !== 'number') continue;
      if (p.min !== undefined && p.value < p.min) problems.push(`${at}.parameters.${name}: value ${p.value} below ${p.min}`);
      if (p.max !== undefined && p.value > p.max) problems.push(`${at}.parameters.${name}: value ${p.value} above ${p.max}`);
    }
  }
  return problems;
}
