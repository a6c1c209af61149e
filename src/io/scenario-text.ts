/**
 * A scenario file's text in and out, without the schema: JSON.parse with the file-level error, and
 * the file as saved. Saving needs no validator, so this stays out of the validator chunk.
 */
import type { ScenarioFile } from './scenario-schema';
import type { EngineError, Result } from '../engine';

/** A file's text as JSON, or why it is not; used for scenario and portfolio files alike. */
export function parseJsonText(text: string): Result<unknown, EngineError> {
  try {
    // A byte-order mark, as Notepad saves one, is not part of the JSON.
    return { ok: true, value: JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as unknown };
  } catch (error) {
    return { ok: false, errors: [{ path: '(file)', message: `not valid JSON: ${(error as Error).message}` }] };
  }
}

/** The file as saved: the envelope first, then the content. */
export function serializeScenario(scenario: ScenarioFile, appVersion?: string): string {
  const { kind, schemaVersion, app: _app, ...content } = scenario;
  return `${JSON.stringify({ kind, schemaVersion, ...(appVersion ? { app: appVersion } : {}), ...content }, null, 2)}\n`;
}
