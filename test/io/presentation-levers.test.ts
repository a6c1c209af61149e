/**
 * Presentation mode's levers in the scenario file (issue 10): `presentation.levers` survives a save and
 * an open, wrong levers are refused with the field named, and the edits that make them and keep a lever
 * setting as a variant.
 */
import { describe, expect, it } from 'vitest';
import { parseScenarioText, serializeScenario } from '../../src/io/load-scenario';
import type { ScenarioFile } from '../../src/io/scenario-schema';
import { addLever, defaultLever, niceStep, removeLever, saveLeversAsVariant, setLeverRange, withLeverValues } from '../../src/state/edits/presentation-edits';
import { IPS_TEXT, ipsWith, parseErrors } from './helpers';

function parsed(text: string): ScenarioFile {
  const r = parseScenarioText(text);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value.scenario;
}

describe('presentation levers in the scenario file', () => {
  it('round-trips: levers saved are the levers opened', () => {
    const scenario = addLever(addLever(parsed(IPS_TEXT), 'andel_job_med_ips'), 'effekt_aar');
    const text = serializeScenario(scenario);
    expect((JSON.parse(text) as ScenarioFile).presentation).toEqual({ levers: [
      // andel_job_med_ips has min 0 and max 1 in the file: its own bounds, steps of 1/100 (niceStep(0,01)).
      { parameter: 'andel_job_med_ips', min: 0, max: 1, step: 0.01 },
      defaultLever(scenario, 'effekt_aar'),
    ] });
    expect(parsed(text)).toEqual(scenario);
  });

  it('refuses a lever whose range is empty, or a fifth lever, naming the field', () => {
    const empty = ipsWith((f) => { f.presentation = { levers: [{ parameter: 'effekt_aar', min: 5, max: 5, step: 1 }] }; });
    expect(parseErrors(empty).map((e) => `${e.path}: ${e.message}`)).toEqual(['presentation.levers[0].max: min must be less than max']);
    const five = ipsWith((f) => { f.presentation = { levers: Array.from({ length: 5 }, () => ({ parameter: 'effekt_aar', min: 0, max: 1, step: 1 })) }; });
    expect(parseErrors(five).map((e) => e.path)).toEqual(['presentation.levers']);
    const zeroStep = ipsWith((f) => { f.presentation = { levers: [{ parameter: 'effekt_aar', min: 0, max: 9, step: 0 }] }; });
    expect(parseErrors(zeroStep).map((e) => e.path)).toEqual(['presentation.levers[0].step']);
  });
});

describe('lever edits', () => {
  const ips = () => parsed(IPS_TEXT);

  it('gives a first range: own bounds, a share 0–1, else 0 to twice the value in nice steps', () => {
    expect(niceStep(0.1)).toBe(0.1);
    expect(niceStep(340)).toBe(200);
    expect(niceStep(0.07)).toBe(0.05);
    const s = ips();
    // effekt_aar (5 years) has min 0 and max 20 in the file: those, in steps of niceStep(20 / 100) = 0,2.
    expect(defaultLever(s, 'effekt_aar')).toEqual({ parameter: 'effekt_aar', min: 0, max: 20, step: 0.2 });
    // Without bounds: 0 to twice the value, 10 → steps of niceStep(0,1) = 0,1.
    const unbounded = { ...s, parameters: { ...s.parameters, effekt_aar: { value: 5 } } };
    expect(defaultLever(unbounded, 'effekt_aar')).toEqual({ parameter: 'effekt_aar', min: 0, max: 10, step: 0.1 });
    expect(defaultLever({ ...s, parameters: { x: { value: 0.3 } } }, 'x')).toEqual({ parameter: 'x', min: 0, max: 1, step: 0.01 });
  });

  it('adds each parameter once, at most four, and removes the field with the last lever', () => {
    let s = addLever(ips(), 'andel_job_med_ips');
    expect(addLever(s, 'andel_job_med_ips')).toBe(s);
    s = removeLever(s, 'andel_job_med_ips');
    expect(s.presentation).toBeUndefined();
  });

  it('ignores a range that is no range', () => {
    const s = addLever(ips(), 'andel_job_med_ips');
    expect(setLeverRange(s, 'andel_job_med_ips', { min: 1, max: 0, step: 0.1 })).toBe(s);
    expect(setLeverRange(s, 'andel_job_med_ips', { min: 0.2, max: 0.8, step: 0.05 }).presentation!.levers[0]).toEqual(
      { parameter: 'andel_job_med_ips', min: 0.2, max: 0.8, step: 0.05 });
  });

  it('keeps a lever setting as a variant with one change per moved lever, the document otherwise untouched', () => {
    const s = ips();
    const next = saveLeversAsVariant(s, { andel_job_med_ips: 0.4, effekt_aar: s.parameters.effekt_aar!.value as number }, 'Præsentation');
    expect(next.variants).toEqual([{ id: 'presentation-1', title: 'Præsentation 1', changes: [{ path: 'parameters.andel_job_med_ips.value', value: 0.4 }] }]);
    expect(next.parameters).toEqual(s.parameters);
    expect(saveLeversAsVariant(s, { andel_job_med_ips: 0.58 }, 'Præsentation')).toEqual(s);
    expect(withLeverValues(s, { andel_job_med_ips: 0.4 }).parameters.andel_job_med_ips!.value).toBe(0.4);
  });
});
