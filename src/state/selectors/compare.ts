/**
 * Derivations for the comparison of the baseline with its variants (src/io/variants.ts): each
 * column's scenario, projection and differing fields (engine: compareScenarios), the key figures per
 * ledger, the overlaid cumulative curves, and what the variant form shows. Memoised on the scenario
 * object (and the view options read), like view.ts, so components get stable objects.
 */
import { weakMapMemoize } from 'reselect';
import { compareScenarios, type Difference, type EngineError, type Model, type Projection, type Series } from '../../engine';
import type { ScenarioFile } from '../../io/scenario-schema';
import { applyVariant, variantValue, withoutVariants, type ScenarioVariant } from '../../io/variants';
import type { AppState } from '../app-store';
import { pickValues } from './results';
import { scaleSeries, selectModelResult, TOTAL_ID } from './view';
import type { Scale, Valuation } from '../slices/view-slice';

export const BASELINE_ID = 'baseline';

export interface CompareColumn {
  /** BASELINE_ID or the variant's id. */
  id: string;
  /** The variant's title; the baseline's is the scenario's. */
  title: string;
  projection: Projection | null;
  /** Why the column has no projection: the variant's changes, its model, or the engine. */
  errors: EngineError[];
  /** The fields in which the variant differs from the baseline (none for the baseline). */
  differences: Difference[];
}

export interface Comparison {
  columns: CompareColumn[];
  /** The baseline model's ledgers that any column books to, then the total. */
  ledgers: { id: string; label: string }[];
}

interface Entry { column: CompareColumn; scenario: ScenarioFile | null; model: Model | null }

/** The baseline and each variant side by side; null if nothing is open. */
export function selectComparison(state: Pick<AppState, 'scenario'>): Comparison | null {
  const { scenario } = state;
  if (!scenario) return null;
  return comparisonOf(scenario);
}

function entryFor(id: string, title: string, applied: ReturnType<typeof applyVariant>): Entry {
  const column: CompareColumn = { id, title, projection: null, errors: [], differences: [] };
  if (!applied.ok) return { column: { ...column, errors: applied.errors }, scenario: null, model: null };
  const model = selectModelResult({ scenario: applied.value });
  if (!model?.ok) return { column: { ...column, errors: model?.errors ?? [] }, scenario: null, model: null };
  return { column, scenario: applied.value, model: model.value };
}

const comparisonOf = weakMapMemoize(buildComparison);

function buildComparison(scenario: ScenarioFile): Comparison {
  const baseline = withoutVariants(scenario);
  const entries = [
    entryFor(BASELINE_ID, scenario.title, { ok: true, value: baseline }),
    ...(scenario.variants ?? []).map((v) => entryFor(v.id, v.title, applyVariant(scenario, v))),
  ];
  // compareScenarios stops at the first scenario the engine refuses and names it (scenarios[i]…):
  // that column gets the errors, and the rest are compared without it.
  let runnable = entries.filter((e) => e.scenario && e.model);
  while (runnable[0]?.column.id === BASELINE_ID) {
    const result = compareScenarios(runnable.map((e) => ({ scenario: e.scenario!, model: e.model! })));
    if (result.ok) {
      runnable.forEach((e, i) => {
        e.column.projection = result.value.projections[i] ?? null;
        e.column.differences = i === 0 ? [] : result.value.differences[i - 1] ?? [];
      });
      break;
    }
    const match = /^scenarios\[(\d+)\]\.?(.*)$/.exec(result.errors[0]?.path ?? '');
    const failed = Number(match?.[1] ?? 0);
    runnable[failed]!.column.errors = result.errors.map((e) => ({ ...e, path: e.path.replace(/^scenarios\[\d+\]\.?/, '') || '(scenario)' }));
    runnable = runnable.filter((_, i) => i !== failed);
  }
  const model = entries[0]!.model;
  const booked = new Set(entries.flatMap((e) => Object.keys(e.column.projection?.ledgers ?? {})));
  const known = (model?.ledgers ?? []).filter((l) => booked.has(l.id)).map((l) => ({ id: l.id, label: l.label }));
  const extra = [...booked].filter((id) => !known.some((l) => l.id === id)).map((id) => ({ id, label: id }));
  return { columns: entries.map((e) => e.column), ledgers: [...known, ...extra, { id: TOTAL_ID, label: TOTAL_ID }] };
}

function seriesOf(projection: Projection | null, ledger: string, scale: AppState['view']['scale']): Series | null {
  const series = projection ? (ledger === TOTAL_ID ? projection.total : projection.ledgers[ledger]) : undefined;
  if (!series || !projection) return null;
  return scaleSeries(series, projection, scale);
}

export interface CompareFigureRow {
  ledger: string;
  label: string;
  /** One per column, in column order; null where the column has no projection or no such ledger. */
  series: (Series | null)[];
}

/** Each ledger's series per column, in the view's scale (per participant or in total): the key figures' source. */
export function selectCompareFigures(state: Pick<AppState, 'scenario' | 'view'>): CompareFigureRow[] {
  const comparison = selectComparison(state);
  if (!comparison) return [];
  return figuresOf(comparison, state.view.scale);
}

const figuresOf = weakMapMemoize((comparison: Comparison, scale: Scale): CompareFigureRow[] =>
  comparison.ledgers.map((l) => ({ ...l, ledger: l.id, series: comparison.columns.map((c) => seriesOf(c.projection, l.id, scale)) })));

export interface CompareCurves {
  /** x = years from the start (0 … the longest horizon); one value per column id, absent beyond a column's horizon. */
  points: Record<string, number>[];
  lines: { id: string; title: string }[];
}

/** The cumulative net of one ledger (or the total) per column, in the view's scale and valuation. */
export function selectCompareCurves(state: Pick<AppState, 'scenario' | 'view'>, ledger: string): CompareCurves | null {
  const comparison = selectComparison(state);
  if (!comparison) return null;
  return curvesOf(comparison, ledger, state.view.scale, state.view.valuation);
}

const curvesOf = weakMapMemoize((comparison: Comparison, ledger: string, scale: Scale, valuation: Valuation): CompareCurves => {
  const shown = comparison.columns.map((c) => ({ c, s: seriesOf(c.projection, ledger, scale) })).filter((x) => x.s);
  const values = shown.map(({ s }) => pickValues(s!, 'cumulative', valuation));
  const horizon = Math.max(0, ...values.map((v) => v.length));
  const points = Array.from({ length: horizon + 1 }, (_, x) => {
    const point: Record<string, number> = { x };
    shown.forEach(({ c }, i) => {
      if (x === 0) point[c.id] = 0;
      else if (x <= values[i]!.length) point[c.id] = values[i]![x - 1]!;
    });
    return point;
  });
  return { points, lines: shown.map(({ c }) => ({ id: c.id, title: c.title })) };
});

export interface VariantField {
  /** The field's path in the file, e.g. parameters.effekt_aar.value. */
  path: string;
  base: unknown;
  value: unknown;
  changed: boolean;
}

export interface VariantForm {
  variant: ScenarioVariant;
  parameters: (VariantField & { name: string; label: string; share: boolean })[];
  discountPreset: VariantField;
  perspective: VariantField;
}

/** What the variant's form shows: each parameter, the discount preset and the perspective, baseline beside variant. */
export function selectVariantForm(state: Pick<AppState, 'scenario'>, id: string): VariantForm | null {
  const { scenario } = state;
  const variant = scenario?.variants?.find((v) => v.id === id);
  if (!scenario || !variant) return null;
  return formOf(scenario, variant);
}

const formOf = weakMapMemoize((scenario: ScenarioFile, variant: ScenarioVariant): VariantForm => {
  const field = (path: string): VariantField => {
    const base = variantValue(scenario, { changes: [] }, path);
    return { path, base, value: variantValue(scenario, variant, path), changed: variant.changes.some((c) => c.path === path) };
  };
  // A custom schedule of rate bands is replaced as a whole when the variant picks a preset.
  const discountPath = 'preset' in scenario.settings.discount ? 'settings.discount.preset' : 'settings.discount';
  return {
    variant,
    parameters: Object.entries(scenario.parameters).map(([name, p]) => ({
      ...field(`parameters.${name}.value`), name, label: p.label ?? '', share: p.unit === 'share',
    })),
    discountPreset: field(discountPath),
    perspective: field('settings.perspective'),
  };
});

/** The preset a discount field names: the field is either `settings.discount.preset` or the whole `settings.discount`. */
export function presetOf(value: unknown): string | null {
  if (typeof value === 'string') return value;
  const preset = typeof value === 'object' && value !== null ? (value as { preset?: unknown }).preset : undefined;
  return typeof preset === 'string' ? preset : null;
}

/** The value that makes the variant use `preset`, for the discount field's path. */
export function discountValue(field: VariantField, preset: string): unknown {
  return field.path.endsWith('.preset') ? preset : { preset };
}
