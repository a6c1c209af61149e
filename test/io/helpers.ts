/** The shipped example scenario as text and as a JSON object to mutate in tests. */
import { readFileSync } from 'node:fs';
import type { EngineError } from '../../src/engine';
import { parseScenarioText } from '../../src/io/load-scenario';

export const IPS_TEXT = readFileSync(new URL('../../scenarios/ips-inklusion.json', import.meta.url), 'utf8');
export const SKETCH_V0_TEXT = readFileSync(new URL('./fixtures/ips-sketch-v0.json', import.meta.url), 'utf8');

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests mutate the file into invalid shapes on purpose
export type Json = any;

/** The example scenario with one change applied, as file text. */
export function ipsWith(change: (file: Json) => void): string {
  const file = JSON.parse(IPS_TEXT) as Json;
  change(file);
  return JSON.stringify(file);
}

/** The errors of parsing `text`; throws if it parses. */
export function parseErrors(text: string): EngineError[] {
  const r = parseScenarioText(text);
  if (r.ok) throw new Error('expected the file to be refused');
  return r.errors;
}
