/**
 * `--json`: the full results as raw, unrounded numbers, independent of --total/--annual/
 * --discounted/--departments (those only choose what the table shows). Shape:
 *
 * {
 *   "title": string,
 *   "perspective": { "id": string, "label": string },
 *   "discount": { "label": string, "timing": "start"|"mid"|"end", "convention": string, "factors": number[] },
 *   "publicFinance": { "setting": "public-sector"|"single-kommune"|"all-kommuner", "equalisationRate": number|null, "statement": string },
 *   "welfare": { "netTaxFactor", "distortionFactor", "sourceYear": number|null, "assessed": boolean, "statement": string },
 *                                      // only in the catalogue's welfare perspective; assessed false = no wage valued
 *   "rules": { "year": number|null, "basis": "rulesYear"|"firstYear"|"none", "statement": string,
 *              "periods": { "<constant id>": { "index", "count", "validFrom", "validTo", "covers" }, … } },
 *   "participants": number,            // everyone who starts within the horizon
 *   "years": [{ "year": 1, "calendarYear": number|null, "label": "År 1" }, …],
 *   "ledgers": { "<ledger id>": Figures, … },
 *   "departments": { "<ledger>/<department>": Figures & { "ledger": string, "department": string|null }, … },
 *   "total": Figures,
 *   "warnings": string[]
 * }
 *
 * Figures = the engine's Series in kr., totals over all participants (index 0 = year 1):
 *   { "label", "annual", "cumulative", "discounted", "cumulativeDiscounted", "npv",
 *     "paybackYears": number|null, "pvGains", "pvCosts", "totalGains", "totalCosts",
 *     "bcr": number|null, "roi": number|null, "byCategory": { "<category>": number[] },
 *     "perParticipant": the same money figures divided by participants (payback, BCR and ROI do not
 *       change with scale, so they appear only once) }
 *
 * Positive = gain to the ledger, negative = cost. null = not paid back within the horizon (payback)
 * or no costs (BCR, ROI).
 */
import { NO_DEPARTMENT, perParticipant, type Model, type Projection, type Series } from '../engine';
import { discountLabel } from '../format/conventions';
import type { Locale } from '../format/numbers';
import { departmentLabel, yearLabels } from './table-view';
import { publicFinanceStatement } from '../format/public-finance';
import { welfareStatement } from '../format/welfare';
import { rulesYearStatement } from '../format/rules-year';
import type { Texts } from './texts';

type PerParticipantFigures = Omit<Series, 'paybackYears' | 'bcr' | 'roi'>;
export type Figures = Series & { label: string; perParticipant: PerParticipantFigures };

export interface JsonResults {
  title: string;
  perspective: { id: string; label: string };
  discount: { label: string; timing: string; convention: string; factors: number[] };
  optimism: Projection['optimism'];
  publicFinance: Projection['publicFinance'] & { statement: string };
  welfare?: NonNullable<Projection['welfare']> & { statement: string };
  rules: Projection['rules'] & { statement: string };
  participants: number;
  years: { year: number; calendarYear: number | null; label: string }[];
  ledgers: Record<string, Figures>;
  departments: Record<string, Figures & { ledger: string; department: string | null }>;
  total: Figures;
  warnings: string[];
}

export function buildJsonResults(
  projection: Projection, model: Model, title: string, warnings: string[], texts: Texts, lang: Locale = 'da',
): JsonResults {
  const figures = (label: string, series: Series): Figures => {
    const { paybackYears: _p, bcr: _b, roi: _r, ...scaled } = perParticipant(series, projection.participants);
    return { label, ...series, perParticipant: scaled };
  };
  const ledgers: Record<string, Figures> = {};
  for (const [id, series] of Object.entries(projection.ledgers)) {
    ledgers[id] = figures(model.ledgers.find((l) => l.id === id)?.label ?? id, series);
  }
  const departments: JsonResults['departments'] = {};
  for (const [key, series] of Object.entries(projection.departments)) {
    const [ledger, department] = key.split('/') as [string, string];
    departments[key] = { ledger, department: department === NO_DEPARTMENT ? null : department, ...figures(departmentLabel(key, model, texts), series) };
  }
  const labels = yearLabels(projection, texts);
  const perspective = model.perspectives.find((p) => p.id === projection.perspective);
  return {
    title,
    perspective: { id: projection.perspective, label: perspective?.label ?? projection.perspective },
    discount: {
      label: discountLabel(projection.discount, lang), timing: projection.discount.timing,
      convention: projection.discount.convention, factors: projection.discount.factors,
    },
    optimism: projection.optimism,
    publicFinance: { ...projection.publicFinance, statement: publicFinanceStatement(projection.publicFinance, lang) },
    ...(projection.welfare ? { welfare: { ...projection.welfare, statement: welfareStatement(projection.welfare, lang) } } : {}),
    rules: { ...projection.rules, statement: rulesYearStatement(projection.rules, lang) },
    participants: projection.participants,
    years: projection.years.map((y, i) => ({ ...y, label: labels[i]! })),
    ledgers,
    departments,
    total: figures(texts.net, projection.total),
    warnings,
  };
}

/** Non-finite numbers cannot appear in JSON; they become null rather than a broken file. */
export function toJsonText(value: unknown): string {
  return `${JSON.stringify(value, (_key, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? null : v), 2)}\n`;
}
