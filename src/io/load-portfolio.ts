/**
 * Reading a portfolio file (docs/portfolio.md): JSON → shape guard → schema → each case's scenario
 * as a scenario file → each option projected in the budget perspective → its draws and repayments.
 * Every problem comes back as a field path (a case's own paths prefixed with `cases[i].scenario.`).
 */
import { checkJsonShape } from './json-guard';
import { parseJsonText, parseScenarioJson, type LoadedScenario } from './load-scenario';
import { PortfolioFileSchema, PORTFOLIO_KIND, PORTFOLIO_SCHEMA_VERSION, type PortfolioFile } from './portfolio-schema';
import { issuesToErrors } from './validation-errors';
import { variantAsFile, withoutVariants } from './variants';
import {
  bankableTest, caseFlows, discountFactors, runScenario,
  type EngineError, type Model, type Pool, type PortfolioCase, type Projection, type Result, type Scenario,
} from '../engine';
import type { ScenarioFile } from './scenario-schema';

export const BASELINE = 'baseline';

export interface LoadedOption {
  id: string;
  label: string;
  scenario: ScenarioFile;
  /** Calendar year of the option's year 1 (a variant may move it). */
  firstYear: number;
  projection: Projection;
}

export interface LoadedCase {
  id: string;
  label: string;
  model: Model;
  options: LoadedOption[];
  selected: string | null;
}

export interface LoadedPortfolio {
  file: PortfolioFile;
  pool: Pool;
  /** Years followed from pool.firstYear: to the last year any case reaches. */
  years: number;
  cases: LoadedCase[];
  /** The cases as the choice sees them: each option's flows on the pool. */
  choiceCases: PortfolioCase[];
}

const prefixed = (prefix: string, errors: EngineError[]) => errors.map((e) => ({ ...e, path: `${prefix}.${e.path}` }));

/** The case's scenario computed as the pool sees it: the budget perspective, the pool's calendar. */
export function asPoolScenario(scenario: ScenarioFile, pool: Pool): ScenarioFile {
  return { ...scenario, settings: { ...scenario.settings, perspective: 'budget', firstYear: scenario.settings.firstYear ?? pool.firstYear } };
}

function loadCase(entry: PortfolioFile['cases'][number], c: number, pool: Pool): Result<LoadedCase, EngineError> {
  const path = `cases[${c}]`;
  const parsed = parseScenarioJson(entry.scenario);
  if (!parsed.ok) return { ok: false, errors: prefixed(`${path}.scenario`, parsed.errors) };
  const { scenario, model }: LoadedScenario = parsed.value;
  const variants = scenario.variants ?? [];
  const wanted = entry.options ?? [BASELINE, ...variants.map((v) => v.id)];
  const options: LoadedOption[] = [];
  const errors: EngineError[] = [];
  wanted.forEach((id, o) => {
    let file: ScenarioFile;
    if (id === BASELINE) file = withoutVariants(scenario);
    else {
      const variant = variants.find((v) => v.id === id);
      if (!variant) return void errors.push({ path: `${path}.options[${o}]`, message: `the scenario has no variant '${id}' (it has: ${[BASELINE, ...variants.map((v) => v.id)].join(', ')})` });
      const applied = variantAsFile(scenario, variant);
      if (!applied.ok) return void errors.push(...prefixed(`${path}.scenario.variants[${variants.indexOf(variant)}]`, applied.errors));
      file = applied.value;
    }
    const firstYear = file.settings.firstYear ?? pool.firstYear;
    if (firstYear < pool.firstYear) {
      return void errors.push({ path: `${path}.options[${o}]`, message: `'${id}' starts in ${firstYear}, before the pool opens in ${pool.firstYear}` });
    }
    const run = runScenario(asPoolScenario(file, pool), model);
    if (!run.ok) return void errors.push(...prefixed(`${path}.scenario`, run.errors));
    const label = id === BASELINE ? scenario.title : variants.find((v) => v.id === id)!.title;
    options.push({ id, label, scenario: file, firstYear, projection: run.value });
  });
  if (entry.selected !== null && !wanted.includes(entry.selected)) {
    errors.push({ path: `${path}.selected`, message: `'${entry.selected}' is not one of the case's options (${wanted.join(', ')})` });
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, value: { id: entry.id, label: entry.label ?? scenario.title, model, options, selected: entry.selected } };
}

/** The cases' flows on the pool, per option, over the years followed. */
export function choiceCasesOf(cases: LoadedCase[], pool: Pool, years: number): PortfolioCase[] {
  return cases.map((k) => ({
    id: k.id, label: k.label,
    options: k.options.map((o) => ({
      id: o.id, label: o.label,
      flows: caseFlows(o.projection, o.firstYear, pool, years, bankableTest(o.scenario as Scenario, k.model), poolDiscountFactors(o.scenario, k.model, years)),
    })),
  }));
}

/** The scenario's discount rates and timing, applied from the pool's first year over its years. */
export function poolDiscountFactors(scenario: ScenarioFile, model: Model, years: number): number[] {
  const setting = scenario.settings.discount;
  const bands = 'preset' in setting ? model.discountPresets.find((p) => p.id === setting.preset)?.bands : setting.bands;
  // The projection already refused an unknown preset; this fallback is never reached for a loaded case.
  return discountFactors(bands ?? [{ fromYear: 1, rate: 0 }], years, scenario.settings.discountTiming);
}

export function parsePortfolioJson(json: unknown): Result<LoadedPortfolio, EngineError> {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return { ok: false, errors: [{ path: '(file)', message: 'expected a JSON object' }] };
  const shape = checkJsonShape(json);
  if (shape.length > 0) return { ok: false, errors: shape };
  const record = json as Record<string, unknown>;
  if (record.kind !== PORTFOLIO_KIND) return { ok: false, errors: [{ path: 'kind', message: `expected '${PORTFOLIO_KIND}' (a portfolio file), got ${JSON.stringify(record.kind) ?? 'nothing'}` }] };
  if (record.schemaVersion !== PORTFOLIO_SCHEMA_VERSION) {
    return { ok: false, errors: [{ path: 'schemaVersion', message: `this version of Afkast reads portfolio format ${PORTFOLIO_SCHEMA_VERSION}, got ${JSON.stringify(record.schemaVersion) ?? 'nothing'}` }] };
  }
  const parsed = PortfolioFileSchema.safeParse(json, { reportInput: true });
  if (!parsed.success) return { ok: false, errors: issuesToErrors(parsed.error.issues) };
  const file = parsed.data;
  const pool: Pool = file.pool;
  const ids = new Set<string>();
  const cases: LoadedCase[] = [];
  const errors: EngineError[] = [];
  file.cases.forEach((entry, c) => {
    if (ids.has(entry.id)) errors.push({ path: `cases[${c}].id`, message: `the id '${entry.id}' is used by another case` });
    ids.add(entry.id);
    const loaded = loadCase(entry, c, pool);
    if (loaded.ok) cases.push(loaded.value);
    else errors.push(...loaded.errors);
  });
  if (errors.length > 0) return { ok: false, errors };
  const lastYear = Math.max(pool.firstYear + pool.periodYears - 1, ...cases.flatMap((k) => k.options.map((o) => o.firstYear + o.projection.horizonYears - 1)));
  const years = lastYear - pool.firstYear + 1;
  return { ok: true, value: { file, pool, years, cases, choiceCases: choiceCasesOf(cases, pool, years) } };
}

export function parsePortfolioText(text: string): Result<LoadedPortfolio, EngineError> {
  const json = parseJsonText(text);
  return json.ok ? parsePortfolioJson(json.value) : json;
}
