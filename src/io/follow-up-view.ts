/**
 * The follow-up of a case as one plain model that the app, the CLI and the printed report all
 * render (docs/follow-up-and-guardrails.md): the decision basis, per ledger the forecast beside the
 * re-projection (key figures and the cumulative net per year), and per realised figure the forecast
 * of the same thing with the range the case stated, grouped per outcome for the chart.
 */
import { followUpTarget, type Deviation, type LedgerComparison, type Model, type Projection, type Scenario, type YearLabel } from '../engine';

/** Whether the frozen decision basis still matches its hash (follow-up.ts checks it). */
export interface DecisionBasisCheck {
  date: string;
  sha256: string;
  intact: boolean;
}

/** What the view is built from: the follow-up report's facts (follow-up.ts). */
export interface ReportFacts {
  forecast: Projection;
  reprojected: Projection;
  deviations: Deviation[];
  ledgers: LedgerComparison[];
  basis: DecisionBasisCheck | null;
}

export interface FollowUpLedgerView {
  /** A ledger id or 'total'. */
  id: string;
  label: string;
  forecastNpv: number;
  reprojectedNpv: number;
  forecastPayback: number | null;
  reprojectedPayback: number | null;
  /** Cumulative net at the end of each year. */
  forecastCumulative: number[];
  reprojectedCumulative: number[];
}

export interface FollowUpDeviationView extends Deviation {
  /** What the figure is, in the scenario's own words (cohort, cost item or outcome label). */
  label: string;
  date?: string;
  source?: string;
  note?: string;
}

export interface FollowUpOutcomeView {
  path: string;
  label: string;
  /** The observations in order of months after start, each with the forecast at that point. */
  points: FollowUpDeviationView[];
}

export interface FollowUpView {
  basis: DecisionBasisCheck | null;
  years: YearLabel[];
  /** Ledgers with anything booked, then 'total'. */
  ledgers: FollowUpLedgerView[];
  deviations: FollowUpDeviationView[];
  outcomes: FollowUpOutcomeView[];
  /** How many realised figures lie outside the stated range. */
  outside: number;
}

function labelOf(scenario: Scenario, path: string): string {
  const target = followUpTarget(scenario, path);
  if (!target) return path;
  const group = scenario.targetGroups[target.g]!;
  if (target.kind === 'cohort') return `${group.label}: ${target.cohort.label ?? `hold ${group.cohorts.indexOf(target.cohort) + 1}`}`;
  const iv = group.interventions[target.i]!;
  return `${iv.label}: ${target.kind === 'cost' ? target.cost.label : target.outcome.label}`;
}

/** `forecast` is the scenario the forecast was computed from (the decision basis's, if frozen). */
export function followUpView(scenario: Scenario, forecast: Scenario, model: Model, report: ReportFacts): FollowUpView {
  const realised = scenario.followUp ?? {};
  const records = [...(realised.participants ?? []), ...(realised.costs ?? []), ...(realised.outcomes ?? [])];
  // compareWithForecast keeps the records' order: participants, costs, outcomes.
  const deviations = report.deviations.map((d, n): FollowUpDeviationView => {
    const r = records[n];
    return {
      ...d, label: labelOf(forecast, d.path),
      ...(r?.date ? { date: r.date } : {}), ...(r?.source ? { source: r.source } : {}), ...(r?.note ? { note: r.note } : {}),
    };
  });
  const ledgers = report.ledgers
    .filter((l) => l.ledger === 'total' || l.forecastNpv !== 0 || l.reprojectedNpv !== 0)
    .map((l): FollowUpLedgerView => {
      const f = l.ledger === 'total' ? report.forecast.total : report.forecast.ledgers[l.ledger];
      const r = l.ledger === 'total' ? report.reprojected.total : report.reprojected.ledgers[l.ledger];
      return {
        id: l.ledger, label: l.ledger === 'total' ? 'total' : model.ledgers.find((m) => m.id === l.ledger)?.label ?? l.ledger,
        forecastNpv: l.forecastNpv, reprojectedNpv: l.reprojectedNpv, forecastPayback: l.forecastPayback, reprojectedPayback: l.reprojectedPayback,
        forecastCumulative: f?.cumulative ?? [], reprojectedCumulative: r?.cumulative ?? [],
      };
    });
  const byOutcome = new Map<string, FollowUpOutcomeView>();
  for (const d of deviations) {
    if (d.kind !== 'outcome') continue;
    const entry = byOutcome.get(d.path) ?? { path: d.path, label: d.label, points: [] };
    entry.points.push(d);
    byOutcome.set(d.path, entry);
  }
  for (const o of byOutcome.values()) o.points.sort((a, b) => (a.at ?? 0) - (b.at ?? 0));
  return {
    basis: report.basis, years: report.forecast.years, ledgers, deviations,
    outcomes: [...byOutcome.values()], outside: deviations.filter((d) => d.outside).length,
  };
}
