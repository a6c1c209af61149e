/**
 * Monte Carlo over the parameters that carry an uncertainty: draw i samples them from its own
 * generator, seeded from (seed, i), projects the scenario, and keeps the cumulative net per ledger
 * and year, the NPV and the payback time. So the draws can be split into chunks run anywhere (one
 * worker each) and merged in draw order (mergeMonteCarlo): the same seed gives the same answer,
 * bit for bit, whatever the number of chunks. The run advances in steps so a Web Worker can report
 * progress and stop between them; the summary can be taken at any point.
 */
import { compileDraws } from '../compile-draws';
import { compileScenario } from '../compile';
import { runScenario } from '../project';
import { sampleUncertainty } from './distributions';
import { createRandom } from './random';
import { correlationOfRanks, histogram, percentileOfSorted, ranks, type Histogram } from './statistics';
import type { Model } from '../model/catalogue';
import type { EngineError, Result } from '../model/result';
import type { Scenario, Uncertainty } from '../model/scenario';

export const PERCENTILES = [0.05, 0.25, 0.5, 0.75, 0.95] as const;
export const HISTOGRAM_BINS = 30;

export interface MonteCarloOptions {
  draws: number;
  seed: number | string;
  /** The index of this run's first draw, when the run is one chunk of a larger one (default 0). */
  firstDraw?: number;
}

/** The seed of draw i: every draw has its own generator, so a chunk needs no other chunk's state. */
export function drawSeed(seed: number | string, draw: number): string {
  return `${seed}/${draw}`;
}

/**
 * The kept draws of one chunk, in draw order, as plain typed arrays (they cross a worker boundary
 * by structured clone). Year-major: cumulative[k][y · kept + d].
 */
export interface MonteCarloChunk {
  parameters: string[];
  keys: string[];
  years: number;
  kept: number;
  failed: number;
  firstFailure: EngineError | null;
  inputs: Float64Array[];
  cumulative: Float64Array[];
  npv: Float64Array[];
  payback: Float64Array[];
}

export interface KeySummary {
  /** Per year: the cumulative net at the 5th, 25th, 50th, 75th and 95th percentile. */
  fan: number[][];
  npv: { mean: number; percentiles: number[]; probabilityPositive: number; histogram: Histogram };
  /** Share of draws whose payback time falls within the horizon, and its percentiles among them. */
  payback: { probabilityWithinHorizon: number; percentiles: number[] };
  /** Rank correlation of each uncertain parameter with this key's NPV, strongest first. */
  drivers: { parameter: string; correlation: number }[];
}

export interface MonteCarloSummary {
  draws: number;
  /** Draws the engine could not compute (e.g. a share drawn outside 0–1), left out of the figures. */
  failed: number;
  firstFailure: EngineError | null;
  parameters: string[];
  /** Keyed by ledger id and 'total'. */
  keys: Record<string, KeySummary>;
}

export interface MonteCarloRun {
  readonly planned: number;
  readonly done: number;
  /** Runs up to `count` more draws; returns how many are done in all. */
  step(count: number): number;
  summary(): MonteCarloSummary;
  /** The draws kept so far, to merge with other chunks' (mergeMonteCarlo). */
  chunk(): MonteCarloChunk;
}

export function startMonteCarlo(scenario: Scenario, model: Model, options: MonteCarloOptions): Result<MonteCarloRun, EngineError> {
  const base = runScenario(scenario, model);
  if (!base.ok) return base;
  const uncertain = Object.entries(scenario.parameters)
    .filter((entry): entry is [string, typeof entry[1] & { uncertainty: Uncertainty }] => entry[1].uncertainty !== undefined);
  const keys = [...Object.keys(base.value.ledgers), 'total'];
  const years = base.value.horizonYears;
  const planned = Math.max(0, Math.floor(options.draws));
  const firstDraw = Math.max(0, Math.floor(options.firstDraw ?? 0));
  const inputs = uncertain.map(() => new Float64Array(planned));
  // Year-major (index y · planned + draw), so each year's draws are one contiguous run to sort.
  const cumulative = keys.map(() => new Float64Array(planned * years));
  const npv = keys.map(() => new Float64Array(planned));
  const payback = keys.map(() => new Float64Array(planned));
  let done = 0, kept = 0, failed = 0;
  let firstFailure: EngineError | null = null;
  // Compiled once: a draw re-evaluates only what the drawn names reach. The lean path gives just the
  // figures kept here (compile-draws.ts); a draw it cannot vouch for runs the full way (compile.ts).
  const compiled = compileScenario(scenario, model);
  const lean = compileDraws(scenario, model, uncertain.map(([name]) => name));

  const step = (count: number): number => {
    const end = Math.min(planned, done + count);
    for (; done < end; done++) {
      const overrides: Record<string, number> = {};
      // Every draw takes its samples in the same order from its own generator: reproducible, and
      // independent of which chunk or worker runs it.
      const random = createRandom(drawSeed(options.seed, firstDraw + done));
      const sampled = uncertain.map(([name, p]) => (overrides[name] = sampleUncertainty(p.uncertainty, random)));
      const figures = lean?.draw(overrides);
      if (figures) {
        sampled.forEach((v, i) => (inputs[i]![kept] = v));
        for (let k = 0; k < keys.length; k++) {
          for (let y = 0; y < years; y++) cumulative[k]![y * planned + kept] = figures.cumulative[k * years + y]!;
          npv[k]![kept] = figures.npv[k]!;
          payback[k]![kept] = figures.payback[k]!;
        }
        kept++;
        continue;
      }
      const run = compiled.run(overrides);
      if (!run.ok) {
        failed++;
        firstFailure ??= run.errors[0] ?? null;
        continue;
      }
      sampled.forEach((v, i) => (inputs[i]![kept] = v));
      keys.forEach((key, k) => {
        const series = key === 'total' ? run.value.total : run.value.ledgers[key]!;
        for (let y = 0; y < years; y++) cumulative[k]![y * planned + kept] = series.cumulative[y]!;
        npv[k]![kept] = series.npv;
        payback[k]![kept] = series.paybackYears ?? Infinity;
      });
      kept++;
    }
    return done;
  };

  const chunk = (): MonteCarloChunk => ({
    parameters: uncertain.map(([name]) => name), keys, years, kept, failed, firstFailure,
    inputs: inputs.map((values) => values.slice(0, kept)),
    cumulative: cumulative.map((values) => {
      const out = new Float64Array(kept * years);
      for (let y = 0; y < years; y++) out.set(values.subarray(y * planned, y * planned + kept), y * kept);
      return out;
    }),
    npv: npv.map((values) => values.slice(0, kept)),
    payback: payback.map((values) => values.slice(0, kept)),
  });

  const summary = (): MonteCarloSummary => summarise({
    parameters: uncertain.map(([name]) => name), keys, years, kept, stride: planned, failed, firstFailure, inputs, cumulative, npv, payback,
  });

  return { ok: true, value: { planned, get done() { return done; }, step, summary, chunk } };
}

/** The chunks of one run (same scenario and seed), in draw order, summarised as one run. */
export function mergeMonteCarlo(chunks: MonteCarloChunk[]): MonteCarloSummary {
  if (!chunks[0]) throw new Error('mergeMonteCarlo needs at least one chunk');
  const all = concatChunks(chunks);
  return summarise({ ...all, stride: all.kept });
}

/** Chunks of consecutive draw ranges, in draw order, as one chunk (what mergeMonteCarlo would see). */
export function concatChunks(chunks: MonteCarloChunk[]): MonteCarloChunk {
  const first = chunks[0];
  if (!first) throw new Error('concatChunks needs at least one chunk');
  if (chunks.length === 1) return first;
  const { parameters, keys, years } = first;
  const kept = chunks.reduce((sum, c) => sum + c.kept, 0);
  const inputs = parameters.map(() => new Float64Array(kept));
  const cumulative = keys.map(() => new Float64Array(kept * years));
  const npv = keys.map(() => new Float64Array(kept));
  const payback = keys.map(() => new Float64Array(kept));
  let at = 0;
  for (const c of chunks) {
    c.inputs.forEach((values, i) => inputs[i]!.set(values, at));
    for (let k = 0; k < keys.length; k++) {
      for (let y = 0; y < years; y++) cumulative[k]!.set(c.cumulative[k]!.subarray(y * c.kept, (y + 1) * c.kept), y * kept + at);
      npv[k]!.set(c.npv[k]!, at);
      payback[k]!.set(c.payback[k]!, at);
    }
    at += c.kept;
  }
  return {
    parameters, keys, years, kept, inputs, cumulative, npv, payback,
    failed: chunks.reduce((sum, c) => sum + c.failed, 0),
    firstFailure: chunks.find((c) => c.firstFailure !== null)?.firstFailure ?? null,
  };
}

/** The kept draws of a run; cumulative is year-major with `stride` slots a year. */
interface Draws extends MonteCarloChunk {
  stride: number;
}

function summarise(d: Draws): MonteCarloSummary {
  const { parameters, keys, years, kept, stride } = d;
  // The inputs' ranks are the same for every key: worked out once per summary.
  let inputRankCache: Float64Array[] | null = null;
  const inputRanks = () => (inputRankCache ??= d.inputs.map((values) => ranks(values.subarray(0, kept))));

  const summariseKey = (k: number): KeySummary => {
    const fan = Array.from({ length: years }, (_, y) => {
      const values = d.cumulative[k]!.slice(y * stride, y * stride + kept).sort();
      return PERCENTILES.map((p) => percentileOfSorted(values, p));
    });
    const npvs = d.npv[k]!.slice(0, kept);
    const sortedNpv = npvs.slice().sort();
    const paid = d.payback[k]!.slice(0, kept).filter(Number.isFinite).sort();
    const npvRanks = ranks(npvs);
    const drivers = parameters
      .map((parameter, i) => ({ parameter, correlation: correlationOfRanks(inputRanks()[i]!, npvRanks) }))
      .sort((a, b) => Math.abs(b.correlation) - Math.abs(a.correlation));
    return {
      fan,
      npv: {
        mean: kept ? npvs.reduce((s, v) => s + v, 0) / kept : NaN,
        percentiles: PERCENTILES.map((p) => percentileOfSorted(sortedNpv, p)),
        probabilityPositive: kept ? npvs.filter((v) => v > 0).length / kept : NaN,
        histogram: histogram(sortedNpv, HISTOGRAM_BINS),
      },
      payback: {
        probabilityWithinHorizon: kept ? paid.length / kept : NaN,
        percentiles: PERCENTILES.map((p) => percentileOfSorted(paid, p)),
      },
      drivers,
    };
  };

  return {
    draws: kept, failed: d.failed, firstFailure: d.firstFailure, parameters,
    keys: Object.fromEntries(keys.map((key, k) => [key, summariseKey(k)])),
  };
}

/** All draws at once (command line, tests); the worker uses startMonteCarlo and steps. */
export function runMonteCarlo(scenario: Scenario, model: Model, options: MonteCarloOptions): Result<MonteCarloSummary, EngineError> {
  const started = startMonteCarlo(scenario, model, options);
  if (!started.ok) return started;
  started.value.step(started.value.planned);
  return monteCarloOutcome(started.value.summary());
}

/** A whole run's summary as a result: with no draw left there is no figure to summarise, so an error, not a table of NaN. */
export function monteCarloOutcome(summary: MonteCarloSummary): Result<MonteCarloSummary, EngineError> {
  if (summary.draws === 0 && summary.firstFailure) {
    const first = summary.firstFailure;
    return { ok: false, errors: [{ path: first.path, message: `every one of the ${summary.failed} draws failed; the first: ${first.message}` }] };
  }
  return { ok: true, value: summary };
}
