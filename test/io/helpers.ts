/** The shipped example scenario as text and as a JSON object to mutate in tests. */
import { readFileSync } from 'node:fs';
import type { EngineError } from '../../src/engine';
import { parseScenarioText } from '../../src/io/load-scenario';

export const IPS_TEXT = readFileSync(new URL('../../scenarios/ips-inklusion.json', import.meta.url), 'utf8');
export const SKETCH_V0_TEXT = readFileSync(new URL('./fixtures/ips-sketch-v0.json', import.meta.url), 'utf8');

/** A JSON object whose fields a test may set to anything, the wrong type included: that is the point of a hostile file. */
export interface Fields { [key: string]: unknown }
/** At least one element, so `[0]` reads without `!`: the example has one of each. */
type NonEmpty<T> = [T, ...T[]];

/**
 * The example scenario as a test edits it: the path to each object the tests reach into (one target
 * group, intervention, cost, outcome and cohort; the parameters the tests change), every field open
 * to any value. Not ScenarioFile: the edits make the file invalid on purpose.
 */
export interface EditableFile extends Fields {
  settings: Fields;
  parameters: { [name: string]: Fields; andel_job_med_ips: Fields; omkostning_pr_aar: Fields; effekt_aar: Fields };
  targetGroups: NonEmpty<EditableTargetGroup>;
}
export interface EditableTargetGroup extends Fields {
  /** Read as the example's cohorts, set to anything (a test sets it to a string). */
  get cohorts(): NonEmpty<Fields>;
  set cohorts(value: unknown);
  interventions: NonEmpty<{ costs: NonEmpty<EditableCost>; outcomes: NonEmpty<Fields> } & Fields>;
}
export interface EditableCost extends Fields {
  payer: Fields;
}

/** The example scenario with one change applied, as file text. */
export function ipsWith(change: (file: EditableFile) => void): string {
  const file = JSON.parse(IPS_TEXT) as EditableFile;
  change(file);
  return JSON.stringify(file);
}

/** The errors of parsing `text`; throws if it parses. */
export function parseErrors(text: string): EngineError[] {
  const r = parseScenarioText(text);
  if (r.ok) throw new Error('expected the file to be refused');
  return r.errors;
}
