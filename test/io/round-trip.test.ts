/** serializeScenario → parseScenarioText gives back an equal scenario (README "Scenario files"). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScenarioText, serializeScenario } from '../../src/io/load-scenario';
import { SCENARIO_KIND, type ScenarioFile } from '../../src/io/scenario-schema';
import { scenarioArb } from '../invariants/arbitraries';
import { IPS_TEXT, SKETCH_V0_TEXT } from './helpers';

function parsed(text: string): ScenarioFile {
  const r = parseScenarioText(text);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value.scenario;
}

describe('round trip', () => {
  it('gives back the example scenario unchanged', () => {
    const scenario = parsed(IPS_TEXT);
    expect(parsed(serializeScenario(scenario))).toEqual(scenario);
  });

  it('saves a migrated v0 file as v1, which then reads without migration', () => {
    const scenario = parsed(SKETCH_V0_TEXT);
    const text = serializeScenario(scenario);
    const again = parseScenarioText(text);
    expect(again.ok && again.value.migratedFrom).toBe(1);
    expect(again.ok && again.value.scenario).toEqual(scenario);
  });

  it('writes the envelope first and records the app version', () => {
    const text = serializeScenario(parsed(IPS_TEXT), '0.1.0');
    expect(Object.keys(JSON.parse(text) as object).slice(0, 4)).toEqual(['kind', 'schemaVersion', 'app', 'title']);
    expect(parsed(text).app).toBe('0.1.0');
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('gives back any random valid scenario', () => {
    fc.assert(fc.property(scenarioArb, (s) => {
      // JSON has no undefined: the file holds the scenario without its absent optional fields.
      const file = JSON.parse(JSON.stringify({ kind: SCENARIO_KIND, schemaVersion: 1, ...s })) as ScenarioFile;
      expect(parsed(serializeScenario(file))).toEqual(file);
    }), { numRuns: 100 });
  });
});
