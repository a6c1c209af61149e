/**
 * --montecarlo, --tornado and --compare: the uncertainty analyses over the same engine, as a short
 * table or, with --json, every figure. Monte Carlo uses the parameters' uncertainty from the file;
 * the seed makes a run repeatable.
 */
import { compareScenarios, PERCENTILES, runScenario, tornado, type EngineError, type Model, type MonteCarloSummary, type Result, type Scenario } from '../engine';
import { optimismStatement } from '../format/optimism';
import { formatNumber, formatShare, formatYears } from '../format/numbers';
import type { CliOptions, UncertaintyRequest } from './args';
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE, type Loaded, type Output } from './command-io';
import { monteCarloOnThreads } from './monte-carlo-threads';
import { toJsonText } from './render-json';

/** Reads another scenario file (for --compare), or returns its errors. */
export type ReadScenario = (file: string) => { ok: true; value: Loaded } | { ok: false; errors: { path: string; message: string }[] };

/** A number, or a promise of one for --montecarlo (the draws run on worker threads). */
export function uncertaintyCommand(loaded: Loaded, request: UncertaintyRequest, options: CliOptions, io: Output, read: ReadScenario): number | Promise<number> {
  const { scenario, model } = loaded;
  const json = options.format === 'json';
  const n = (v: number) => formatNumber(v, options.lang);
  // Both analyses run the scenario, so they include the optimism correction when it is on: say so.
  const base = request.compare ? null : runScenario(scenario, model);
  const optimism = base?.ok ? base.value.optimism : null;
  const optimismLine = optimism ? `${options.lang === 'da' ? 'Optimismekorrektion' : 'Optimism correction'}: ${optimismStatement(optimism, options.lang)}` : '';
  if (request.montecarlo) {
    const mc = request.montecarlo;
    return monteCarloOnThreads(scenario, model, mc).then((result: Result<MonteCarloSummary, EngineError>) => {
      if (!result.ok) return (io.errors(result.errors), EXIT_INVALID);
      const s = result.value;
      if (json) return (io.out(toJsonText({ seed: mc.seed, percentiles: PERCENTILES, ...s, optimism })), EXIT_OK);
      const rows = Object.entries(s.keys).map(([key, k]) => [
        key, n(k.npv.percentiles[0]!), n(k.npv.percentiles[2]!), n(k.npv.percentiles[4]!),
        formatShare(k.npv.probabilityPositive, options.lang), formatShare(k.payback.probabilityWithinHorizon, options.lang),
      ]);
      io.out([
        `Monte Carlo: ${s.draws} draws (${s.failed} failed), seed ${mc.seed}; uncertain: ${s.parameters.join(', ') || 'none'}`,
        table([['', 'NPV P5', 'NPV P50', 'NPV P95', 'P(NPV > 0)', 'P(payback)'], ...rows]),
        `Drivers of the total NPV (rank correlation): ${s.keys.total!.drivers.map((d) => `${d.parameter} ${d.correlation.toFixed(2)}`).join(', ') || '–'}`,
        optimismLine,
        '',
      ].join('\n'));
      return EXIT_OK;
    });
  }
  if (request.tornado) {
    const target = request.tornado.target;
    if (target !== 'total' && !model.ledgers.some((l) => l.id === target)) return (io.usage(`--target: unknown ledger '${target}'`), EXIT_USAGE);
    const result = tornado(scenario, model, target);
    if (!result.ok) return (io.errors(result.errors), EXIT_INVALID);
    if (json) return (io.out(toJsonText({ ...result.value, optimism })), EXIT_OK);
    const cell = (v: number | null) => (v === null ? '–' : n(v));
    // Parameter values: whole kroner for large amounts, four decimals for shares and years.
    const value = (v: number) => formatNumber(v, options.lang, Math.abs(v) >= 100 ? 0 : 4);
    io.out([
      `Tornado: NPV (${target}) = ${n(result.value.baseNpv)}`,
      table([['', 'low', 'high', 'NPV low', 'NPV high', 'switching value'], ...result.value.bars.map((b) => [
        b.parameter, value(b.low), value(b.high), cell(b.npvLow), cell(b.npvHigh), b.switchingValue === null ? '–' : value(b.switchingValue),
      ])]),
      optimismLine,
      '',
    ].join('\n'));
    return EXIT_OK;
  }
  const others: Loaded[] = [];
  for (const file of request.compare ?? []) {
    const other = read(file);
    if (!other.ok) return (io.errors(other.errors.map((e) => ({ ...e, path: `${file}: ${e.path}` }))), EXIT_INVALID);
    others.push(other.value);
  }
  const all: { scenario: Scenario; model: Model }[] = [loaded, ...others];
  const result = compareScenarios(all);
  if (!result.ok) return (io.errors(result.errors), EXIT_INVALID);
  const figures: { title: string; npv: Record<string, number>; paybackYears: Record<string, number | null> }[] = result.value.projections.map((p, i) => ({
    title: all[i]!.scenario.title,
    npv: { total: p.total.npv, ...Object.fromEntries(Object.entries(p.ledgers).map(([id, s]) => [id, s.npv])) },
    paybackYears: { total: p.total.paybackYears, ...Object.fromEntries(Object.entries(p.ledgers).map(([id, s]) => [id, s.paybackYears])) },
  }));
  if (json) return (io.out(toJsonText({ scenarios: figures, differences: result.value.differences })), EXIT_OK);
  const keys = Object.keys(figures[0]!.npv);
  io.out([
    table([['', ...figures.map((f) => f.title)], ...keys.flatMap((k) => [
      [`NPV ${k}`, ...figures.map((f) => n(f.npv[k]!))],
      [`payback ${k}`, ...figures.map((f) => formatYears(f.paybackYears[k] ?? null, options.lang))],
    ])]),
    ...result.value.differences.flatMap((diffs, i) => [
      '', `${figures[i + 1]!.title} differs in ${diffs.length} assumption(s):`,
      ...diffs.map((d) => `  ${d.path}: ${JSON.stringify(d.base)} → ${JSON.stringify(d.variant)}`),
    ]),
    '',
  ].join('\n'));
  return EXIT_OK;
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ')).join('\n');
}
