/**
 * --montecarlo, --tornado and --compare: the uncertainty analyses over the same engine, as a short
 * table or, with --json, every figure. Monte Carlo uses the parameters' uncertainty from the file;
 * the seed makes a run repeatable.
 */
import { compareScenarios, PERCENTILES, runScenario, tornado, type EngineError, type Model, type MonteCarloSummary, type Result, type Scenario } from '../engine';
import { optimismStatement } from '../format/optimism';
import { formatNumber, formatShare, formatYears } from '../format/numbers';
import { fieldPathText } from '../format/problem-text';
import type { CliOptions, UncertaintyRequest } from './args';
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE, type Loaded, type Output } from './command-io';
import { monteCarloOnThreads } from './monte-carlo-threads';
import { toJsonText } from './render-json';
import { uncertaintyTexts } from './uncertainty-texts';

/** Reads another scenario file (for --compare), or returns its errors. */
export type ReadScenario = (file: string) => { ok: true; value: Loaded } | { ok: false; errors: { path: string; message: string }[] };

/** A number, or a promise of one for --montecarlo (the draws run on worker threads). */
export function uncertaintyCommand(loaded: Loaded, request: UncertaintyRequest, options: CliOptions, io: Output, read: ReadScenario): number | Promise<number> {
  const { scenario, model } = loaded;
  const json = options.format === 'json';
  const n = (v: number) => formatNumber(v, options.lang);
  const t = uncertaintyTexts(options.lang);
  // Both analyses run the scenario, so they include the optimism correction when it is on: say so.
  const base = request.compare ? null : runScenario(scenario, model);
  const optimism = base?.ok ? base.value.optimism : null;
  const optimismLine = optimism ? `${t.optimism}: ${optimismStatement(optimism, options.lang)}` : '';
  if (request.montecarlo) {
    const mc = request.montecarlo;
    return monteCarloOnThreads(scenario, model, mc).then((result: Result<MonteCarloSummary, EngineError>) => {
      if (!result.ok) return (io.errors(result.errors), EXIT_INVALID);
      const s = result.value;
      if (json) return (io.out(toJsonText({ seed: mc.seed, percentiles: PERCENTILES, ...s, optimism })), EXIT_OK);
      const rows = Object.entries(s.keys).map(([key, k]) => [
        t.ledger(key), n(k.npv.percentiles[0]!), n(k.npv.percentiles[2]!), n(k.npv.percentiles[4]!),
        formatShare(k.npv.probabilityPositive, options.lang), formatShare(k.payback.probabilityWithinHorizon, options.lang),
      ]);
      io.out([
        t.monteCarlo({ draws: s.draws, failed: s.failed, seed: String(mc.seed), uncertain: s.parameters }),
        table([t.monteCarloHead, ...rows]),
        t.drivers(s.keys.total!.drivers),
        optimismLine,
        '',
      ].join('\n'));
      return EXIT_OK;
    });
  }
  if (request.tornado) {
    const target = request.tornado.target;
    if (target !== 'total' && !model.ledgers.some((l) => l.id === target)) return (io.usage(t.unknownTarget(target)), EXIT_USAGE);
    const result = tornado(scenario, model, target);
    if (!result.ok) return (io.errors(result.errors), EXIT_INVALID);
    if (json) return (io.out(toJsonText({ ...result.value, optimism })), EXIT_OK);
    const cell = (v: number | null) => (v === null ? '–' : n(v));
    // Parameter values: whole kroner for large amounts, four decimals for shares and years.
    const value = (v: number) => formatNumber(v, options.lang, Math.abs(v) >= 100 ? 0 : 4);
    io.out([
      t.tornado(t.ledger(target), n(result.value.baseNpv)),
      table([t.tornadoHead, ...result.value.bars.map((b) => [
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
      [t.compareNpv(t.ledger(k)), ...figures.map((f) => (f.npv[k] === undefined ? '–' : n(f.npv[k])))],
      [t.comparePayback(t.ledger(k)), ...figures.map((f) => formatYears(f.paybackYears[k] ?? null, options.lang))],
    ])]),
    ...result.value.differences.flatMap((diffs, i) => [
      '', t.differs(figures[i + 1]!.title, diffs.length),
      // The field in words, as file errors name it (»Parameter effekt_aar › Værdi«), not its JSON path.
      ...diffs.map((d) => `  ${fieldPathText(d.path, options.lang)}: ${t.value(d.base, d.path)} → ${t.value(d.variant, d.path)}`),
    ]),
    '',
  ].join('\n'));
  return EXIT_OK;
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ')).join('\n');
}
