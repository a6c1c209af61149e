import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileScenario, runScenario, type Model, type Scenario } from '../../src/engine';
import { createRandom } from '../../src/engine/uncertainty/random';
import { parseScenarioText } from '../../src/io/load-scenario';

const examples = readdirSync(new URL('../../scenarios', import.meta.url)).filter((f) => f.endsWith('.json'));
const load = (file: string): { scenario: Scenario; model: Model } | null => {
  const loaded = parseScenarioText(readFileSync(new URL(`../../scenarios/${file}`, import.meta.url), 'utf8'));
  return loaded.ok ? loaded.value : null;
};
/** Deep equality that tells −0 from 0 and NaN from NaN as the result hash does. */
const bits = (x: unknown) => JSON.stringify(x, (_k, v: unknown): unknown => (typeof v === 'number' ? `${Object.is(v, -0) ? '-0' : v}` : v));

describe('compileScenario', () => {
  it.each(examples)('%s: every run equals runScenario with the same overrides, bit for bit', (file) => {
    const loaded = load(file);
    if (!loaded) return;
    const { scenario, model } = loaded;
    const names = Object.keys(scenario.parameters).filter((n) => typeof scenario.parameters[n]!.value === 'number').slice(0, 4);
    const compiled = compileScenario(scenario, model);
    const random = createRandom(file);
    for (let d = 0; d < 12; d++) {
      const overrides: Record<string, number> = {};
      for (const n of names) overrides[n] = (scenario.parameters[n]!.value as number) * (0.5 + random());
      expect(bits(compiled.run(overrides))).toBe(bits(runScenario(scenario, model, { overrides })));
    }
    expect(bits(compiled.run())).toBe(bits(runScenario(scenario, model)));
  });

  it('re-uses the recording, and a draw that fails fails with the same errors in the same order', () => {
    const { scenario, model } = load('portefoelje-budgetperiode.json')!;
    const compiled = compileScenario(scenario, model);
    const good = { effekt_job_kontanthjaelp: 0.05, mentor_pr_maaned: 3000 };
    expect(compiled.run(good).ok).toBe(true);
    // A share far outside 0–1 makes the outcome's treated share fail; NaN fails everything it reaches.
    for (const bad of [{ effekt_job_kontanthjaelp: 7, mentor_pr_maaned: 3000 }, { effekt_job_kontanthjaelp: 0.05, mentor_pr_maaned: NaN }]) {
      const expected = runScenario(scenario, model, { overrides: bad });
      expect(expected.ok).toBe(false);
      expect(bits(compiled.run(bad))).toBe(bits(expected));
    }
    expect(bits(compiled.run(good))).toBe(bits(runScenario(scenario, model, { overrides: good })));
    expect(compiled.reused).toBe(3);
  });

  it('re-evaluates the parameters that read a drawn one (an expression downstream of an override)', () => {
    const { scenario, model } = load('portefoelje-budgetperiode.json')!;
    const s: Scenario = structuredClone(scenario);
    s.parameters['dobbelt_mentor'] = { ...s.parameters['mentor_pr_maaned']!, value: 'mentor_pr_maaned * 2', uncertainty: undefined };
    delete s.parameters['dobbelt_mentor']!.priceYear;
    const compiled = compileScenario(s, model);
    compiled.run({ mentor_pr_maaned: 3000 });
    const again = compiled.run({ mentor_pr_maaned: 4000 });
    expect(again.ok && again.value.values['dobbelt_mentor']).toBe(8000 * (again.ok ? again.value.repriced['mentor_pr_maaned']?.factor ?? 1 : 1));
    expect(bits(again)).toBe(bits(runScenario(s, model, { overrides: { mentor_pr_maaned: 4000 } })));
  });
});
