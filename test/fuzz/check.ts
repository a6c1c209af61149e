/**
 * What every fuzz case must end in: a result whose numbers are all finite, or a refusal in which
 * every problem has a field path and a message. Never an exception, never a polluted prototype.
 */
import { compareScenarios, runScenario } from '../../src/engine';
import { assembleModel } from '../../src/io/catalogues';
import { loadAndRun, type LoadedScenario } from '../../src/io/load-scenario';
import { applyVariant } from '../../src/io/variants';
import { nonFinite } from './mutations';
import type { EngineError, Result } from '../../src/engine';

const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).join(',');

export function checkRefusal(errors: EngineError[], what: string): void {
  if (errors.length === 0) throw new Error(`${what}: refused without a problem`);
  for (const e of errors) {
    if (typeof e.path !== 'string' || e.path === '' || typeof e.message !== 'string' || e.message === '') {
      throw new Error(`${what}: a problem without a path or message: ${JSON.stringify(e).slice(0, 300)}`);
    }
  }
}

function checkFinite(value: unknown, what: string): void {
  const bad = nonFinite(value);
  if (bad.length > 0) throw new Error(`${what}: not finite at ${bad.join(', ')}`);
}

function checkPrototype(): void {
  if (Object.getOwnPropertyNames(Object.prototype).join(',') !== PROTOTYPE_KEYS) throw new Error('Object.prototype was changed');
}

/** Compares the baseline with each of its variants, as *Sammenlign varianter* does. */
function checkVariants(loaded: LoadedScenario): void {
  const { scenario } = loaded;
  for (const [i, variant] of (scenario.variants ?? []).entries()) {
    const applied = applyVariant(scenario, variant);
    checkPrototype();
    if (!applied.ok) { checkRefusal(applied.errors, `variant ${i}`); continue; }
    const model = assembleModel(applied.value.catalogue, applied.value.model);
    if (!model.ok) { checkRefusal(model.errors, `variant ${i} model`); continue; }
    const compared = compareScenarios([{ scenario, model: loaded.model }, { scenario: applied.value, model: model.value.model }]);
    if (!compared.ok) checkRefusal(compared.errors, `variant ${i} comparison`);
    else checkFinite(compared.value.projections, `variant ${i} comparison`);
  }
}

/** Loads and runs a file's text; throws (for fast-check to shrink) if the outcome breaks the rule. */
export function checkFileText(text: string): 'result' | 'refused' {
  let outcome: ReturnType<typeof loadAndRun>;
  try {
    outcome = loadAndRun(text);
  } catch (error) {
    throw new Error(`loadAndRun threw: ${(error as Error).message}`);
  }
  checkPrototype();
  if (!outcome.ok) return (checkRefusal(outcome.errors, 'file'), 'refused');
  checkFinite(outcome.value.projection, 'projection');
  try {
    checkVariants(outcome.value);
  } catch (error) {
    if ((error as Error).message.startsWith('variant')) throw error;
    throw new Error(`comparing variants threw: ${(error as Error).message}`);
  }
  return 'result';
}

/** The same rule for a decoded share link (decoding parses; the result is then run). */
export function checkDecoded(decoded: Result<LoadedScenario, EngineError>): 'result' | 'refused' {
  checkPrototype();
  if (!decoded.ok) return (checkRefusal(decoded.errors, 'link'), 'refused');
  const run = runScenario(decoded.value.scenario, decoded.value.model);
  if (!run.ok) return (checkRefusal(run.errors, 'link run'), 'refused');
  checkFinite(run.value, 'link projection');
  return 'result';
}

/** Cases per fuzz file: four files of scenario files and four of share links, 10,000 of each. */
export const RUNS_PER_FILE = 2_500;
/** A throughput test, not a timed one: generous, for a loaded 2-core machine. */
export const FUZZ_TIMEOUT_MS = 300_000;

/**
 * fast-check's parameters for one part of a fuzz: in CI (fixed global seed) each part takes its own
 * seed, so the parts do not repeat one another's cases; locally each run explores new ones.
 */
export function fuzzParameters(part: number): { numRuns: number; seed?: number } {
  return process.env.CI ? { numRuns: RUNS_PER_FILE, seed: 20261123 + part } : { numRuns: RUNS_PER_FILE };
}
