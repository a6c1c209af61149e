/**
 * What the table and the CSV show, independent of how they are printed: one row per ledger (or
 * department) plus Netto, the yearly figures chosen by --total/--annual/--discounted, and the key
 * figures. Per-participant rows are the engine's totals divided by all participants (perParticipant).
 */
import { NO_DEPARTMENT, perParticipant, type Model, type Projection, type Series } from '../engine';
import { discountLabel, timingConvention } from '../format/conventions';
import { optimismStatement } from '../format/optimism';
import { publicFinanceStatement } from '../format/public-finance';
import { welfareStatement } from '../format/welfare';
import { rulesYearStatement } from '../format/rules-year';
import type { CliOptions } from './args';
import type { Texts } from './texts';

export interface TableRow {
  /** Ledger id, `ledger/department`, or 'total'. */
  id: string;
  label: string;
  /** One figure per year, as chosen by the options. */
  values: number[];
  paybackYears: number | null;
  npv: number;
  bcr: number | null;
}

export interface TableView {
  heading: string;
  yearLabels: string[];
  rows: TableRow[];
  net: TableRow;
  perspectiveLabel: string;
  discountLabel: string;
  convention: string;
  /** The optimism correction in words. */
  optimism: string;
  /** The public-finance setting in words (docs/hvem-faar-gevinsten.md). */
  publicFinance: string;
  /** The welfare view's factors, or that it is not assessed; null outside the welfare view. */
  welfare: string | null;
  /** The rules year in words (docs/semantics.md, "Dated rules"). */
  rulesYear: string;
  participants: number;
}

type ViewOptions = Pick<CliOptions, 'total' | 'annual' | 'discounted' | 'departments'> & Partial<Pick<CliOptions, 'lang'>>;

export function buildTableView(projection: Projection, model: Model, options: ViewOptions, texts: Texts): TableView {
  const row = (id: string, label: string, series: Series): TableRow => {
    const shown = options.total ? series : perParticipant(series, projection.participants);
    const values = options.annual
      ? (options.discounted ? shown.discounted : shown.annual)
      : (options.discounted ? shown.cumulativeDiscounted : shown.cumulative);
    return { id, label, values, paybackYears: series.paybackYears, npv: shown.npv, bcr: series.bcr };
  };
  const ledgerLabel = (id: string) => model.ledgers.find((l) => l.id === id)?.label ?? id;
  const rows = options.departments
    ? Object.entries(projection.departments)
      .filter(([, series]) => series.annual.some((v) => v !== 0))
      .map(([key, series]) => row(key, departmentLabel(key, model, texts), series))
    : Object.entries(projection.ledgers).map(([id, series]) => row(id, ledgerLabel(id), series));
  const perspective = model.perspectives.find((p) => p.id === projection.perspective);
  return {
    heading: texts.heading(options),
    yearLabels: yearLabels(projection, texts),
    rows,
    net: row('total', texts.net, projection.total),
    perspectiveLabel: perspective ? `${perspective.label} (${perspective.id})` : projection.perspective,
    discountLabel: discountLabel(projection.discount, options.lang ?? 'da'),
    convention: timingConvention(projection.discount.timing, options.lang ?? 'da'),
    optimism: optimismStatement(projection.optimism, options.lang ?? 'da'),
    publicFinance: publicFinanceStatement(projection.publicFinance, options.lang ?? 'da'),
    welfare: projection.welfare ? welfareStatement(projection.welfare, options.lang ?? 'da') : null,
    rulesYear: rulesYearStatement(projection.rules, options.lang ?? 'da'),
    participants: projection.participants,
  };
}

/** "År 1" …, or the calendar year when the scenario gives year 1 one. */
export function yearLabels(projection: Projection, texts: Texts): string[] {
  return projection.years.map((y) => (y.calendarYear === null ? texts.year(y.year) : String(y.calendarYear)));
}

/** "Kommune – Beskæftigelse"; flows booked to the ledger as a whole read "Kommune – uden forvaltning". */
export function departmentLabel(key: string, model: Model, texts: Texts): string {
  const [ledgerId, deptId] = key.split('/') as [string, string];
  const ledger = model.ledgers.find((l) => l.id === ledgerId);
  const dept = deptId === NO_DEPARTMENT ? texts.noDepartment : ledger?.departments?.find((d) => d.id === deptId)?.label ?? deptId;
  return `${ledger?.label ?? ledgerId} – ${dept}`;
}
